// Files that can hold a key, or an identifier beside a key, are readable by their owner only (issue 14
// item 1): support::OwnerOnlySaveFile and every engine writer that uses it (the resume journal, the
// simulated host's state, the local DPS's state) give 0600 files (and 0700 folders) under any umask, for a
// new file and over an existing wider one; a file that cannot be tightened is refused, not written.
#include <functional>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/jobs/Journal.h"
#include "engine/localdps/LocalDpsStore.h"
#include "engine/sim/SimHostState.h"
#include "engine/support/OwnerOnlySaveFile.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using eflow::support::OwnerOnlySaveFile;

namespace {

constexpr int kUnset = -1;

#ifdef Q_OS_UNIX
int modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return kUnset;
    return int(st.st_mode & 07777);
}

// Sets the process's umask for one test and puts the old one back.
class UmaskScope final
{
public:
    explicit UmaskScope(int mask)
        : m_previous(::umask(mode_t(mask)))
    {}
    ~UmaskScope() { ::umask(m_previous); }
    UmaskScope(const UmaskScope &) = delete;
    UmaskScope &operator=(const UmaskScope &) = delete;

private:
    mode_t m_previous;
};
#endif

// Writes the file of one writer inside folder and returns its path (empty on failure). Called twice for
// the "existing file" rows: the second call rewrites the same file.
using Writer = std::function<QString(const QString &folder)>;

Writer ownerOnlySaveFileWriter()
{
    return [](const QString &folder) {
        const QString path = folder + QStringLiteral("/keys.csv");
        OwnerOnlySaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write("dev-1,c2VjcmV0\n");
        return file.commit() ? path : QString();
    };
}

Writer journalWriter()
{
    // One journal per row, kept across the two calls so that the second one rewrites the same entry.
    auto journal = std::make_shared<std::unique_ptr<eflow::jobs::Journal>>();
    auto jobId = std::make_shared<QString>();
    return [journal, jobId](const QString &folder) {
        const QString directory = folder + QStringLiteral("/journal");
        if (!*journal) {
            *journal = std::make_unique<eflow::jobs::Journal>(directory);
            *jobId =
                (*journal)->begin(QStringLiteral("deploy"),
                                  QJsonObject{{QStringLiteral("registrationId"), QStringLiteral("dev-1")}},
                                  {QStringLiteral("one")});
            if (jobId->isEmpty())
                return QString();
        } else if (!(*journal)->recordStep(*jobId, QStringLiteral("one"), eflow::jobs::StepState::Running)) {
            return QString();
        }
        return directory + QLatin1Char('/') + *jobId + QStringLiteral(".json");
    };
}

Writer simHostStateWriter()
{
    return [](const QString &folder) {
        eflow::sim::SimHostState state;
        state.scenarioId = QStringLiteral("win11-pro");
        return state.save(folder) ? eflow::sim::SimHostState::filePath(folder) : QString();
    };
}

Writer localDpsStoreWriter()
{
    return [](const QString &folder) {
        const QString path = folder + QStringLiteral("/local-dps.json");
        QString error;
        return eflow::localdps::LocalDpsStore().save(path, &error) ? path : QString();
    };
}

} // namespace

class TestFileModes final : public QObject
{
    Q_OBJECT

private slots:
    void writersGiveOwnerOnlyFiles_data()
    {
        QTest::addColumn<Writer>("writer");
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("existingMode"); // kUnset: no file before the write
        const QList<std::pair<const char *, std::function<Writer()>>> writers{
            {"OwnerOnlySaveFile", ownerOnlySaveFileWriter},
            {"journal", journalWriter},
            {"sim-host.json", simHostStateWriter},
            {"local DPS state", localDpsStoreWriter},
        };
        for (const auto &[name, make] : writers) {
            for (const int mask : {0000, 0022}) {
                for (const int existing : {kUnset, 0644, 0666}) {
                    const QString row =
                        QStringLiteral("%1, umask %2, %3")
                            .arg(QLatin1String(name), QString::number(mask, 8).rightJustified(3, u'0'),
                                 existing == kUnset ? QStringLiteral("new file")
                                                    : QStringLiteral("existing %1").arg(existing, 0, 8));
                    QTest::newRow(qPrintable(row)) << make() << mask << existing;
                }
            }
        }
    }

    void writersGiveOwnerOnlyFiles()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#else
        QFETCH(Writer, writer);
        QFETCH(int, mask);
        QFETCH(int, existingMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const UmaskScope umask(mask);
        QString path = writer(dir.path());
        QVERIFY(!path.isEmpty());
        if (existingMode != kUnset) {
            QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(existingMode)) == 0);
            QCOMPARE(modeOf(path), existingMode);
            path = writer(dir.path());
            QVERIFY(!path.isEmpty());
        }
        QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
