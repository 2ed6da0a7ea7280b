#include "engine/sim/SimulatedHost.h"

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRandomGenerator>

#include "engine/crypto/ConnectionString.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClient.h"
#include "engine/host/DeployProgress.h"
#include "engine/host/HostOperation.h"
#include "engine/sim/ScriptRunner.h"
#include "engine/sim/SimulatedVm.h"

namespace eflow::sim {

using host::HostOperation;

namespace {

struct SimulatedHostTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedHost)
};

constexpr int kMinute = 60 * 1000;

QString gpuTypeKey(plan::GpuPassthrough type)
{
    return type == plan::GpuPassthrough::DirectDeviceAssignment ? QStringLiteral("DirectDeviceAssignment")
                                                                : QStringLiteral("ParaVirtualization");
}

QString switchTypeKey(plan::VSwitchType type)
{
    return type == plan::VSwitchType::External ? QStringLiteral("External") : QStringLiteral("Internal");
}

// An address inside the switch's subnet, away from the gateway (what DHCP or ICS hands out).
QString addressIn(const QString &gateway, int prefixLength, quint32 seed)
{
    QHostAddress base(gateway);
    bool ok = false;
    const quint32 ip = base.toIPv4Address(&ok);
    if (!ok || prefixLength <= 0 || prefixLength >= 31)
        return QStringLiteral("172.20.0.2");
    const quint32 hostBits = 32 - quint32(prefixLength);
    const quint32 mask = hostBits >= 32 ? 0 : ~((1u << hostBits) - 1);
    const quint32 size = (1u << hostBits);
    quint32 offset = 2 + seed % qMax<quint32>(1, size - 4);
    quint32 candidate = (ip & mask) | offset;
    if (candidate == ip)
        candidate = (ip & mask) | (offset + 1);
    return QHostAddress(candidate).toString();
}

