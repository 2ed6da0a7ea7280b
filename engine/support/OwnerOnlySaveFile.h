#pragma once

#include <QSaveFile>
#include <QString>

namespace eflow::support {

// A QSaveFile for files that can hold a key, or an identifier beside a key (derived device keys, the
// resume journal, the simulated host's state, the local DPS's state): the file is readable by its owner
// only (0600) from the moment it exists, whatever the umask.
//
// QSaveFile alone creates its temporary file with the umask's mode (0644, 0666 under umask 000), or copies
// the mode of the file it replaces; a later setPermissions() leaves a window in which another user can
// open the file and keep reading what is written into it. So open():
//  - tightens a file that already exists at fileName() to 0600 first (its old content may be a key too),
//    and refuses, with errorString() saying why, when that is not possible (the file belongs to someone
//    else, or its file system does not allow it);
//  - creates the temporary file with the umask 077 (Unix), so it is 0600 from its first byte.
// Outside Unix the file is left to its folder's access rules.
class OwnerOnlySaveFile final : public QSaveFile
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnerOnlySaveFile)

public:
    explicit OwnerOnlySaveFile(const QString &name, QObject *parent = nullptr);
    ~OwnerOnlySaveFile() override;

    bool open(OpenMode mode) override;

    // What makeOwnerOnlyFolder does with a folder that exists already.
    enum class ExistingFolder
    {
        Tighten,  // limit it to its owner too (the wizard's own folders)
        KeepMode, // leave it as it is (a folder the user named, such as the emulator's --state-dir)
    };

    // Makes folder (and its parents) and limits folder itself to its owner (0700) from the moment it exists;
    // one that exists already is tightened or kept as `existing` says. False with a sentence in *error
    // when it cannot be made or tightened, or is not a folder.
    static bool makeOwnerOnlyFolder(const QString &folder, QString *error,
                                    ExistingFolder existing = ExistingFolder::Tighten);
};

} // namespace eflow::support
