#include "engine/sim/DemoEnvironment.h"

#include <QSaveFile>

#include "engine/crypto/DeviceKey.h"
#include "engine/localdps/DemoEnrollments.h"
#include "engine/localdps/LocalDps.h"

namespace eflow::sim {

namespace {

crypto::SecureBytes toSecure(QByteArray &text)
{
    crypto::SecureBytes secure{QByteArrayView(text)};
    crypto::wipe(text);
    return secure;
}

} // namespace

DemoEnvironment::DemoEnvironment(QObject *parent)
    : QObject(parent)
{}

DemoEnvironment::~DemoEnvironment()
{
    stop();
}

QString DemoEnvironment::groupId()
{
    return localdps::demoGroupId();
}

QString DemoEnvironment::individualRegistrationId()
{
    return localdps::demoRegistrationId();
}

bool DemoEnvironment::start(const QString &dpsStateDirectory)
{
    stop();
    m_error.clear();
    if (!m_caDir.isValid()) {
        m_error = tr("No temporary folder for the local DPS certificate: %1").arg(m_caDir.errorString());
        return false;
    }
    localdps::LocalDpsOptions options;
    options.stateDirectory = dpsStateDirectory;
    if (!m_dps.start(options)) {
        m_error = tr("The local DPS did not start: %1").arg(m_dps.errorString());
        return false;
    }
    // The CA is made at every start; clients that read a file get it from here.
    const QByteArray pem = m_dps.caPem();
    QSaveFile ca(m_caDir.filePath(QStringLiteral("local-dps-ca.pem")));
    if (!ca.open(QIODevice::WriteOnly) || ca.write(pem) != pem.size() || !ca.commit()) {
        m_error = tr("Cannot write the local DPS certificate to %1: %2").arg(ca.fileName(), ca.errorString());
        m_dps.stop();
        return false;
    }
    m_caFile = ca.fileName();

    // The keys are not kept here nor handed across: individualKey() and groupKey() read them again into
    // wiped memory.
    struct Seeded
    {
        bool ok = false;
        QString problem;
    };
    const std::optional<Seeded> seeded = m_dps.call([](localdps::LocalDps &dps) {
        Seeded result;
        std::optional<localdps::DemoKeys> keys = localdps::ensureDemoEnrollments(dps, &result.problem);
        if (keys) {
            crypto::wipe(keys->groupKey);
            crypto::wipe(keys->deviceKey);
        }
        result.ok = keys.has_value();
        return result;
    });
    if (!seeded || !seeded->ok) {
        m_error = tr("The demo enrollments could not be made: %1")
                      .arg(seeded ? seeded->problem : tr("the local DPS did not answer in time."));
        m_dps.stop();
        return false;
    }
    return true;
}

void DemoEnvironment::stop()
{
    m_dps.stop();
    m_caFile.clear();
}

bool DemoEnvironment::isRunning() const
{
    return m_dps.isRunning();
}

QString DemoEnvironment::idScope() const
{
    return m_dps.idScope();
}

QString DemoEnvironment::endpoint() const
{
    return m_dps.endpoint();
}

QStringList DemoEnvironment::iotHubs() const
{
    return m_dps.iotHubs();
}

QSslCertificate DemoEnvironment::caCertificate() const
{
    return m_dps.caCertificate();
}

dps::DpsDeviceClientOptions DemoEnvironment::deviceClientOptions() const
{
    dps::DpsDeviceClientOptions options;
    options.endpoint = QUrl(m_dps.endpoint());
    options.extraCaFile = m_caFile;
    options.useSystemProxy = false; // 127.0.0.1 never goes through a proxy
    options.overallTimeout = std::chrono::seconds(60);
    return options;
}

crypto::SecureBytes DemoEnvironment::serviceConnectionString() const
{
    std::optional<QByteArray> text = m_dps.call([](localdps::LocalDps &dps) {
        QString connection = dps.serviceConnectionString();
        QByteArray utf8 = connection.toUtf8();
        crypto::wipe(connection);
        return utf8;
    });
    if (!text)
        return {};
    crypto::SecureBytes bytes{QByteArrayView(*text)};
    crypto::wipe(*text);
    return bytes;
}

dps::DpsServiceClientOptions DemoEnvironment::serviceClientOptions() const
{
    dps::DpsServiceClientOptions options;
    options.extraCaFile = m_caFile;
    options.useSystemProxy = false; // 127.0.0.1 never goes through a proxy
    options.requestTimeout = std::chrono::seconds(15);
    options.overallTimeout = std::chrono::seconds(30);
    return options;
}

crypto::SecureBytes DemoEnvironment::individualKey() const
{
    const QString id = individualRegistrationId();
    std::optional<QByteArray> key = m_dps.call([id](localdps::LocalDps &dps) {
        return localdps::enrollmentPrimaryKey(dps.individualEnrollment(id));
    });
    return key ? toSecure(*key) : crypto::SecureBytes();
}

crypto::SecureBytes DemoEnvironment::groupKey() const
{
    const QString id = groupId();
    std::optional<QByteArray> key = m_dps.call(
        [id](localdps::LocalDps &dps) { return localdps::enrollmentPrimaryKey(dps.enrollmentGroup(id)); });
    return key ? toSecure(*key) : crypto::SecureBytes();
}

crypto::SecureBytes DemoEnvironment::derivedDeviceKey(const QString &registrationId) const
{
    crypto::SecureBytes group = groupKey();
    if (group.isEmpty())
        return {};
    QByteArray derived = crypto::deriveDeviceKey(group.view(), registrationId.toUtf8());
    return toSecure(derived);
}

std::optional<QJsonObject> DemoEnvironment::registration(const QString &registrationId) const
{
    std::optional<std::optional<QJsonObject>> found =
        m_dps.call([registrationId](localdps::LocalDps &dps) { return dps.registration(registrationId); });
    return found ? *found : std::nullopt;
}

void DemoEnvironment::setFaults(const localdps::LocalDpsFaults &faults)
{
    m_dps.run([faults](localdps::LocalDps &dps) { dps.setFaults(faults); });
}

std::unique_ptr<SimulatedHost> DemoEnvironment::createHost(const QString &scenarioId,
                                                           const QString &stateDirectory, double speed) const
{
    const std::optional<SimScenario> scenario = simScenario(scenarioId);
    if (!scenario)
        return nullptr;
    auto host = std::make_unique<SimulatedHost>(*scenario, stateDirectory, deviceClientOptions());
    host->setSpeed(speed);
    return host;
}

} // namespace eflow::sim
