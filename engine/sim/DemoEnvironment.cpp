#include "engine/sim/DemoEnvironment.h"

#include <QSaveFile>

#include "engine/crypto/DeviceKey.h"
#include "engine/sim/DemoEnrollments.h"

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
    m_dps.stop();
}

QString DemoEnvironment::groupId()
{
    return demoGroupId();
}

QString DemoEnvironment::individualRegistrationId()
{
    return demoRegistrationId();
}

bool DemoEnvironment::start(const QString &dpsStateDirectory)
{
    m_error.clear();
    if (!m_caDir.isValid()) {
        m_error = tr("No temporary folder for the local DPS certificate: %1").arg(m_caDir.errorString());
        return false;
    }
    LocalDpsOptions options;
    options.stateDirectory = dpsStateDirectory;
    if (!m_dps.start(options)) {
        m_error = tr("The local DPS did not start: %1").arg(m_dps.errorString());
        return false;
    }
    // The CA is made at every start; clients that read a file get it from here.
    QSaveFile ca(m_caDir.filePath(QStringLiteral("local-dps-ca.pem")));
    if (!ca.open(QIODevice::WriteOnly) || ca.write(m_dps.caPem()) != m_dps.caPem().size() || !ca.commit()) {
        m_error = tr("Cannot write the local DPS certificate to %1: %2").arg(ca.fileName(), ca.errorString());
        m_dps.stop();
        return false;
    }
    m_caFile = ca.fileName();

    QString problem;
    std::optional<DemoKeys> keys = ensureDemoEnrollments(m_dps, &problem);
    if (!keys) {
        m_error = tr("The demo enrollments could not be made: %1").arg(problem);
        m_dps.stop();
        return false;
    }
    // Not kept here: individualKey() and groupKey() read them again into wiped memory.
    crypto::wipe(keys->groupKey);
    crypto::wipe(keys->deviceKey);
    return true;
}

bool DemoEnvironment::isRunning() const
{
    return m_dps.isListening();
}

QString DemoEnvironment::idScope() const
{
    return m_dps.idScope();
}

QString DemoEnvironment::endpoint() const
{
    return m_dps.endpoint();
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

crypto::SecureBytes DemoEnvironment::individualKey() const
{
    QByteArray key = enrollmentPrimaryKey(m_dps.individualEnrollment(individualRegistrationId()));
    return toSecure(key);
}

crypto::SecureBytes DemoEnvironment::groupKey() const
{
    QByteArray key = enrollmentPrimaryKey(m_dps.enrollmentGroup(groupId()));
    return toSecure(key);
}

crypto::SecureBytes DemoEnvironment::derivedDeviceKey(const QString &registrationId) const
{
    QByteArray group = enrollmentPrimaryKey(m_dps.enrollmentGroup(groupId()));
    if (group.isEmpty())
        return {};
    QByteArray derived = crypto::deriveDeviceKey(group, registrationId.toUtf8());
    crypto::wipe(group);
    return toSecure(derived);
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
