#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace eflow::host {

// One host key as ssh-keyscan reports it.
struct SshHostKey
{
    QString keyType;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString fingerprint; // "SHA256:…", as ssh-keygen -l prints it
    QString line;        // the known_hosts line: "[host]:port ssh-ed25519 AAAA…"
};

// What ssh's error output says about the host key (its exit code is 255 either way).
struct SshHostKeyFailure
{
    enum class Kind
    {
        None = 0,
        Unknown, // no key for this host yet: the technician may compare the fingerprint and trust it
        Changed, // a different key than the trusted one: never offered for trust
    };
    Kind kind = Kind::None;
    QString keyType; // as ssh names it in "No ED25519 host key is known for …" ("ED25519"); may be empty
};

// The wizard's own known_hosts: ssh checks remote hosts against it (StrictHostKeyChecking=yes), and a key
// gets into it only when the technician has compared its fingerprint (trust()). Blocking functions run
// ssh-keyscan and must not be called on the GUI thread.
class SshKnownHosts final
{
public:
    SshKnownHosts() = delete;

    // <AppDataLocation>/known_hosts.
    static QString defaultFile();
    // "-o" value naming file as ssh's UserKnownHostsFile (quoted; ssh expands % and spaces split).
    static QString sshOptionValue(const QString &file);
    // How known_hosts names a host: "host", or "[host]:port" for a port other than 22.
    static QString hostPattern(const QString &host, int port);
    // "SHA256:" + unpadded base64 of the SHA-256 of the key blob (the second field of a key line).
    static QString fingerprint(const QByteArray &base64Blob);
    static SshHostKeyFailure classifyFailure(const QString &sshErrorOutput);
    // Where Windows' OpenSSH server keeps the public host key of that type, for the technician who reads
    // the fingerprint on the host (ssh-keygen -lf FILE).
    static QString windowsHostKeyFile(const QString &keyType);

    // ssh-keyscan's arguments for host:port; keyType ("ED25519", "ssh-ed25519", empty: all) narrows it.
    static QStringList keyScanArguments(const QString &host, int port, const QString &keyType);
    // The keys in ssh-keyscan's output (comment lines and lines for other hosts skipped).
    static QList<SshHostKey> parseKeyScan(const QByteArray &output, const QString &host, int port);
    // Runs ssh-keyscan (blocking, at most timeoutMs); an empty list with *error when none was read.
    static QList<SshHostKey> scan(const QString &host, int port, const QString &keyType, int timeoutMs,
                                  QString *error);
    // Scans host:port again and appends the key whose fingerprint is `fingerprint` to file (created 0600).
    // Refuses when no key of the host has that fingerprint, and when file already holds a different key
    // for the host (a changed key is removed by hand, never replaced from here). False with *error.
    static bool trust(const QString &file, const QString &host, int port, const QString &fingerprint,
                      QString *error);
};

// HostOperationResult::errorId of a host whose key the wizard does not know yet, and of one whose key has
// changed since it was trusted.
QString sshUnknownHostKeyId();
QString sshChangedHostKeyId();

} // namespace eflow::host
