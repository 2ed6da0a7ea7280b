#include "engine/host/PowerShellProcess.h"

#include <utility>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif

#include <spdlog/spdlog.h>

#include "engine/host/PowerShellScripts.h"
#include "engine/host/SshKnownHosts.h"
#include "engine/support/Logging.h"
#include "engine/support/Redactor.h"

namespace eflow::host {
namespace {

#ifdef Q_OS_UNIX
constexpr int termSignal = SIGTERM;
constexpr int killSignal = SIGKILL;
#else
constexpr int termSignal = 15; // only a marker on Windows: killTree() ignores it there
constexpr int killSignal = 9;
#endif

} // namespace

PowerShellProcess::PowerShellProcess(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<PowerShellResult>();
    m_timeoutTimer.setSingleShot(true);
    m_graceTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this,
            [this] { terminateTree(PowerShellResult::Outcome::TimedOut); });
    connect(&m_graceTimer, &QTimer::timeout, this, [this] {
        spdlog::warn("powershell: process tree did not end after SIGTERM, sending SIGKILL");
        killTree(killSignal);
    });
}

PowerShellProcess::~PowerShellProcess()
{
    if (m_process) {
        // Nobody is left to hear finished(); just make sure no process outlives us.
        m_process->disconnect(this);
        killTree(killSignal);
        m_process->kill();
        // Bounded, and never on the GUI thread: processes run on the job runner's worker thread. After
        // SIGKILL the wait only reaps the child (milliseconds); the bound covers a kernel that is slow
        // to do so, and QProcess's own destructor would otherwise wait for it without one.
        m_process->waitForFinished(5000);
    }
}

QString PowerShellProcess::program() const
{
    if (!m_program.isEmpty())
        return m_program;
    if (m_target.kind == PowerShellTarget::Kind::Ssh)
        return QStringLiteral("ssh");
#ifndef Q_OS_WIN
    // Outside Windows there is no Windows PowerShell: tests name a PowerShell 7 (pwsh) to parse, bind
    // and run the generated scripts against mocks of the Windows and AzureEFLOW cmdlets.
    const QString substitute = qEnvironmentVariable("EFLOW_POWERSHELL");
    if (!substitute.isEmpty())
        return substitute;
#endif
    return QStringLiteral("powershell.exe");
}

QString PowerShellProcess::encodedBootstrap(const PowerShellTarget &target)
{
#ifndef Q_OS_WIN
    // Tests load their mocks with a file dot-sourced at global scope before the bootstrap, where Windows
    // would have the real modules. Windows builds never read the variable.
    const QString preload = qEnvironmentVariable("EFLOW_PS_PRELOAD");
    if (target.kind == PowerShellTarget::Kind::Local && !preload.isEmpty())
        return PowerShellEnvelope::encodeCommand(QStringLiteral(". ") + PowerShellScripts::quote(preload) +
                                                 QLatin1Char('\n') + PowerShellEnvelope::bootstrapScript());
#else
    Q_UNUSED(target);
#endif
    return PowerShellEnvelope::encodedBootstrap();
}

