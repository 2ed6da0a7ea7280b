#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include "engine/host/SshKnownHosts.h"

class QProcess;

namespace eflow::host {

class HostOperation;
struct PowerShellTarget;

// Reads a host's key with ssh-keyscan without blocking: finished() comes exactly once, with the keys
// found (empty with a sentence when none came within the time limit). Used where a host operation
// failed on an unknown key, on the thread that runs the operation.
class SshHostKeyScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SshHostKeyScan)

public:
    explicit SshHostKeyScan(QObject *parent = nullptr);
    ~SshHostKeyScan() override;

    // keyType: as ssh named it ("ED25519"); empty scans every type.
    void start(const QString &host, int port, const QString &keyType, int timeoutMs = 10000);

signals:
    void finished(const QList<eflow::host::SshHostKey> &keys, const QString &error);

private:
    void finish(const QString &error = {});

    QProcess *m_process = nullptr;
    QTimer m_timer;
    QByteArray m_output;
    QString m_host;
    int m_port = 0;
    bool m_done = false;
};

// When an ssh run failed (exit code 255) because of the host key, finishes op with
// sshUnknownHostKeyId() (after scanning the key's fingerprint, which is shown, never trusted here) or
// sshChangedHostKeyId(), and returns true; false for any other failure.
bool finishOnSshHostKeyFailure(HostOperation *op, const PowerShellTarget &target, const QString &title,
                               const QString &sshErrorOutput);

} // namespace eflow::host
