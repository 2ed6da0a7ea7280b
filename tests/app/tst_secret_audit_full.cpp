// Issue 14 item 12, the secret audit as a standing test: a full demo in one home folder (CLI deploy,
// provisioning with the demo's individual key, with its group key and a derived device key, with a key
// remembered by `secret store`, derive-key for one ID and for a batch, and the wizard's autopilot with
// --remember-key), every process run under strace so that the argv and environment of every program it
// starts are recorded. Then every key the demo's DPS service knows, and every device key derived from its
// group key, is searched for in raw bytes, base64, URL-encoded and hex: in every file under the home
// folder, in every recorded execve, and in every run's output. Zero hits are allowed but in the simulated
// DPS service's own store (the stand-in for Azure, 0600), the keychain (outside the home folder, in the
// keyring session) and the batch file derive-key was asked to write (0600).
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "engine/crypto/DeviceKey.h"
#include "tests/support/CliRunner.h"
#include "tests/support/SecretSearch.h"
#include "tests/support/TestPrerequisites.h"

using eflow::testsupport::SecretForm;
using Run = eflow::testsupport::CliRun;

using namespace Qt::StringLiterals;

namespace {

constexpr auto kPermOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

// Every string under a JSON value whose key ends in "Key" and that is base64 of at least 16 bytes.
void collectKeys(const QJsonValue &value, const QString &path, QList<QPair<QString, QByteArray>> &keys)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString at = path + u'.' + it.key();
            if (it.value().isString() && it.key().endsWith(u"Key"_s) &&
                QByteArray::fromBase64(it.value().toString().toLatin1()).size() >= 16)
                keys.append({at, it.value().toString().toLatin1()});
            else
                collectKeys(it.value(), at, keys);
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectKeys(a.at(i), path + u'[' + QString::number(i) + u']', keys);
    }
}

} // namespace

class TestSecretAuditFull final : public QObject
{
    Q_OBJECT

private:
    QString m_binary;
    QString m_strace;
    QTemporaryDir m_home;   // everything the program writes
    QTemporaryDir m_inputs; // what the test hands it (key files), and strace's records
    int m_runs = 0;
    QList<QPair<QString, Run>> m_outputs; // each run's name and output

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = eflow::testsupport::cleanEnvironment(m_home.path());
        // The keychain is the wrapper's private session: its bus and HOME stay as they are.
        env.insert(u"HOME"_s, qEnvironmentVariable("HOME"));
        env.insert(u"XDG_RUNTIME_DIR"_s, qEnvironmentVariable("XDG_RUNTIME_DIR"));
        // LeakSanitizer stops the world with ptrace, which strace already holds: leaks are other tests' job.
        env.insert(u"ASAN_OPTIONS"_s, qEnvironmentVariable("ASAN_OPTIONS") + u":detect_leaks=0"_s);
        return env;
    }

    // Runs the wizard with arguments under strace (every execve of it and its children, with argv and
    // environment, into a record of its own).
    Run traced(const QString &name, const QStringList &arguments, const QByteArray &stdinData = {})
    {
        const QString record = m_inputs.filePath(u"strace-%1.log"_s.arg(++m_runs));
        const Run r = eflow::testsupport::runCli(m_strace,
                                                 QStringList{u"-f"_s, u"-qq"_s, u"-v"_s, u"-s"_s, u"65536"_s,
                                                             u"-e"_s, u"trace=execve"_s, u"-e"_s,
                                                             u"signal=none"_s, u"-o"_s, record, m_binary} +
                                                     arguments,
                                                 stdinData, environment(), 300000);
        m_outputs.append({name, r});
        return r;
    }

    QString inputFile(const QString &name, const QByteArray &content)
    {
        return eflow::testsupport::writeInputFile(m_inputs.filePath(name), content);
    }

    static QByteArray both(const Run &r) { return r.out + "\n--- stderr ---\n" + r.err; }