QStringList PowerShellProcess::arguments(const PowerShellTarget &target)
{
    const QString bootstrap = encodedBootstrap(target);
    switch (target.kind) {
    case PowerShellTarget::Kind::Local:
        // -OutputFormat Text: with -EncodedCommand and redirected streams PowerShell otherwise writes its
        // error stream as CLIXML ("#< CLIXML <Objs …>"), and a failure would reach the technician as XML.
        return {QStringLiteral("-NoProfile"),       QStringLiteral("-NonInteractive"),
                QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
                QStringLiteral("-OutputFormat"),    QStringLiteral("Text"),
                QStringLiteral("-EncodedCommand"),  bootstrap};
    case PowerShellTarget::Kind::Ssh: {
        QStringList args;
        if (target.port > 0)
            args << QStringLiteral("-p") << QString::number(target.port);
        if (!target.identityFile.isEmpty())
            args << QStringLiteral("-i") << target.identityFile;
        // BatchMode: never stop at a password or host-key prompt nobody can answer. StrictHostKeyChecking:
        // an unknown key fails (the wizard asks the technician), whatever the user's ssh_config says.
        args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes") << QStringLiteral("-o")
             << QStringLiteral("StrictHostKeyChecking=yes");
        if (!target.knownHostsFile.isEmpty())
            args << QStringLiteral("-o") << SshKnownHosts::sshOptionValue(target.knownHostsFile);
        // "--": the destination is never read as an option, whatever the target says
        // (ssh://-oProxyCommand=…).
        args << QStringLiteral("--")
             << (target.user.isEmpty() ? target.host : target.user + QLatin1Char('@') + target.host);
        // -ExecutionPolicy Bypass as locally: an SSH logon gets the machine's policy (Restricted on a
        // Windows client by default), under which Import-Module AzureEFLOW fails.
        args << QStringLiteral("powershell.exe") << QStringLiteral("-NoProfile")
             << QStringLiteral("-NonInteractive") << QStringLiteral("-ExecutionPolicy")
             << QStringLiteral("Bypass") << QStringLiteral("-OutputFormat") << QStringLiteral("Text")
             << QStringLiteral("-EncodedCommand") << bootstrap;
        return args;
    }
    case PowerShellTarget::Kind::Unknown:
        break;
    }
    return {};
}

qint64 PowerShellProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

bool PowerShellProcess::start(PowerShellEnvelope envelope)
{
    if (m_running || m_target.kind == PowerShellTarget::Kind::Unknown)
        return false;
    // Register first: from here on anything logged about this run is masked.
    for (qsizetype i = 0; i < envelope.secretCount(); ++i)
        support::Redactor::registerSecret(envelope.secretValue(i));
    m_envelope = std::move(envelope);
    m_output.reset();
    m_pgid = 0;
    m_terminating = PowerShellResult::Outcome::Unknown;
    m_running = true;

    m_process = new QProcess(this);
    m_process->setProgram(program());
    m_process->setArguments(arguments(m_target));
#ifdef Q_OS_UNIX
    // Own session and process group, so that cancel() reaches grandchildren too (ssh's helpers, a
    // stand-in's children) with one kill(-pgid).
    m_process->setChildProcessModifier([] { ::setsid(); });
#else
    // Windows: a Job object holds the tree; the child is adopted in onStarted().
    m_treeJob = std::make_unique<ProcessTreeJob>();
#endif
    connect(m_process, &QProcess::started, this, &PowerShellProcess::onStarted);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PowerShellProcess::onReadyReadStdout);
    connect(m_process, &QProcess::readyReadStandardError, this, &PowerShellProcess::onReadyReadStderr);
    connect(m_process, &QProcess::errorOccurred, this, &PowerShellProcess::onErrorOccurred);
    connect(m_process, &QProcess::finished, this, &PowerShellProcess::onFinished);

    spdlog::info("powershell: starting {} ({})", m_process->program(),
                 m_target.kind == PowerShellTarget::Kind::Ssh ? m_target.host : QStringLiteral("local"));
    if (m_timeoutMs > 0)
        m_timeoutTimer.start(m_timeoutMs);
    m_process->start(QIODevice::ReadWrite);
    return true;
}

void PowerShellProcess::onStarted()
{
    m_pgid = m_process->processId();
    spdlog::debug("powershell: started, pid {}", m_pgid);
    if (m_treeJob)
        m_treeJob->adopt(m_pgid);
    crypto::SecureBytes json = m_envelope.toJson();
    // QProcess copies the bytes into its write buffer and frees (not wipes) them once they are in the
    // pipe; that copy is beyond our reach. Ours are wiped right away.
    m_process->write(reinterpret_cast<const char *>(json.data()), qint64(json.size()));
    m_process->closeWriteChannel();
    json.wipe();
    m_envelope.wipeSecrets();
}

void PowerShellProcess::onReadyReadStdout()
{
    handleLines(m_output.feedStdout(m_process->readAllStandardOutput()));
}

void PowerShellProcess::onReadyReadStderr()
{
    handleLines(m_output.feedStderr(m_process->readAllStandardError()));
}

