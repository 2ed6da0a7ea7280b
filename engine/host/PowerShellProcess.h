#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include "engine/host/PowerShellEnvelope.h"
#include "engine/host/PowerShellOutputReader.h"
#include "engine/host/PowerShellResult.h"
#include "engine/host/ProcessTreeJob.h"

namespace eflow::host {

// Where the script runs: this computer, or a remote Windows host through the OpenSSH client.
struct PowerShellTarget
{
    enum class Kind
    {
        Unknown = 0,
        Local,
        Ssh,
    };
    Kind kind = Kind::Unknown;
    QString user;
    QString host;
    int port = 0; // 0: ssh's default
    QString identityFile;
    // The wizard's own known_hosts (SshKnownHosts::defaultFile(), set where targets are opened): ssh checks
    // the host key against it and nothing else the user configured, and never adds a key by itself.
    QString knownHostsFile;

    static PowerShellTarget local() { return PowerShellTarget{Kind::Local, {}, {}, 0, {}, {}}; }
    static PowerShellTarget ssh(QString user, QString host, int port = 0, QString identityFile = {})
    {
        return PowerShellTarget{Kind::Ssh, std::move(user),         std::move(host),
                                port,      std::move(identityFile), {}};
    }
};

// Runs one script in Windows PowerShell 5.1 — locally or over ssh — without blocking: progress lines
// stream out through line()/errorLine() as they are printed, the structured result arrives with
// finished(), exactly once per start(). Secrets travel in the stdin envelope (see PowerShellEnvelope
// for why); they are registered with the Redactor before anything is logged.
class PowerShellProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PowerShellProcess)

public:
    explicit PowerShellProcess(QObject *parent = nullptr);
    ~PowerShellProcess() override;

    void setTarget(const PowerShellTarget &target) { m_target = target; }
    const PowerShellTarget &target() const { return m_target; }
    // The program to run: "powershell.exe" (local) or "ssh" (remote) when empty; tests set a stand-in.
    // Outside Windows, EFLOW_POWERSHELL replaces powershell.exe for local runs (a pwsh for tests).
    void setProgram(const QString &program) { m_program = program; }
    QString program() const;
    // Whole-run limit; 0 disables it.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // How long the process tree gets between SIGTERM and SIGKILL on cancel or timeout.
    void setKillGracePeriod(int milliseconds) { m_graceMs = milliseconds; }

    // The argument vector for the target; public so that tests and logs can show it (it holds no secret).
    static QStringList arguments(const PowerShellTarget &target);
    // -EncodedCommand's value: the bootstrap; outside Windows, for local runs, preceded by dot-sourcing
    // the file EFLOW_PS_PRELOAD names (the tests' mocks).
    static QString encodedBootstrap(const PowerShellTarget &target);

    // Starts the run; the envelope's secrets are wiped once written to the process. They stay registered
    // with support::Redactor afterwards on purpose: output lines that echoed them may be logged or
    // saved again later ("Save logs"), and must stay masked. Returns false
    // (and emits nothing) when a run is already going or the target is Unknown.
    bool start(PowerShellEnvelope envelope);
    // Ends the whole process tree; finished(Cancelled) follows. No effect when nothing runs.
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 processId() const;

signals:
    void line(const QString &text);
    void errorLine(const QString &text);
    void finished(const eflow::host::PowerShellResult &result);

private:
    void onStarted();
    void onReadyReadStdout();
    void onReadyReadStderr();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void terminateTree(PowerShellResult::Outcome why);
    void killTree(int signal);
    void handleLines(const QList<PowerShellOutputReader::Line> &lines);
    void finish(PowerShellResult result);
    QString notFoundSentence() const;

    PowerShellTarget m_target = PowerShellTarget::local();
    QString m_program;
    int m_timeoutMs = 0;
    int m_graceMs = 3000;

    QProcess *m_process = nullptr;
    QTimer m_timeoutTimer;
    QTimer m_graceTimer;
    PowerShellEnvelope m_envelope;
    PowerShellOutputReader m_output; // lines, result and stderr tail, every buffer capped
    qint64 m_pgid = 0;
    std::unique_ptr<ProcessTreeJob> m_treeJob; // Windows: the whole tree, for cancel
    bool m_running = false;
    PowerShellResult::Outcome m_terminating = PowerShellResult::Outcome::Unknown;
};

} // namespace eflow::host
