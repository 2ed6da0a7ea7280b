#include "engine/sim/SimulatedHost.h"

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>

#include "engine/crypto/SecureBytes.h"
#include "engine/host/DeployProgress.h"
#include "engine/host/HostOperation.h"
#include "engine/sim/ConsolePlayer.h"
#include "engine/sim/SimDeployConsole.h"
#include "engine/sim/SimDeployPlan.h"
#include "engine/sim/SimHostFacts.h"
#include "engine/sim/SimProvisioning.h"
#include "engine/sim/SimSupportBundle.h"
#include "engine/sim/SimulatedVm.h"

namespace eflow::sim {

using host::HostOperation;

namespace {

struct SimulatedHostTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedHost)
};

constexpr int kMinute = 60 * 1000;

} // namespace

SimulatedHost::SimulatedHost(SimScenario scenario, QString stateDirectory,
                             dps::DpsDeviceClientOptions dpsOptions, QObject *parent)
    : host::HostBackend(parent)
    , m_scenario(std::move(scenario))
    , m_stateDirectory(std::move(stateDirectory))
    , m_dpsOptions(std::move(dpsOptions))
    , m_state(SimHostState::initial(m_scenario))
{
    reload();
}

SimulatedHost::~SimulatedHost() = default;

void SimulatedHost::setSpeed(double speed)
{
    m_speed = qMax(0.0, speed);
}

QString SimulatedHost::describe() const
{
    if (!m_machineName.isEmpty())
        //: %1 the scenario's title, %2 the demo machine's name
        return SimulatedHostTr::tr("Demo: %1 (%2)").arg(m_scenario.title, m_machineName);
    return SimulatedHostTr::tr("Demo: %1").arg(m_scenario.title);
}

SimHostState SimulatedHost::currentState()
{
    reload();
    return m_state;
}

void SimulatedHost::reload()
{
    SimHostState loaded;
    QString error;
    switch (loaded.read(m_stateDirectory, &error)) {
    case SimHostState::ReadResult::Loaded:
        m_stateError.clear();
        if (loaded.scenarioId == m_scenario.id)
            m_state = loaded;
        break;
    case SimHostState::ReadResult::Missing:
        m_stateError.clear();
        break;
    case SimHostState::ReadResult::Unreadable:
        m_stateError = error;
        m_stateErrorId = simStateUnreadableId();
        break;
    case SimHostState::ReadResult::Damaged:
        m_stateError = error;
        m_stateErrorId = simStateDamagedId();
        break;
    }
}

bool SimulatedHost::persist(QString *error)
{
    // Never written over a file that could not be read: it may hold a machine this process never saw.
    if (!m_stateError.isEmpty()) {
        if (error)
            *error = m_stateError;
        return false;
    }
    return m_state.save(m_stateDirectory, error);
}

HostOperation *SimulatedHost::newOperation(const QString &name, int timeoutMs)
{
    auto *op = new HostOperation(name);
    op->setTimeout(timeoutMs);
    reload();
    if (!m_stateError.isEmpty()) {
        // The machine refuses to act on a state it cannot read, rather than take itself for a new one (a
        // second VM). Failed on the next turn, so the caller can connect first; the operation's own steps
        // then never run (ConsolePlayer stops at a finished operation).
        host::HostOperationResult result;
        result.outcome = host::HostOperationResult::Outcome::Failed;
        result.errorId = m_stateErrorId;
        result.error =
            SimulatedHostTr::tr("The demo host's state cannot be used: %1 Remove or repair the file "
                                "to go on.")
                .arg(m_stateError);
        QTimer::singleShot(0, op, [op, result] { op->finish(result); });
    }
    return op;
}

QList<host::VirtualSwitch> SimulatedHost::allSwitches() const
{
    return simSwitches(m_scenario, m_state);
}

host::HostFacts SimulatedHost::currentFacts(const QString &drive) const
{
    return simHostFacts(m_scenario, m_state, drive);
}

// ---------------------------------------------------------------------------------------------

