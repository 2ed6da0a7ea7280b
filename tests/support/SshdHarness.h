#pragma once

// A real OpenSSH server on 127.0.0.1 for the remote-host tests, started and stopped by the test itself
// through tests/support/sshd-harness.sh (throwaway host and user keys, its own config; the login PATH
// runs tests/powershell/remote/powershell.exe, i.e. pwsh with the PowerShell mocks preloaded).
// Header-only: each test is its own executable. EFLOW_SOURCE_DIR must name the source tree.

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace eflow::testsupport {

// The pwsh the remote stand-in runs: EFLOW_PWSH, ~/.dotnet/tools/pwsh, or pwsh on PATH; empty if none.
inline QString findPwsh()
{
    const QString named = qEnvironmentVariable("EFLOW_PWSH");
    if (!named.isEmpty())
        return QFileInfo(named).isExecutable() ? named : QString();
    const QString tool = QDir::homePath() + QStringLiteral("/.dotnet/tools/pwsh");
    if (QFileInfo(tool).isExecutable())
        return tool;
    return QStandardPaths::findExecutable(QStringLiteral("pwsh"));
}

class SshdHarness final
{
public:
    SshdHarness() = default;
    SshdHarness(const SshdHarness &) = delete;
    SshdHarness &operator=(const SshdHarness &) = delete;
    ~SshdHarness() { stop(); }

    static QString script() { return QStringLiteral(EFLOW_SOURCE_DIR "/tests/support/sshd-harness.sh"); }

    // Starts sshd; false with error() (skipped(): sshd or ssh-keygen is missing, the test should QSKIP).
    bool start()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        QProcess p;
        p.start(QStringLiteral("bash"), {script(), QStringLiteral("start"), m_dir->path(),
                                         QString::number(QCoreApplication::applicationPid())});
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            m_error = QStringLiteral("sshd-harness.sh start did not finish in 30 s");
            return false;
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitCode() == 77) {
            m_skipped = true;
            m_error = out.trimmed();
            return false;
        }
        if (p.exitCode() != 0) {
            m_error = QString::fromUtf8(p.readAllStandardError()).trimmed();
            return false;
        }
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            const qsizetype eq = line.indexOf(QLatin1Char('='));
            if (eq < 0)
                continue;
            const QString name = line.left(eq), value = line.mid(eq + 1).trimmed();
            if (name == QLatin1String("port"))
                m_port = value.toInt();
            else if (name == QLatin1String("user"))
                m_user = value;
            else if (name == QLatin1String("identity"))
                m_identity = value;
            else if (name == QLatin1String("hostkey"))
                m_hostKey = value;
        }
        m_running = m_port > 0;
        if (!m_running)
            m_error = QStringLiteral("sshd-harness.sh printed no port: ") + out;
        return m_running;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), m_dir->path()});
    }

    // What the powershell.exe stand-in sees on the far side ("NAME=VALUE"), replacing what was set before.
    bool setRemoteEnvironment(const QStringList &pairs) const
    {
        return QProcess::execute(QStringLiteral("bash"),
                                 QStringList{script(), QStringLiteral("env"), m_dir->path()} + pairs) == 0;
    }

    // Starts an ssh-agent holding the user key (for the GUI, which passes no -i); its socket, or empty.
    QString startAgent() const
    {
        QProcess p;
        p.start(QStringLiteral("bash"), {script(), QStringLiteral("agent"), m_dir->path()});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return {};
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        return out.startsWith(QLatin1String("agent=")) ? out.mid(6) : QString();
    }

    QString error() const { return m_error; }
    bool skipped() const { return m_skipped; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString identityFile() const { return m_identity; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    QString url() const { return QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_user).arg(m_port); }

    // The server's key as a known_hosts line ("[127.0.0.1]:PORT ssh-ed25519 AAAA…").
    QByteArray knownHostsLine() const
    {
        QFile f(m_hostKey);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
        if (fields.size() < 2)
            return {};
        return QStringLiteral("[127.0.0.1]:%1 ").arg(m_port).toLatin1() + fields.at(0) + ' ' + fields.at(1);
    }

    // The host key's fingerprint as ssh-keygen -lf prints it ("SHA256:…").
    QString fingerprint() const
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_hostKey});
        if (!p.waitForFinished(10000))
            return {};
        const QList<QByteArray> fields = p.readAllStandardOutput().split(' ');
        return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    bool m_skipped = false;
    bool m_running = false;
    int m_port = 0;
    QString m_user;
    QString m_identity;
    QString m_hostKey;
};

} // namespace eflow::testsupport