#endif
    }

    // The temporary file QSaveFile writes into is owner-only as soon as open() returns, before any byte, and
    // so is a file it is about to replace.
    void temporaryFileIsOwnerOnlyFromTheStart_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("existingMode");
        for (const int mask : {0000, 0022})
            for (const int existing : {kUnset, 0644, 0666})
                QTest::addRow("umask %03o, %s", mask,
                              existing == kUnset ? "new file" : qPrintable(QString::number(existing, 8)))
                    << mask << existing;
    }

    void temporaryFileIsOwnerOnlyFromTheStart()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#else
        QFETCH(int, mask);
        QFETCH(int, existingMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const UmaskScope umask(mask);
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        if (existingMode != kUnset) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old,key\n");
            old.close();
            QVERIFY(::chmod(QFile::encodeName(path).constData(), mode_t(existingMode)) == 0);
        }
        OwnerOnlySaveFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
        // Linux gives QSaveFile an unnamed (O_TMPFILE) file, elsewhere a named one: ask the open handle.
        struct stat st
        {};
        QVERIFY(::fstat(file.handle(), &st) == 0);
        QCOMPARE(QString::number(st.st_mode & 07777, 8), QStringLiteral("600"));
        // The old file (its content may be a key too) is tightened before anything new is written.
        if (existingMode != kUnset)
            QCOMPARE(QString::number(modeOf(path), 8), QStringLiteral("600"));
        file.cancelWriting();
#endif
    }

    void foldersAreOwnerOnly_data()
    {
        QTest::addColumn<int>("mask");
        QTest::addColumn<int>("existingMode");
        for (const int mask : {0000, 0022})
            for (const int existing : {kUnset, 0755, 0777})
                QTest::addRow("umask %03o, %s", mask,
                              existing == kUnset ? "new folder" : qPrintable(QString::number(existing, 8)))
                    << mask << existing;
    }

    void foldersAreOwnerOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#else
        QFETCH(int, mask);
        QFETCH(int, existingMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const UmaskScope umask(mask);
        const QString folder = dir.filePath(QStringLiteral("parent/journal"));
        if (existingMode != kUnset) {
            QVERIFY(QDir().mkpath(folder));
            QVERIFY(::chmod(QFile::encodeName(folder).constData(), mode_t(existingMode)) == 0);
        }
        QString error;
        QVERIFY2(OwnerOnlySaveFile::makeOwnerOnlyFolder(folder, &error), qPrintable(error));
        QCOMPARE(QString::number(modeOf(folder), 8), QStringLiteral("700"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("parent"))).isDir());

        // The journal's own folder, through the journal.
        const QString journalFolder = dir.filePath(QStringLiteral("journal"));
        if (existingMode != kUnset) {
            QVERIFY(QDir().mkpath(journalFolder));
            QVERIFY(::chmod(QFile::encodeName(journalFolder).constData(), mode_t(existingMode)) == 0);
        }
        eflow::jobs::Journal journal(journalFolder);
        QVERIFY(!journal.begin(QStringLiteral("deploy"), {}, {QStringLiteral("one")}).isEmpty());
        QCOMPARE(QString::number(modeOf(journalFolder), 8), QStringLiteral("700"));

        // KeepMode (the emulator's --state-dir): a new folder is 0700 all the same; an existing one keeps
        // the mode its owner gave it.
        const QString named = dir.filePath(QStringLiteral("named/state"));
        if (existingMode != kUnset) {
            QVERIFY(QDir().mkpath(named));
            QVERIFY(::chmod(QFile::encodeName(named).constData(), mode_t(existingMode)) == 0);
        }
        QVERIFY2(OwnerOnlySaveFile::makeOwnerOnlyFolder(named, &error,
                                                        OwnerOnlySaveFile::ExistingFolder::KeepMode),
                 qPrintable(error));
        QCOMPARE(QString::number(modeOf(named), 8),
                 QString::number(existingMode == kUnset ? 0700 : existingMode, 8));
#endif
    }

    // A file the process cannot tighten (here: immutable, which even root cannot chmod) is not written.
    void fileThatCannotBeTightenedIsRefused()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("keys.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) != 0)
            QSKIP(
                "chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and a file system that has it)");
        const auto unlock = qScopeGuard([&path] {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        });
        OwnerOnlySaveFile file(path);
        QVERIFY(!file.open(QIODevice::WriteOnly));
        QVERIFY2(file.errorString().contains(path), qPrintable(file.errorString()));
        QVERIFY2(file.errorString().contains(QStringLiteral("owner")), qPrintable(file.errorString()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("keys.csv")});
        QCOMPARE(modeOf(path), 0644);
#endif
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_support_filemodes.moc"
