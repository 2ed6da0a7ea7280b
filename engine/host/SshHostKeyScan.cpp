#include "engine/host/SshHostKeyScan.h"

#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include "engine/host/HostOperation.h"
#include "engine/host/PowerShellProcess.h"

namespace eflow::host {

namespace {

// ssh-keyscan prints one line per key type; a flood is not a host key.
constexpr qsizetype maxOutputBytes = 256 * 1024;

QJsonObject keyDetails(const PowerShellTarget &target, const QString &keyType, const QString &fingerprint)
{
    return QJsonObject{{QStringLiteral("host"), target.host},
                       {QStringLiteral("port"), target.port > 0 ? target.port : 22},
                       {QStringLiteral("user"), target.user},
                       {QStringLiteral("keyType"), keyType},
                       {QStringLiteral("fingerprint"), fingerprint},
                       {QStringLiteral("knownHostsFile"), target.knownHostsFile}};
}

} // namespace

SshHostKeyScan::SshHostKeyScan(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<QList<eflow::host::SshHostKey>>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish(tr("ssh-keyscan did not finish in time.")); });
}

SshHostKeyScan::~SshHostKeyScan()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000); // reaps the child only: it was just killed
    }
}

void SshHostKeyScan::start(const QString &host, int port, const QString &keyType, int timeoutMs)
{
    m_host = host;
    m_port = port;
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        if (m_output.size() > maxOutputBytes)
            finish(tr("ssh-keyscan printed more than a host key."));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(tr("ssh-keyscan could not be started (%1); install the OpenSSH client.")
                       .arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this] {
        m_output += m_process->readAllStandardOutput();
        finish();
    });
    m_timer.start(timeoutMs);
    m_process->start(QStringLiteral("ssh-keyscan"), SshKnownHosts::keyScanArguments(host, port, keyType),
                     QIODevice::ReadOnly);
}

void SshHostKeyScan::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning)
            m_process->kill();
        m_process->deleteLater();
        m_process = nullptr;
    }
    const QList<SshHostKey> keys =
        error.isEmpty() ? SshKnownHosts::parseKeyScan(m_output.left(maxOutputBytes), m_host, m_port)
                        : QList<SshHostKey>{};
    QString why = error;
    if (keys.isEmpty() && why.isEmpty())
        why = tr("ssh-keyscan found no host key.");
    emit finished(keys, why);
}

bool finishOnSshHostKeyFailure(HostOperation *op, const PowerShellTarget &target, const QString &title,
                               const QString &sshErrorOutput)
{
    const SshHostKeyFailure failure = SshKnownHosts::classifyFailure(sshErrorOutput);
    const QString where = SshKnownHosts::hostPattern(target.host, target.port);
    switch (failure.kind) {
    case SshHostKeyFailure::Kind::None:
        return false;
    case SshHostKeyFailure::Kind::Changed: {
        static const QRegularExpression sha(QStringLiteral("(SHA256:[A-Za-z0-9+/]+)"));
        const QString shown = sha.match(sshErrorOutput).captured(1);
        HostOperationResult result;
        result.outcome = HostOperationResult::Outcome::Failed;
        result.errorId = sshChangedHostKeyId();
        result.errorDetails = keyDetails(target, failure.keyType, shown);
        result.error =
            SshHostKeyScan::tr("%1 was refused: THE HOST KEY OF %2 HAS CHANGED since it was trusted (it now "
                               "shows %3). Someone may be intercepting the connection, or the host was "
                               "reinstalled. The wizard does not connect. Only if the host's administrator "
                               "confirms a reinstall, remove the old key from %4 and check the host again.")
                .arg(title, where, shown.isEmpty() ? SshHostKeyScan::tr("another key") : shown,
                     target.knownHostsFile);
        op->finish(std::move(result));
        return true;
    }
    case SshHostKeyFailure::Kind::Unknown:
        break;
    }
    // The fingerprint is read with ssh-keyscan, to be shown; only the technician can decide to trust it.
    auto *scan = new SshHostKeyScan(op);
    QObject::connect(
        scan, &SshHostKeyScan::finished, op,
        [op, target, title, where, failure](const QList<SshHostKey> &keys, const QString &error) {
            HostOperationResult result;
            result.outcome = HostOperationResult::Outcome::Failed;
            result.errorId = sshUnknownHostKeyId();
            const SshHostKey key = keys.isEmpty() ? SshHostKey{} : keys.constFirst();
            result.errorDetails =
                keyDetails(target, key.keyType.isEmpty() ? failure.keyType : key.keyType, key.fingerprint);
            result.error =
                keys.isEmpty()
                    ? SshHostKeyScan::tr("%1 was not started: the wizard does not know the host key "
                                         "of %2 yet, and its fingerprint could not be read (%3).")
                          .arg(title, where, error)
                    : SshHostKeyScan::tr("%1 was not started: the wizard does not know the host key "
                                         "of %2 yet (%3, fingerprint %4).")
                          .arg(title, where, key.keyType, key.fingerprint);
            op->finish(std::move(result));
        });
    scan->start(target.host, target.port, failure.keyType);
    return true;
}

} // namespace eflow::host
