#include "engine/host/SftpFetch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include "engine/host/HostOperation.h"
#include "engine/host/SshHostKeyScan.h"
#include "engine/host/SshKnownHosts.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace eflow::host {

namespace {

struct SftpFetchTr
{
    Q_DECLARE_TR_FUNCTIONS(SftpFetch)
};

constexpr int kMaxPathLength = 1024;

} // namespace

QStringList SftpFetch::arguments(const PowerShellTarget &target)
{
    QStringList args{QStringLiteral("-b"), QStringLiteral("-")};
    if (target.port > 0)
        args << QStringLiteral("-P") << QString::number(target.port);
    if (!target.identityFile.isEmpty())
        args << QStringLiteral("-i") << target.identityFile;
    // The same promises as the session's ssh: no prompt nobody can answer, no key accepted unseen.
    args << QStringLiteral("-o") << QStringLiteral("BatchMode=yes") << QStringLiteral("-o")
         << QStringLiteral("StrictHostKeyChecking=yes");
    if (!target.knownHostsFile.isEmpty())
        args << QStringLiteral("-o") << SshKnownHosts::sshOptionValue(target.knownHostsFile);
    // "--": the destination is never read as an option (sftp, like ssh, stops parsing options there).
    args << QStringLiteral("--")
         << (target.user.isEmpty() ? target.host : target.user + QLatin1Char('@') + target.host);
    return args;
}

QString SftpFetch::remotePath(const QString &path, QString *error)
{
    const auto refuse = [error, &path](const QString &why) {
        if (error)
            *error =
                SftpFetchTr::tr("The host named the file \"%1\", which cannot be copied: %2").arg(path, why);
        return QString();
    };
    if (path.isEmpty() || path.size() > kMaxPathLength)
        return refuse(SftpFetchTr::tr("the path is empty or too long."));
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral("\"*?[]'").contains(c))
            return refuse(SftpFetchTr::tr("the path holds a character the copy cannot pass on."));
    }
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:[\\\\/]"));
    QString out = path;
    if (drive.match(path).hasMatch())
        out = QLatin1Char('/') + out.replace(QLatin1Char('\\'), QLatin1Char('/'));
    else if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return refuse(SftpFetchTr::tr("the path is not absolute."));
    if (out.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return refuse(SftpFetchTr::tr("the path climbs out of its folder."));
    return out;
}

bool SftpFetch::isPlainFileName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return plain.match(name).hasMatch();
}

QString SftpFetch::batch(const QString &remote, const QString &fileName, QString *error)
{
    const QString from = remotePath(remote, error);
    if (from.isEmpty())
        return {};
    if (!isPlainFileName(fileName)) {
        if (error)
            *error = SftpFetchTr::tr("\"%1\" is not a plain file name.").arg(fileName);
        return {};
    }
    return QStringLiteral("get \"%1\" \"%2\"\n").arg(from, fileName);
}

void SftpFetch::start(HostOperation *op, const PowerShellTarget &target, const QString &remote,
                      const QString &localDirectory, const QString &fileName, const QString &program)
{
    QString error;
    const QString commands = batch(remote, fileName, &error);
    if (commands.isEmpty()) {
        op->fail(error);
        return;
    }
    if (!QFileInfo(localDirectory).isDir()) {
        op->fail(
            SftpFetchTr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(localDirectory)));
        return;
    }
    const QString localPath = QDir(localDirectory).filePath(fileName);
    if (QFileInfo::exists(localPath)) {
        op->fail(SftpFetchTr::tr("%1 exists already.").arg(QDir::toNativeSeparators(localPath)));
        return;
    }
    auto *process = new QProcess(op);
    process->setProgram(program.isEmpty() ? QStringLiteral("sftp") : program);
    process->setArguments(arguments(target));
    process->setWorkingDirectory(localDirectory);
#ifdef Q_OS_UNIX
    // The bundle holds the VM's logs and configuration: readable by its owner only from its first byte
    // (sftp creates the file with the remote mode less the umask).
    process->setChildProcessModifier([] { ::umask(077); });
#endif
    op->setAbortHandler([process, localPath] {
        process->kill();
        QFile::remove(localPath); // a cancelled copy leaves no half file behind
    });
    QObject::connect(process, &QProcess::errorOccurred, op, [op, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            op->fail(SftpFetchTr::tr("sftp could not be started: %1").arg(process->errorString()));
    });
    QObject::connect(
        process, &QProcess::finished, op, [op, process, target, localPath](int code, QProcess::ExitStatus) {
            if (op->isFinished())
                return;
            const QString stderrText = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            if (code == 0 && QFileInfo(localPath).isFile()) {
                op->succeed(QJsonObject{{QStringLiteral("localPath"), localPath}});
                return;
            }
            QFile::remove(localPath); // the file did not exist before: whatever is there is a broken copy
            const QString title = SftpFetchTr::tr("Copying the support bundle");
            if (code == 255 && finishOnSshHostKeyFailure(op, target, title, stderrText))
                return;
            const QString last = stderrText.section(QLatin1Char('\n'), -1).trimmed();
            op->fail(SftpFetchTr::tr("sftp could not copy the file (%1).")
                         .arg(last.isEmpty() ? SftpFetchTr::tr("exit code %1").arg(code) : last),
                     stderrText);
        });
    process->start();
    process->write(commands.toUtf8());
    process->closeWriteChannel();
}

} // namespace eflow::host
