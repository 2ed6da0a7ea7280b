// SimulatedHost's machine-lifecycle operations (restart, uninstall): the same class as SimulatedHost.cpp,
// kept in a file of their own so that each file stays readable.
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include "engine/host/HostOperation.h"
#include "engine/sim/ConsolePlayer.h"
#include "engine/sim/SimulatedHost.h"
#include "engine/sim/SimulatedVm.h"

namespace eflow::sim {

using host::HostOperation;

namespace {

struct SimulatedHostTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedHost)
};

constexpr int kMinute = 60 * 1000;
// How long the machine is away while it restarts, at demo pace (a whole deployment takes about 40 s).
constexpr int kRestartMs = 8000;

} // namespace

bool SimulatedHost::failIfRestarting(HostOperation *op)
{
    reload();
    if (!m_state.restartingUntil.isValid() || QDateTime::currentDateTimeUtc() >= m_state.restartingUntil)
        return false;
    // What the transport reports while Windows restarts; on the next turn, so the caller can connect first.
    QTimer::singleShot(0, op, [op, name = m_scenario.facts.computerName] {
        op->fail(SimulatedHostTr::tr("%1 does not answer: it is restarting.").arg(name),
                 QStringLiteral("ssh: connect to host %1 port 22: Connection refused").arg(name));
    });
    return true;
}

HostOperation *SimulatedHost::restartHost()
{
    auto *op = newOperation(SimulatedHostTr::tr("Restarting Windows"), 5 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    run->line(200, QStringLiteral("Restart-Computer -Force"), false);
    run->step(300, [this, op, run] {
        reload();
        // Windows finishes enabling a feature while it restarts.
        if (m_state.hyperV == host::FeatureState::EnablePending)
            m_state.hyperV = host::FeatureState::Enabled;
        const int awayMs = m_speed > 0.0 ? int(kRestartMs / m_speed) : 0;
        m_state.restartingUntil = QDateTime::currentDateTimeUtc().addMSecs(awayMs);
        QString error;
        if (!persist(&error)) {
            run->dropRest();
            op->fail(error);
            return;
        }
        op->succeed(QJsonObject{{QStringLiteral("restarting"), true}});
    });
    run->start();
    return op;
}

HostOperation *SimulatedHost::uninstallEflow()
{
    auto *op = newOperation(SimulatedHostTr::tr("Uninstalling EFLOW"), 30 * kMinute);
    auto *run = new ConsolePlayer(op, m_speed);
    if (!m_state.eflowInstalled) {
        run->line(200, QStringLiteral("No Azure IoT Edge product is installed."), false);
        run->step(0, [op] {
            op->succeed(QJsonObject{{QStringLiteral("uninstalled"), false},
                                    {QStringLiteral("restartRequired"), false}});
        });
        run->start();
        return op;
    }
    const SimReleaseInfo info = simReleaseInfo(m_state.release);
    const QString version = m_state.eflowVersion;
    run->line(300, QStringLiteral("Found installed product: %1 %2").arg(info.productName, version), false);
    run->line(300, QStringLiteral("msiexec /x {6A1A8F0E-2C52-4D3B-9F5E-0E1F5B7C9D21} /quiet /noreboot"),
              false);
    if (m_state.vmExists)
        run->line(2500, QStringLiteral("Removing the virtual machine %1").arg(m_state.vmName), false);
    run->step(2000, [this, op, run, info, version] {
        reload();
        // What an uninstall leaves: Windows features and switches; no MSI, no VM, no provisioning.
        SimHostState after;
        after.scenarioId = m_state.scenarioId;
        after.hyperV = m_state.hyperV;
        after.restartingUntil = m_state.restartingUntil;
        after.createdSwitches = m_state.createdSwitches;
        after.deployCount = m_state.deployCount;
        after.provisionCount = m_state.provisionCount;
        m_state = after;
        QString error;
        if (!persist(&error)) {
            run->dropRest();
            op->fail(error);
            return;
        }
        op->reportLine(QStringLiteral("msiexec exited with 0."));
        op->succeed(QJsonObject{{QStringLiteral("uninstalled"), true},
                                {QStringLiteral("productName"), info.productName},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("exitCode"), 0},
                                {QStringLiteral("restartRequired"), false}});
    });
    run->start();
    return op;
}

} // namespace eflow::sim
