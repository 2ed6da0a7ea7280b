// AppSettings: what the app remembers between runs (recent ssh targets exactly as the wizard kept them,
// the last target, the last provisioning choices, the keychain's list of names), and that no key ever
// reaches the settings file, whoever tries.
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include "engine/support/AppSettings.h"

using eflow::support::AppSettings;
using namespace Qt::StringLiterals;

namespace {

const QString key = u"8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lE="_s;
const QString connectionString =
    u"HostName=hub.azure-devices.net;DeviceId=edge01;SharedAccessKey=c2VjcmV0c2VjcmV0c2VjcmV0MTI="_s;

} // namespace

class TestAppSettings final : public QObject
{
    Q_OBJECT

private:
    static QByteArray settingsFileContent()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

    // The same key, order, de-duplication and limit as the wizard always used, so that targets remembered
    // by earlier versions are still offered.
    void recentSshTargetsKeepTheirOldKey()
    {
        QSettings().setValue(u"targets/recentSsh"_s, QStringList{u"ssh://old@edge-00"_s});
        AppSettings settings;
        QCOMPARE(settings.recentSshTargets(), QStringList{u"ssh://old@edge-00"_s});
        QVERIFY(settings.rememberSshTarget(u"ssh://admin@edge-01"_s));
        QVERIFY(settings.rememberSshTarget(u"ssh://admin@edge-02:2222"_s));
        QVERIFY(settings.rememberSshTarget(u"ssh://admin@edge-01"_s));
        const QStringList expected = {u"ssh://admin@edge-01"_s, u"ssh://admin@edge-02:2222"_s,
                                      u"ssh://old@edge-00"_s};
        QCOMPARE(settings.recentSshTargets(), expected);
        QVERIFY(settings.sync());
        QCOMPARE(QSettings().value(u"targets/recentSsh"_s).toStringList(), expected);
    }

    void recentSshTargetsKeepTheNewestEight()
    {
        AppSettings settings;
        for (int i = 1; i <= 10; ++i)
            QVERIFY(settings.rememberSshTarget(u"ssh://admin@edge-%1"_s.arg(i)));
        const QStringList targets = settings.recentSshTargets();
        QCOMPARE(targets.size(), AppSettings::maxRecentSshTargets);
        QCOMPARE(targets.first(), u"ssh://admin@edge-10"_s);
        QCOMPARE(targets.last(), u"ssh://admin@edge-3"_s);
    }

    void lastTarget()
    {
        AppSettings settings;
        QCOMPARE(settings.lastTarget(), QString());
        QVERIFY(settings.setLastTarget(u"demo:win11-pro"_s));
        QCOMPARE(AppSettings().lastTarget(), u"demo:win11-pro"_s);
    }

    void provisioningChoice()
    {
        AppSettings settings;
        QVERIFY(settings.setProvisioningChoice({u"dpsSymmetricKey"_s, true, u"keychain:dps-group-a"_s}));
        const AppSettings::ProvisioningChoice choice = AppSettings().provisioningChoice();
        QCOMPARE(choice.method, u"dpsSymmetricKey"_s);
        QVERIFY(choice.rememberKey);
        QCOMPARE(choice.secretRef, u"keychain:dps-group-a"_s);
    }

    void secretNames()
    {
        AppSettings settings;
        const QString service = u"eflow-wizard-test"_s;
        QVERIFY(settings.addSecretName(service, u"zeta"_s));
        QVERIFY(settings.addSecretName(service, u"alpha"_s));
        QVERIFY(settings.addSecretName(service, u"alpha"_s));
        QVERIFY(!settings.addSecretName(service, u"not a name"_s));
        QVERIFY(!settings.addSecretName(service, key));
        QCOMPARE(settings.secretNames(service), (QStringList{u"alpha"_s, u"zeta"_s}));
        QCOMPARE(settings.secretNames(u"other"_s), QStringList());
        settings.removeSecretName(service, u"zeta"_s);
        QCOMPARE(AppSettings().secretNames(service), QStringList{u"alpha"_s});
    }

    // Every way in refuses a key, and the file ends up without it.
    void refusesSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("key") << key;
        QTest::newRow("connection string") << connectionString;
    }

    void refusesSecrets()
    {
        QFETCH(QString, secret);
        AppSettings settings;
        QVERIFY(settings.setLastTarget(u"local"_s));
        QVERIFY(!settings.rememberSshTarget(secret));
        QVERIFY(!settings.setLastTarget(secret));
        QVERIFY(!settings.setProvisioningChoice({u"dpsSymmetricKey"_s, true, secret}));
        QVERIFY(!settings.setProvisioningChoice({secret, false, {}}));
        QVERIFY(!settings.setProvisioningChoice({u"dpsSymmetricKey"_s, true, u"keychain:"_s + secret}));
        QVERIFY(!settings.addSecretName(u"eflow-wizard"_s, secret));
        QVERIFY(settings.sync());
        QCOMPARE(settings.lastTarget(), u"local"_s);
        QCOMPARE(settings.provisioningChoice().secretRef, QString());
        const QByteArray content = settingsFileContent();
        QVERIFY(content.contains("local"));
        QVERIFY2(!content.contains("8isrFI1s") && !content.contains("c2VjcmV0"), content.constData());
    }

    void refusesPasswordsInTargets()
    {
        AppSettings settings;
        QVERIFY(!settings.rememberSshTarget(u"ssh://admin:hunter2@edge-01"_s));
        QVERIFY(!settings.setLastTarget(u"ssh://admin:hunter2@edge-01"_s));
        QVERIFY(!settingsFileContent().contains("hunter2"));
    }

    // The file can be edited by hand or by an older version: wrong types, too many entries and key-like
    // values are dropped when read.
    void hostileContentIsFiltered()
    {
        {
            QSettings raw;
            QStringList many;
            many << key;
            for (int i = 0; i < 20; ++i)
                many << u"ssh://admin@edge-%1"_s.arg(i);
            raw.setValue(u"targets/recentSsh"_s, many);
            raw.setValue(u"targets/last"_s, connectionString);
            raw.setValue(u"provisioning/secretRef"_s, key);
            raw.setValue(u"provisioning/method"_s, QString(4096, u'x'));
            raw.setValue(u"keychain/eflow-wizard/names"_s, QStringList{u"good"_s, u"bad name"_s, key});
            raw.sync();
        }
        AppSettings settings;
        const QStringList targets = settings.recentSshTargets();
        QCOMPARE(targets.size(), AppSettings::maxRecentSshTargets);
        QVERIFY(!targets.contains(key));
        QCOMPARE(settings.lastTarget(), QString());
        QCOMPARE(settings.provisioningChoice().secretRef, QString());
        QCOMPARE(settings.provisioningChoice().method, QString());
        QCOMPARE(settings.secretNames(u"eflow-wizard"_s), QStringList{u"good"_s});

        QSettings().setValue(u"targets/recentSsh"_s, 42);
        QCOMPARE(AppSettings().recentSshTargets(), QStringList());
        QSettings().setValue(u"targets/last"_s, QVariantMap{{u"a"_s, 1}});
        QCOMPARE(AppSettings().lastTarget(), QString());
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_support_appsettings.moc"
