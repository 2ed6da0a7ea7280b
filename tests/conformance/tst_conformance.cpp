// Conformance: the official Azure IoT Node.js SDKs (pinned) against `eflow-wizard emulator` — register an
// individual and a group device, manage enrollments and groups, query a group's registrations — and then
// the project's own device client against the same server: through every injected fault kind, and with
// wrong keys, expired tokens and a disabled enrollment. The emulator runs as a separate process, the way a
// technician or CI starts it, and keeps its state in a folder across restarts.
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/KeyGenerator.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/dps/DpsServiceClient.h"
#include "tests/support/TestPrerequisites.h"

using namespace std::chrono_literals;
using eflow::dps::DpsDeviceClient;
using eflow::dps::DpsDeviceClientOptions;
using eflow::dps::DpsError;
using eflow::dps::DpsOutcome;
using eflow::dps::DpsServiceClient;
using eflow::dps::DpsServiceResult;

namespace {

// `eflow-wizard emulator` as a child process; its "key: value" lines until "ready" describe it.
class Emulator final
{
public:
    ~Emulator() { stop(); }

    bool start(const QString &binary, const QString &stateDir, const QStringList &extra = {})
    {
        stop();
        m_values.clear();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        const QString ca = stateDir + QStringLiteral("/ca.pem");
        m_process->start(binary, QStringList{QStringLiteral("emulator"), QStringLiteral("--state"), stateDir,
                                             QStringLiteral("--ca-out"), ca} +
                                     extra);
        if (!m_process->waitForStarted(10000))
            return false;
        QByteArray buffered;
        QDeadlineTimer deadline(30s);
        while (!deadline.hasExpired()) {
            if (!m_process->waitForReadyRead(int(deadline.remainingTime())))
                break;
            buffered += m_process->readAllStandardOutput();
            for (const QByteArray &line : buffered.split('\n')) {
                const qsizetype colon = line.indexOf(": ");
                if (colon > 0)
                    m_values.insert(QString::fromUtf8(line.left(colon)),
                                    QString::fromUtf8(line.mid(colon + 2)));
                if (line == "ready")
                    return true;
            }
        }
        qWarning() << "emulator did not become ready:" << buffered << m_process->readAllStandardError();
        return false;
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM: the emulator stops cleanly and saves its state
            if (!m_process->waitForFinished(10000)) {
                m_process->kill();
                m_process->waitForFinished();
            }
        }
        m_process.reset();
    }

    QString value(const QString &key) const { return m_values.value(key); }
    QString policyKey() const
    {
        return value(QStringLiteral("service-connection-string"))
            .section(QStringLiteral("SharedAccessKey="), 1);
    }

private:
    std::unique_ptr<QProcess> m_process;
    QHash<QString, QString> m_values;
};

struct NodeRun
{
    int exitCode = -1;
    QHash<QString, QJsonObject> steps; // step name → its JSON line
    QByteArray stdErr;
};

eflow::crypto::SecureBytes decode(const QByteArray &base64)
{
    eflow::crypto::SecureBytes key;
    if (!eflow::crypto::decodeBase64Strict(base64, key))
        qFatal("test key is not base64");
    return key;
}

} // namespace