HostOperation *SimulatedHost::probe(const QString &drive)
{
    auto *op = newOperation(SimulatedHostTr::tr("Host check"), 2 * kMinute);
    if (failIfRestarting(op))
        return op;
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(
        200, QStringLiteral("Get-CimInstance Win32_OperatingSystem, Win32_ComputerSystem, Win32_LogicalDisk"),
        false);
    run->line(400, QStringLiteral("Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V*"),
              false);
    run->line(300, QStringLiteral("Get-VMSwitch; Get-CimInstance Win32_VideoController"), false);
    run->step(200, [this, op, drive] {
        reload();
        op->succeed(host::hostFactsToJson(simHostFacts(m_scenario, m_state, drive)));
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::enableHyperV()
{
    auto *op = newOperation(SimulatedHostTr::tr("Enabling Hyper-V"), 10 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    const bool server = m_scenario.facts.isServer();
    run->line(
        300,
        server ? QStringLiteral(
                     "Install-WindowsFeature -Name Hyper-V -IncludeAllSubFeature -IncludeManagementTools")
               : QStringLiteral("Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V -All "
                                "-NoRestart"),
        false);
    run->step(2500, [this, op, run] {
        reload();
        const host::FeatureState hv = m_state.hyperV;
        if (hv == host::FeatureState::NotAvailable ||
            (hv == host::FeatureState::Disabled && !m_scenario.hyperVCanBeEnabled)) {
            const QString text =
                QStringLiteral("Enable-WindowsOptionalFeature : Feature name Microsoft-Hyper-V is unknown.");
            op->reportLine(text);
            run->dropRest();
            op->fail(SimulatedHostTr::tr("Hyper-V cannot be enabled on this edition of Windows."),
                     text + QStringLiteral("\nMicrosoft-Hyper-V isn't available in this Windows edition."));
            return;
        }
        const bool changed = hv == host::FeatureState::Disabled;
        const bool restart = hv != host::FeatureState::Enabled;
        if (changed) {
            m_state.hyperV = host::FeatureState::EnablePending;
            QString error;
            if (!persist(&error)) {
                run->dropRest();
                op->fail(error);
                return;
            }
        }
        op->reportLine(QString());
        op->reportLine(QStringLiteral("Path          :"));
        op->reportLine(QStringLiteral("Online        : True"));
        op->reportLine(QStringLiteral("RestartNeeded : %1")
                           .arg(restart ? QStringLiteral("True") : QStringLiteral("False")));
        op->succeed(
            QJsonObject{{QStringLiteral("restartRequired"), restart}, {QStringLiteral("changed"), changed}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::createSwitch(const plan::SwitchCreation &request)
{
    auto *op = newOperation(SimulatedHostTr::tr("Creating the virtual switch"), 5 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    const QString name = request.name.trimmed();
    QHostAddress gateway;
    const bool addressOk =
        gateway.setAddress(request.hostAddress) && gateway.protocol() == QAbstractSocket::IPv4Protocol;
    if (name.isEmpty() || !addressOk || request.prefixLength < 8 || request.prefixLength > 30) {
        run->step(0, [op, request] {
            op->fail(SimulatedHostTr::tr(
                         "The switch needs a name, an IPv4 host address and a prefix length from 8 "
                         "to 30 (got \"%1\", \"%2\", %3).")
                         .arg(request.name, request.hostAddress)
                         .arg(request.prefixLength));
        });
        run->start();
        return op;
    }
    const quint32 ip = gateway.toIPv4Address();
    const quint32 mask = ~((1u << (32 - request.prefixLength)) - 1);
    const QString subnet = QHostAddress(ip & mask).toString();
    const QString natName = name + QStringLiteral("-NAT");
    for (const host::VirtualSwitch &sw : simSwitches(m_scenario, m_state)) {
        if (sw.name.compare(name, Qt::CaseInsensitive) == 0) {
            run->line(200, QStringLiteral("Get-VMSwitch -Name \"%1\"").arg(name), false);
            run->step(100, [op, sw, natName] {
                op->succeed(QJsonObject{{QStringLiteral("name"), sw.name},
                                        {QStringLiteral("hostAddress"), sw.hostAddress},
                                        {QStringLiteral("prefixLength"), sw.prefixLength},
                                        {QStringLiteral("natName"), sw.hasNat ? natName : QString()},
                                        {QStringLiteral("alreadyExisted"), true}});
            });
            run->start();
            return op;
        }
    }
    const int ifIndex = 20 + int(qHash(name) % 30);
    run->line(300, QStringLiteral("New-VMSwitch -Name \"%1\" -SwitchType Internal").arg(name), false);
    run->line(2500, QString(), false);
    run->line(0,
              QStringLiteral("Name%1SwitchType NetAdapterInterfaceDescription")
                  .arg(QString(qMax(1, int(name.size()) - 3), QLatin1Char(' '))),
              false);
    run->line(0,
              QStringLiteral("%1 ---------- ------------------------------")
                  .arg(QString(qMax(4, int(name.size())), QLatin1Char('-'))),
              false);
    run->line(0, QStringLiteral("%1 Internal").arg(name.leftJustified(4)), false);
    run->line(1500, QStringLiteral("(Get-NetAdapter -Name \"vEthernet (%1)\").ifIndex").arg(name), false);
    run->line(200, QString::number(ifIndex), false);
    run->line(500,
              QStringLiteral("New-NetIPAddress -IPAddress %1 -PrefixLength %2 -InterfaceIndex %3")
                  .arg(request.hostAddress)
                  .arg(request.prefixLength)
                  .arg(ifIndex),
              false);
    run->line(1200,
              QStringLiteral("New-NetNat -Name \"%1\" -InternalIPInterfaceAddressPrefix \"%2/%3\"")
                  .arg(natName, subnet)
                  .arg(request.prefixLength),
              false);
    run->step(800, [this, op, run, name, request, natName] {
        reload();
        host::VirtualSwitch sw;
        sw.name = name;
        sw.kind = host::SwitchKind::Internal;
        sw.hasNat = true;
        sw.hostAddress = request.hostAddress;
        sw.prefixLength = request.prefixLength;
        m_state.createdSwitches.append(sw);
        QString error;
        if (!persist(&error)) {
            run->dropRest();
            op->fail(error);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("hostAddress"), request.hostAddress},
                                {QStringLiteral("prefixLength"), request.prefixLength},
                                {QStringLiteral("natName"), natName},
                                {QStringLiteral("alreadyExisted"), false}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::installEflow(plan::EflowRelease release, const plan::InstallSettings &install)
{
    auto *op = newOperation(SimulatedHostTr::tr("Installing EFLOW"), 60 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    if (release == plan::EflowRelease::Unknown)
        release = plan::defaultRelease();
    const SimReleaseInfo info = simReleaseInfo(release);
    const QString installDir = install.installDir.isEmpty()
                                   ? QStringLiteral("C:\\Program Files\\Azure IoT Edge")
                                   : install.installDir;
    const QString msiLog = QStringLiteral("C:\\ProgramData\\EflowWizard\\logs\\AzureIoTEdge-%1-install.log")
                               .arg(info.msiVersion);
    auto result = [info, installDir, msiLog](bool already, const QString &version) {
        return QJsonObject{{QStringLiteral("productName"), info.productName},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("installDir"), installDir},
                           {QStringLiteral("alreadyInstalled"), already},
                           {QStringLiteral("msiLog"), already ? QString() : msiLog}};
    };
    if (m_state.eflowInstalled) {
        const bool same = m_state.release == release;
        const SimReleaseInfo installed = simReleaseInfo(m_state.release);
        const QString version = m_state.eflowVersion;
        const QString dir = m_state.installDir;
        run->line(300, QStringLiteral("Found installed product: %1 %2").arg(installed.productName, version),
                  false);
        run->step(100, [op, same, installed, version, dir, info] {
            if (!same) {
                op->fail(
                    SimulatedHostTr::tr("%1 %2 of another release line is installed; uninstall it before "
                                        "installing %3.")
                        .arg(installed.productName, version, info.productName));
                return;
            }
            op->succeed(QJsonObject{{QStringLiteral("productName"), installed.productName},
                                    {QStringLiteral("version"), version},
                                    {QStringLiteral("installDir"), dir},
                                    {QStringLiteral("alreadyInstalled"), true},
                                    {QStringLiteral("msiLog"), QString()}});
        });
        run->start();
        return op;
    }
    QString msiPath = install.msiPath;
    if (msiPath.isEmpty()) {
        msiPath = QStringLiteral("C:\\Windows\\Temp\\AzureIoTEdge.msi");
        const QString url = install.downloadUrl.isEmpty() ? info.downloadUrl : install.downloadUrl;
        run->line(
            300,
            QStringLiteral("[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12"),
            false);
        run->line(200, QStringLiteral("Downloading %1").arg(url), false);
        for (int percent = 10; percent <= 100; percent += 10) {
            const int mb = info.msiSizeMb * percent / 100;
            run->step(1000, [op, percent, mb, info] {
                op->reportLine(QStringLiteral("Downloaded %1 MB of %2 MB (%3%)")
                                   .arg(mb)
                                   .arg(info.msiSizeMb)
                                   .arg(percent));
                op->reportProgress(percent * 6 / 10, SimulatedHostTr::tr("Downloading the installer"));
            });
        }
    }
    QString command = QStringLiteral("msiexec /i \"%1\" /qn INSTALLDIR=\"%2\"").arg(msiPath, installDir);
    if (!install.vhdxDir.isEmpty())
        command += QStringLiteral(" VHDXDIR=\"%1\"").arg(install.vhdxDir);
    command += QStringLiteral(" /l*v \"%1\"").arg(msiLog);
    run->line(500, command, false);
    run->step(0, [op] { op->reportProgress(70, SimulatedHostTr::tr("Installing")); });
    run->line(6000,
              QStringLiteral("MSI (s) (A4:1C): Product: %1 -- Installation completed successfully.")
                  .arg(info.productName),
              false);
    run->line(300, QStringLiteral("Import-Module AzureEFLOW"), false);
    run->step(500, [this, op, run, release, info, installDir, install, result] {
        reload();
        m_state.eflowInstalled = true;
        m_state.release = release;
        m_state.eflowVersion = info.msiVersion;
        m_state.installDir = installDir;
        m_state.vhdxDir = install.vhdxDir;
        QString error;
        if (!persist(&error)) {
            run->dropRest();
            op->fail(error);
            return;
        }
        op->reportProgress(100, SimulatedHostTr::tr("Installed"));
        op->succeed(result(false, info.msiVersion));
    });
    run->start();
    return op;
}

// ---------------------------------------------------------------------------------------------

namespace {

QJsonObject deployResult(const SimHostState &s, bool alreadyDeployed)
{
    return QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                       {QStringLiteral("vmName"), s.vmName},
                       {QStringLiteral("ip4Address"), s.vmIp},
                       {QStringLiteral("macAddress"), s.vmMac},
                       {QStringLiteral("alreadyDeployed"), alreadyDeployed}};
}

void recordVm(SimHostState &s, const SimDeployPlan &vm)
{
    s.vmExists = true;
    s.vmName = vm.vmName;
    s.vmIp = vm.ip;
    s.vmMac = vm.mac;
    s.vmPrefixLength = vm.prefixLength;
    s.vmGateway = vm.gateway;
    s.vmSwitch = vm.switchName;
    s.vmStaticIp = vm.staticIp;
    s.vmCpuCount = vm.cpuCount;
    s.vmMemoryMb = vm.memoryMb;
    s.vmDiskGb = vm.diskGb;
    s.vmGpuCount = vm.gpuCount;
    s.vmCreatedAt = QDateTime::currentDateTimeUtc();
    s.deployCount += 1;
    s.provisioning = SimHostState::Provisioning::Unknown;
}

} // namespace

HostOperation *SimulatedHost::deploy(const plan::DeploymentPlan &plan)
{
    auto *op = newOperation(SimulatedHostTr::tr("Deploying EFLOW"), 30 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    if (!m_state.eflowInstalled) {
        run->step(100, [op] {
            const QString text = QStringLiteral(
                "Deploy-Eflow : The term 'Deploy-Eflow' is not recognized as the name of a cmdlet, function, "
                "script file, or operable program.");
            op->reportLine(text);
            op->fail(SimulatedHostTr::tr("The AzureEFLOW module is not installed; install EFLOW first."),
                     text);
        });
        run->start();
        return op;
    }
    if (m_state.vmExists) {
        const SimHostState s = m_state;
        run->step(300, [op, s] {
            op->reportLine(SimulatedHostTr::tr("The EFLOW virtual machine %1 already exists; it is kept.")
                               .arg(s.vmName));
            op->reportProgress(100, SimulatedHostTr::tr("Already deployed"));
            op->succeed(deployResult(s, true));
        });
        run->start();
        return op;
    }

    const host::HostFacts facts = simHostFacts(m_scenario, m_state, {});
    const SimDeployPlan vm =
        planSimDeploy(facts, plan, m_state.release, QRandomGenerator::global()->generate());
    if (playDeployConsole(*run, op, vm, facts.isServer())) {
        run->step(1500, [this, op, run, vm] {
            reload();
            if (m_state.vmExists) {
                // Another process on the same machine finished first: there is still only one VM.
                op->reportProgress(100, SimulatedHostTr::tr("Already deployed"));
                op->succeed(deployResult(m_state, true));
                return;
            }
            recordVm(m_state, vm);
            QString error;
            if (!persist(&error)) {
                run->dropRest();
                op->fail(error);
                return;
            }
            const QString done = ConsolePlayer::stamp() + QStringLiteral("Deployment successful");
            op->reportLine(done);
            if (const auto p = host::deployPhaseForLine(done))
                op->reportProgress(p->percent, p->title);
            op->succeed(deployResult(m_state, false));
        });
    }
    run->start();
    return op;
}

// ---------------------------------------------------------------------------------------------

HostOperation *SimulatedHost::provision(plan::EflowRelease release,
                                        const plan::ProvisioningSettings &settings,
                                        host::ProvisioningSecret secret)
{
    auto *op = newOperation(SimulatedHostTr::tr("Provisioning"), 10 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    // The secret lives only until the runtime has used it (or the operation ends).
    auto key = std::make_shared<crypto::SecureBytes>(std::move(secret.value));
    run->setOnStop([key] { key->wipe(); });

    if (const auto refused = provisionParameterFailure(settings, !key->isEmpty(), m_state.vmExists)) {
        const QString message = refused->message;
        run->line(200, QStringLiteral("Error: %1 (L%2)").arg(message).arg(refused->scriptLine));
        run->step(0, [op, key, message] {
            key->wipe();
            op->fail(SimulatedHostTr::tr("Provision-EflowVm failed: %1").arg(message));
        });
        run->start();
        return op;
    }

    const plan::EflowRelease vmRelease =
        m_state.release != plan::EflowRelease::Unknown ? m_state.release : release;
    const bool aziot = plan::usesAziot(vmRelease);
    const QString configFile =
        aziot ? QStringLiteral("/etc/aziot/config.toml") : QStringLiteral("/etc/iotedge/config.yaml");
    run->line(300, QStringLiteral("Provisioning virtual machine %1 (provisioningType: %2)")
                       .arg(m_state.vmName, plan::provisioningTypeKey(settings.type)));
    run->bullet(1200, QStringLiteral("Updating %1").arg(configFile));
    run->line(800, aziot ? QStringLiteral("Applying configuration (sudo iotedge config apply)")
                         : QStringLiteral("Restarting the iotedge service"));
    run->step(0, [op] { op->reportProgress(40, SimulatedHostTr::tr("Starting the IoT Edge runtime")); });

    auto outcome = std::make_shared<SimRuntimeOutcome>();
    queueRuntimeRegistration(*run, 1500, settings, m_dpsOptions, key, outcome);

    run->line(0, QStringLiteral("Waiting for the IoT Edge runtime to start"));
    run->step(3000, [this, op, run, settings, outcome, vmRelease] {
        reload();
        recordProvisioning(m_state, settings, *outcome, vmRelease);
        QString error;
        if (!persist(&error)) {
            run->dropRest();
            op->fail(error);
            return;
        }
        if (!outcome->assigned) {
            run->dropRest();
            const QString message =
                QStringLiteral("iotedge service not running after provisioning, please investigate manually");
            op->reportLine(ConsolePlayer::stamp() + QStringLiteral("Error: %1 (L2295)").arg(message));
            op->fail(SimulatedHostTr::tr("Provision-EflowVm failed: %1").arg(message));
            return;
        }
        op->reportLine(ConsolePlayer::stamp() + QStringLiteral("IoT Edge runtime is running"));
        op->reportProgress(100, SimulatedHostTr::tr("Provisioned"));
        // As provision.ps1 reads them back from the runtime's device backup.
        op->succeed(QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                                {QStringLiteral("deviceId"), outcome->deviceId},
                                {QStringLiteral("assignedHub"), outcome->hub}});
    });
    run->start();
    return op;
}

} // namespace eflow::sim
