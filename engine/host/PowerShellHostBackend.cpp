#include "engine/host/PowerShellHostBackend.h"

#include <memory>
#include <utility>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include "engine/host/DeployProgress.h"
#include "engine/host/HostFacts.h"
#include "engine/host/PowerShellScripts.h"
#include "engine/host/SftpFetch.h"
#include "engine/host/SshHostKeyScan.h"
#include "engine/plan/Validation.h"
#include "engine/support/Redactor.h"

namespace eflow::host {

namespace {

// The phase words the scripts print after the progress marker, translated for the progress bar.
// Words not listed here are shown as the script printed them.
struct ScriptPhase
{
    const char *words;
    const char *title; // QT_TR_NOOP'd in PowerShellHostBackend's context
};
constexpr ScriptPhase kScriptPhases[] = {
    {"Downloading the installer",
     QT_TRANSLATE_NOOP("eflow::host::PowerShellHostBackend", "Downloading the installer")},
    {"Installing Azure IoT Edge",
     QT_TRANSLATE_NOOP("eflow::host::PowerShellHostBackend", "Installing Azure IoT Edge")},
    {"Installed", QT_TRANSLATE_NOOP("eflow::host::PowerShellHostBackend", "Installed")},
    {"Enabling Hyper-V", QT_TRANSLATE_NOOP("eflow::host::PowerShellHostBackend", "Enabling Hyper-V")},
    {"Installing the Hyper-V role",
     QT_TRANSLATE_NOOP("eflow::host::PowerShellHostBackend", "Installing the Hyper-V role")},
};

// What one run has seen so far, shared by the slots of its process.
struct RunState
{
    int lastPercent = -1;
    QString lastErrorLine;
};

} // namespace

PowerShellHostBackend::PowerShellHostBackend(PowerShellTarget target, QString program, QObject *parent)
    : HostBackend(parent)
    , m_target(std::move(target))
    , m_program(std::move(program))
{}

PowerShellHostBackend::~PowerShellHostBackend() = default;

QString PowerShellHostBackend::describe() const
{
    if (m_target.kind == PowerShellTarget::Kind::Ssh) {
        QString text = QStringLiteral("ssh://");
        if (!m_target.user.isEmpty())
            text += m_target.user + QLatin1Char('@');
        text += m_target.host;
        if (m_target.port > 0)
            text += QLatin1Char(':') + QString::number(m_target.port);
        return text;
    }
    return tr("This computer");
}

HostOperation *PowerShellHostBackend::run(const QString &title, PowerShellEnvelope envelope, int timeoutMs,
                                          Kind kind)
{
    auto *op = new HostOperation(title);
    // A child of the operation: deleting a running operation ends the process tree with it.
    auto *process = new PowerShellProcess(op);
    process->setTarget(m_target);
    process->setProgram(m_program);
    process->setKillGracePeriod(m_graceMs);
    // The operation's own timer is the limit (the caller may change it), so the process has none.
    process->setTimeout(0);
    op->setAbortHandler([process] { process->cancel(); });

    auto state = std::make_shared<RunState>();
    connect(process, &PowerShellProcess::line, op, [op, state, kind](const QString &text) {
        const QString marker = PowerShellScripts::progressMarker();
        if (text.startsWith(marker)) {
            const QString rest = text.mid(marker.size());
            const qsizetype space = rest.indexOf(QLatin1Char(' '));
            bool ok = false;
            const int percent = rest.left(space < 0 ? rest.size() : space).toInt(&ok);
            if (!ok)
                return;
            QString phase = space < 0 ? QString() : rest.mid(space + 1).trimmed();
            for (const ScriptPhase &p : kScriptPhases) {
                if (phase == QLatin1String(p.words))
                    phase = tr(p.title);
            }
            if (percent >= 0)
                state->lastPercent = qMax(state->lastPercent, qBound(0, percent, 100));
            op->reportProgress(percent < 0 ? -1 : state->lastPercent, phase);
            return;
        }
        op->reportLine(text);
        if (kind == Kind::Deploy) {
            const std::optional<DeployPhase> phase = deployPhaseForLine(text);
            // Failure lines carry no percent; the bar only ever moves forward.
            if (phase && !phase->failure && phase->percent > state->lastPercent) {
                state->lastPercent = phase->percent;
                op->reportProgress(phase->percent, phase->title);
            }
        }
    });
    connect(process, &PowerShellProcess::errorLine, op, [op, state](const QString &text) {
        if (!text.trimmed().isEmpty())
            state->lastErrorLine = text.trimmed();
        op->reportLine(text);
    });
    // Copies, not this: an operation may outlive the backend that started it.
    const QString where = describe();
    const bool overSsh = m_target.kind == PowerShellTarget::Kind::Ssh;
    connect(process, &PowerShellProcess::finished, op,
            [op, state, kind, title, where, overSsh, target = m_target](const PowerShellResult &r) {
                const QString output = op->lines().join(QLatin1Char('\n')) + QLatin1Char('\n') + r.error;
                switch (r.outcome) {
                case PowerShellResult::Outcome::Ok:
                    if (kind == Kind::Probe) {
                        QString why;
                        if (!hostFactsFromJson(r.result, &why)) {
                            op->fail(tr("The host's answer to the check could not be read (%1). The host may "
                                        "run a PowerShell version the wizard does not know.")
                                         .arg(why));
                            return;
                        }
                    }
                    if (kind == Kind::Deploy && state->lastPercent < 100)
                        op->reportProgress(100, tr("Deployment successful"));
                    op->succeed(r.result);
                    return;
                case PowerShellResult::Outcome::Cancelled:
                case PowerShellResult::Outcome::TimedOut: {
                    HostOperationResult result;
                    result.outcome = r.outcome == PowerShellResult::Outcome::Cancelled
                                         ? HostOperationResult::Outcome::Cancelled
                                         : HostOperationResult::Outcome::TimedOut;
                    result.error = r.error;
                    op->finish(std::move(result));
                    return;
                }
                case PowerShellResult::Outcome::FailedToStart:
                    op->fail(tr("%1 could not be started on %2: %3").arg(title, where, r.error), output);
                    return;
                case PowerShellResult::Outcome::Failed:
                case PowerShellResult::Outcome::Unknown:
                    break;
                }
                // An unknown or changed host key: a failure of its own, which the caller may offer to trust.
                if (overSsh && r.exitCode == 255 &&
                    finishOnSshHostKeyFailure(op, target, title, r.stderrTail))
                    return;
                if (overSsh && r.exitCode == 255) {
                    // ssh's own exit status: the connection or the login failed, the script never ran.
                    op->fail(tr("%1 could not connect to %2 (%3). Check the host name, that its OpenSSH "
                                "server runs, and that key login works.")
                                 .arg(title, where,
                                      state->lastErrorLine.isEmpty() ? r.error : state->lastErrorLine),
                             output);
                    return;
                }
                op->fail(tr("%1 failed: %2")
                             .arg(title, state->lastErrorLine.isEmpty() ? r.error : state->lastErrorLine),
                         output);
            });

    op->setTimeout(timeoutMs);
    auto pending = std::make_shared<PowerShellEnvelope>(std::move(envelope));
    QTimer::singleShot(0, op, [op, process, pending] {
        if (op->isFinished()) {
            pending->wipeSecrets(); // cancelled before it started
            return;
        }
        if (!process->start(std::move(*pending)))
            op->fail(tr("%1 could not be started: no target host is set.").arg(op->name()));
    });
    return op;
}

HostOperation *PowerShellHostBackend::probe(const QString &drive)
{
    return run(tr("The host check"), PowerShellEnvelope(PowerShellScripts::probe(drive)), probeTimeoutMs,
               Kind::Probe);
}

HostOperation *PowerShellHostBackend::enableHyperV()
{
    return run(tr("Enabling Hyper-V"), PowerShellEnvelope(PowerShellScripts::enableHyperV()), changeTimeoutMs,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::restartHost()
{
    return run(tr("Restarting Windows"), PowerShellEnvelope(PowerShellScripts::restartHost()),
               restartTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::uninstallEflow()
{
    return run(tr("Uninstalling EFLOW"), PowerShellEnvelope(PowerShellScripts::uninstallEflow()),
               installTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::createSwitch(const plan::SwitchCreation &request)
{
    return run(tr("Creating the virtual switch"),
               PowerShellEnvelope(PowerShellScripts::createSwitch(request)), changeTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::installEflow(plan::EflowRelease release,
                                                   const plan::InstallSettings &install)
{
    return run(tr("Installing Azure IoT Edge"),
               PowerShellEnvelope(PowerShellScripts::installEflow(release, install)), installTimeoutMs,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::deploy(const plan::DeploymentPlan &plan)
{
    return run(tr("The deployment"), PowerShellEnvelope(PowerShellScripts::deploy(plan)), deployTimeoutMs,
               Kind::Deploy);
}

HostOperation *PowerShellHostBackend::provision(plan::EflowRelease release,
                                                const plan::ProvisioningSettings &settings,
                                                ProvisioningSecret secret)
{
    PowerShellEnvelope envelope(PowerShellScripts::provision(release, settings));
    const QString name = PowerShellScripts::secretName(settings.type);
    if (!name.isEmpty() && !secret.value.isEmpty()) {
        // Registered before anything can be logged; the envelope takes over the only copy.
        support::Redactor::registerSecret(secret.value.view());
        envelope.addSecret(name, std::move(secret.value));
    }
    secret.value.wipe();
    return run(tr("Provisioning"), std::move(envelope), provisionTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::vmStatus()
{
    return run(tr("Reading the virtual machine status"), PowerShellEnvelope(PowerShellScripts::vmStatus()),
               readTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::moduleList()
{
    return run(tr("Reading the module list"), PowerShellEnvelope(PowerShellScripts::moduleList()),
               readTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::serviceStatus(plan::EflowRelease release)
{
    return run(tr("Reading the IoT Edge service status"),
               PowerShellEnvelope(PowerShellScripts::serviceStatus(release)), readTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::check(plan::EflowRelease release)
{
    return run(tr("The IoT Edge check"), PowerShellEnvelope(PowerShellScripts::check(release)), readTimeoutMs,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::logs(plan::EflowRelease release, int lines)
{
    return run(tr("Reading the IoT Edge logs"), PowerShellEnvelope(PowerShellScripts::logs(release, lines)),
               readTimeoutMs, Kind::Plain);
}

HostOperation *PowerShellHostBackend::supportBundle()
{
    return run(tr("Collecting the support bundle"), PowerShellEnvelope(PowerShellScripts::supportBundle()),
               supportBundleTimeoutMs, Kind::Plain);
}

// ---- License terms (issue 13 item 8) ----
HostOperation *PowerShellHostBackend::licenseTerms(plan::EflowRelease release, const QString &msiPath)
{
    // An administrative install of the MSI takes a while on a slow disk; a plain read is quick.
    return run(tr("Reading the license terms"),
               PowerShellEnvelope(PowerShellScripts::licenseTerms(release, msiPath)), 5 * 60 * 1000,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::moduleLogs(const QString &module, int lines)
{
    const QString title = tr("Reading the logs of module %1").arg(module);
    if (!isValidModuleName(module)) {
        auto *op = new HostOperation(title);
        QTimer::singleShot(0, op, [op, module] { op->fail(tr("\"%1\" is not a module name.").arg(module)); });
        return op;
    }
    return run(title, PowerShellEnvelope(PowerShellScripts::moduleLogs(module, lines)), readTimeoutMs,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::configureEdgeProxy(plan::EflowRelease release,
                                                         const plan::EdgeProxySettings &proxy)
{
    const QString title = tr("Setting the IoT Edge proxy");
    // The address goes into a Linux command: never without the plan's check, whoever calls.
    const plan::Problems problems = plan::checkEdgeProxy(proxy, release);
    if (!proxy.isSet() || !problems.isEmpty()) {
        auto *op = new HostOperation(title);
        const QString message =
            problems.isEmpty() ? tr("No IoT Edge proxy was given.") : problems.first().message;
        QTimer::singleShot(0, op, [op, message] { op->fail(message); });
        return op;
    }
    // config apply restarts the IoT Edge services; that takes a minute or two on a small VM.
    return run(title, PowerShellEnvelope(PowerShellScripts::configureEdgeProxy(proxy)), 10 * 60 * 1000,
               Kind::Plain);
}

HostOperation *PowerShellHostBackend::fetchFile(const QString &remotePath, const QString &localDirectory,
                                                const QString &fileName)
{
    auto *op = new HostOperation(tr("Copying the support bundle"));
    op->setTimeout(supportBundleTimeoutMs);
    QTimer::singleShot(
        0, op, [op, remotePath, localDirectory, fileName, target = m_target, program = m_sftpProgram] {
            if (op->isFinished())
                return;
            if (target.kind == PowerShellTarget::Kind::Ssh) {
                SftpFetch::start(op, target, remotePath, localDirectory, fileName, program);
                return;
            }
            // This computer: the bundle is a local file already.
            const QString to = QDir(localDirectory).filePath(fileName);
            if (!SftpFetch::isPlainFileName(fileName) || QFileInfo::exists(to) ||
                !QFile::copy(remotePath, to) ||
                !QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
                op->fail(tr("%1 could not be copied to %2.")
                             .arg(QDir::toNativeSeparators(remotePath), QDir::toNativeSeparators(to)));
                return;
            }
            op->succeed(QJsonObject{{QStringLiteral("localPath"), to}});
        });
    return op;
}

} // namespace eflow::host