QString randomMac(quint32 seed)
{
    // Hyper-V's dynamic MAC range 00:15:5d:xx:xx:xx.
    return QStringLiteral("00:15:5d:%1:%2:%3")
        .arg((seed >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((seed >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(seed & 0xff, 2, 16, QLatin1Char('0'));
}

// The module's closing lines for a failure (reference §2.1 "failure" row).
void failureBlock(ScriptRunner *run, const QString &message, int scriptLine, bool vmCreation)
{
    if (vmCreation) {
        run->line(300, QStringLiteral("Error: Virtual machine creation failed!"));
        run->line(800, QStringLiteral("Cleaning up..."));
    }
    run->line(200, QStringLiteral("Exception caught!!!"));
    run->bullet(0, QStringLiteral("%1 (L%2)").arg(message).arg(scriptLine));
    if (vmCreation) {
        run->line(
            0,
            QStringLiteral("In order to attempt another deployment, please uninstall the Azure IoT Edge "
                           "msi and start from fresh"),
            false);
    }
}

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
    if (loaded.load(m_stateDirectory) && loaded.scenarioId == m_scenario.id)
        m_state = loaded;
}

bool SimulatedHost::persist(QString *error)
{
    return m_state.save(m_stateDirectory, error);
}

HostOperation *SimulatedHost::newOperation(const QString &name, int timeoutMs)
{
    auto *op = new HostOperation(name);
    op->setTimeout(timeoutMs);
    reload();
    return op;
}

QList<host::VirtualSwitch> SimulatedHost::allSwitches() const
{
    QList<host::VirtualSwitch> switches = m_scenario.facts.switches;
    // The Default Switch exists only while Hyper-V runs.
    if (m_state.hyperV != host::FeatureState::Enabled)
        switches.clear();
    switches += m_state.createdSwitches;
    return switches;
}

host::HostFacts SimulatedHost::currentFacts(const QString &drive) const
{
    host::HostFacts f = m_scenario.facts;
    if (!drive.isEmpty())
        f.disk.drive = drive;
    const host::FeatureState hv = m_state.hyperV;
    f.hyperV = hv;
    if (!f.isServer()) {
        f.hyperVPowerShell = hv;
        f.hyperVHypervisor = hv;
    }
    f.switches = allSwitches();
    const SimReleaseInfo info = simReleaseInfo(m_state.release);
    for (host::HostService &service : f.services) {
        if (service.name == QLatin1String("WSSDAgent"))
            service.state =
                m_state.eflowInstalled ? host::ServiceRunState::Running : host::ServiceRunState::Missing;
    }
    f.eflow = {};
    if (m_state.eflowInstalled) {
        f.eflow.installed = true;
        f.eflow.productName = info.productName;
        f.eflow.version = m_state.eflowVersion;
        f.eflow.release = m_state.release;
        f.eflow.installDir = m_state.installDir;
    }
    f.vm = {};
    if (m_state.vmExists) {
        f.vm.exists = true;
        f.vm.name = m_state.vmName;
        f.vm.powerState = host::VmPowerState::Running;
        f.vm.provisioned = m_state.provisioning == SimHostState::Provisioning::Assigned;
        f.freeMemoryMb = qMax<qint64>(0, f.freeMemoryMb - m_state.vmMemoryMb);
        f.disk.freeMb = qMax<qint64>(0, f.disk.freeMb - qint64(m_state.vmDiskGb) * 1024 / 3);
    }
    return f;
}

// ---------------------------------------------------------------------------------------------

HostOperation *SimulatedHost::probe(const QString &drive)
{
    auto *op = newOperation(SimulatedHostTr::tr("Host check"), 2 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->line(
        200, QStringLiteral("Get-CimInstance Win32_OperatingSystem, Win32_ComputerSystem, Win32_LogicalDisk"),
        false);
    run->line(400, QStringLiteral("Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V*"),
              false);
    run->line(300, QStringLiteral("Get-VMSwitch; Get-CimInstance Win32_VideoController"), false);
    run->step(200, [this, op, drive] {
        reload();
        op->succeed(host::hostFactsToJson(currentFacts(drive)));
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::enableHyperV()
{
    auto *op = newOperation(SimulatedHostTr::tr("Enabling Hyper-V"), 10 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
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
            run->finishScript();
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
                run->finishScript();
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
    auto *run = new ScriptRunner(op, m_speed);
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
    for (const host::VirtualSwitch &sw : allSwitches()) {
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
            run->finishScript();
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
    auto *run = new ScriptRunner(op, m_speed);
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
            run->finishScript();
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

struct DeployFailure
{
    QString message;
    int scriptLine = 0;
};

} // namespace

HostOperation *SimulatedHost::deploy(const plan::DeploymentPlan &plan)
{
    auto *op = newOperation(SimulatedHostTr::tr("Deploying EFLOW"), 30 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    auto failWith = [op, run](const QString &message, int scriptLine, bool vmCreation) {
        failureBlock(run, message, scriptLine, vmCreation);
        run->step(0,
                  [op, message] { op->fail(SimulatedHostTr::tr("Deploy-Eflow failed: %1").arg(message)); });
        run->start();
        return op;
    };

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
    auto alreadyDeployed = [](const SimHostState &s) {
        return QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                           {QStringLiteral("vmName"), s.vmName},
                           {QStringLiteral("ip4Address"), s.vmIp},
                           {QStringLiteral("macAddress"), s.vmMac},
                           {QStringLiteral("alreadyDeployed"), true}};
    };
    if (m_state.vmExists) {
        const SimHostState s = m_state;
        run->step(300, [op, s, alreadyDeployed] {
            op->reportLine(SimulatedHostTr::tr("The EFLOW virtual machine %1 already exists; it is kept.")
                               .arg(s.vmName));
            op->reportProgress(100, SimulatedHostTr::tr("Already deployed"));
            op->succeed(alreadyDeployed(s));
        });
        run->start();
        return op;
    }

    const host::HostFacts facts = currentFacts({});
    const bool server = facts.isServer();
    const QString vmName = facts.computerName + QStringLiteral("-EFLOW");
    const plan::EflowRelease release = m_state.release;
    const plan::ReleaseLimits limits = plan::limitsFor(release);

    auto scenarioFailure = [this](SimDeployStage stage) -> std::optional<DeployFailure> {
        for (const SimDeployFailure &f : m_scenario.deployFailures) {
            if (f.stage != stage)
                continue;
            // A pending restart changes what the feature check finds (handled after it).
            if (stage == SimDeployStage::CheckingFeatures &&
                m_state.hyperV == host::FeatureState::EnablePending)
                continue;
            return DeployFailure{f.message, f.scriptLine};
        }
        return std::nullopt;
    };

    // ---- Parameter validation, as the module does before touching the host.
    std::optional<DeployFailure> paramFailure;
    const plan::NetworkSettings &net = plan.network;
    const plan::GpuSettings &gpu = plan.gpu;
    const bool gpuWanted = gpu.type == plan::GpuPassthrough::DirectDeviceAssignment ||
                           gpu.type == plan::GpuPassthrough::ParaVirtualization;
    if (net.staticIp && (net.ip4Address.isEmpty() || !net.ip4PrefixLength))
        paramFailure =
            DeployFailure{QStringLiteral("ip4Address & ip4PrefixLength are required for StaticIP!"), 1984};
    else if (!gpuWanted && gpu.count > 0)
        paramFailure = DeployFailure{
            QStringLiteral("Invalid GPU configuration requested, Passthrough disabled but gpuCount > 0"),
            1652};
    else if (gpuWanted &&
             (gpu.count < 1 || (gpu.type == plan::GpuPassthrough::ParaVirtualization && gpu.count != 1)))
        paramFailure = DeployFailure{
            QStringLiteral(
                "Invalid GPU configuration requested, Passthrough enabled but requested gpuCount == %1")
                .arg(gpu.count),
            1647};

    // ---- Features.
    std::optional<DeployFailure> featureFailure = scenarioFailure(SimDeployStage::CheckingFeatures);
    if (!featureFailure && m_state.hyperV == host::FeatureState::NotAvailable)
        featureFailure =
            DeployFailure{QStringLiteral("Microsoft-Hyper-V isn't available in this Windows edition."), 1509};
    if (!featureFailure && m_state.hyperV == host::FeatureState::Disabled)
        featureFailure =
            DeployFailure{QStringLiteral("Microsoft-Hyper-V could not be enabled. Please enable it manually "
                                         "and restart the host."),
                          1523};
    std::optional<DeployFailure> hyperVFailure = scenarioFailure(SimDeployStage::VerifyingHyperV);
    if (!hyperVFailure && m_state.hyperV == host::FeatureState::EnablePending)
        hyperVFailure = DeployFailure{
            QStringLiteral("Hyper-V properties indicate the Hyper-V component is not functional "
                           "(property HyperVisorPresent is false)"),
            1561};

    // ---- Host resources.
    const int memoryMb = plan.vm.memoryMb > 0 ? plan.vm.memoryMb : 1024;
    const int cpuCount = plan.vm.cpuCount > 0 ? plan.vm.cpuCount : 1;
    const int diskGb = plan.vm.diskSizeGb.value_or(limits.diskDefaultGb > 0 ? limits.diskDefaultGb : 29);
    std::optional<DeployFailure> resourceFailure;
    if (facts.freeMemoryMb >= 0 && facts.freeMemoryMb < memoryMb)
        resourceFailure = DeployFailure{QStringLiteral("Not enough memory available."), 2217};
    else if (facts.logicalProcessors > 0 && facts.logicalProcessors < cpuCount)
        resourceFailure = DeployFailure{QStringLiteral("Not enough CPU cores available."), 2204};
    else if (facts.disk.freeMb >= 0 &&
             facts.disk.freeMb < qint64(diskGb + plan.vm.dataSizeGb.value_or(0)) * 1024)
        resourceFailure = DeployFailure{
            QStringLiteral("Not enough disk space is available on drive '%1'.").arg(facts.disk.drive), 2231};
    if (!resourceFailure)
        resourceFailure = scenarioFailure(SimDeployStage::Resources);

    // ---- Network and GPU, checked against the host (Get-VMSwitch, Win32_VideoController).
    std::optional<DeployFailure> networkFailure;
    std::optional<DeployFailure> addressFailure;
    const QList<host::VirtualSwitch> switches = allSwitches();
    const host::VirtualSwitch *chosen = nullptr;
    const plan::DeploySwitch wanted = plan::deploySwitch(plan);
    const QString wantedName = wanted.name.trimmed();
    if (wantedName.isEmpty()) {
        for (const host::VirtualSwitch &sw : switches) {
            if (sw.isDefaultSwitch)
                chosen = &sw;
        }
        if (!chosen)
            networkFailure = DeployFailure{QStringLiteral("Installation of virtual switch failed"), 1738};
    } else {
        for (const host::VirtualSwitch &sw : switches) {
            const bool kindOk =
                wanted.type == plan::VSwitchType::Unknown || sw.isDefaultSwitch ||
                (wanted.type == plan::VSwitchType::External) == (sw.kind == host::SwitchKind::External);
            if (sw.name.compare(wantedName, Qt::CaseInsensitive) == 0 && kindOk)
                chosen = &sw;
        }
        if (!chosen) {
            networkFailure =
                DeployFailure{QStringLiteral("The virtual switch '%1' of type '%2' was not found")
                                  .arg(wantedName, switchTypeKey(wanted.type)),
                              1761};
        } else if (!server && !chosen->isDefaultSwitch && chosen->kind == host::SwitchKind::Internal) {
            networkFailure = DeployFailure{
                QStringLiteral(
                    "The virtual switch '%1' of type 'Internal' is not supported on current host OS")
                    .arg(chosen->name),
                1768};
        }
    }
    const quint32 seed = QRandomGenerator::global()->generate();
    QString ip;
    QString gateway;
    int prefix = 0;
    bool staticIp = net.staticIp;
    if (chosen && !networkFailure) {
        if (chosen->isDefaultSwitch && net.staticIp) {
            networkFailure = DeployFailure{
                QStringLiteral("Cannot set Static IP on ICS type virtual switch (Default Switch)"), 1779};
        } else if (net.staticIp) {
            ip = net.ip4Address;
            prefix = net.ip4PrefixLength.value_or(24);
            gateway = net.ip4GatewayAddress;
        } else if (chosen->kind == host::SwitchKind::Internal && !chosen->isDefaultSwitch) {
            if (plan.switchCreation.create &&
                plan.switchCreation.name.compare(chosen->name, Qt::CaseInsensitive) == 0) {
                // The created switch has no DHCP server: the plan's convention is the static .2 (§3.3).
                staticIp = true;
                prefix = chosen->prefixLength;
                gateway = chosen->hostAddress;
                ip = addressIn(gateway, prefix, 0);
            } else {
                addressFailure =
                    DeployFailure{QStringLiteral("Could not retrieve IP address for virtual machine"), 2409};
            }
        } else {
            prefix = chosen->prefixLength > 0 ? chosen->prefixLength : 24;
            gateway = chosen->hostAddress;
            ip = addressIn(gateway, prefix, seed >> 8);
        }
    }
    if (!networkFailure && gpuWanted) {
        const host::GpuInfo *found = nullptr;
        int sameName = 0;
        for (const host::GpuInfo &g : facts.gpus) {
            if (g.name == gpu.name) {
                found = &g;
                ++sameName;
            }
        }
        if (facts.isVirtualMachine) {
            networkFailure = DeployFailure{
                QStringLiteral(
                    "GPU PassthroughType '%1' not supported by 'nested virtualization' WssdProvider")
                    .arg(gpuTypeKey(gpu.type)),
                1688};
        } else if (!found) {
            networkFailure = DeployFailure{
                QStringLiteral(
                    "Requested GPU configuration cannot be supported by Host, GPU '%1' not available")
                    .arg(gpu.name),
                1701};
        } else if (gpu.type == plan::GpuPassthrough::DirectDeviceAssignment && !found->ddaCapable) {
            networkFailure = DeployFailure{QStringLiteral("Unsupported DDA Type: %1").arg(gpu.name), 1675};
        } else if (gpu.type == plan::GpuPassthrough::ParaVirtualization && !found->gpuPvCapable) {
            networkFailure = DeployFailure{
                QStringLiteral("GPU PassthroughType 'ParaVirtualization' not supported by '%1' WssdProvider")
                    .arg(gpu.name),
                1693};
        } else if (gpu.count > sameName) {
            networkFailure =
                DeployFailure{QStringLiteral("Requested GPU configuration cannot be supported by Host, not "
                                             "enough GPUs available - Requested(%1), Available(%2)")
                                  .arg(gpu.count)
                                  .arg(sameName),
                              1707};
        }
    }

    // ---- The console run (reference §2.1 order).
    auto phase = [run](int ms, const QString &text) {
        run->line(ms, text, true, true);
    };
    phase(300, QStringLiteral("Deploying Azure IoT Edge for Linux on Windows"));
    if (paramFailure)
        return failWith(paramFailure->message, paramFailure->scriptLine, false);
    phase(1200, QStringLiteral("Creating configuration"));
    phase(1500, QStringLiteral("Configuration created successfully"));
    phase(800,
          QStringLiteral("Enabling Microsoft Update. This will allow Azure IoT Edge for Linux on Windows to "
                         "receive updates."));
    phase(2000, QStringLiteral("Microsoft Update is enabled."));
    phase(800, QStringLiteral("Step 1: Preparing host for Azure IoT Edge for Linux on Windows"));
    if (const auto f = scenarioFailure(SimDeployStage::PreparingHost))
        return failWith(f->message, f->scriptLine, false);
    phase(1000, QStringLiteral("Checking host for required features"));
    QStringList features = {
        QStringLiteral("Microsoft-Hyper-V"), QStringLiteral("Microsoft-Hyper-V-Management-PowerShell"),
        server ? QStringLiteral("VirtualMachinePlatform") : QStringLiteral("Microsoft-Hyper-V-Hypervisor"),
        QStringLiteral("OpenSSH.Client*")};
    for (const QString &feature : features)
        run->bullet(600, QStringLiteral("Checking the status of '%1'").arg(feature));
    if (featureFailure)
        return failWith(featureFailure->message, featureFailure->scriptLine, false);
    phase(1500, QStringLiteral("Verifying whether Hyper-V is enabled and functional"));
    if (hyperVFailure)
        return failWith(hyperVFailure->message, hyperVFailure->scriptLine, false);
    run->bullet(1200, QStringLiteral("Hyper-V core services are active"));
    if (resourceFailure)
        return failWith(resourceFailure->message, resourceFailure->scriptLine, false);
    if (networkFailure)
        return failWith(networkFailure->message, networkFailure->scriptLine, false);
    phase(
        1500,
        QStringLiteral("Setting dynamically expanding virtual hard disk maximum size to %1 GB").arg(diskGb));
    phase(2000, QStringLiteral("Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW)"));
    phase(6000, QStringLiteral("Creating vnic (name: %1Interface)").arg(vmName));
    phase(2000, QStringLiteral("Instantiating virtual machine (name: %1)").arg(vmName));
    phase(7000, QStringLiteral("Successfully created virtual machine"));
    phase(1500, QStringLiteral("Querying IP and MAC addresses from virtual machine (%1)").arg(vmName));
    const QString mac = randomMac(seed);
    if (addressFailure) {
        run->bullet(20000, QStringLiteral("Virtual machine MAC: 00:00:00:00:00:00"));
        return failWith(addressFailure->message, addressFailure->scriptLine, true);
    }
    run->bullet(1500, QStringLiteral("Virtual machine MAC: %1").arg(mac));
    run->bullet(
        500, staticIp
                 ? QStringLiteral("Virtual machine IP : %1").arg(ip)
                 : QStringLiteral("Virtual machine IP : %1 retrieved directly from virtual machine").arg(ip));
    phase(4000, QStringLiteral("...successfully connected to the Linux VM"));
    run->bullet(300,
                QStringLiteral("Please check your DNS configuration to ensure Internet connectivity. Refer "
                               "https://aka.ms/AzEFLOW-DNS for more details."));
    const int gpuCount = gpuWanted ? gpu.count : 0;
    const QString switchName = chosen ? chosen->name : QString();
    run->step(1500, [this, op, run, vmName, ip, mac, prefix, gateway, switchName, staticIp, cpuCount,
                     memoryMb, diskGb, gpuCount, alreadyDeployed] {
        reload();
        if (m_state.vmExists) {
            // Another process on the same machine finished first: there is still only one VM.
            op->reportProgress(100, SimulatedHostTr::tr("Already deployed"));
            op->succeed(alreadyDeployed(m_state));
            return;
        }
        m_state.vmExists = true;
        m_state.vmName = vmName;
        m_state.vmIp = ip;
        m_state.vmMac = mac;
        m_state.vmPrefixLength = prefix;
        m_state.vmGateway = gateway;
        m_state.vmSwitch = switchName;
        m_state.vmStaticIp = staticIp;
        m_state.vmCpuCount = cpuCount;
        m_state.vmMemoryMb = memoryMb;
        m_state.vmDiskGb = diskGb;
        m_state.vmGpuCount = gpuCount;
        m_state.vmCreatedAt = QDateTime::currentDateTimeUtc();
        m_state.deployCount += 1;
        m_state.provisioning = SimHostState::Provisioning::Unknown;
        QString error;
        if (!persist(&error)) {
            run->finishScript();
            op->fail(error);
            return;
        }
        const QString done = ScriptRunner::stamp() + QStringLiteral("Deployment successful");
        op->reportLine(done);
        if (const auto p = host::deployPhaseForLine(done))
            op->reportProgress(p->percent, p->title);
        op->succeed(QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                                {QStringLiteral("vmName"), vmName},
                                {QStringLiteral("ip4Address"), ip},
                                {QStringLiteral("macAddress"), mac},
                                {QStringLiteral("alreadyDeployed"), false}});
    });
    run->start();
    return op;
}

// ---------------------------------------------------------------------------------------------

HostOperation *SimulatedHost::provision(plan::EflowRelease release,
                                        const plan::ProvisioningSettings &settings,
                                        host::ProvisioningSecret secret)
{
    auto *op = newOperation(SimulatedHostTr::tr("Provisioning"), 10 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    // The secret lives only until the runtime has used it (or the operation ends).
    auto key = std::make_shared<crypto::SecureBytes>(std::move(secret.value));
    run->setOnStop([key] { key->wipe(); });

    auto fail = [op, run, key](const QString &message, int scriptLine) {
        run->line(200, QStringLiteral("Error: %1 (L%2)").arg(message).arg(scriptLine));
        run->step(0, [op, key, message] {
            key->wipe();
            op->fail(SimulatedHostTr::tr("Provision-EflowVm failed: %1").arg(message));
        });
        run->start();
        return op;
    };

    const bool hasSecret = !key->isEmpty();
    const QString typeKey = plan::provisioningTypeKey(settings.type);
    switch (settings.type) {
    case plan::ProvisioningType::ManualConnectionString:
        if (!hasSecret)
            return fail(QStringLiteral("Error, device connection string not provided."), 2187);
        if (!settings.idScope.isEmpty() || !settings.registrationId.isEmpty() ||
            !settings.identityCertPath.isEmpty() || !settings.identityPrivKeyPath.isEmpty() ||
            !settings.iotHubHostname.isEmpty() || !settings.deviceId.isEmpty())
            return fail(
                QStringLiteral(
                    "Only the device connection string for ManualConnectionString provisioning may be "
                    "specified."),
                2191);
        break;
    case plan::ProvisioningType::ManualX509:
        if (settings.iotHubHostname.isEmpty() || settings.deviceId.isEmpty() ||
            settings.identityCertPath.isEmpty() || settings.identityPrivKeyPath.isEmpty())
            return fail(QStringLiteral(
                            "IoT Hub Hostname, Device ID, and/or identity cert/pk parameters for ManualX509 "
                            "provisioning not specified"),
                        2199);
        // The demo host's disk holds no certificate files (Test-Path -PathType Leaf fails).
        return fail(
            QStringLiteral(
                "Certificate and private key file for ManualX509 provisioning not found (expected at %1 "
                "and %2)")
                .arg(settings.identityCertPath, settings.identityPrivKeyPath),
            2205);
    case plan::ProvisioningType::DpsX509:
        if (hasSecret)
            return fail(
                QStringLiteral(
                    "Device connection string, scope ID, registration ID, and symmetric key may not be "
                    "specified for DpsX509 provisioning"),
                2227);
        if (settings.idScope.isEmpty())
            return fail(QStringLiteral("Scope ID for DpsX509 provisioning not specified"), 2222);
        return fail(QStringLiteral(
                        "Certificate and private key file for DpsX509 provisioning not found (expected at %1 "
                        "and %2)")
                        .arg(settings.identityCertPath, settings.identityPrivKeyPath),
                    2233);
    case plan::ProvisioningType::DpsTpm:
        if (settings.idScope.isEmpty())
            return fail(QStringLiteral("Scope ID for DpsTpm provisioning not specified"), 2214);
        // Set-EflowVmFeature -feature DpsTpm -enable was never run on the demo VM.
        return fail(QStringLiteral("TPM provisioning was not enabled!"), 2217);
    case plan::ProvisioningType::DpsSymmetricKey:
        if (settings.idScope.isEmpty() || settings.registrationId.isEmpty() || !hasSecret)
            return fail(
                QStringLiteral("Scope ID, registration ID or symmetric key missing for DpsSymmetricKey "
                               "provisioning"),
                2241);
        break;
    case plan::ProvisioningType::Unknown:
        return fail(
            QStringLiteral(
                "Cannot validate argument on parameter 'provisioningType'. The argument \"\" does not "
                "belong to the set \"ManualConnectionString,ManualX509,DpsTPM,DpsX509,DpsSymmetricKey\""),
            1);
    }
    if (!m_state.vmExists)
        return fail(QStringLiteral("Virtual machine does not exist, deploy it first"), 2172);

    const plan::EflowRelease vmRelease =
        m_state.release != plan::EflowRelease::Unknown ? m_state.release : release;
    const bool aziot = plan::usesAziot(vmRelease);
    const QString configFile =
        aziot ? QStringLiteral("/etc/aziot/config.toml") : QStringLiteral("/etc/iotedge/config.yaml");
    run->line(300, QStringLiteral("Provisioning virtual machine %1 (provisioningType: %2)")
                       .arg(m_state.vmName, typeKey));
    run->bullet(1200, QStringLiteral("Updating %1").arg(configFile));
    run->line(800, aziot ? QStringLiteral("Applying configuration (sudo iotedge config apply)")
                         : QStringLiteral("Restarting the iotedge service"));
    run->step(0, [op] { op->reportProgress(40, SimulatedHostTr::tr("Starting the IoT Edge runtime")); });

    // What the VM's runtime ends with; filled by the registration step.
    struct Outcome
    {
        bool assigned = false;
        QString hub;
        QString deviceId;
        QString error;
        int httpStatus = 0;
        qint64 errorCode = 0;
        QString body;
    };
    auto outcome = std::make_shared<Outcome>();

    if (settings.type == plan::ProvisioningType::ManualConnectionString) {
        run->step(1500, [outcome, key] {
            const QString text = QString::fromUtf8(key->view());
            crypto::ConnectionString::ParseError parseError;
            const auto cs = crypto::ConnectionString::parse(text, &parseError);
            if (cs && !cs->hostName().isEmpty() && !cs->deviceId().isEmpty() &&
                !cs->sharedAccessKey().isEmpty()) {
                outcome->assigned = true;
                outcome->hub = cs->hostName();
                outcome->deviceId = cs->deviceId();
            } else {
                outcome->error = QStringLiteral("the device connection string is not of the form "
                                                "HostName=…;DeviceId=…;SharedAccessKey=…");
            }
            key->wipe();
        });
    } else {
        const dps::DpsDeviceClientOptions options = m_dpsOptions;
        const QString scope = settings.idScope;
        const QString registrationId = settings.registrationId;
        run->asyncStep(
            1500, [run, options, scope, registrationId, key, outcome](ScriptRunner::Resume resume) {
                crypto::SecureBytes decoded;
                const bool decodedOk = crypto::decodeBase64Strict(key->view(), decoded);
                key->wipe();
                if (!decodedOk) {
                    outcome->error = QStringLiteral("could not decode the symmetric key: invalid base64");
                    resume();
                    return;
                }
                auto *client = new dps::DpsDeviceClient(options, run);
                run->setOnStop([client] {
                    QObject::disconnect(client, nullptr, nullptr, nullptr);
                    client->deleteLater();
                });
                QObject::connect(client, &dps::DpsDeviceClient::finished, run,
                                 [client, outcome, resume](const dps::DpsOutcome &result) {
                                     client->deleteLater();
                                     if (result.isAssigned()) {
                                         outcome->assigned = true;
                                         outcome->hub = result.state.assignedHub;
                                         outcome->deviceId = result.state.deviceId;
                                     } else {
                                         outcome->error =
                                             result.error.isValid() ? result.error.message : result.message();
                                         outcome->httpStatus = result.error.httpStatus;
                                         outcome->errorCode = result.error.errorCode;
                                         outcome->body = QString::fromUtf8(result.error.rawBody).trimmed();
                                     }
                                     resume();
                                 });
                if (!client->registerDevice(scope, registrationId, std::move(decoded))) {
                    outcome->error = QStringLiteral("the DPS client is busy");
                    resume();
                }
            });
    }

    run->line(0, QStringLiteral("Waiting for the IoT Edge runtime to start"));
    run->step(3000, [this, op, run, settings, outcome, vmRelease] {
        reload();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_state.provisioningType = settings.type;
        m_state.idScope = settings.idScope;
        m_state.registrationId = settings.registrationId;
        m_state.globalEndpoint = settings.globalEndpoint;
        m_state.provisionedAt = now;
        m_state.provisionCount += 1;
        if (m_state.release == plan::EflowRelease::Unknown)
            m_state.release = vmRelease;
        m_state.dpsError.clear();
        m_state.dpsHttpStatus = 0;
        m_state.dpsErrorCode = 0;
        m_state.dpsErrorBody.clear();
        if (outcome->assigned) {
            m_state.provisioning = SimHostState::Provisioning::Assigned;
            m_state.assignedHub = outcome->hub;
            m_state.deviceId = outcome->deviceId;
            m_state.registeredAt = now;
            m_state.runtimeStartedAt = now;
        } else {
            m_state.provisioning = SimHostState::Provisioning::Failed;
            m_state.assignedHub.clear();
            m_state.deviceId.clear();
            m_state.runtimeStartedAt = QDateTime();
            m_state.dpsError = outcome->error;
            m_state.dpsHttpStatus = outcome->httpStatus;
            m_state.dpsErrorCode = outcome->errorCode;
            m_state.dpsErrorBody = outcome->body;
        }
        QString error;
        if (!persist(&error)) {
            run->finishScript();
            op->fail(error);
            return;
        }
        if (!outcome->assigned) {
            run->finishScript();
            const QString message =
                QStringLiteral("iotedge service not running after provisioning, please investigate manually");
            op->reportLine(ScriptRunner::stamp() + QStringLiteral("Error: %1 (L2295)").arg(message));
            op->fail(SimulatedHostTr::tr("Provision-EflowVm failed: %1").arg(message));
            return;
        }
        op->reportLine(ScriptRunner::stamp() + QStringLiteral("IoT Edge runtime is running"));
        op->reportProgress(100, SimulatedHostTr::tr("Provisioned"));
        // As provision.ps1 reads them back from the runtime's device backup.
        op->succeed(QJsonObject{{QStringLiteral("result"), QStringLiteral("OK")},
                                {QStringLiteral("deviceId"), outcome->deviceId},
                                {QStringLiteral("assignedHub"), outcome->hub}});
    });
    run->start();
    return op;
}

// ---------------------------------------------------------------------------------------------
// Read side: Get-EflowVm and Invoke-EflowVmCommand.

namespace {

const QString kNoVm = QStringLiteral("Virtual machine name could not be retrieved from wssdagent");

} // namespace

HostOperation *SimulatedHost::vmStatus()
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the virtual machine status"), 2 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->line(100, QStringLiteral("Get-EflowVm | ConvertTo-Json -Depth 5"), false);
    run->step(1200, [this, op] {
        reload();
        if (!m_state.vmExists) {
            op->reportLine(kNoVm);
            op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), kNoVm);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("json"),
                                 SimulatedVm(m_state, QDateTime::currentDateTimeUtc()).getEflowVmJson()}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::moduleList()
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the module list"), 2 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->line(100, QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge list\""), false);
    run->step(800, [this, op] {
        reload();
        if (!m_state.vmExists) {
            op->reportLine(kNoVm);
            op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), kNoVm);
            return;
        }
        bool ok = false;
        const QString text = SimulatedVm(m_state, QDateTime::currentDateTimeUtc()).moduleList(&ok);
        if (!ok) {
            for (const QString &l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                op->reportLine(l);
            op->fail(SimulatedHostTr::tr("The IoT Edge runtime in the virtual machine does not answer."),
                     text);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("text"), text}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::serviceStatus(plan::EflowRelease release)
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the service status"), 2 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->step(100, [this, op, release] {
        reload();
        SimHostState s = m_state;
        if (s.release == plan::EflowRelease::Unknown)
            s.release = release;
        const bool aziot = plan::usesAziot(s.release);
        op->reportLine(
            aziot ? QStringLiteral("Invoke-EflowVmCommand \"sudo systemctl status aziot-edged\" -ignoreError")
                  : QStringLiteral("Invoke-EflowVmCommand \"sudo systemctl status iotedge\" -ignoreError"));
    });
    run->step(800, [this, op, release] {
        reload();
        if (!m_state.vmExists) {
            op->reportLine(kNoVm);
            op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), kNoVm);
            return;
        }
        SimHostState s = m_state;
        if (s.release == plan::EflowRelease::Unknown)
            s.release = release;
        const SimulatedVm vm(s, QDateTime::currentDateTimeUtc());
        QJsonObject data{{QStringLiteral("systemctl"), vm.systemctlStatus()}};
        if (plan::usesAziot(s.release)) {
            op->reportLine(QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge system status\""));
            data.insert(QStringLiteral("systemStatus"), vm.systemStatus());
        }
        op->succeed(data);
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::check(plan::EflowRelease release)
{
    auto *op = newOperation(SimulatedHostTr::tr("Running iotedge check"), 5 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->line(100, QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge check --output json\" -ignoreError"),
              false);
    run->step(4000, [this, op, release] {
        reload();
        if (!m_state.vmExists) {
            op->reportLine(kNoVm);
            op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), kNoVm);
            return;
        }
        SimHostState s = m_state;
        if (s.release == plan::EflowRelease::Unknown)
            s.release = release;
        int exitCode = 0;
        const QString json = SimulatedVm(s, QDateTime::currentDateTimeUtc()).checkJson(&exitCode);
        op->succeed(QJsonObject{{QStringLiteral("json"), json}, {QStringLiteral("exitCode"), exitCode}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::logs(plan::EflowRelease release, int lines)
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the IoT Edge logs"), 2 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->step(100, [this, op, release, lines] {
        reload();
        const plan::EflowRelease r =
            m_state.release != plan::EflowRelease::Unknown ? m_state.release : release;
        op->reportLine(
            plan::usesAziot(r)
                ? QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge system logs -- -n %1 --no-pager\"")
                      .arg(lines)
                : QStringLiteral("Invoke-EflowVmCommand \"sudo journalctl -u iotedge -n %1 --no-pager\"")
                      .arg(lines));
    });
    run->step(900, [this, op, release, lines] {
        reload();
        if (!m_state.vmExists) {
            op->reportLine(kNoVm);
            op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), kNoVm);
            return;
        }
        SimHostState s = m_state;
        if (s.release == plan::EflowRelease::Unknown)
            s.release = release;
        op->succeed(QJsonObject{
            {QStringLiteral("text"), SimulatedVm(s, QDateTime::currentDateTimeUtc()).journal(lines)}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::supportBundle()
{
    auto *op = newOperation(SimulatedHostTr::tr("Collecting the support bundle"), 15 * kMinute);
    auto *run = new ScriptRunner(op, m_speed);
    run->line(100, QStringLiteral("Get-EflowLogs"), false);
    run->line(1500, QStringLiteral("Collecting EFLOW events and virtual machine configuration"));
    run->line(3000, QStringLiteral("Collecting IoT Edge logs (iotedge check, support bundle)"));
    run->line(3000, QStringLiteral("Collecting WSSDAgent logs"));
    run->step(1500, [this, op] {
        reload();
        if (!m_state.eflowInstalled) {
            const QString text = QStringLiteral("Get-EflowLogs : The term 'Get-EflowLogs' is not recognized "
                                                "as the name of a cmdlet, function, script "
                                                "file, or operable program.");
            op->reportLine(text);
            op->fail(SimulatedHostTr::tr("The AzureEFLOW module is not installed; install EFLOW first."),
                     text);
            return;
        }
        const QString dir = m_state.installDir.isEmpty() ? QStringLiteral("C:\\Program Files\\Azure IoT Edge")
                                                         : m_state.installDir;
        const QString path = dir + QStringLiteral("\\eflowlogs.zip");
        op->reportLine(ScriptRunner::stamp() + QStringLiteral("Logs collected: %1").arg(path));
        op->succeed(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("localPath"), QString()}});
    });
    run->start();
    return op;
}

} // namespace eflow::sim
