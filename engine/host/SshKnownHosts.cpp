#include "engine/host/SshKnownHosts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace eflow::host {

namespace {

struct SshKnownHostsTr
{
    Q_DECLARE_TR_FUNCTIONS(SshKnownHosts)
};

// A known_hosts file is a few lines per host; anything much bigger is not one the wizard wrote.
constexpr qint64 maxKnownHostsBytes = 4 * 1024 * 1024;
// ssh-keyscan prints one line per key type; a flood is not a host key.
constexpr qint64 maxKeyScanBytes = 256 * 1024;

// "ED25519" (ssh's message) or "ssh-ed25519" → ssh-keyscan's -t word.
QString keyScanType(const QString &keyType)
{
    const QString t = keyType.toLower();
    if (t.contains(QLatin1String("ed25519")))
        return QStringLiteral("ed25519");
    if (t.contains(QLatin1String("ecdsa")))
        return QStringLiteral("ecdsa");
    if (t.contains(QLatin1String("rsa")))
        return QStringLiteral("rsa");
    return {};
}

// Whether one comma-separated host field of a known_hosts line names pattern (hashed names are not
// compared: the wizard never writes them).
bool namesHost(const QString &hostField, const QString &pattern)
{
    const QStringList names = hostField.split(QLatin1Char(','));
    return names.contains(pattern);
}

} // namespace

QString sshUnknownHostKeyId()
{
    return QStringLiteral("ssh.unknownHostKey");
}

QString sshChangedHostKeyId()
{
    return QStringLiteral("ssh.changedHostKey");
}

QString SshKnownHosts::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/known_hosts");
}

QString SshKnownHosts::sshOptionValue(const QString &file)
{
    // ssh splits option values at spaces unless quoted, and expands %-tokens in this one.
    QString escaped = file;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QStringLiteral("UserKnownHostsFile=\"%1\"").arg(escaped);
}

QString SshKnownHosts::hostPattern(const QString &host, int port)
{
    if (port <= 0 || port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString SshKnownHosts::fingerprint(const QByteArray &base64Blob)
{
    const QByteArray blob = QByteArray::fromBase64(base64Blob);
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

SshHostKeyFailure SshKnownHosts::classifyFailure(const QString &sshErrorOutput)
{
    SshHostKeyFailure failure;
    if (sshErrorOutput.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")) ||
        sshErrorOutput.contains(QLatin1String("has changed and you have requested strict checking"))) {
        failure.kind = SshHostKeyFailure::Kind::Changed;
        static const QRegularExpression changedType(QStringLiteral("fingerprint for the (\\S+) key sent"));
        failure.keyType = changedType.match(sshErrorOutput).captured(1);
        return failure;
    }
    static const QRegularExpression unknown(QStringLiteral("No (\\S+) host key is known for"));
    const QRegularExpressionMatch m = unknown.match(sshErrorOutput);
    if (m.hasMatch()) {
        failure.kind = SshHostKeyFailure::Kind::Unknown;
        failure.keyType = m.captured(1);
    } else if (sshErrorOutput.contains(QLatin1String("Host key verification failed."))) {
        // Older clients and other wordings: still a key the wizard does not know, type unknown.
        failure.kind = SshHostKeyFailure::Kind::Unknown;
    }
    return failure;
}

QString SshKnownHosts::windowsHostKeyFile(const QString &keyType)
{
    const QString type = keyScanType(keyType);
    return QStringLiteral("C:\\ProgramData\\ssh\\ssh_host_%1_key.pub")
        .arg(type.isEmpty() ? QStringLiteral("ed25519") : type);
}

QStringList SshKnownHosts::keyScanArguments(const QString &host, int port, const QString &keyType)
{
    QStringList args{QStringLiteral("-T"), QStringLiteral("5")};
    if (port > 0)
        args << QStringLiteral("-p") << QString::number(port);
    const QString type = keyScanType(keyType);
    if (!type.isEmpty())
        args << QStringLiteral("-t") << type;
    // "--": a host name starting with '-' is a host, not an option.
    args << QStringLiteral("--") << host;
    return args;
}

QList<SshHostKey> SshKnownHosts::parseKeyScan(const QByteArray &output, const QString &host, int port)
{
    const QString pattern = hostPattern(host, port);
    QList<SshHostKey> keys;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3 || !namesHost(QString::fromLatin1(fields.at(0)), pattern))
            continue;
        static const QRegularExpression base64(QStringLiteral("^[A-Za-z0-9+/]+={0,2}$"));
        const QString blob = QString::fromLatin1(fields.at(2));
        if (!base64.match(blob).hasMatch())
            continue;
        SshHostKey key;
        key.keyType = QString::fromLatin1(fields.at(1));
        key.fingerprint = fingerprint(fields.at(2));
        key.line = pattern + QLatin1Char(' ') + key.keyType + QLatin1Char(' ') + blob;
        keys << key;
    }
    return keys;
}

QList<SshHostKey> SshKnownHosts::scan(const QString &host, int port, const QString &keyType, int timeoutMs,
                                      QString *error)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keyscan"), keyScanArguments(host, port, keyType), QIODevice::ReadOnly);
    if (!process.waitForStarted(5000)) {
        *error = SshKnownHostsTr::tr("ssh-keyscan could not be started (%1); install the OpenSSH client.")
                     .arg(process.errorString());
        return {};
    }
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
        process.waitForReadyRead(qMax<qint64>(1, qMin<qint64>(200, timeoutMs - clock.elapsed())));
        output += process.readAllStandardOutput();
        if (output.size() > maxKeyScanBytes)
            break;
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(2000);
    }
    output += process.readAllStandardOutput();
    const QList<SshHostKey> keys = parseKeyScan(output.left(maxKeyScanBytes), host, port);
    if (keys.isEmpty())
        *error =
            SshKnownHostsTr::tr("%1 did not show its host key (ssh-keyscan found none within %n second(s)).",
                                nullptr, (timeoutMs + 999) / 1000)
                .arg(hostPattern(host, port));
    return keys;
}

