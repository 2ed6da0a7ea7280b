#pragma once

// `eflow-wizard emulator` as a process (the local DPS over HTTPS; its "key: value" lines read until
// "ready") and `eflow-wizard enroll` runs against it, with what they print taken apart, shared by the
// command-line test of `enroll` and its cross-check with the Node service SDK. Header-only: each test is
// its own executable.

#include <functional>

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "tests/support/CliRunner.h"
#include "tests/support/SecretSearch.h"

namespace eflow::testsupport {

// "key: value" lines (the emulator's, `enroll show`'s) split at the first ": "; the first of a key wins.
inline QHash<QByteArray, QByteArray> keyValueLines(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> values;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(": ");
        if (colon > 0 && !values.contains(line.left(colon)))
            values.insert(line.left(colon), line.mid(colon + 2).trimmed());
    }
    return values;
}

// The one JSON object --json printed: empty when stdout is not exactly one object on one line.
inline QJsonObject singleJsonObject(const QByteArray &out)
{
    const QByteArray trimmed = out.trimmed();
    if (trimmed.isEmpty() || trimmed.contains('\n'))
        return {};
    return QJsonDocument::fromJson(trimmed).object();
}

// ---- what `enroll` prints ----

// --registration-id ID or --group-id ID.
inline QStringList idArguments(bool group, const QString &id)
{
    return {group ? QStringLiteral("--group-id") : QStringLiteral("--registration-id"), id};
}

// The enrollment or group of a {"ok":true,"enrollment"|"group":{…}} answer (the wire JSON).
inline QJsonObject itemOf(const QJsonObject &answer)
{
    const QString kind =
        answer.contains(QLatin1String("group")) ? QStringLiteral("group") : QStringLiteral("enrollment");
    return answer.value(kind).toObject();
}

inline QJsonObject tagsOf(const QJsonObject &item)
{
    return item.value(QLatin1String("initialTwin")).toObject().value(QLatin1String("tags")).toObject();
}

inline bool iotEdgeOf(const QJsonObject &item)
{
    return item.value(QLatin1String("capabilities")).toObject().value(QLatin1String("iotEdge")).toBool();
}

// The field (registrationId, enrollmentGroupId) of each object in a JSON array.
inline QSet<QString> idsIn(const QJsonValue &array, const QString &field)
{
    QSet<QString> ids;
    for (const QJsonValue &item : array.toArray())
        ids.insert(item.toObject().value(field).toString());
    return ids;
}

// A table as `list` and `records` print it: each line's cells (split at two or more spaces).
inline QList<QStringList> tableOf(const QByteArray &out)
{
    static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
    QList<QStringList> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            lines << QString::fromUtf8(line).trimmed().split(gap);
    }
    return lines;
}

// The table's rows by their first cell (the header and the count line left out).
inline QHash<QString, QStringList> rowsOf(const QList<QStringList> &table)
{
    QHash<QString, QStringList> rows;
    for (qsizetype i = 1; i + 1 < table.size(); ++i)
        rows.insert(table[i].value(0), table[i]);
    return rows;
}

// The local DPS as `eflow-wizard emulator --state DIR --ca-out FILE` prints it.
class EmulatorProcess final
{
public:
    EmulatorProcess() = default;
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;
    ~EmulatorProcess() { stop(); }

