// The files the eflow-wizard commands write that can hold a key are readable by their owner only (issue 14
// item 1), whatever the umask of the shell that runs them: `derive-key --batch --output` and the
// emulator's `--ca-out`, new or over an existing wider file; a file that cannot be tightened is refused.
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/support/CliRunner.h"
#include "tests/support/TestPrerequisites.h"

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {

const QByteArray groupKey =
    "8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==";

constexpr int kNoFile = -1;

#ifdef Q_OS_UNIX
QString modeOf(const QString &path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return QStringLiteral("missing");
    return QString::number(st.st_mode & 07777, 8);
}

// The child inherits the umask of the test process; this sets it for one row and puts it back.
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

void makeExisting(const QString &path, int mode)
{
    eflow::testsupport::writeInputFile(path, "old,content\n");
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
        qFatal("cannot chmod %s", qPrintable(path));
}
#endif

// The row's tag as a file name part.
QString rowName()
{
    static const QRegularExpression notPlain(QStringLiteral("[^A-Za-z0-9]+"));
    return QString::fromLatin1(QTest::currentDataTag()).replace(notPlain, QStringLiteral("-"));
}

void addModeRows()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("existingMode");
    for (const int mask : {0000, 0022}) {
        for (const int existing : {kNoFile, 0644, 0666}) {
            QTest::addRow("umask %03o, %s", mask,
                          existing == kNoFile ? "new file" : qPrintable(QString::number(existing, 8)))
                << mask << existing;
        }
    }
}

} // namespace

class TestCliFileModes final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QTemporaryDir m_dir;

    eflow::testsupport::CliRun run(const QStringList &arguments, const QByteArray &stdinData = {})
    {
        return eflow::testsupport::runCli(m_binary, arguments, stdinData,
                                          eflow::testsupport::cleanEnvironment(m_dir.path()));
    }

private slots:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("Unix file modes only");
#endif
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        QVERIFY(m_dir.isValid());
    }

    void deriveKeyOutputIsOwnerOnly_data()
    {
        addModeRows();
    }

    void deriveKeyOutputIsOwnerOnly()
    {
#ifdef Q_OS_UNIX
        QFETCH(int, mask);
        QFETCH(int, existingMode);
        const QString ids =
            eflow::testsupport::writeInputFile(m_dir.filePath(QStringLiteral("ids.txt")), "dev-1\ndev-2\n");
        const QString output = m_dir.filePath(QStringLiteral("keys-%1.csv").arg(rowName()));
        QFile::remove(output);
        if (existingMode != kNoFile)
            makeExisting(output, existingMode);
        const UmaskScope umask(mask);
        const auto r = run({QStringLiteral("derive-key"), QStringLiteral("--batch"), ids,
                            QStringLiteral("--output"), output},
                           groupKey + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(modeOf(output), QStringLiteral("600"));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("dev-1,"));
#endif
    }

    void emulatorCaOutIsOwnerOnly_data()
    {
        addModeRows();
    }

    void emulatorCaOutIsOwnerOnly()
    {
#ifdef Q_OS_UNIX
        QFETCH(int, mask);
        QFETCH(int, existingMode);
        const QString ca = m_dir.filePath(QStringLiteral("ca-%1.pem").arg(rowName()));
        QFile::remove(ca);
        if (existingMode != kNoFile)
            makeExisting(ca, existingMode);
        const UmaskScope umask(mask);
        QProcess emulator;
        emulator.setProcessEnvironment(eflow::testsupport::cleanEnvironment(m_dir.path()));
        emulator.start(m_binary, {QStringLiteral("emulator"), QStringLiteral("--ca-out"), ca});
        QByteArray out;
        while (!out.contains("ready\n") && emulator.waitForReadyRead(20000))
            out += emulator.readAllStandardOutput();
        emulator.terminate();
        QVERIFY(emulator.waitForFinished(10000));
        QVERIFY2(out.contains("ready\n"), emulator.readAllStandardError().constData());
        QCOMPARE(modeOf(ca), QStringLiteral("600"));
        QFile f(ca);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("-----BEGIN CERTIFICATE-----"));
#endif
    }

    // An existing 0644 file the command cannot tighten (immutable: not even root can chmod it) is refused
    // with the file-error exit code and a sentence naming it, and keeps its content.
    void deriveKeyRefusesAFileItCannotTighten()
    {
#ifdef Q_OS_UNIX
        const QString ids =
            eflow::testsupport::writeInputFile(m_dir.filePath(QStringLiteral("ids.txt")), "dev-1\n");
        const QString output = m_dir.filePath(QStringLiteral("locked.csv"));
        makeExisting(output, 0644);
        if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), output}) != 0)
            QSKIP(
                "chattr +i is not available here (needs CAP_LINUX_IMMUTABLE and a file system that has it)");
        const auto unlock = qScopeGuard([&output] {
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), output});
        });
        const auto r = run({QStringLiteral("derive-key"), QStringLiteral("--batch"), ids,
                            QStringLiteral("--output"), output},
                           groupKey + '\n');
        QCOMPARE(r.exitCode, 4); // ExitIoError
        QVERIFY2(r.err.contains(output.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("owner"), r.err.constData());
        QCOMPARE(modeOf(output), QStringLiteral("644"));
        QFile f(output);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old,content\n"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCliFileModes)
#include "tst_cli_filemodes.moc"
