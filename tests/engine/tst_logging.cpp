#include <atomic>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

#include <spdlog/spdlog.h>

#include "engine/crypto/KeyGenerator.h"
#include "engine/crypto/SasToken.h"
#include "engine/crypto/SecureBytes.h"
#include "engine/support/Logging.h"
#include "engine/support/Redactor.h"

using eflow::support::LoggingOptions;
using eflow::support::Redactor;

namespace {

Q_LOGGING_CATEGORY(lcDps, "eflow.dps")

QStringList capturedByPreviousHandler;

void capturingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedByPreviousHandler.append(message);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

// The sig value of a SAS token as it appears in the token (percent-encoded) and decoded (base64).
QByteArray sigOf(const QByteArray &token)
{
    const qsizetype begin = token.indexOf("&sig=") + 5;
    const qsizetype end = token.indexOf('&', begin);
    return token.mid(begin, end - begin);
}

LoggingOptions optionsFor(const QTemporaryDir &dir)
{
    LoggingOptions options;
    options.directory = dir.path();
    options.consoleWarnings = false; // keep the test output readable; stderr has its own test
    return options;
}

void flushLog()
{
    spdlog::default_logger()->flush();
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void redact_data();
    void redact();
    void redactQStringKeepsNonAscii();
    void textWithoutSecretsIsReturnedUnchanged();
    void percentEncodedFormsMatchSasEncoding();
    void unregisterIsCounted();
    void concurrentRegisterAndRedact();

    void logFileHoldsNoSecret();
    void stderrIsRedacted();
    void secondInitReplacesSinks();
    void shutdownRestoresPreviousQtHandler();
    void defaultFolderIsUnderAppLocalData();
    void logFileIsOwnerOnly();
};

void TestLogging::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLogging::cleanup()
{
    eflow::support::shutdownLogging();
    Redactor::clearSecrets();
}

void TestLogging::redact_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    const QStringList none;
    QTest::newRow("key at end of string")
        << none << QStringLiteral("HostName=h.azure-devices.net;DeviceId=d1;SharedAccessKey=abc+def/ghi=")
        << QStringLiteral("HostName=h.azure-devices.net;DeviceId=d1;SharedAccessKey=***");
    QTest::newRow("key followed by ;")
        << none << QStringLiteral("HostName=h;SharedAccessKey=Zm9vYmFy=;DeviceId=d1")
        << QStringLiteral("HostName=h;SharedAccessKey=***;DeviceId=d1");
    QTest::newRow("key followed by &") << none << QStringLiteral("a=1&SharedAccessKey=Zm9v&b=2")
                                       << QStringLiteral("a=1&SharedAccessKey=***&b=2");
    QTest::newRow("key followed by space") << none << QStringLiteral("SharedAccessKey=Zm9v was rejected")
                                           << QStringLiteral("SharedAccessKey=*** was rejected");
    QTest::newRow("mixed case key") << none << QStringLiteral("sharedaccesskey=Zm9v;SHAREDACCESSKEY=YmFy")
                                    << QStringLiteral("sharedaccesskey=***;SHAREDACCESSKEY=***");
    QTest::newRow("key name stays readable")
        << none
        << QStringLiteral(
               "HostName=x.azure-devices-provisioning.net;SharedAccessKeyName=provisioningserviceowner;"
               "SharedAccessKey=Zm9vYmFyYmF6")
        << QStringLiteral("HostName=x.azure-devices-provisioning.net;SharedAccessKeyName="
                          "provisioningserviceowner;SharedAccessKey=***");
    QTest::newRow("empty key value") << none << QStringLiteral("SharedAccessKey=;DeviceId=d")
                                     << QStringLiteral("SharedAccessKey=;DeviceId=d");
    QTest::newRow("sig in a URL query")
        << none
        << QStringLiteral("GET https://h/x?api-version=2021-06-01&sig=abc%2Bdef%3D&se=1700000000 -> 401")
        << QStringLiteral("GET https://h/x?api-version=2021-06-01&sig=***&se=1700000000 -> 401");
    QTest::newRow("SIG upper case at end")
        << none << QStringLiteral("?SIG=abc") << QStringLiteral("?SIG=***");
    QTest::newRow("sas token in a header")
        << none
        << QStringLiteral(
               "Authorization: SharedAccessSignature "
               "sr=0ne00000A0A%2Fregistrations%2Fdev&sig=abc%3D&se=1700000000&skn=registration next")
        << QStringLiteral("Authorization: SharedAccessSignature *** next");
    QTest::newRow("json with quotes")
        << none
        << QStringLiteral(R"({"connectionString":"HostName=h;DeviceId=d;SharedAccessKey=Zm9vYmFy",)"
                          R"("auth":"SharedAccessSignature sr=a&sig=b&se=1","note":"ok"})")
        << QStringLiteral(R"({"connectionString":"HostName=h;DeviceId=d;SharedAccessKey=***",)"
                          R"("auth":"SharedAccessSignature ***","note":"ok"})");
    QTest::newRow("single quotes") << none
                                   << QStringLiteral("-ConnectionString 'HostName=h;SharedAccessKey=Zm9v'")
                                   << QStringLiteral("-ConnectionString 'HostName=h;SharedAccessKey=***'");
    QTest::newRow("token inside a connection string")
        << none
        << QStringLiteral("HostName=h;DeviceId=d;SharedAccessSignature=SharedAccessSignature "
                          "sr=h%2Fdevices%2Fd&sig=x&se=1;ModuleId=m")
        << QStringLiteral("HostName=h;DeviceId=d;SharedAccessSignature=SharedAccessSignature ***;ModuleId=m");
    QTest::newRow("multi-line text") << none
                                     << QStringLiteral("line 1 SharedAccessKey=Zm9v\nline 2 sig=abc\nline 3")
                                     << QStringLiteral("line 1 SharedAccessKey=***\nline 2 sig=***\nline 3");
    QTest::newRow("unrelated text unchanged")
        << none
        << QStringLiteral(
               "Deploy-Eflow -cpuCore 2: signature verified, shared access policy ok, design=flat, sig")
        << QStringLiteral(
               "Deploy-Eflow -cpuCore 2: signature verified, shared access policy ok, design=flat, sig");
    QTest::newRow("SharedAccessSignature as a word")
        << none << QStringLiteral("missing SharedAccessSignature")
        << QStringLiteral("missing SharedAccessSignature");
    QTest::newRow("registered secret")
        << QStringList{QStringLiteral("s3cr3t-value-123")} << QStringLiteral("token s3cr3t-value-123 used")
        << QStringLiteral("token *** used");
    QTest::newRow("short registered secret ignored")
        << QStringList{QStringLiteral("abc1234")} << QStringLiteral("abc1234 stays")
        << QStringLiteral("abc1234 stays");
    QTest::newRow("eight-byte secret masked") << QStringList{QStringLiteral("abcd1234")}
                                              << QStringLiteral("x abcd1234 y") << QStringLiteral("x *** y");
    QTest::newRow("percent-encoded upper")
        << QStringList{QStringLiteral("a+b/c=d==")} << QStringLiteral("key=a%2Bb%2Fc%3Dd%3D%3D&x=1")
        << QStringLiteral("key=***&x=1");
    QTest::newRow("percent-encoded lower")
        << QStringList{QStringLiteral("a+b/c=d==")} << QStringLiteral("key=a%2bb%2fc%3dd%3d%3d")
        << QStringLiteral("key=***");
    QTest::newRow("two secrets in one line")
        << QStringList{QStringLiteral("first-secret-1"), QStringLiteral("second-secret-2")}
        << QStringLiteral("a first-secret-1 b second-secret-2 c") << QStringLiteral("a *** b *** c");
    QTest::newRow("same secret twice")
        << QStringList{QStringLiteral("SECRETVAL1")} << QStringLiteral("x SECRETVAL1 y SECRETVAL1")
        << QStringLiteral("x *** y ***");
    QTest::newRow("overlapping secrets become one mask")
        << QStringList{QStringLiteral("abcdefgh"), QStringLiteral("efghijkl")}
        << QStringLiteral("<abcdefghijkl>") << QStringLiteral("<***>");
    QTest::newRow("registered secret as a key value")
        << QStringList{QStringLiteral("Zm9vYmFyYmF6")} << QStringLiteral("SharedAccessKey=Zm9vYmFyYmF6;x=1")
        << QStringLiteral("SharedAccessKey=***;x=1");
    QTest::newRow("empty text") << none << QString() << QString();
}