bool SshKnownHosts::trust(const QString &file, const QString &host, int port, const QString &fingerprint,
                          QString *error)
{
    const QString wanted = fingerprint.trimmed();
    QString why;
    const QList<SshHostKey> keys = scan(host, port, {}, 15000, &why);
    if (keys.isEmpty()) {
        *error = why;
        return false;
    }
    const SshHostKey *match = nullptr;
    for (const SshHostKey &k : keys)
        if (k.fingerprint == wanted)
            match = &k;
    if (!match) {
        QStringList seen;
        for (const SshHostKey &k : keys)
            seen << k.keyType + QLatin1Char(' ') + k.fingerprint;
        *error = SshKnownHostsTr::tr("%1 now shows %2, not %3: nothing was trusted. Check the fingerprint "
                                     "with the host's administrator.")
                     .arg(hostPattern(host, port), seen.join(QStringLiteral(", ")), wanted);
        return false;
    }

    QByteArray existing;
    QFile in(file);
    if (in.exists()) {
        if (in.size() > maxKnownHostsBytes || !in.open(QIODevice::ReadOnly)) {
            *error = SshKnownHostsTr::tr("%1 could not be read.").arg(file);
            return false;
        }
        existing = in.readAll();
        in.close();
    }
    const QString pattern = hostPattern(host, port);
    for (const QByteArray &raw : existing.split('\n')) {
        const QList<QByteArray> fields = raw.trimmed().split(' ');
        if (fields.size() < 3 || !namesHost(QString::fromLatin1(fields.at(0)), pattern))
            continue;
        if (QString::fromLatin1(fields.at(1)) == match->keyType &&
            SshKnownHosts::fingerprint(fields.at(2)) == match->fingerprint)
            return true; // trusted already
        *error = SshKnownHostsTr::tr("%1 already holds a different key for %2. If the host was reinstalled, "
                                     "remove the old key first (ssh-keygen -f \"%1\" -R \"%2\").")
                     .arg(file, pattern);
        return false;
    }

    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = SshKnownHostsTr::tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!existing.isEmpty() && !existing.endsWith('\n'))
        existing += '\n';
    out.write(existing + match->line.toLatin1() + '\n');
    if (!out.commit()) {
        *error = SshKnownHostsTr::tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace eflow::host
