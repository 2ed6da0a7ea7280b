#include "engine/sim/SimProvisioning.h"

#include <QDateTime>

#include "engine/crypto/ConnectionString.h"
#include "engine/dps/DpsDeviceClient.h"

namespace eflow::sim {

namespace {

std::optional<SimProvisionFailure> refuse(const QString &message, int scriptLine)
{
    return SimProvisionFailure{message, scriptLine};
}

std::optional<SimProvisionFailure> typeFailure(const plan::ProvisioningSettings &settings, bool hasSecret)
{
    switch (settings.type) {
    case plan::ProvisioningType::ManualConnectionString:
        if (!hasSecret)
            return refuse(QStringLiteral("Error, device connection string not provided."), 2187);
        if (!settings.idScope.isEmpty() || !settings.registrationId.isEmpty() ||
            !settings.identityCertPath.isEmpty() || !settings.identityPrivKeyPath.isEmpty() ||
            !settings.iotHubHostname.isEmpty() || !settings.deviceId.isEmpty())
            return refuse(
                QStringLiteral(
                    "Only the device connection string for ManualConnectionString provisioning may be "
                    "specified."),
                2191);
        return std::nullopt;
    case plan::ProvisioningType::ManualX509:
        if (settings.iotHubHostname.isEmpty() || settings.deviceId.isEmpty() ||
            settings.identityCertPath.isEmpty() || settings.identityPrivKeyPath.isEmpty())
            return refuse(
                QStringLiteral(
                    "IoT Hub Hostname, Device ID, and/or identity cert/pk parameters for ManualX509 "
                    "provisioning not specified"),
                2199);
        // The demo host's disk holds no certificate files (Test-Path -PathType Leaf fails).
        return refuse(
            QStringLiteral(
                "Certificate and private key file for ManualX509 provisioning not found (expected at %1 "
                "and %2)")
                .arg(settings.identityCertPath, settings.identityPrivKeyPath),
            2205);
    case plan::ProvisioningType::DpsX509:
        if (hasSecret)
            return refuse(
                QStringLiteral(
                    "Device connection string, scope ID, registration ID, and symmetric key may not be "
                    "specified for DpsX509 provisioning"),
                2227);
        if (settings.idScope.isEmpty())
            return refuse(QStringLiteral("Scope ID for DpsX509 provisioning not specified"), 2222);
        return refuse(
            QStringLiteral(
                "Certificate and private key file for DpsX509 provisioning not found (expected at %1 "
                "and %2)")
                .arg(settings.identityCertPath, settings.identityPrivKeyPath),
            2233);
    case plan::ProvisioningType::DpsTpm:
        if (settings.idScope.isEmpty())
            return refuse(QStringLiteral("Scope ID for DpsTpm provisioning not specified"), 2214);
        // Set-EflowVmFeature -feature DpsTpm -enable was never run on the demo VM.
        return refuse(QStringLiteral("TPM provisioning was not enabled!"), 2217);
    case plan::ProvisioningType::DpsSymmetricKey:
        if (settings.idScope.isEmpty() || settings.registrationId.isEmpty() || !hasSecret)
            return refuse(
                QStringLiteral("Scope ID, registration ID or symmetric key missing for DpsSymmetricKey "
                               "provisioning"),
                2241);
        return std::nullopt;
    case plan::ProvisioningType::Unknown:
        break;
    }
    return refuse(
        QStringLiteral(
            "Cannot validate argument on parameter 'provisioningType'. The argument \"\" does not "
            "belong to the set \"ManualConnectionString,ManualX509,DpsTPM,DpsX509,DpsSymmetricKey\""),
        1);
}

void takeConnectionString(SimRuntimeOutcome &outcome, crypto::SecureBytes &key)
{
    const QString text = QString::fromUtf8(key.view());
    crypto::ConnectionString::ParseError parseError;
    const auto cs = crypto::ConnectionString::parse(text, &parseError);
    if (cs && !cs->hostName().isEmpty() && !cs->deviceId().isEmpty() && !cs->sharedAccessKey().isEmpty()) {
        outcome.assigned = true;
        outcome.hub = cs->hostName();
        outcome.deviceId = cs->deviceId();
    } else {
        outcome.error = QStringLiteral("the device connection string is not of the form "
                                       "HostName=…;DeviceId=…;SharedAccessKey=…");
    }
    key.wipe();
}

void takeDpsOutcome(SimRuntimeOutcome &outcome, const dps::DpsOutcome &result)
{
    if (result.isAssigned()) {
        outcome.assigned = true;
        outcome.hub = result.state.assignedHub;
        outcome.deviceId = result.state.deviceId;
        return;
    }
    outcome.error = result.error.isValid() ? result.error.message : result.message();
    outcome.httpStatus = result.error.httpStatus;
    outcome.errorCode = result.error.errorCode;
    outcome.body = QString::fromUtf8(result.error.rawBody).trimmed();
}

} // namespace

std::optional<SimProvisionFailure> provisionParameterFailure(const plan::ProvisioningSettings &settings,
                                                             bool hasSecret, bool vmExists)
{
    if (auto failure = typeFailure(settings, hasSecret))
        return failure;
    if (!vmExists)
        return refuse(QStringLiteral("Virtual machine does not exist, deploy it first"), 2172);
    return std::nullopt;
}

void queueRuntimeRegistration(ConsolePlayer &player, int delayMs, const plan::ProvisioningSettings &settings,
                              const dps::DpsDeviceClientOptions &dpsOptions,
                              std::shared_ptr<crypto::SecureBytes> key,
                              std::shared_ptr<SimRuntimeOutcome> outcome)
{
    if (settings.type == plan::ProvisioningType::ManualConnectionString) {
        player.step(delayMs, [outcome, key] { takeConnectionString(*outcome, *key); });
        return;
    }
    ConsolePlayer *run = &player;
    const QString scope = settings.idScope;
    const QString registrationId = settings.registrationId;
    run->asyncStep(
        delayMs, [run, dpsOptions, scope, registrationId, key, outcome](ConsolePlayer::Resume resume) {
            crypto::SecureBytes decoded;
            const bool decodedOk = crypto::decodeBase64Strict(key->view(), decoded);
            key->wipe();
            if (!decodedOk) {
                outcome->error = QStringLiteral("could not decode the symmetric key: invalid base64");
                resume();
                return;
            }
            auto *client = new dps::DpsDeviceClient(dpsOptions, run);
            run->setOnStop([client] {
                QObject::disconnect(client, nullptr, nullptr, nullptr);
                client->deleteLater();
            });
            QObject::connect(client, &dps::DpsDeviceClient::finished, run,
                             [client, outcome, resume](const dps::DpsOutcome &result) {
                                 client->deleteLater();
                                 takeDpsOutcome(*outcome, result);
                                 resume();
                             });
            if (!client->registerDevice(scope, registrationId, std::move(decoded))) {
                outcome->error = QStringLiteral("the DPS client is busy");
                resume();
            }
        });
}

void recordProvisioning(SimHostState &state, const plan::ProvisioningSettings &settings,
                        const SimRuntimeOutcome &outcome, plan::EflowRelease vmRelease)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    state.provisioningType = settings.type;
    state.idScope = settings.idScope;
    state.registrationId = settings.registrationId;
    state.globalEndpoint = settings.globalEndpoint;
    state.provisionedAt = now;
    state.provisionCount += 1;
    if (state.release == plan::EflowRelease::Unknown)
        state.release = vmRelease;
    state.dpsError.clear();
    state.dpsHttpStatus = 0;
    state.dpsErrorCode = 0;
    state.dpsErrorBody.clear();
    if (outcome.assigned) {
        state.provisioning = SimHostState::Provisioning::Assigned;
        state.assignedHub = outcome.hub;
        state.deviceId = outcome.deviceId;
        state.registeredAt = now;
        state.runtimeStartedAt = now;
        return;
    }
    state.provisioning = SimHostState::Provisioning::Failed;
    state.assignedHub.clear();
    state.deviceId.clear();
    state.runtimeStartedAt = QDateTime();
    state.dpsError = outcome.error;
    state.dpsHttpStatus = outcome.httpStatus;
    state.dpsErrorCode = outcome.errorCode;
    state.dpsErrorBody = outcome.body;
}

} // namespace eflow::sim
