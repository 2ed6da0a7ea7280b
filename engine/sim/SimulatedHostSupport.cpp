#include "engine/sim/SimulatedHost.h"

// The simulated host's operations for support staff (the support bundle, module logs, copying the bundle
// here): the device overview's side of the class, apart from deploying and provisioning.

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
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
