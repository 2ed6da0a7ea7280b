#pragma once
// Debian's tinyproxy as a throwaway HTTP CONNECT proxy on 127.0.0.1, started by a test (issue 17 item 3):
// a free port, its own configuration and log in a temporary folder, optional Basic credentials, and
// every outgoing connection made from 127.0.0.2 (Bind), so that a server accepting only 127.0.0.2
// (`emulator --allow-peer 127.0.0.2`) is reachable through the proxy and refuses the direct route.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace eflow::testsupport {

class ProxyHarness final
{
public:
    ProxyHarness() = default;
    ProxyHarness(const ProxyHarness &) = delete;
    ProxyHarness &operator=(const ProxyHarness &) = delete;
    ~ProxyHarness() { stop(); }

    static QString program() { return QStandardPaths::findExecutable(QStringLiteral("tinyproxy")); }

    // Empty when it runs, else why not. user/password: Basic credentials it then asks for (407 without).
    QString start(const QString &user = {}, const QString &password = {})
    {
        if (program().isEmpty())
            return QStringLiteral("tinyproxy not found (packaging/install-deps.sh installs it)");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        m_port = freePort();
        QByteArray conf = "Port " + QByteArray::number(m_port) +
                          "\nListen 127.0.0.1\nBind 127.0.0.2\nTimeout 60\nMaxClients 64\n"
                          "LogLevel Connect\nLogFile \"" +
                          logPath().toUtf8() + "\"\nDisableViaHeader Yes\n";
        if (!user.isEmpty())
            conf += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        QFile f(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!f.open(QIODevice::WriteOnly) || f.write(conf) != conf.size())
            return QStringLiteral("cannot write the proxy's configuration");
        f.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program(), {QStringLiteral("-d"), QStringLiteral("-c"), f.fileName()});
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired()) {
            if (m_process.state() == QProcess::NotRunning)
                return QStringLiteral("tinyproxy ended at once: ") + QString::fromUtf8(m_process.readAll());
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (probe.waitForConnected(200))
                return {};
            QThread::msleep(50);
        }
        return QStringLiteral("tinyproxy did not listen on port %1").arg(m_port);
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString logPath() const { return m_dir.filePath(QStringLiteral("tinyproxy.log")); }
    QByteArray log() const
    {
        QFile f(logPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // CONNECT requests the proxy passed on so far.
    int tunnels() const { return int(log().count("Established connection to host")); }

    // A port nothing listens on now (for "the proxy cannot be reached").
    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace eflow::testsupport
