#include "engine/host/PowerShellProcess.h"

#include <utility>

#include <QJsonDocument>
#include <QJsonParseError>

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

constexpr int stderrTailLines = 20;
#ifdef Q_OS_UNIX
constexpr int termSignal = SIGTERM;
constexpr int killSignal = SIGKILL;
#else
constexpr int termSignal = 15; // only a marker on Windows: killTree() ignores it there
constexpr int killSignal = 9;
#endif

QByteArray chopLineEnd(QByteArray bytes)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

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
    m_stdoutBuffer.clear();
    m_stderrBuffer.clear();
    m_resultText.clear();
    m_sawResult = false;
    m_stderrTail.clear();
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
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_stdoutBuffer.indexOf('\n')) >= 0) {
        QByteArray one = m_stdoutBuffer.left(nl);
        m_stdoutBuffer.remove(0, nl + 1);
        handleStdoutLine(chopLineEnd(std::move(one)));
    }
}

void PowerShellProcess::onReadyReadStderr()
{
    m_stderrBuffer += m_process->readAllStandardError();
    qsizetype nl;
    while ((nl = m_stderrBuffer.indexOf('\n')) >= 0) {
        QByteArray one = m_stderrBuffer.left(nl);
        m_stderrBuffer.remove(0, nl + 1);
        handleStderrLine(chopLineEnd(std::move(one)));
    }
}

void PowerShellProcess::handleStdoutLine(QByteArray bytes)
{
    if (bytes.startsWith(PowerShellEnvelope::resultMarker())) {
        // The last marker wins: the script prints its result once, at the end.
        m_resultText = bytes.mid(PowerShellEnvelope::resultMarker().size());
        m_sawResult = true;
        spdlog::debug("powershell: result {}", QString::fromUtf8(m_resultText));
        return;
    }
    const QString text = QString::fromUtf8(bytes);
    // Logged through spdlog, whose sink redacts registered secrets, in case the script echoes one.
    spdlog::info("powershell> {}", text);
    emit line(text);
}

void PowerShellProcess::handleStderrLine(QByteArray bytes)
{
    const QString text = QString::fromUtf8(bytes);
    spdlog::warn("powershell! {}", text);
    m_stderrTail << text;
    while (m_stderrTail.size() > stderrTailLines)
        m_stderrTail.removeFirst();
    emit errorLine(text);
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
    if (!m_stdoutBuffer.isEmpty())
        handleStdoutLine(chopLineEnd(std::exchange(m_stdoutBuffer, {})));
    if (!m_stderrBuffer.isEmpty())
        handleStderrLine(chopLineEnd(std::exchange(m_stderrBuffer, {})));

    PowerShellResult r;
    r.exitCode = exitCode;
    r.crashed = status == QProcess::CrashExit;
    r.stderrTail = m_stderrTail.join(QLatin1Char('\n'));
    if (m_terminating != PowerShellResult::Outcome::Unknown) {
        // The direct child is gone; grandchildren that ignored SIGTERM are not allowed to linger.
        killTree(killSignal);
        r.outcome = m_terminating;
        r.error = m_terminating == PowerShellResult::Outcome::TimedOut
                      ? tr("PowerShell did not finish within %n second(s) and was stopped; the host may be "
                           "busy or waiting for input. Try again, or raise the time limit.",
                           nullptr, (m_timeoutMs + 999) / 1000)
                      : tr("Cancelled.");
    } else if (r.crashed) {
        r.outcome = PowerShellResult::Outcome::Failed;
        r.error = tr("PowerShell ended abnormally (crashed). See the details for its last error output.");
    } else if (exitCode != 0) {
        r.outcome = PowerShellResult::Outcome::Failed;
        r.error = tr("The PowerShell script failed with exit code %1. See the details for its error output.")
                      .arg(exitCode);
    } else if (!m_sawResult) {
        r.outcome = PowerShellResult::Outcome::Failed;
        r.error = tr("The PowerShell script ended without reporting a result; the host's PowerShell may be "
                     "too old or the script was interrupted.");
    } else {
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_resultText, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            r.outcome = PowerShellResult::Outcome::Failed;
            r.error = tr("The PowerShell script reported a result that is not a JSON object (%1).")
                          .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object"));
        } else {
            r.outcome = PowerShellResult::Outcome::Ok;
            r.result = doc.object();
        }
    }
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
