#include "engine/support/OwnerOnlySaveFile.h"

#include <mutex>

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace eflow::support {

namespace {

constexpr QFileDevice::Permissions kOwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnlyFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kGroupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                    QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                    QFileDevice::WriteOther | QFileDevice::ExeOther;

#ifdef Q_OS_UNIX
// The umask belongs to the whole process: two threads opening at once must not restore each other's.
std::mutex &umaskMutex()
{
    static std::mutex mutex;
    return mutex;
}
#endif

} // namespace

OwnerOnlySaveFile::OwnerOnlySaveFile(const QString &name, QObject *parent)
    : QSaveFile(name, parent)
{}

OwnerOnlySaveFile::~OwnerOnlySaveFile() = default;

bool OwnerOnlySaveFile::open(OpenMode mode)
{
#ifdef Q_OS_UNIX
    // QSaveFile gives its temporary file the mode of the file it replaces: make that 0600 first.
    const QFileInfo existing(fileName());
    if (existing.exists() && !existing.isDir() && (existing.permissions() & kGroupOrOthers) &&
        !QFile::setPermissions(existing.filePath(), kOwnerOnlyFile)) {
        //: %1 file path
        setErrorString(tr("%1 can be read by others, and its permissions cannot be limited to its owner (it "
                          "may belong to someone else); nothing was written")
                           .arg(QDir::toNativeSeparators(existing.filePath())));
        return false;
    }
    bool opened = false;
    {
        // A new file: the temporary one is created 0666 minus the umask, so 077 makes it 0600 at birth.
        // Other threads creating files meanwhile only get narrower modes, never wider ones.
        const std::lock_guard lock(umaskMutex());
        const mode_t previous = ::umask(077);
        opened = QSaveFile::open(mode);
        ::umask(previous);
    }
    if (!opened)
        return false;
    // Exactly 0600 (the file replaced may have been 0400 or 0700), and belt and braces against a file
    // replaced between the check above and open(): still before the first byte. On failure the device
    // stays open but cancelled (QSaveFile cannot be closed by hand): commit() fails, nothing is written.
    if (!setPermissions(kOwnerOnlyFile)) {
        cancelWriting();
        //: %1 file path
        setErrorString(tr("The permissions of %1 cannot be limited to its owner; nothing was written")
                           .arg(QDir::toNativeSeparators(fileName())));
        return false;
    }
    return true;
#else
    return QSaveFile::open(mode);
#endif
}

bool OwnerOnlySaveFile::makeOwnerOnlyFolder(const QString &folder, QString *error, ExistingFolder existing)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (!existed) {
        // The parents keep the usual modes (they are shared folders such as ~/.local/share); only the
        // folder that holds the files is private. mkdir() with 0700 leaves no moment it is wider.
        if (!QDir().mkpath(info.absolutePath()) ||
            (!QDir().mkdir(path, kOwnerOnlyFolder) && !QFileInfo::exists(path))) {
            if (error)
                //: %1 folder path
                *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
#ifdef Q_OS_UNIX
    const QFileInfo made(path);
    if (!made.isDir()) {
        if (error)
            //: %1 path
            *error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const bool tighten = !existed || existing == ExistingFolder::Tighten;
    if (tighten && (made.permissions() & kGroupOrOthers) && !QFile::setPermissions(path, kOwnerOnlyFolder)) {
        if (error)
            //: %1 folder path
            *error = tr("The folder %1 can be read by others, and its permissions cannot be limited to its "
                        "owner (it may belong to someone else).")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
#endif
    if (error)
        error->clear();
    return true;
}

} // namespace eflow::support