void TestLogging::redact()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, input);
    QFETCH(QString, expected);

    for (const QString &secret : secrets)
        Redactor::registerSecret(secret);

    QCOMPARE(Redactor::redact(input), expected);
    const QByteArray utf8 = input.toUtf8();
    QCOMPARE(QString::fromStdString(
                 Redactor::redact(std::string_view(utf8.constData(), std::size_t(utf8.size())))),
             expected);
}

void TestLogging::redactQStringKeepsNonAscii()
{
    const QString input = QStringLiteral("Gerät „Halle 3“ – SharedAccessKey=Zm9v; état ✓");
    QCOMPARE(Redactor::redact(input), QStringLiteral("Gerät „Halle 3“ – SharedAccessKey=***; état ✓"));
}

void TestLogging::textWithoutSecretsIsReturnedUnchanged()
{
    Redactor::registerSecret(QByteArrayView("a-registered-secret"));
    const QString text = QString::number(1234) + QStringLiteral(" Deploy-Eflow finished: OK");
    const QString redacted = Redactor::redact(text);
    QCOMPARE(redacted, text);
    // The no-match path hands back the caller's string itself, not a re-decoded copy.
    QCOMPARE(redacted.constData(), text.constData());
}

void TestLogging::percentEncodedFormsMatchSasEncoding()
{
    // Raw bytes that need escaping in every position class: base64 punctuation and non-ASCII.
    const QByteArray secret = QByteArray("k+y/with=some!*'() and \xC3\xA9");
    Redactor::registerSecret(QByteArrayView(secret));
    using eflow::crypto::PercentCase;
    for (PercentCase percentCase : {PercentCase::Upper, PercentCase::Lower}) {
        const QByteArray encoded = eflow::crypto::percentEncode(secret, percentCase);
        const std::string text = "q=" + encoded.toStdString() + "&x=1";
        QCOMPARE(Redactor::redact(text), std::string("q=***&x=1"));
    }
}