void PowerShellProcess::handleLines(const QList<PowerShellOutputReader::Line> &lines)
{
    using Kind = PowerShellOutputReader::Line::Kind;
    for (const PowerShellOutputReader::Line &l : lines) {
        switch (l.kind) {
        case Kind::Result:
            spdlog::debug("powershell: result {}", l.text);
            break;
        case Kind::Encoding:
            // The host's code page (issue 17), which the reader now decodes its text in; not output.
            spdlog::debug("powershell: {}", l.text);
            break;
        case Kind::Output:
            // Logged through spdlog, whose sink redacts registered secrets, in case the script echoes one.
            spdlog::info("powershell> {}", l.text);
            emit line(l.text);
            break;
        case Kind::Error:
            spdlog::warn("powershell! {}", l.text);
            emit errorLine(l.text);
            break;
        case Kind::Unknown:
            break;
        }
    }
}

void PowerShellProcess::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and timeouts arrive through finished()
    PowerShellResult r;
    r.outcome = PowerShellResult::Outcome::FailedToStart;
    r.error = notFoundSentence();
    r.stderrTail = m_process->errorString();
    m_envelope.wipeSecrets();
    finish(std::move(r));
}

QString PowerShellProcess::notFoundSentence() const
{
    if (m_target.kind == PowerShellTarget::Kind::Ssh)
        return tr("%1 could not be started: this computer has no usable OpenSSH client; install the "
                  "OpenSSH client or use the demo host")
            .arg(program());
    return tr("%1 could not be started: this computer has no Windows PowerShell; use the demo host or a "
              "remote Windows host")
        .arg(program());
}

void PowerShellProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    // Drain what is left, including a last line without '\n'.
    onReadyReadStdout();
    onReadyReadStderr();
    handleLines(m_output.finish());
    // The direct child is gone; grandchildren that ignored SIGTERM are not allowed to linger.
    if (m_terminating != PowerShellResult::Outcome::Unknown)
        killTree(killSignal);
    PowerShellResult r = m_output.result(exitCode, status == QProcess::CrashExit, m_terminating, m_timeoutMs);
    finish(std::move(r));
}

void PowerShellProcess::cancel()
{
    terminateTree(PowerShellResult::Outcome::Cancelled);
}

void PowerShellProcess::terminateTree(PowerShellResult::Outcome why)
{
    if (!m_running || !m_process || m_terminating != PowerShellResult::Outcome::Unknown)
        return;
    m_terminating = why;
    m_timeoutTimer.stop();
    spdlog::info("powershell: stopping the process tree ({})",
                 why == PowerShellResult::Outcome::TimedOut ? "timeout" : "cancel");
    if (m_process->state() == QProcess::Starting) {
        m_process->kill();
        return;
    }
    killTree(termSignal);
    m_graceTimer.start(m_graceMs);
}

void PowerShellProcess::killTree(int signal)
{
#ifdef Q_OS_UNIX
    // setsid() made the child the leader of its own group, so pgid == its pid. Signalling the group
    // also reaches grandchildren after the child itself has gone.
    if (m_pgid > 0 && ::kill(-pid_t(m_pgid), signal) != 0 && m_process &&
        m_process->state() != QProcess::NotRunning)
        ::kill(pid_t(m_pgid), signal); // no group (setsid failed in the child): at least the child
#else
    Q_UNUSED(signal);
    if (m_treeJob)
        m_treeJob->killAll(); // the whole tree: powershell.exe, ssh.exe, msiexec, …
    if (m_process)
        m_process->kill();
#endif
}

void PowerShellProcess::finish(PowerShellResult result)
{
    if (!m_running)
        return; // exactly once: FailedToStart may be followed by other notifications
    m_running = false;
    m_envelope.wipeSecrets(); // also when the process never got as far as reading them
    m_timeoutTimer.stop();
    m_graceTimer.stop();
    spdlog::info("powershell: finished (outcome {}, exit code {}){}{}", int(result.outcome), result.exitCode,
                 result.error.isEmpty() ? "" : ": ", result.error);
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    emit finished(result);
}

} // namespace eflow::host
