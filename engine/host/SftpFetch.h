#pragma once

#include <QString>
#include <QStringList>

#include "engine/host/PowerShellProcess.h"

namespace eflow::host {

class HostOperation;

// Copies one file from an ssh target to this computer with OpenSSH's sftp, under the same rules as the
// session's ssh (PowerShellProcess::arguments): BatchMode, StrictHostKeyChecking, the wizard's
// known_hosts, the same port and identity. sftp rather than scp: its batch commands are parsed by sftp
// itself, the same way on every OpenSSH version, while old scp hands the remote path to the remote
// shell. The remote path comes from the host's own output and is checked before use; the local name is
// ours, and the local folder is sftp's working directory, so neither reaches sftp's parser unchecked.
class SftpFetch final
{
public:
    SftpFetch() = delete;

    // sftp's argument vector: options, then [user@]host. "-b -": commands from stdin, stop on error.
    static QStringList arguments(const PowerShellTarget &target);
    // The remote path as sftp on a Windows OpenSSH server takes it: "C:\\a b\\x.zip" -> "/C:/a b/x.zip";
    // a path that is already absolute in the POSIX way stays. Empty (and *error) when it holds anything
    // sftp's parser or glob would read specially (quotes, backslash escapes, * ? [ ]), control characters,
    // or is not absolute.
    static QString remotePath(const QString &path, QString *error = nullptr);
    // A plain file name of [A-Za-z0-9_.-], not starting with '.' or '-'.
    static bool isPlainFileName(const QString &name);
    // The batch sftp reads: one quoted get. Empty (and *error) when the paths are not acceptable.
    static QString batch(const QString &remotePath, const QString &fileName, QString *error = nullptr);

    // Runs the copy for op (which owns the process): op succeeds with {"localPath"} or fails with
    // sftp's last error line. program empty: "sftp" (tests may name a stand-in).
    static void start(HostOperation *op, const PowerShellTarget &target, const QString &remotePath,
                      const QString &localDirectory, const QString &fileName, const QString &program = {});
};

} // namespace eflow::host
