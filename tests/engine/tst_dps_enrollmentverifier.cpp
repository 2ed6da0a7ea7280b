// The Verify step after provisioning (issue 15 item 4): EnrollmentVerifier reads the registration record
// of a device from the local DPS's service API over HTTPS and says, in one sentence, whether DPS assigned
// it (individual and group enrollments), why not (never registered, disabled), or why DPS could not be
// asked (wrong policy key, nothing listening); without a connection it gives the portal's way to check.
// Test code compares with plain literals; the product code keeps QT_NO_CAST_FROM_ASCII.
#undef QT_NO_CAST_FROM_ASCII
#include <chrono>
#include <optional>

#include <QFile>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/EnrollmentVerifier.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"

using namespace eflow;
using namespace eflow::dps;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(EnrollmentVerification::Kind)

namespace {

crypto::SecureBytes decoded(const QByteArray &base64)
{
    crypto::SecureBytes key;
    if (!crypto::decodeBase64Strict(base64, key))
        qFatal("key is not base64");
    return key;
}

crypto::SecureBytes bytes(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return crypto::SecureBytes(QByteArrayView(utf8));
}

} // namespace

class TestEnrollmentVerifier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    localdps::LocalDps m_dps;
    QString m_caFile;

    DpsServiceClientOptions serviceOptions() const
    {
        DpsServiceClientOptions o;
        o.extraCaFile = m_caFile;
        o.useSystemProxy = false;
        o.requestTimeout = 10s;
        o.overallTimeout = 20s;
        o.maxRetries = 0;
        return o;
    }

    bool registerDevice(const QString &registrationId, const QByteArray &keyBase64)
    {
        DpsDeviceClientOptions o;
        o.endpoint = QUrl(m_dps.endpoint());
        o.extraCaFile = m_caFile;
        o.useSystemProxy = false;
        o.retryPolicy.setDelayScale(0.02);
        DpsDeviceClient client(o);
        QSignalSpy finished(&client, &DpsDeviceClient::finished);
        if (!client.registerDevice(m_dps.idScope(), registrationId, decoded(keyBase64)) ||
            !finished.wait(30000))
            return false;
        return finished.first().first().value<DpsOutcome>().isAssigned();
    }

    std::optional<EnrollmentVerification> verify(const QString &connection, const QString &registrationId,
                                                 const QString &groupId = {})
    {
        EnrollmentVerifier verifier;
        QSignalSpy finished(&verifier, &EnrollmentVerifier::finished);
        if (!verifier.verify(bytes(connection), registrationId, groupId, serviceOptions()))
            return std::nullopt;
        if (!verifier.isRunning() || verifier.verify({}, registrationId)) // one at a time
            return std::nullopt;
        if (!finished.wait(30000) || finished.size() != 1)
            return std::nullopt;
        return finished.first().first().value<EnrollmentVerification>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        localdps::LocalDpsOptions options;
        options.assigningPolls = 1;
        options.retryAfterSeconds = 1;
        QVERIFY2(m_dps.start(options), qPrintable(m_dps.errorString()));
        QFile ca(m_dir.filePath(QStringLiteral("local-dps-ca.pem")));
        QVERIFY(ca.open(QIODevice::WriteOnly));
        QVERIFY(ca.write(m_dps.caPem()) > 0);
        ca.close();
        m_caFile = ca.fileName();

        localdps::LocalDpsIndividualEnrollment edge;
        edge.registrationId = QStringLiteral("edge-01");
        edge.deviceId = QStringLiteral("edge-device-01");
        edge.iotEdge = true;
        const QByteArray edgeKey = localdps::enrollmentPrimaryKey(m_dps.addIndividualEnrollment(edge));
        QVERIFY(registerDevice(edge.registrationId, edgeKey));

        localdps::LocalDpsIndividualEnrollment disabled;
        disabled.registrationId = QStringLiteral("switched-off");
        disabled.enabled = false;
        const QByteArray offKey = localdps::enrollmentPrimaryKey(m_dps.addIndividualEnrollment(disabled));
        QVERIFY(!registerDevice(disabled.registrationId, offKey));

        localdps::LocalDpsIndividualEnrollment idle;
        idle.registrationId = QStringLiteral("never-registered");
        QVERIFY(m_dps.addIndividualEnrollment(idle));

        localdps::LocalDpsEnrollmentGroup group;
        group.enrollmentGroupId = QStringLiteral("line-3");
        group.iotEdge = true;
        const QByteArray groupKey = localdps::enrollmentPrimaryKey(m_dps.addEnrollmentGroup(group));
        QVERIFY(registerDevice(QStringLiteral("line-3-dev-7"),
                               crypto::deriveDeviceKey(groupKey, QByteArrayView("line-3-dev-7"))));
    }

    void verification_data()
    {
        QTest::addColumn<QString>("registrationId");
        QTest::addColumn<QString>("groupId");
        QTest::addColumn<QString>("connection"); // "good", "wrong-key", "dead", "none"
        QTest::addColumn<EnrollmentVerification::Kind>("kind");
        QTest::addColumn<QString>("says");
        using K = EnrollmentVerification::Kind;
        QTest::newRow("individual, assigned")
            << "edge-01"
            << ""
            << "good" << K::Assigned << "DPS: enrollment edge-01 is assigned to ";
        QTest::newRow("group device, assigned")
            << "line-3-dev-7"
            << "line-3"
            << "good" << K::Assigned
            << "DPS: enrollment line-3-dev-7 (enrollment group line-3) is assigned to ";
        QTest::newRow("disabled") << "switched-off"
                                  << ""
                                  << "good" << K::NotAssigned
                                  << "DPS: enrollment switched-off is disabled, not assigned";
        QTest::newRow("never registered")
            << "never-registered"
            << ""
            << "good" << K::NotAssigned << "DPS has no registration record for never-registered";
        QTest::newRow("wrong policy key")
            << "edge-01"
            << ""
            << "wrong-key" << K::CouldNotRead << "DPS could not be asked about edge-01: ";
        QTest::newRow("nothing listening")
            << "edge-01"
            << ""
            << "dead" << K::CouldNotRead << "DPS could not be asked about edge-01: ";
        QTest::newRow("no connection, individual")
            << "edge-01"
            << ""
            << "none" << K::NoConnection << "Individual enrollments, and edge-01";
        QTest::newRow("no connection, group") << "line-3-dev-7"
                                              << "line-3"
                                              << "none" << K::NoConnection
                                              << "the enrollment group line-3, and its "
                                                 "Registration Records tab";
    }

    void verification()
    {
        QFETCH(QString, registrationId);
        QFETCH(QString, groupId);
        QFETCH(QString, connection);
        QFETCH(EnrollmentVerification::Kind, kind);
        QFETCH(QString, says);

        QString text;
        if (connection == u"good") {
            text = m_dps.serviceConnectionString();
        } else if (connection == u"wrong-key") {
            text = m_dps.serviceConnectionString();
            const qsizetype at = text.indexOf(QStringLiteral("SharedAccessKey="));
            QVERIFY(at > 0);
            text = text.left(at) + QStringLiteral("SharedAccessKey=") +
                   QString::fromLatin1(QByteArray(32, 'k').toBase64());
        } else if (connection == u"dead") {
            QTcpServer probe; // a free port, closed again: nothing listens there
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            text =
                m_dps.serviceConnectionString().replace(QString::number(m_dps.port()), QString::number(port));
        }
        const auto v = verify(text, registrationId, groupId);
        QVERIFY(v);
        QCOMPARE(v->kind, kind);
        QVERIFY2(v->sentence().contains(says), qPrintable(v->sentence()));
        if (kind == EnrollmentVerification::Kind::Assigned) {
            QVERIFY(!v->record.assignedHub.isEmpty());
            QVERIFY2(v->sentence().endsWith(QStringLiteral(" as %1.").arg(v->record.deviceId)),
                     qPrintable(v->sentence()));
            if (registrationId == u"edge-01")
                QCOMPARE(v->record.deviceId, QStringLiteral("edge-device-01"));
        }
        if (connection == u"wrong-key")
            QCOMPARE(v->error.httpStatus, 401);
        if (!text.isEmpty()) // the policy key never reaches the sentence
            QVERIFY(!v->sentence().contains(text.mid(text.indexOf(QStringLiteral("SharedAccessKey=")) + 16)));
    }

    void cancelEndsAtOnce()
    {
        EnrollmentVerifier verifier;
        QSignalSpy finished(&verifier, &EnrollmentVerifier::finished);
        QVERIFY(verifier.verify(bytes(m_dps.serviceConnectionString()), QStringLiteral("edge-01"), {},
                                serviceOptions()));
        verifier.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<EnrollmentVerification>().kind,
                 EnrollmentVerification::Kind::Cancelled);
        QVERIFY(!verifier.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEnrollmentVerifier)
#include "tst_dps_enrollmentverifier.moc"