void TestLogging::unregisterIsCounted()
{
    const QByteArray secret("counted-secret-value");
    Redactor::registerSecret(QByteArrayView(secret));
    Redactor::registerSecret(QByteArrayView(secret));
    Redactor::unregisterSecret(QByteArrayView(secret));
    QCOMPARE(Redactor::redact(std::string_view("x counted-secret-value")), std::string("x ***"));
    Redactor::unregisterSecret(QByteArrayView(secret));
    QCOMPARE(Redactor::redact(std::string_view("x counted-secret-value")),
             std::string("x counted-secret-value"));
}

void TestLogging::concurrentRegisterAndRedact()
{
    std::atomic<bool> leaked = false;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([t, &leaked] {
            for (int i = 0; i < 300; ++i) {
                const std::string secret = "thread-" + std::to_string(t) + "-secret-" + std::to_string(i);
                Redactor::registerSecret(QByteArrayView(secret.data(), qsizetype(secret.size())));
                const std::string out = Redactor::redact("before " + secret + " after SharedAccessKey=abc");
                if (out != "before *** after SharedAccessKey=***")
                    leaked = true;
                if (i % 3 == 0)
                    Redactor::unregisterSecret(QByteArrayView(secret.data(), qsizetype(secret.size())));
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QVERIFY(!leaked);
}

void TestLogging::logFileHoldsNoSecret()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = eflow::support::initLogging(optionsFor(dir));
    QCOMPARE(path, dir.filePath(QStringLiteral("eflow-wizard.log")));
    QCOMPARE(eflow::support::logFilePath(), path);

    // A real key, as the wizard would hold one, registered the way the engine registers keys.
    const QByteArray key = eflow::crypto::generateSymmetricKey();
    QVERIFY(key.size() >= 44);
    Redactor::registerSecret(QByteArrayView(key));
    const QByteArray keyUpper = eflow::crypto::percentEncode(key, eflow::crypto::PercentCase::Upper);
    const QByteArray keyLower = eflow::crypto::percentEncode(key, eflow::crypto::PercentCase::Lower);
    QVERIFY(keyUpper != key); // a 64-byte key always ends in "==", so its encoded forms differ

    eflow::crypto::SecureBytes rawKey;
    QVERIFY(eflow::crypto::decodeBase64Strict(key, rawKey));
    const QByteArray token =
        eflow::crypto::deviceRegistrationToken(QStringLiteral("0ne00000A0A"), QStringLiteral("device-01"),
                                               rawKey, eflow::crypto::expiryFromNow(std::chrono::hours(1)));
    QVERIFY(token.startsWith("SharedAccessSignature sr="));
    const QByteArray sig = sigOf(token);
    QVERIFY(sig.size() >= 40);
    const QByteArray sigDecoded = QByteArray::fromPercentEncoding(sig);
    const QByteArray connectionString = "HostName=h.azure-devices.net;DeviceId=d1;SharedAccessKey=" + key;

    // (1) spdlog directly, with fmt arguments of both string kinds.
    spdlog::info("marker-1 derived device key {} for {}", key.toStdString(), QStringLiteral("device-01"));
    spdlog::warn("marker-2 key in a form body: primaryKey={}&secondaryKey={}", keyUpper.toStdString(),
                 keyLower.toStdString());
    spdlog::info("marker-3 connection string {}", QString::fromLatin1(connectionString));
    // (2) Qt's message functions, through the bridge.
    qWarning().noquote() << "marker-4 qWarning with" << QString::fromLatin1(key);
    qCInfo(lcDps).noquote() << "marker-5 connecting with" << QString::fromLatin1(connectionString);
    // (3) Inside an error message built by the caller.
    const QString error =
        QStringLiteral("marker-6 DPS rejected the registration (401002 Unauthorized). PUT "
                       "https://global.azure-devices-provisioning.net/0ne00000A0A/registrations/"
                       "device-01/register?api-version=2021-06-01 Authorization: %1")
            .arg(QString::fromLatin1(token));
    spdlog::error("{}", error);
    qCritical().noquote() << error;
    spdlog::warn("marker-7 SAS as a query: https://h.example/upload?sv=2021&sig={}&se=1700000000",
                 sig.toStdString());
    spdlog::info("marker-8 encoded key {}", keyLower.toStdString());
    flushLog();

    const QByteArray log = readAll(path);
    // Everything was logged: the test cannot pass on an empty or truncated file.
    for (int i = 1; i <= 8; ++i)
        QVERIFY2(log.contains("marker-" + QByteArray::number(i)),
                 qPrintable(QStringLiteral("marker-%1").arg(i)));
    QVERIFY(log.contains("DeviceId=d1"));
    QVERIFY(log.contains("SharedAccessKey=***"));
    QVERIFY(log.contains("Authorization: SharedAccessSignature ***"));
    QVERIFY(log.contains("&sig=***&se=1700000000"));
    QVERIFY(log.contains("[eflow.dps] marker-5"));
    QVERIFY(log.contains("[warning] [")); // the pattern, and qWarning mapped to warn
    QVERIFY(log.contains("primaryKey=***&secondaryKey=***"));

    QVERIFY2(!log.contains(key), "raw key in the log");
    QVERIFY2(!log.contains(keyUpper), "percent-encoded key (upper) in the log");
    QVERIFY2(!log.contains(keyLower), "percent-encoded key (lower) in the log");
    QVERIFY2(!log.contains(sig), "token signature in the log");
    QVERIFY2(!log.contains(sigDecoded), "decoded token signature in the log");
    // Also no long fragment of the key, as a truncated mask would leave behind.
    QVERIFY(!log.contains(key.left(24)));
    QVERIFY(!log.contains(key.right(24)));
}

void TestLogging::stderrIsRedacted()
{
#if defined(Q_OS_UNIX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTemporaryFile capture;
    QVERIFY(capture.open());

    const QByteArray key = eflow::crypto::generateSymmetricKey();
    Redactor::registerSecret(QByteArrayView(key));

    std::fflush(stderr);
    const int savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(savedStderr >= 0);
    QVERIFY(::dup2(capture.handle(), STDERR_FILENO) >= 0);

    LoggingOptions options = optionsFor(dir);
    options.consoleWarnings = true;
    eflow::support::initLogging(options);
    spdlog::info("stderr-info-line {}", key.toStdString()); // below warn: file only
    spdlog::warn("stderr-warn-line {} SharedAccessKey={}", key.toStdString(), key.toStdString());
    qCritical().noquote() << "stderr-critical-line" << QString::fromLatin1(key);
    flushLog();
    std::fflush(stderr);

    ::dup2(savedStderr, STDERR_FILENO);
    ::close(savedStderr);

    const QByteArray console = readAll(capture.fileName());
    QVERIFY2(console.contains("stderr-warn-line *** SharedAccessKey=***"), console.constData());
    QVERIFY(console.contains("stderr-critical-line ***"));
    QVERIFY(!console.contains("stderr-info-line"));
    QVERIFY(!console.contains(key));
#else
    QSKIP("stderr capture uses dup2");
#endif
}

void TestLogging::secondInitReplacesSinks()
{
    QTemporaryDir first;
    QTemporaryDir second;
    QVERIFY(first.isValid() && second.isValid());

    const QString firstPath = eflow::support::initLogging(optionsFor(first));
    spdlog::info("goes-to-first");
    qInfo("qt-goes-to-first");
    const QString secondPath = eflow::support::initLogging(optionsFor(second));
    QVERIFY(firstPath != secondPath);
    QCOMPARE(eflow::support::logFilePath(), secondPath);
    spdlog::info("goes-to-second");
    qInfo("qt-goes-to-second");
    flushLog();

    const QByteArray a = readAll(firstPath);
    const QByteArray b = readAll(secondPath);
    QVERIFY(a.contains("goes-to-first"));
    QVERIFY(a.contains("qt-goes-to-first")); // the earlier sinks were flushed when replaced
    QVERIFY(!a.contains("goes-to-second"));
    QVERIFY(b.contains("goes-to-second"));
    QVERIFY(b.contains("qt-goes-to-second"));
    QVERIFY(!b.contains("goes-to-first"));
}

void TestLogging::shutdownRestoresPreviousQtHandler()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    capturedByPreviousHandler.clear();
    const QtMessageHandler testlibHandler = qInstallMessageHandler(capturingHandler);

    const QString path = eflow::support::initLogging(optionsFor(dir));
    eflow::support::initLogging(optionsFor(dir)); // twice: must not chain the bridge onto itself
    qWarning("while-bridged");
    eflow::support::shutdownLogging();
    QVERIFY(eflow::support::logFilePath().isEmpty());
    qWarning("after-shutdown");
    spdlog::warn("spdlog-after-shutdown"); // discarded, and must not crash

    qInstallMessageHandler(testlibHandler);
    QCOMPARE(capturedByPreviousHandler, QStringList{QStringLiteral("after-shutdown")});
    const QByteArray log = readAll(path);
    QVERIFY(log.contains("while-bridged"));
    QVERIFY(!log.contains("after-shutdown"));
    QVERIFY(!log.contains("spdlog-after-shutdown"));
}

void TestLogging::defaultFolderIsUnderAppLocalData()
{
    LoggingOptions options;
    options.consoleWarnings = false;
    const QString path = eflow::support::initLogging(options);
    const QString expectedDir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(expectedDir).absoluteFilePath());
    spdlog::warn("default-folder-line");
    flushLog();
    QVERIFY(readAll(path).contains("default-folder-line"));
    eflow::support::shutdownLogging();
    QFile::remove(path);
}

void TestLogging::logFileIsOwnerOnly()
{
#if defined(Q_OS_UNIX)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LoggingOptions options = optionsFor(dir);
    options.directory = dir.filePath(QStringLiteral("nested/logs")); // created by initLogging
    options.maxFileBytes = 4096;                                     // force rotations
    const QString path = eflow::support::initLogging(options);
    QVERIFY(!path.isEmpty());
    for (int i = 0; i < 200; ++i)
        spdlog::info("filler line {} to make the file rotate", i);
    flushLog();

    const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                              QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("nested/logs/eflow-wizard.1.log"))));
    for (const QString &file : {path, dir.filePath(QStringLiteral("nested/logs/eflow-wizard.1.log"))})
        QVERIFY2(!(QFile::permissions(file) & groupOrOther), qPrintable(file));
    QVERIFY(!(QFile::permissions(options.directory) & groupOrOther));
#else
    QSKIP("POSIX permissions");
#endif
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
