#include "engine/sim/SimulatedHost.h"

// The simulated host's read side, for support staff: the VM's status, the module list, the service status,
// iotedge check, the logs, the support bundle, one module's logs and copying the bundle here. The device
// overview's side of the class; SimulatedHost.cpp has the setup (probe to provisioning), and
// SimulatedHostLifecycle.cpp restarts and uninstalls.

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "engine/host/HostOperation.h"
#include "engine/sim/ConsolePlayer.h"
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

// ---------------------------------------------------------------------------------------------
// Read side: Get-EflowVm and Invoke-EflowVmCommand.

std::optional<SimHostState> SimulatedHost::vmState(HostOperation *op, plan::EflowRelease release)
{
    reload();
    if (!m_state.vmExists) {
        const QString noVm = QStringLiteral("Virtual machine name could not be retrieved from wssdagent");
        op->reportLine(noVm);
        op->fail(SimulatedHostTr::tr("There is no EFLOW virtual machine on this host."), noVm);
        return std::nullopt;
    }
    SimHostState s = m_state;
    if (s.release == plan::EflowRelease::Unknown)
        s.release = release;
    return s;
}

HostOperation *SimulatedHost::vmStatus()
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the virtual machine status"), 2 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(100, QStringLiteral("Get-EflowVm | ConvertTo-Json -Depth 5"), false);
    run->step(1200, [this, op] {
        reload();
        op->succeed(SimulatedVm(m_state, QDateTime::currentDateTimeUtc()).vmStatusData());
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::moduleList()
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the module list"), 2 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(100, QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge list\""), false);
    run->step(800, [this, op] {
        if (!vmState(op, plan::EflowRelease::Unknown))
            return;
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
    auto *run = new ConsolePlayer(op, m_speed);
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
        const std::optional<SimHostState> s = vmState(op, release);
        if (!s)
            return;
        const SimulatedVm vm(*s, QDateTime::currentDateTimeUtc());
        QJsonObject data{{QStringLiteral("systemctl"), vm.systemctlStatus()}};
        if (plan::usesAziot(s->release)) {
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
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(100, QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge check --output json\" -ignoreError"),
              false);
    run->step(4000, [this, op, release] {
        const std::optional<SimHostState> s = vmState(op, release);
        if (!s)
            return;
        int exitCode = 0;
        const QString json = SimulatedVm(*s, QDateTime::currentDateTimeUtc()).checkJson(&exitCode);
        op->succeed(QJsonObject{{QStringLiteral("json"), json}, {QStringLiteral("exitCode"), exitCode}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::logs(plan::EflowRelease release, int lines)
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the IoT Edge logs"), 2 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
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
        const std::optional<SimHostState> s = vmState(op, release);
        if (!s)
            return;
        op->succeed(QJsonObject{
            {QStringLiteral("text"), SimulatedVm(*s, QDateTime::currentDateTimeUtc()).journal(lines)}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::supportBundle()
{
    auto *op = newOperation(SimulatedHostTr::tr("Collecting the support bundle"), 15 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
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
        op->reportLine(ConsolePlayer::stamp() + QStringLiteral("Logs collected: %1").arg(path));
        op->succeed(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("localPath"), QString()}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::moduleLogs(const QString &module, int lines)
{
    auto *op = newOperation(SimulatedHostTr::tr("Reading the module's logs"), 2 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    run->step(100, [this, op, module, lines] {
        if (!isValidModuleName(module)) {
            op->fail(SimulatedHostTr::tr("\"%1\" is not a module name.").arg(module));
            return;
        }
        op->reportLine(QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge logs %1 --tail %2\"")
                           .arg(module)
                           .arg(lines));
        if (!vmState(op, plan::EflowRelease::Unknown))
            return;
        bool ok = false;
        const QString text =
            SimulatedVm(m_state, QDateTime::currentDateTimeUtc()).moduleLogs(module, lines, &ok);
        if (ok)
            op->succeed(QJsonObject{{QStringLiteral("text"), text}});
        else
            op->fail(SimulatedHostTr::tr("The logs of module %1 could not be read.").arg(module), text);
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::configureEdgeProxy(plan::EflowRelease release,
                                                 const plan::EdgeProxySettings &proxy)
{
    // What configureProxy.ps1 runs in the VM, line by line, and the proxy kept in the machine's state.
    auto *op = newOperation(SimulatedHostTr::tr("Configuring the IoT Edge proxy"), 5 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    const QString url = proxy.url.trimmed();
    const QString protocol = plan::effectiveUpstreamProtocol(proxy);
    const QStringList services = {QStringLiteral("docker"), QStringLiteral("aziot-identityd"),
                                  QStringLiteral("aziot-edged")};
    for (const QString &service : services)
        run->line(300, QStringLiteral("Invoke-EflowVmCommand: %1: Environment=https_proxy=%2 "
                                      "(/etc/systemd/system/%1.service.d/eflow-wizard-proxy.conf)")
                           .arg(service, url));
    run->line(
        300, QStringLiteral("Invoke-EflowVmCommand: /etc/aziot/config.toml [agent.env] https_proxy = \"%1\", "
                            "UpstreamProtocol = \"%2\"")
                 .arg(url, protocol));
    run->line(800, QStringLiteral("Invoke-EflowVmCommand \"sudo iotedge config apply\""));
    run->step(200, [this, op, release, url, protocol, services] {
        const std::optional<SimHostState> state = vmState(op, release);
        if (!state)
            return;
        if (!plan::usesAziot(state->release)) {
            op->fail(SimulatedHostTr::tr(
                "IoT Edge 1.1 in this virtual machine has no aziot services; its proxy is "
                "not set by the wizard."));
            return;
        }
        m_state.edgeProxy = url;
        m_state.edgeUpstreamProtocol = protocol;
        QString error;
        if (!persist(&error)) {
            op->fail(error);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("applied"), true},
                                {QStringLiteral("proxy"), url},
                                {QStringLiteral("upstreamProtocol"), protocol},
                                {QStringLiteral("services"), QJsonArray::fromStringList(services)}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::fetchFile(const QString &remotePath, const QString &localDirectory,
                                        const QString &fileName)
{
    // The demo's bundle exists only by name on the simulated host: it is generated here instead.
    auto *op = newOperation(SimulatedHostTr::tr("Copying the support bundle"), 5 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(100, QStringLiteral("sftp get \"%1\" %2").arg(remotePath, fileName), false);
    run->step(1500, [this, op, localDirectory, fileName] {
        reload();
        const QString path = QDir(localDirectory).filePath(fileName);
        QString error;
        if (!writeSimSupportBundle(path, m_state, QDateTime::currentDateTimeUtc(), &error)) {
            op->fail(error);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("localPath"), path}});
    });
    run->start();
    return op;
}

} // namespace eflow::sim
