#include "engine/sim/SimDeployConsole.h"

#include <QCoreApplication>
#include <QStringList>

#include "engine/host/HostOperation.h"
#include "engine/sim/ConsolePlayer.h"
#include "engine/sim/SimDeployPlan.h"

namespace eflow::sim {

namespace {

struct SimulatedHostTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedHost)
};

// The module's closing lines for a failure (reference §2.1 "failure" row), then the operation's end.
void fail(ConsolePlayer &player, host::HostOperation *op, const SimDeployFailure &failure, bool vmCreation)
{
    if (vmCreation) {
        player.line(300, QStringLiteral("Error: Virtual machine creation failed!"));
        player.line(800, QStringLiteral("Cleaning up..."));
    }
    player.line(200, QStringLiteral("Exception caught!!!"));
    player.bullet(0, QStringLiteral("%1 (L%2)").arg(failure.message).arg(failure.scriptLine));
    if (vmCreation) {
        player.line(
            0,
            QStringLiteral("In order to attempt another deployment, please uninstall the Azure IoT Edge "
                           "msi and start from fresh"),
            false);
    }
    const QString message = failure.message;
    player.step(0, [op, message] { op->fail(SimulatedHostTr::tr("Deploy-Eflow failed: %1").arg(message)); });
}

// The phases before the VM is made; false (and the failure queued) when one of them fails.
bool playHostChecks(ConsolePlayer &player, host::HostOperation *op, const SimDeployPlan &plan, bool server)
{
    auto phase = [&player](int ms, const QString &text) {
        player.line(ms, text, true, true);
    };
    auto failedAt = [&](SimDeployStage stage) {
        if (const auto f = plan.failureAt(stage)) {
            fail(player, op, *f, false);
            return true;
        }
        return false;
    };
    phase(300, QStringLiteral("Deploying Azure IoT Edge for Linux on Windows"));
    if (failedAt(SimDeployStage::Parameters))
        return false;
    phase(1200, QStringLiteral("Creating configuration"));
    phase(1500, QStringLiteral("Configuration created successfully"));
    phase(800,
          QStringLiteral("Enabling Microsoft Update. This will allow Azure IoT Edge for Linux on Windows to "
                         "receive updates."));
    phase(2000, QStringLiteral("Microsoft Update is enabled."));
    phase(800, QStringLiteral("Step 1: Preparing host for Azure IoT Edge for Linux on Windows"));
    if (failedAt(SimDeployStage::PreparingHost))
        return false;
    phase(1000, QStringLiteral("Checking host for required features"));
    const QStringList features = {
        QStringLiteral("Microsoft-Hyper-V"), QStringLiteral("Microsoft-Hyper-V-Management-PowerShell"),
        server ? QStringLiteral("VirtualMachinePlatform") : QStringLiteral("Microsoft-Hyper-V-Hypervisor"),
        QStringLiteral("OpenSSH.Client*")};
    for (const QString &feature : features)
        player.bullet(600, QStringLiteral("Checking the status of '%1'").arg(feature));
    if (failedAt(SimDeployStage::CheckingFeatures))
        return false;
    phase(1500, QStringLiteral("Verifying whether Hyper-V is enabled and functional"));
    if (failedAt(SimDeployStage::VerifyingHyperV))
        return false;
    player.bullet(1200, QStringLiteral("Hyper-V core services are active"));
    return !failedAt(SimDeployStage::Resources) && !failedAt(SimDeployStage::Network);
}

} // namespace

bool playDeployConsole(ConsolePlayer &player, host::HostOperation *op, const SimDeployPlan &plan, bool server)
{
    if (!playHostChecks(player, op, plan, server))
        return false;
    auto phase = [&player](int ms, const QString &text) {
        player.line(ms, text, true, true);
    };
    phase(1500, QStringLiteral("Setting dynamically expanding virtual hard disk maximum size to %1 GB")
                    .arg(plan.diskGb));
    phase(2000, QStringLiteral("Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW)"));
    phase(6000, QStringLiteral("Creating vnic (name: %1Interface)").arg(plan.vmName));
    phase(2000, QStringLiteral("Instantiating virtual machine (name: %1)").arg(plan.vmName));
    phase(7000, QStringLiteral("Successfully created virtual machine"));
    phase(1500, QStringLiteral("Querying IP and MAC addresses from virtual machine (%1)").arg(plan.vmName));
    if (const auto f = plan.failureAt(SimDeployStage::Address)) {
        player.bullet(20000, QStringLiteral("Virtual machine MAC: 00:00:00:00:00:00"));
        fail(player, op, *f, true);
        return false;
    }
    player.bullet(1500, QStringLiteral("Virtual machine MAC: %1").arg(plan.mac));
    player.bullet(500, plan.staticIp
                           ? QStringLiteral("Virtual machine IP : %1").arg(plan.ip)
                           : QStringLiteral("Virtual machine IP : %1 retrieved directly from virtual "
                                            "machine")
                                 .arg(plan.ip));
    phase(4000, QStringLiteral("...successfully connected to the Linux VM"));
    player.bullet(300,
                  QStringLiteral("Please check your DNS configuration to ensure Internet connectivity. Refer "
                                 "https://aka.ms/AzEFLOW-DNS for more details."));
    return true;
}

} // namespace eflow::sim