private slots:
    void initTestCase()
    {
        EFLOW_REQUIRE_KEYRING_SESSION();
        EFLOW_REQUIRE_WIZARD_BINARY(m_binary);
        m_strace = QStandardPaths::findExecutable(u"strace"_s);
        QVERIFY2(!m_strace.isEmpty(), "strace is missing (packaging/install-deps.sh installs it)");
        QVERIFY(m_home.isValid() && m_inputs.isValid());
    }

    void fullDemoLeavesKeysNowhere()
    {
        const QStringList demo{u"--demo=win11-pro"_s, u"--speed"_s, u"0"_s, u"--quiet"_s};
        Run r = traced(u"host deploy"_s, QStringList{u"host"_s, u"deploy"_s, u"--accept-eula"_s} + demo);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        r = traced(u"host provision (individual)"_s, QStringList{u"host"_s, u"provision"_s} + demo);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        r = traced(u"host provision (group)"_s, QStringList{u"host"_s, u"provision"_s, u"--group"_s,
                                                            u"--registration-id"_s, u"edge-line-7"_s} +
                                                    demo);
        QVERIFY2(r.exitCode == 0, both(r).constData());

        // The keys the demo's DPS service holds (its store is the one file that may hold them).
        const QString serviceStore = m_home.filePath(u"data/eflow-wizard/demo/dps/state.json"_s);
        QFile store(serviceStore);
        QVERIFY2(store.open(QIODevice::ReadOnly), qPrintable(serviceStore));
        QList<QPair<QString, QByteArray>> keys;
        collectKeys(QJsonDocument::fromJson(store.readAll()).object(), u"state"_s, keys);
        QVERIFY2(keys.size() >= 4, "the demo's enrollments should hold at least four keys");
        QByteArray individualKey;
        QByteArray groupKey;
        for (const auto &[path, key] : std::as_const(keys)) {
            if (individualKey.isEmpty() && path.startsWith(u"state.enrollments["_s) &&
                path.endsWith(u"primaryKey"_s))
                individualKey = key;
            if (groupKey.isEmpty() && path.startsWith(u"state.enrollmentGroups["_s) &&
                path.endsWith(u"primaryKey"_s))
                groupKey = key;
        }
        QVERIFY(!individualKey.isEmpty() && !groupKey.isEmpty());

        // derive-key, one ID (group key on stdin; the derived key on stdout is what was asked for) and a
        // batch written to a file of the home folder.
        const QStringList ids{u"edge-line-7"_s, u"line-a-1"_s, u"line-a-2"_s, u"line-a-3"_s};
        r = traced(u"derive-key"_s, {u"derive-key"_s, u"--registration-id"_s, u"line-a-1"_s},
                   groupKey + '\n');
        QVERIFY2(r.exitCode == 0, both(r).constData());
        const QByteArray derivedA1 = eflow::crypto::deriveDeviceKey(groupKey, "line-a-1");
        QCOMPARE(r.out.trimmed(), derivedA1);
        m_outputs.removeLast(); // its output is the derived key by request
        const QString batchOut = m_home.filePath(u"derived.csv"_s);
        r = traced(u"derive-key --batch"_s,
                   {u"derive-key"_s, u"--batch"_s, inputFile(u"ids.txt"_s, ids.join(u'\n').toUtf8() + '\n'),
                    u"--group-key-file"_s, inputFile(u"group.key"_s, groupKey + '\n'), u"--output"_s,
                    batchOut});
        QVERIFY2(r.exitCode == 0, both(r).constData());

        // secret store, then provisioning with the remembered key.
        r = traced(u"secret store"_s, {u"secret"_s, u"store"_s, u"audit-individual"_s}, individualKey + '\n');
        QVERIFY2(r.exitCode == 0, both(r).constData());
        r = traced(u"host provision (keychain)"_s,
                   QStringList{u"host"_s, u"provision"_s, u"--secret-ref"_s, u"keychain:audit-individual"_s} +
                       demo);
        QVERIFY2(r.exitCode == 0, both(r).constData());

        // The wizard's autopilot, remembering the key it provisions with.
        r = traced(u"autopilot"_s,
                   {u"--demo"_s, u"--autopilot"_s, u"--speed"_s, u"0"_s, u"--remember-key"_s});
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("Result: the device is provisioned"), both(r).constData());

        // Every form of every key: the service's keys and the device keys derived from the group keys.
        QList<SecretForm> forms;
        for (const auto &[path, key] : std::as_const(keys)) {
            forms << eflow::testsupport::secretForms(path.toUtf8(), key);
            if (path.startsWith(u"state.enrollmentGroups["_s)) {
                for (const QString &id : ids)
                    forms << eflow::testsupport::secretForms(
                        (path + u" derived for "_s + id).toUtf8(),
                        eflow::crypto::deriveDeviceKey(key, id.toUtf8()));
            }
        }

        QStringList hits;
        // Files: the two that hold keys by design are 0600.
        for (const QString &allowed : {serviceStore, batchOut}) {
            QVERIFY2(QFile::exists(allowed), qPrintable(allowed));
            QVERIFY2((QFile::permissions(allowed) & ~kPermOwnerOnly) == QFile::Permissions(),
                     qPrintable(allowed + u" is not 0600"_s));
        }
        hits << eflow::testsupport::formsInFiles(m_home.path(), forms, {serviceStore, batchOut});
        // Argv and environment of every program started, and the runs' output.
        int execs = 0;
        for (int i = 1; i <= m_runs; ++i) {
            QFile record(m_inputs.filePath(u"strace-%1.log"_s.arg(i)));
            QVERIFY2(record.open(QIODevice::ReadOnly), qPrintable(record.fileName()));
            const QByteArray text = record.readAll();
            execs += int(text.count("execve("));
            hits << eflow::testsupport::formsIn(text, forms, u"an execve of run %1"_s.arg(i));
        }
        QVERIFY2(execs >= m_runs, "strace recorded no execve: the argv audit would prove nothing");
        for (const auto &[name, run] : std::as_const(m_outputs))
            hits << eflow::testsupport::formsIn(run.out + run.err, forms, u"the output of "_s + name);
        qInfo("audited %lld forms of %lld keys in %d runs (%d programs started)", qlonglong(forms.size()),
              qlonglong(keys.size()), m_runs, execs);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u"\n"_s)));

        // The audit finds what it looks for: the service's store does hold the individual key.
        QFile again(serviceStore);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QVERIFY(!eflow::testsupport::formsIn(
                     again.readAll(), eflow::testsupport::secretForms("k", individualKey), serviceStore)
                     .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretAuditFull)
#include "tst_secret_audit_full.moc"
