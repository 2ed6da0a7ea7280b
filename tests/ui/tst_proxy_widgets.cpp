// Issue 17 item 3, offscreen: the Settings page's Proxy section (the IoT Edge proxy in the VM, whose
// problems are the plan's) and "This computer's proxy" dialog (system, none, or an HTTP proxy whose
// password goes to the keychain, here an in-memory one; without a keychain it is used for the run only
// and the dialog says so).
#include <QtTest>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include "engine/dps/DpsProxySettings.h"
#include "engine/support/AppSettings.h"
#include "engine/support/InMemorySecretStore.h"
#include "ui/proxy/ProxyDialog.h"
#include "ui/proxy/ProxySection.h"

using namespace eflow;
using namespace Qt::StringLiterals;
using dps::ProxyChoice;

class TestProxyWidgets final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

    static void pressOk(QDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"eflow-wizard-test"_s);
        QCoreApplication::setApplicationName(u"tst_proxy_widgets"_s);
    }

    void init() { dps::setProxyChoice(ProxyChoice{}); }

    void sectionGivesThePlanItsProxy()
    {
        support::InMemorySecretStore store;
        ui::ProxySection section(&store);
        section.show();
        QSignalSpy edited(&section, &ui::ProxySection::edited);
        auto *use = child<QCheckBox>(&section, u"edgeProxyUse"_s);
        auto *url = child<QLineEdit>(&section, u"edgeProxyUrl"_s);
        auto *protocol = child<QComboBox>(&section, u"edgeUpstreamProtocol"_s);
        QVERIFY(!url->isEnabled() && !protocol->isEnabled());
        QVERIFY(!section.settings().isSet());
        use->click();
        QVERIFY(url->isEnabled() && protocol->isEnabled());
        // Ticked with nothing typed: the plan's rule asks for the address.
        const plan::Problems missing = plan::checkEdgeProxy(section.settings(), plan::EflowRelease::Lts1_5);
        QCOMPARE(missing.size(), 1);
        QVERIFY(missing.first().message.contains(u"type the proxy's address"_s));
        section.showProblems(missing);
        QVERIFY(url->accessibleDescription().contains(u"type the proxy's address"_s));
        QTest::keyClicks(url, u"http://proxy.contoso.com:3128"_s);
        protocol->setCurrentIndex(protocol->findData(u"MqttWs"_s));
        QVERIFY(edited.count() >= 3);
        const plan::EdgeProxySettings chosen = section.settings();
        QCOMPARE(chosen.url, u"http://proxy.contoso.com:3128"_s);
        QCOMPARE(chosen.upstreamProtocol, u"MqttWs"_s);
        QVERIFY(plan::checkEdgeProxy(chosen, plan::EflowRelease::Lts1_5).isEmpty());
        // Shown from a plan without emitting edited().
        edited.clear();
        section.showSettings({});
        QVERIFY(edited.isEmpty());
        QVERIFY(!use->isChecked() && !section.settings().isSet());
    }

    void dialogSavesAManualProxyWithItsPasswordInTheKeychain()
    {
        support::InMemorySecretStore store;
        ui::ProxyDialog dialog(&store);
        dialog.show();
        QVERIFY(child<QRadioButton>(&dialog, u"proxySystem"_s)->isChecked());
        child<QRadioButton>(&dialog, u"proxyManual"_s)->click();
        auto *address = child<QLineEdit>(&dialog, u"proxyAddress"_s);
        auto *problem = child<QLabel>(&dialog, u"proxyProblem"_s);
        // A password in the address is refused, and nothing is saved.
        QTest::keyClicks(address, u"http://tech:secret@127.0.0.1:3128"_s);
        pressOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY2(problem->text().contains(u"holds a password"_s), qPrintable(problem->text()));
        // The dialog grew to hold the problem: every word-wrapped label keeps the height its text needs.
        QTRY_VERIFY(problem->isVisible());
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"%1 is %2 px high, its text needs %3"_s.arg(label->text())
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
        }
        address->clear();
        QTest::keyClicks(address, u"127.0.0.1:3128"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"proxyUser"_s), u"tech"_s);
        // A user without a password is asked for one.
        pressOk(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->text().contains(u"password"_s));
        QTest::keyClicks(child<QLineEdit>(&dialog, u"proxyPassword"_s), u"Pr0xy-pass"_s);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        pressOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);
        const ProxyChoice now = dps::proxyChoice();
        QCOMPARE(now.mode, ProxyChoice::Mode::Manual);
        QCOMPARE(now.host, u"127.0.0.1"_s);
        QCOMPARE(int(now.port), 3128);
        QCOMPARE(now.user, u"tech"_s);
        QCOMPARE(now.password, u"Pr0xy-pass"_s);
        QCOMPARE(support::AppSettings().proxySetting().address, u"http://tech@127.0.0.1:3128"_s);
        bool read = false;
        store.read(dps::proxyPasswordSecretName(), this, [&read](support::SecretResult r) {
            read = !r.error && r.value.view() == QByteArrayView("Pr0xy-pass");
        });
        QTRY_VERIFY(read);
        // The settings file never holds the password.
        QFile file(support::AppSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Pr0xy-pass"));
        QCOMPARE(ui::ProxyDialog::summary(now), u"This computer: http://tech@127.0.0.1:3128"_s);

        // Opened again: the remembered password stays when the field is left empty.
        ui::ProxyDialog again(&store);
        again.show();
        QVERIFY(child<QRadioButton>(&again, u"proxyManual"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(&again, u"proxyUser"_s)->text(), u"tech"_s);
        dps::setProxyChoice(ProxyChoice{});
        QSignalSpy acceptedAgain(&again, &QDialog::accepted);
        pressOk(again);
        QTRY_COMPARE(acceptedAgain.count(), 1);
        QCOMPARE(dps::proxyChoice().password, u"Pr0xy-pass"_s);
    }

    void withoutAKeychainThePasswordIsForThisRunOnly()
    {
        support::InMemorySecretStore store;
        store.setAvailable(false);
        ui::ProxyDialog dialog(&store);
        dialog.show();
        child<QRadioButton>(&dialog, u"proxyManual"_s)->click();
        auto *address = child<QLineEdit>(&dialog, u"proxyAddress"_s);
        address->clear();
        QTest::keyClicks(address, u"http://127.0.0.1:3129"_s);
        auto *user = child<QLineEdit>(&dialog, u"proxyUser"_s);
        user->clear();
        QTest::keyClicks(user, u"other"_s);
        QTest::keyClicks(child<QLineEdit>(&dialog, u"proxyPassword"_s), u"x-pass"_s);
        pressOk(dialog);
        auto *problem = child<QLabel>(&dialog, u"proxyProblem"_s);
        QTRY_VERIFY(problem->text().contains(u"for this run only"_s));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dps::proxyChoice().password, u"x-pass"_s); // in use for this run
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        pressOk(dialog);
        QCOMPARE(accepted.count(), 1);
    }

    void directAndSystem()
    {
        support::InMemorySecretStore store;
        ui::ProxyDialog dialog(&store);
        dialog.show();
        child<QRadioButton>(&dialog, u"proxyDirect"_s)->click();
        QVERIFY(!child<QLineEdit>(&dialog, u"proxyAddress"_s)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        pressOk(dialog);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(dps::proxyChoice().mode, ProxyChoice::Mode::Direct);
        QCOMPARE(support::AppSettings().proxySetting().mode, u"direct"_s);
        QCOMPARE(ui::ProxyDialog::summary(dps::proxyChoice()), u"This computer: no proxy"_s);
    }
};

QTEST_MAIN(TestProxyWidgets)
#include "tst_proxy_widgets.moc"