    // Starts it and reads its lines until "ready" (at most 60 s: the sanitizer build starts slowly).
    // extra: more of the emulator's options ("--seed-demo", "--allow-peer" ADDRESS).
    bool start(const QString &binary, const QString &stateDir, const QString &caFile,
               const QProcessEnvironment &env, const QStringList &extra = {})
    {
        m_printed.clear();
        m_process.setProcessEnvironment(env);
        m_process.start(binary, QStringList{QStringLiteral("emulator"), QStringLiteral("--state"), stateDir,
                                            QStringLiteral("--ca-out"), caFile} +
                                    extra);
        const QDeadlineTimer deadline(60000);
        while (!m_printed.contains("\nready\n") && !deadline.hasExpired() &&
               m_process.state() != QProcess::NotRunning) {
            if (m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                m_printed += m_process.readAllStandardOutput();
        }
        m_values = keyValueLines(m_printed);
        return m_printed.contains("\nready\n") && !endpoint().isEmpty();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(15000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // What it printed up to "ready" (for the message of a failed start).
    QByteArray printed() { return m_printed + m_process.readAllStandardError(); }
    QByteArray value(const QByteArray &name) const { return m_values.value(name); }
    QString endpoint() const { return QString::fromLatin1(value("endpoint")); }
    QString idScope() const { return QString::fromLatin1(value("id-scope")); }
    QString port() const { return QString::fromLatin1(value("port")); }
    QString hub() const { return QString::fromLatin1(value("iot-hubs")).section(QLatin1Char(','), 0, 0); }
    QString policyName() const { return QString::fromLatin1(value("service-policy")); }
    QByteArray connectionString() const { return value("service-connection-string"); }
    QByteArray policyKey() const
    {
        const QByteArray cs = connectionString();
        const qsizetype at = cs.indexOf(";SharedAccessKey=");
        return at < 0 ? QByteArray() : cs.mid(at + 17);
    }

private:
    QProcess m_process;
    QByteArray m_printed;
    QHash<QByteArray, QByteArray> m_values;
};

// `eflow-wizard enroll …` with the service connection string from a file and the emulator's CA.
struct EnrollCli
{
    QString binary;
    QProcessEnvironment env;
    QString connectionFile;
    QString caFile;
    std::function<void()> whileRunning; // called every few milliseconds while a run lasts
    int timeoutMs = 120000;

    // eflow-wizard ARGUMENTS exactly as given.
    CliRun bare(const QStringList &arguments, const QByteArray &stdinData = {},
                const QProcessEnvironment &otherEnv = {}) const
    {
        return runCli(binary, arguments, stdinData, otherEnv.isEmpty() ? env : otherEnv, timeoutMs,
                      whileRunning);
    }

    // eflow-wizard enroll ARGUMENTS --connection-string-file F --ca-file CA (each only when set).
    CliRun operator()(const QStringList &arguments, const QByteArray &stdinData = {},
                      const QProcessEnvironment &otherEnv = {}) const
    {
        QStringList all = QStringList{QStringLiteral("enroll")} + arguments;
        if (!connectionFile.isEmpty())
            all << QStringLiteral("--connection-string-file") << connectionFile;
        if (!caFile.isEmpty())
            all << QStringLiteral("--ca-file") << caFile;
        return bare(all, stdinData, otherEnv);
    }
};

// What both tests of `enroll` start with: a temporary folder, the emulator on a state in it, the service
// connection string in a file, and `enroll` runs whose command lines of every process are sampled (argv)
// and whose printed keys are remembered (keys), for the search for secrets where they must not be.
class EnrollBench final
{
public:
    QTemporaryDir dir;
    EmulatorProcess emulator;
    EnrollCli cli;
    QSet<QByteArray> argv;
    QList<QByteArray> keys;

    // Empty when all is running, else why not.
    QString start(const QString &binary)
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EFLOW_DPS_CONNECTION_STRING"));
        const QString ca = dir.filePath(QStringLiteral("local-dps-ca.pem"));
        if (!emulator.start(binary, dir.filePath(QStringLiteral("state")), ca, env) ||
            emulator.policyKey().isEmpty())
            return QStringLiteral("the emulator did not start: ") + QString::fromUtf8(emulator.printed());
        cli = {binary, env, connectionFile(QStringLiteral("service.cs"), emulator.connectionString()), ca,
               [this] {
                   sampleCmdlines(argv);
               }};
        return {};
    }

    QString file(const QString &name, const QByteArray &content)
    {
        return writeInputFile(dir.filePath(name), content);
    }

    QString connectionFile(const QString &name, const QByteArray &connection)
    {
        return file(name, connection + '\n');
    }

    CliRun enroll(const QStringList &arguments, const QByteArray &stdinData = {},
                  const QProcessEnvironment &env = {})
    {
        return cli(arguments, stdinData, env);
    }

    // show --json [--show-keys]: the answer (empty when the run failed).
    QJsonObject show(bool group, const QString &id, bool withKeys = false)
    {
        QStringList arguments = QStringList{QStringLiteral("show")} + idArguments(group, id);
        arguments << QStringLiteral("--json");
        if (withKeys)
            arguments << QStringLiteral("--show-keys");
        const CliRun r = enroll(arguments);
        return r.exitCode == 0 ? singleJsonObject(r.out) : QJsonObject{};
    }

    QString primaryKey(bool group, const QString &id)
    {
        return show(group, id, true)
            .value(QLatin1String("keys"))
            .toObject()
            .value(QLatin1String("primaryKey"))
            .toString();
    }

    // create KIND ID EXTRA --show-keys --json: the answer (empty when the run failed); its keys remembered.
    QJsonObject create(bool group, const QString &id, const QStringList &extra = {})
    {
        const QStringList arguments{QStringLiteral("create"),
                                    group ? QStringLiteral("group") : QStringLiteral("individual")};
        const CliRun r = enroll(arguments + idArguments(group, id) + extra +
                                QStringList{QStringLiteral("--show-keys"), QStringLiteral("--json")});
        const QJsonObject answer = singleJsonObject(r.out);
        rememberKeys(answer.value(QLatin1String("keys")).toObject());
        return r.exitCode == 0 ? answer : QJsonObject{};
    }

    // {"primaryKey":…,"secondaryKey":…}
    void rememberKeys(const QJsonObject &pair)
    {
        for (const QLatin1String name : {QLatin1String("primaryKey"), QLatin1String("secondaryKey")}) {
            if (!pair.value(name).toString().isEmpty())
                keys << pair.value(name).toString().toLatin1();
        }
    }

    // The first secret (policy key, connection string, a remembered key, one of more) in text, shortened;
    // empty when there is none.
    QByteArray secretIn(const QByteArray &text, const QList<QByteArray> &more = {}) const
    {
        for (const QByteArray &secret :
             QList<QByteArray>{emulator.policyKey(), emulator.connectionString()} + keys + more) {
            if (!secret.isEmpty() && text.contains(secret))
                return secret.left(8) + "...";
        }
        return {};
    }

    // A failed run (QVERIFY inside: check QTest::currentTestFailed() after it): its exit code, one sentence
    // matching pattern on stderr, no secret anywhere; with
    // --json exactly one {"ok":false,"error":…} on stdout, the same sentence on stderr.
    void verifyFailure(const CliRun &r, bool asJson, int exitCode, const QString &pattern,
                       int httpStatus = -1, const QList<QByteArray> &more = {}) const
    {
        const QByteArray all = r.out + r.err;
        QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1, wanted %2: %3")
                                                        .arg(r.exitCode)
                                                        .arg(exitCode)
                                                        .arg(QString::fromUtf8(all))));
        const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(re.match(QString::fromUtf8(r.err)).hasMatch(),
                 qPrintable(pattern + QStringLiteral(" in: ") + QString::fromUtf8(r.err)));
        QVERIFY2(secretIn(all, more).isEmpty(), secretIn(all, more).constData());
        if (!asJson)
            return;
        const QJsonObject answer = singleJsonObject(r.out);
        QVERIFY2(answer.value(QLatin1String("ok")) == QJsonValue(false), r.out.constData());
        const QString sentence = answer.value(QLatin1String("error")).toString();
        QVERIFY2(re.match(sentence).hasMatch(), qPrintable(sentence));
        QVERIFY2(r.err.contains(sentence.toUtf8()), r.err.constData());
        QVERIFY2(answer.value(QLatin1String("httpStatus")).isDouble(), r.out.constData());
        if (httpStatus >= 0)
            QCOMPARE(answer.value(QLatin1String("httpStatus")).toInt(), httpStatus);
    }
};

} // namespace eflow::testsupport