class TestConformance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_binary;
    QString m_stateDir;
    Emulator m_emulator;
    const QString m_run = QStringLiteral("r%1").arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
    const QByteArray m_groupKey = eflow::crypto::generateSymmetricKey();
    const QByteArray m_disabledKey = eflow::crypto::generateSymmetricKey();
    NodeRun m_node;

    NodeRun runNode(const QStringList &steps)
    {
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DPS_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("DPS_PORT"), m_emulator.value(QStringLiteral("port")));
        env.insert(QStringLiteral("DPS_CA_FILE"), m_emulator.value(QStringLiteral("ca-file")));
        env.insert(QStringLiteral("DPS_ID_SCOPE"), m_emulator.value(QStringLiteral("id-scope")));
        env.insert(QStringLiteral("DPS_POLICY_NAME"), m_emulator.value(QStringLiteral("service-policy")));
        env.insert(QStringLiteral("DPS_POLICY_KEY"), m_emulator.policyKey());
        env.insert(QStringLiteral("CONF_RUN_ID"), m_run);
        env.insert(QStringLiteral("CONF_GROUP_KEY"), QString::fromLatin1(m_groupKey));
        env.insert(QStringLiteral("CONF_DISABLED_KEY"), QString::fromLatin1(m_disabledKey));
        node.setProcessEnvironment(env);
        node.setWorkingDirectory(qEnvironmentVariable("EFLOW_SDK_DIR"));
        node.start(qEnvironmentVariable("EFLOW_NODE"),
                   QStringList{QStringLiteral("sdk-conformance.js")} + steps);
        NodeRun run;
        if (!node.waitForFinished(180000)) {
            node.kill();
            node.waitForFinished();
            return run;
        }
        run.exitCode = node.exitCode();
        run.stdErr = node.readAllStandardError();
        for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.contains(QStringLiteral("step")))
                run.steps.insert(object.value(QStringLiteral("step")).toString(), object);
        }
        return run;
    }

    QString groupDevice(int n) const { return QStringLiteral("conf-group-dev-%1-own%2").arg(m_run).arg(n); }

    DpsDeviceClientOptions clientOptions() const
    {
        DpsDeviceClientOptions options;
        options.endpoint = QUrl(m_emulator.value(QStringLiteral("endpoint")));
        options.extraCaFile = m_emulator.value(QStringLiteral("ca-file"));
        options.overallTimeout = 90s;
        options.requestTimeout = 10s;
        return options;
    }

    DpsOutcome registerWith(const DpsDeviceClientOptions &options, const QString &registrationId,
                            eflow::crypto::SecureBytes key)
    {
        DpsDeviceClient client(options);
        DpsOutcome result;
        bool done = false;
        connect(&client, &DpsDeviceClient::finished, this, [&](const DpsOutcome &outcome) {
            result = outcome;
            done = true;
        });
        if (!client.registerDevice(m_emulator.value(QStringLiteral("id-scope")), registrationId,
                                   std::move(key)))
            return result;
        if (!QTest::qWaitFor([&] { return done; }, 120000))
            qWarning("the device client did not finish within 120 s");
        return result;
    }

    // Runs one service-client call to its end (the call is started by `start`).
    DpsServiceResult service(const std::function<bool(DpsServiceClient &)> &start)
    {
        eflow::dps::DpsServiceClientOptions options;
        options.extraCaFile = m_emulator.value(QStringLiteral("ca-file"));
        DpsServiceClient client(m_emulator.value(QStringLiteral("service-connection-string")), options);
        DpsServiceResult result;
        if (!client.isValid()) {
            result.error = client.configurationError();
            return result;
        }
        bool done = false;
        connect(&client, &DpsServiceClient::finished, this, [&](const DpsServiceResult &r) {
            result = r;
            done = true;
        });
        if (!start(client))
            return result;
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("the service client did not finish within 60 s");
        return result;
    }

    eflow::crypto::SecureBytes derivedKey(const QString &registrationId) const
    {
        return decode(eflow::crypto::deriveDeviceKey(m_groupKey, registrationId.toUtf8()));
    }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY(QFileInfo(qEnvironmentVariable("EFLOW_NODE")).isExecutable());
        QVERIFY(QFileInfo::exists(qEnvironmentVariable("EFLOW_SDK_DIR") + QStringLiteral("/node_modules")));
        QVERIFY(m_dir.isValid());
        m_stateDir = m_dir.filePath(QStringLiteral("state"));
        QVERIFY(QDir().mkpath(m_stateDir));
        QVERIFY(m_emulator.start(m_binary, m_stateDir));
        m_node = runNode({QStringLiteral("create-individual"), QStringLiteral("get-individual"),
                          QStringLiteral("create-group"), QStringLiteral("register-individual"),
                          QStringLiteral("register-group-device"), QStringLiteral("create-disabled"),
                          QStringLiteral("wrong-key-rejected"), QStringLiteral("query-group-registrations")});
    }

    void cleanupTestCase() { m_emulator.stop(); }

    void nodeSdk_data()
    {
        QTest::addColumn<QString>("step");
        for (const char *step :
             {"create-individual", "get-individual", "create-group", "register-individual",
              "register-group-device", "create-disabled", "wrong-key-rejected", "query-group-registrations"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void nodeSdk()
    {
        QFETCH(QString, step);
        QVERIFY2(m_node.steps.contains(step), m_node.stdErr.constData());
        const QJsonObject result = m_node.steps.value(step);
        QVERIFY2(result.value(QStringLiteral("ok")).toBool(),
                 qPrintable(result.value(QStringLiteral("error")).toString()));
    }

    void ownClientRegistersGroupDevice()
    {
        const DpsOutcome outcome = registerWith(clientOptions(), groupDevice(1), derivedKey(groupDevice(1)));
        QVERIFY2(outcome.isAssigned(), qPrintable(outcome.message()));
        QCOMPARE(outcome.state.deviceId, groupDevice(1));
        QVERIFY(!outcome.state.assignedHub.isEmpty());
    }

    void ownServiceClientManagesEnrollments()
    {
        const QString id = QStringLiteral("conf-own-%1").arg(m_run);
        eflow::dps::IndividualEnrollment enrollment;
        enrollment.registrationId = id;
        enrollment.iotEdge = true;
        enrollment.initialTwin = QJsonObject{
            {QStringLiteral("tags"), QJsonObject{{QStringLiteral("site"), QStringLiteral("own")}}}};
        // Keys omitted: the service generates them.
        const DpsServiceResult created =
            service([&](DpsServiceClient &c) { return c.createOrUpdateEnrollment(enrollment); });
        QVERIFY2(created.succeeded(), qPrintable(created.message()));
        QVERIFY(created.enrollment);
        QVERIFY(created.enrollment->iotEdge);
        QVERIFY(!created.enrollment->etag.isEmpty());

        const DpsServiceResult keys =
            service([&](DpsServiceClient &c) { return c.getEnrollmentAttestation(id); });
        QVERIFY2(keys.succeeded() && keys.attestation && keys.attestation->hasKeys(),
                 qPrintable(keys.message()));

        // The device registers with the generated key through the project's device client.
        const DpsOutcome registered =
            registerWith(clientOptions(), id, decode(keys.attestation->primaryKey.toLatin1()));
        QVERIFY2(registered.isAssigned(), qPrintable(registered.message()));

        const DpsServiceResult record = service([&](DpsServiceClient &c) { return c.getRegistration(id); });
        QVERIFY2(record.succeeded() && record.registration, qPrintable(record.message()));
        QCOMPARE(record.registration->deviceId, id);

        // An update with a stale etag is refused with the etag sentence.
        eflow::dps::IndividualEnrollment stale = *created.enrollment;
        stale.etag = QStringLiteral("\"stale-etag\"");
        const DpsServiceResult refused =
            service([&](DpsServiceClient &c) { return c.createOrUpdateEnrollment(stale); });
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.isEtagMismatch(), qPrintable(refused.message()));

        const DpsServiceResult groups =
            service([&](DpsServiceClient &c) { return c.queryAllEnrollmentGroups(); });
        QVERIFY2(groups.succeeded(), qPrintable(groups.message()));
        QVERIFY(
            std::any_of(groups.enrollmentGroups.cbegin(), groups.enrollmentGroups.cend(), [&](const auto &g) {
                return g.enrollmentGroupId == QStringLiteral("conf-group-%1").arg(m_run);
            }));

        const DpsServiceResult registrations = service([&](DpsServiceClient &c) {
            return c.queryAllRegistrations(QStringLiteral("conf-group-%1").arg(m_run));
        });
        QVERIFY2(registrations.succeeded(), qPrintable(registrations.message()));
        QVERIFY(registrations.registrations.size() >= 3); // the Node SDK's three group devices

        const DpsServiceResult deleted = service([&](DpsServiceClient &c) { return c.deleteEnrollment(id); });
        QVERIFY2(deleted.succeeded(), qPrintable(deleted.message()));
        const DpsServiceResult gone = service([&](DpsServiceClient &c) { return c.getEnrollment(id); });
        QVERIFY(!gone.succeeded());
        QCOMPARE(gone.error.httpStatus, 404);
    }

    void ownServiceClientBulk()
    {
        QList<eflow::dps::IndividualEnrollment> many;
        for (int i = 0; i < 23; ++i) {
            eflow::dps::IndividualEnrollment e;
            e.registrationId = QStringLiteral("conf-bulk-%1-%2").arg(m_run).arg(i);
            many << e;
        }
        const DpsServiceResult created = service([&](DpsServiceClient &c) {
            return c.bulkEnrollments(eflow::dps::BulkOperationMode::Create, many);
        });
        QVERIFY2(created.succeeded(), qPrintable(created.message()));
        QCOMPARE(created.bulkItemsSubmitted, 23);
        QCOMPARE(created.requests, 3); // chunks of 10, 10 and 3
        QVERIFY(created.bulk.errors.isEmpty());
        const DpsServiceResult listed = service([&](DpsServiceClient &c) { return c.queryAllEnrollments(); });
        QVERIFY2(listed.succeeded(), qPrintable(listed.message()));
        int found = 0;
        for (const auto &e : listed.enrollments)
            found += e.registrationId.startsWith(QStringLiteral("conf-bulk-%1-").arg(m_run)) ? 1 : 0;
        QCOMPARE(found, 23);
        const DpsServiceResult deleted = service([&](DpsServiceClient &c) {
            return c.bulkEnrollments(eflow::dps::BulkOperationMode::Delete, many);
        });
        QVERIFY2(deleted.succeeded(), qPrintable(deleted.message()));
        QCOMPARE(deleted.requests, 3);
    }

    void ownClientRefusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("expectedError");
        QTest::newRow("group key instead of the derived key")
            << 0 << int(DpsOutcome::Kind::Error) << int(DpsError::Kind::Unauthorized);
        QTest::newRow("expired token")
            << 1 << int(DpsOutcome::Kind::Error) << int(DpsError::Kind::Unauthorized);
        QTest::newRow("disabled enrollment")
            << 2 << int(DpsOutcome::Kind::Disabled) << int(DpsError::Kind::Unknown);
        QTest::newRow("unknown ID scope")
            << 3 << int(DpsOutcome::Kind::Error) << int(DpsError::Kind::NotFound);
    }

    void ownClientRefusals()
    {
        QFETCH(int, which);
        QFETCH(int, expectedKind);
        QFETCH(int, expectedError);
        DpsDeviceClientOptions options = clientOptions();
        DpsOutcome outcome;
        switch (which) {
        case 0:
            outcome = registerWith(options, groupDevice(2), decode(m_groupKey));
            break;
        case 1:
            // The token expired ten minutes ago: past the service's five minutes of clock skew.
            options.tokenTtl = -600s;
            outcome = registerWith(options, groupDevice(3), derivedKey(groupDevice(3)));
            break;
        case 2:
            outcome =
                registerWith(options, QStringLiteral("conf-disabled-%1").arg(m_run), decode(m_disabledKey));
            break;
        case 3: {
            DpsDeviceClient client(options);
            bool done = false;
            connect(&client, &DpsDeviceClient::finished, this, [&](const DpsOutcome &o) {
                outcome = o;
                done = true;
            });
            QVERIFY(client.registerDevice(QStringLiteral("0ne00000000"), groupDevice(4),
                                          derivedKey(groupDevice(4))));
            QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
            break;
        }
        }
        QCOMPARE(int(outcome.kind), expectedKind);
        if (expectedError != int(DpsError::Kind::Unknown)) {
            QCOMPARE(int(outcome.error.kind), expectedError);
            QVERIFY(!outcome.error.message.isEmpty());
        }
        if (which == 0)
            QVERIFY2(outcome.error.message.contains(QStringLiteral("derived")),
                     qPrintable(outcome.error.message));
    }

    void faults_data()
    {
        QTest::addColumn<QStringList>("emulatorOptions");
        QTest::addColumn<int>("devices");
        QTest::newRow("429 with Retry-After, 30%")
            << QStringList{QStringLiteral("--throttle"), QStringLiteral("0.3")} << 4;
        QTest::newRow("503, 30%") << QStringList{QStringLiteral("--unavailable"), QStringLiteral("0.3")} << 4;
        QTest::newRow("dropped connections, 20%")
            << QStringList{QStringLiteral("--drop"), QStringLiteral("0.2")} << 4;
        QTest::newRow("300 ms added latency")
            << QStringList{QStringLiteral("--latency"), QStringLiteral("300")} << 2;
        QTest::newRow("all at once") << QStringList{QStringLiteral("--throttle"),    QStringLiteral("0.15"),
                                                    QStringLiteral("--unavailable"), QStringLiteral("0.15"),
                                                    QStringLiteral("--drop"),        QStringLiteral("0.1"),
                                                    QStringLiteral("--latency"),     QStringLiteral("50")}
                                     << 4;
    }

    void faults()
    {
        QFETCH(QStringList, emulatorOptions);
        QFETCH(int, devices);
        // A restart on the same state folder keeps the enrollment group made through the Node SDK above.
        QVERIFY(m_emulator.start(m_binary, m_stateDir, emulatorOptions));
        DpsDeviceClientOptions options = clientOptions();
        options.maxRetries = 12; // 0.3^13: a spurious failure is out of reach
        static int serial = 100;
        for (int i = 0; i < devices; ++i) {
            const QString id = groupDevice(++serial);
            const DpsOutcome outcome = registerWith(options, id, derivedKey(id));
            QVERIFY2(outcome.isAssigned(),
                     qPrintable(outcome.message() + QLatin1Char('\n') + outcome.error.details()));
        }
    }

    void persistentThrottlingEndsInAClearError()
    {
        QVERIFY(m_emulator.start(m_binary, m_stateDir, {QStringLiteral("--throttle"), QStringLiteral("1")}));
        DpsDeviceClientOptions options = clientOptions();
        options.maxRetries = 2;
        const QString id = groupDevice(200);
        const DpsOutcome outcome = registerWith(options, id, derivedKey(id));
        QCOMPARE(outcome.kind, DpsOutcome::Kind::Error);
        QCOMPARE(outcome.error.kind, DpsError::Kind::Throttled);
        QCOMPARE(outcome.error.httpStatus, 429);
        QCOMPARE(outcome.error.attempts, 3);
    }

    void nodeSdkDeletes()
    {
        QVERIFY(m_emulator.start(m_binary, m_stateDir));
        const NodeRun run = runNode({QStringLiteral("delete")});
        QVERIFY2(run.exitCode == 0, run.stdErr.constData());
        QVERIFY(run.steps.value(QStringLiteral("delete")).value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
