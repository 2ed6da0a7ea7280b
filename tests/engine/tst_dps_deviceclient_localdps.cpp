// The DPS device client against the local DPS (engine/sim): the pairing demo mode relies on. Individual
// and group (derived key) enrollments, the typical mistakes (group key used directly, unknown device,
// wrong ID scope, disabled enrollment), status lookup, and injected throttling/unavailability.
#include <optional>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"

using namespace eflow;
using namespace eflow::dps;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(DpsOutcome::Kind)
Q_DECLARE_METATYPE(DpsError::Kind)

namespace {

crypto::SecureBytes decoded(const QByteArray &base64)
{
    crypto::SecureBytes key;
    if (!crypto::decodeBase64Strict(base64, key))
        qFatal("key is not base64");
    return key;
}

} // namespace

class TestDpsDeviceClientLocalDps final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    localdps::LocalDps m_dps;
    QString m_caFile;
    QByteArray m_edgeKey;
    QByteArray m_disabledKey;
    QByteArray m_groupKey;

    DpsDeviceClientOptions options() const
    {
        DpsDeviceClientOptions o;
        o.endpoint = QUrl(m_dps.endpoint());
        o.extraCaFile = m_caFile;
        o.useSystemProxy = false;
        o.overallTimeout = 30s;
        o.maxRetries = 20;
        o.retryPolicy.setDelayScale(0.02);
        return o;
    }

    std::optional<DpsOutcome> run(bool lookup, const QString &scope, const QString &registrationId,
                                  const QByteArray &keyBase64, DpsDeviceClientOptions o)
    {
        DpsDeviceClient client(std::move(o));
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        const bool started = lookup ? client.lookupRegistration(scope, registrationId, decoded(keyBase64))
                                    : client.registerDevice(scope, registrationId, decoded(keyBase64));
        if (!started || !finished.wait(30000) || finished.size() != 1)
            return std::nullopt;
        return finished.first().first().value<DpsOutcome>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        localdps::LocalDpsOptions options;
        options.assigningPolls = 2;
        options.retryAfterSeconds = 1;
        QVERIFY2(m_dps.start(options), qPrintable(m_dps.errorString()));

        QFile ca(m_dir.filePath(QStringLiteral("local-dps-ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        QVERIFY(ca.write(m_dps.caPem()) > 0);
        ca.close();
        m_caFile = ca.fileName();

        localdps::LocalDpsIndividualEnrollment edge;
        edge.registrationId = QStringLiteral("edge-01");
        edge.iotEdge = true;
        m_edgeKey = localdps::enrollmentPrimaryKey(m_dps.addIndividualEnrollment(edge));
        QVERIFY(!m_edgeKey.isEmpty());

        localdps::LocalDpsIndividualEnrollment disabled;
        disabled.registrationId = QStringLiteral("switched-off");
        disabled.enabled = false;
        m_disabledKey = localdps::enrollmentPrimaryKey(m_dps.addIndividualEnrollment(disabled));
        QVERIFY(!m_disabledKey.isEmpty());

        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("line-3");
        group.iotEdge = true;
        m_groupKey = localdps::enrollmentPrimaryKey(m_dps.addEnrollmentGroup(group));
        QVERIFY(!m_groupKey.isEmpty());
    }

    void registration_data()
    {
        QTest::addColumn<QString>("registrationId");
        QTest::addColumn<QString>("keyKind"); // individual, disabled, derived, group
        QTest::addColumn<bool>("wrongScope");
        QTest::addColumn<DpsOutcome::Kind>("kind");
        QTest::addColumn<DpsError::Kind>("errorKind");
        QTest::newRow("individual") << QStringLiteral("edge-01") << QStringLiteral("individual") << false
                                    << DpsOutcome::Kind::Assigned << DpsError::Kind::Unknown;
        QTest::newRow("group, derived key") << QStringLiteral("line-3-dev-7") << QStringLiteral("derived")
                                            << false << DpsOutcome::Kind::Assigned << DpsError::Kind::Unknown;
        QTest::newRow("group key used directly")
            << QStringLiteral("line-3-dev-8") << QStringLiteral("group") << false << DpsOutcome::Kind::Error
            << DpsError::Kind::Unauthorized;
        QTest::newRow("key of another device")
            << QStringLiteral("unknown-device") << QStringLiteral("individual") << false
            << DpsOutcome::Kind::Error << DpsError::Kind::Unauthorized;
        QTest::newRow("disabled enrollment")
            << QStringLiteral("switched-off") << QStringLiteral("disabled") << false
            << DpsOutcome::Kind::Disabled << DpsError::Kind::Unknown;
        QTest::newRow("wrong ID scope") << QStringLiteral("edge-01") << QStringLiteral("individual") << true
                                        << DpsOutcome::Kind::Error << DpsError::Kind::NotFound;
    }

    void registration()
    {
        QFETCH(QString, registrationId);
        QFETCH(QString, keyKind);
        QFETCH(bool, wrongScope);
        QFETCH(DpsOutcome::Kind, kind);
        QFETCH(DpsError::Kind, errorKind);
        QByteArray key = m_edgeKey;
        if (keyKind == QLatin1String("disabled"))
            key = m_disabledKey;
        else if (keyKind == QLatin1String("derived"))
            key = crypto::deriveDeviceKey(m_groupKey, registrationId.toUtf8());
        else if (keyKind == QLatin1String("group"))
            key = m_groupKey;
        // Any other well-formed scope: the local DPS knows only its own.
        const QString scope =
            wrongScope ? (m_dps.idScope() == QLatin1String("0ne00000FFF") ? QStringLiteral("0ne00000EEE")
                                                                          : QStringLiteral("0ne00000FFF"))
                       : m_dps.idScope();

        const auto outcome = run(false, scope, registrationId, key, options());
        QVERIFY(outcome);
        QCOMPARE(outcome->kind, kind);
        QCOMPARE(outcome->error.kind, errorKind);
        QVERIFY(!outcome->message().isEmpty());
        if (kind == DpsOutcome::Kind::Assigned) {
            QVERIFY(m_dps.iotHubs().contains(outcome->state.assignedHub));
            QCOMPARE(outcome->state.deviceId, registrationId);
            QVERIFY(!outcome->operationId.isEmpty());
        }
        if (errorKind == DpsError::Kind::Unauthorized) {
            QCOMPARE(outcome->error.errorCode, qint64(401002));
            QVERIFY(outcome->message().contains(QStringLiteral("derived device key")));
        }
    }

    void lookupAfterRegistration()
    {
        const auto registered = run(false, m_dps.idScope(), QStringLiteral("edge-01"), m_edgeKey, options());
        QVERIFY(registered);
        QCOMPARE(registered->kind, DpsOutcome::Kind::Assigned);
        const auto looked = run(true, m_dps.idScope(), QStringLiteral("edge-01"), m_edgeKey, options());
        QVERIFY(looked);
        QCOMPARE(looked->kind, DpsOutcome::Kind::Assigned);
        QCOMPARE(looked->state.assignedHub, registered->state.assignedHub);
    }

    void survivesInjectedFaults()
    {
        localdps::LocalDpsFaults faults;
        faults.throttleFraction = 0.3;
        faults.unavailableFraction = 0.2;
        m_dps.setFaults(faults);
        int assigned = 0;
        for (int i = 0; i < 5; ++i) {
            const auto outcome = run(false, m_dps.idScope(), QStringLiteral("edge-01"), m_edgeKey, options());
            QVERIFY(outcome);
            assigned += outcome->kind == DpsOutcome::Kind::Assigned ? 1 : 0;
        }
        m_dps.setFaults({});
        QCOMPARE(assigned, 5);
    }
};

QTEST_GUILESS_MAIN(TestDpsDeviceClientLocalDps)
#include "tst_dps_deviceclient_localdps.moc"
