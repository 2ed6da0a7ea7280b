#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/plan/DeploymentPlan.h"
#include "engine/sim/ConsolePlayer.h"
#include "engine/sim/SimHostState.h"

namespace eflow::sim {

// What Provision-EflowVm and the VM's IoT Edge runtime do on the demo host, apart from the console lines:
// the module's parameter checks, the runtime's registration (through the engine's real DPS device client,
// or the connection string's hub), and what the machine records afterwards.

// A Provision-EflowVm refusal with the module's own text, untranslated.
struct SimProvisionFailure
{
    QString message;
    int scriptLine = 0; // the "(L<n>)" suffix
};

// The module's checks of its parameters against the VM (vmExists: Get-EflowVm finds one).
std::optional<SimProvisionFailure> provisionParameterFailure(const plan::ProvisioningSettings &settings,
                                                             bool hasSecret, bool vmExists);

// What the VM's runtime ends with.
struct SimRuntimeOutcome
{
    bool assigned = false;
    QString hub;
    QString deviceId;
    QString error;
    int httpStatus = 0;
    qint64 errorCode = 0;
    QString body;
};

// Queues the runtime's registration on player after delayMs; fills outcome and wipes key once it is used.
void queueRuntimeRegistration(ConsolePlayer &player, int delayMs, const plan::ProvisioningSettings &settings,
                              const dps::DpsDeviceClientOptions &dpsOptions,
                              std::shared_ptr<crypto::SecureBytes> key,
                              std::shared_ptr<SimRuntimeOutcome> outcome);

// The machine after provisioning with settings ended in outcome.
void recordProvisioning(SimHostState &state, const plan::ProvisioningSettings &settings,
                        const SimRuntimeOutcome &outcome, plan::EflowRelease vmRelease);

} // namespace eflow::sim
