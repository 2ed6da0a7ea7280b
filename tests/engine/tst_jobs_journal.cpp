#include <atomic>
#include <memory>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "engine/jobs/Journal.h"
#include "engine/jobs/Pipeline.h"
#include "engine/jobs/StepContext.h"

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using eflow::jobs::Journal;
using eflow::jobs::JournalEntry;
using eflow::jobs::JournalStatus;
using eflow::jobs::Pipeline;
using eflow::jobs::PipelineOutcome;
using eflow::jobs::PipelineResult;
using eflow::jobs::Step;
using eflow::jobs::StepContext;
using eflow::jobs::StepState;

namespace {

Step quickStep(const QString &id, bool ok = true)
{
    Step s;
    s.id = id;
    s.title = id;
    s.body = [ok](const std::shared_ptr<StepContext> &ctx) {
        QTimer::singleShot(5, [ctx, ok]() {
            if (ok)
                ctx->succeed();
            else
                ctx->fail(QStringLiteral("no luck"));
        });
    };
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList jsonFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestJobsJournal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<PipelineResult>();
    }

    void defaultDirectory()
    {
        const QString dir = Journal::defaultDirectory();
        QVERIFY(dir.endsWith(QStringLiteral("/journal")));
        QVERIFY(dir.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void writeAndRead()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        Journal journal(tmp.path() + QStringLiteral("/j"));
        const QJsonObject plan{{QStringLiteral("release"), QStringLiteral("1.5 LTS")},
                               {QStringLiteral("memoryMb"), 4096}};
        const QString id = journal.begin(QStringLiteral("deploy"), plan,
                                         {QStringLiteral("download"), QStringLiteral("install")});
        QVERIFY2(!id.isEmpty(), qPrintable(journal.lastError()));
        QVERIFY(QFile::exists(tmp.path() + QStringLiteral("/j/") + id + QStringLiteral(".json")));

        JournalEntry e = journal.load(id);
        QVERIFY(e.isValid());
        QCOMPARE(e.jobId, id);
        QCOMPARE(e.kind, QStringLiteral("deploy"));
        QCOMPARE(e.plan, plan);
        QCOMPARE(e.status, JournalStatus::Interrupted);
        QVERIFY(e.createdAt.isValid());
        QCOMPARE(e.steps.size(), 2);
        QCOMPARE(e.steps.at(0).state, StepState::Pending);

        QVERIFY(journal.recordStep(id, QStringLiteral("download"), StepState::Running));
        e = journal.load(id);
        QCOMPARE(e.steps.at(0).state, StepState::Running);
        QVERIFY(e.steps.at(0).startedAt.isValid());
        QVERIFY(!e.steps.at(0).finishedAt.isValid());
        QVERIFY(journal.recordStep(id, QStringLiteral("download"), StepState::Done));
        e = journal.load(id);
        QCOMPARE(e.steps.at(0).state, StepState::Done);
        QVERIFY(e.steps.at(0).finishedAt >= e.steps.at(0).startedAt);
        QCOMPARE(e.completedSteps().size(), 1);
        QVERIFY(!journal.recordStep(id, QStringLiteral("nope"), StepState::Done));

        QCOMPARE(journal.pendingJobs().size(), 1);
        QCOMPARE(journal.pendingJobs().first().jobId, id);

        QVERIFY(journal.abandon(id));
        QVERIFY(journal.pendingJobs().isEmpty());
        QCOMPARE(journal.load(id).status, JournalStatus::Abandoned);

        QVERIFY(journal.finish(id));
        QVERIFY(!journal.load(id).isValid());
        QVERIFY(jsonFiles(journal.directory()).isEmpty());
    }

    void reportsWriteFailures()
    {
        QTemporaryDir tmp;
        // A file where the folder should be: nothing can be written below it, whoever we run as.
        const QString blocker = tmp.path() + QStringLiteral("/blocker");
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        Journal journal(blocker + QStringLiteral("/journal"));
        QSignalSpy failed(&journal, &Journal::writeFailed);
        QVERIFY(journal.begin(QStringLiteral("deploy"), {}, {QStringLiteral("a")}).isEmpty());
        QCOMPARE(failed.count(), 1);
        QVERIFY(!journal.lastError().isEmpty());
    }

    void rejectsBadIdsAndFiles()
    {
        QTemporaryDir tmp;
        Journal journal(tmp.path());
        QVERIFY(!journal.load(QStringLiteral("../etc/passwd")).isValid());
        QVERIFY(!journal.remove(QStringLiteral("../x")));
        QFile junk(tmp.path() + QStringLiteral("/junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{ not json");
        junk.close();
        QVERIFY(journal.pendingJobs().isEmpty()); // unreadable entries are ignored, not fatal
    }

    void secretsStripped()
    {
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("primaryKey")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("SharedAccessKey")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("connection_string")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("sasToken")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("PASSWORD")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("clientSecret")));
        QVERIFY(!Journal::isSecretKeyName(QStringLiteral("idScope")));
        QVERIFY(!Journal::isSecretKeyName(QStringLiteral("registrationId")));
        // The plan's fields that only name or locate a secret stay in the snapshot.
        QVERIFY(!Journal::isSecretKeyName(QStringLiteral("secretRef")));
        QVERIFY(!Journal::isSecretKeyName(QStringLiteral("keySource")));
        QVERIFY(!Journal::isSecretKeyName(QStringLiteral("identityPrivKeyPath")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("identityPrivKey")));
        QVERIFY(Journal::isSecretKeyName(QStringLiteral("secret_ref_value")));

        const QJsonObject plan{
            {QStringLiteral("idScope"), QStringLiteral("0ne00000001")},
            {QStringLiteral("connectionString"), QStringLiteral("HostName=h;SharedAccessKey=SECRET1")},
            {QStringLiteral("dps"), QJsonObject{{QStringLiteral("symmetricKey"), QStringLiteral("SECRET2")},
                                                {QStringLiteral("registrationId"), QStringLiteral("dev-1")}}},
            {QStringLiteral("hosts"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("h1")},
                                    {QStringLiteral("sshPassword"), QStringLiteral("SECRET3")}}}},
            {QStringLiteral("sas"), QStringLiteral("SECRET4")},
        };
        QStringList removed;
        const QJsonObject clean = Journal::stripSecrets(plan, &removed);
        removed.sort();
        QCOMPARE(removed, (QStringList{QStringLiteral("connectionString"), QStringLiteral("dps.symmetricKey"),
                                       QStringLiteral("hosts[0].sshPassword"), QStringLiteral("sas")}));
        QCOMPARE(clean.value(QStringLiteral("idScope")).toString(), QStringLiteral("0ne00000001"));
        QCOMPARE(
            clean.value(QStringLiteral("dps")).toObject().value(QStringLiteral("registrationId")).toString(),
            QStringLiteral("dev-1"));

        QTemporaryDir tmp;
        Journal journal(tmp.path());
        const QString id = journal.begin(QStringLiteral("deploy"), plan, {QStringLiteral("a")});
        QVERIFY(!id.isEmpty());
        const QByteArray onDisk = readAll(tmp.path() + QLatin1Char('/') + id + QStringLiteral(".json"));
        QVERIFY(onDisk.contains("0ne00000001"));
        QVERIFY(!onDisk.contains("SECRET"));
        QCOMPARE(journal.load(id).plan, clean);
    }

    void atomicWrites()
    {
        QTemporaryDir tmp;
        Journal journal(tmp.path());
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids.append(QStringLiteral("step-%1").arg(i));
        const QString id =
            journal.begin(QStringLiteral("deploy"),
                          QJsonObject{{QStringLiteral("padding"), QString(4000, QLatin1Char('x'))}}, ids);
        QVERIFY(!id.isEmpty());
        const QString path = tmp.path() + QLatin1Char('/') + id + QStringLiteral(".json");

        // A reader on another thread must only ever see complete documents (old or new), never a
        // truncated or half-written file, because writes go to a temporary file that is renamed.
        std::atomic_bool stop{false};
        std::atomic_int reads{0};
        std::atomic_int torn{0};
        std::thread reader([&]() {
            while (!stop.load()) {
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly)) {
                    ++torn; // the file must never be missing either
                    continue;
                }
                if (!QJsonDocument::fromJson(f.readAll()).isObject())
                    ++torn;
                ++reads;
            }
        });
        for (int round = 0; round < 5; ++round) {
            for (const QString &step : ids)
                QVERIFY(journal.recordStep(id, step, round % 2 ? StepState::Done : StepState::Running));
        }
        stop = true;
        reader.join();
        QVERIFY(reads.load() > 0);
        QCOMPARE(torn.load(), 0);
        // No temporary files left behind.
        QCOMPARE(jsonFiles(tmp.path()), QStringList{id + QStringLiteral(".json")});

#if defined(Q_OS_UNIX)
        if (::geteuid() != 0) {
            // A failed write leaves the previous content intact.
            const QByteArray before = readAll(path);
            QVERIFY(QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::ExeOwner));
            QVERIFY(!journal.recordStep(id, ids.first(), StepState::Failed));
            QVERIFY(!journal.lastError().isEmpty());
            QVERIFY(
                QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            QCOMPARE(readAll(path), before);
        }
#endif
    }

    void attachedPipelineIsJournalled()
    {
        QTemporaryDir tmp;
        Journal journal(tmp.path());
        const QStringList ids{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};

        // Failing run: the entry stays pending with the steps' states and the error.
        const QString id = journal.begin(QStringLiteral("deploy"), {}, ids);
        {
            Pipeline p({quickStep(ids[0]), quickStep(ids[1], false), quickStep(ids[2])});
            journal.attach(&p, id);
            QSignalSpy finished(&p, &Pipeline::finished);
            p.start();
            QTRY_COMPARE(finished.count(), 1);
        }
        JournalEntry e = journal.load(id);
        QVERIFY(e.isValid());
        QCOMPARE(e.steps.at(0).state, StepState::Done);
        QCOMPARE(e.steps.at(1).state, StepState::Failed);
        QCOMPARE(e.steps.at(2).state, StepState::Pending);
        QCOMPARE(e.lastError, QStringLiteral("no luck"));
        QCOMPARE(journal.pendingJobs().size(), 1);

        // A pipeline whose steps differ is not resumed from it.
        {
            Pipeline other({quickStep(QStringLiteral("x")), quickStep(ids[1]), quickStep(ids[2])});
            QVERIFY(!Journal::restore(other, e));
            QCOMPARE(other.stepState(0), StepState::Pending);
        }

        // Resumed run: a is not run again, the entry is removed on success.
        int aRuns = 0;
        Step a = quickStep(ids[0]);
        a.body = [&aRuns](const std::shared_ptr<StepContext> &ctx) {
            ++aRuns;
            ctx->succeed();
        };
        Pipeline p({a, quickStep(ids[1]), quickStep(ids[2])});
        QVERIFY(Journal::restore(p, e));
        QCOMPARE(p.stepState(0), StepState::Done);
        journal.attach(&p, id);
        QSignalSpy finished(&p, &Pipeline::finished);
        p.start();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<PipelineResult>().outcome, PipelineOutcome::Succeeded);
        QCOMPARE(aRuns, 0);
        QVERIFY(journal.pendingJobs().isEmpty());
        QVERIFY(jsonFiles(tmp.path()).isEmpty());
    }

    // Kill -9 during step 3, resume, and check every side effect happened exactly once.
    void crashAndResume()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("SIGKILL semantics are tested on Unix");
#else
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString journalDir = tmp.path() + QStringLiteral("/journal");
        const QString effects = tmp.path() + QStringLiteral("/effects.txt");
        const QString helper = QStringLiteral(EFLOW_JOURNAL_CRASH_HELPER);
        QVERIFY2(QFile::exists(helper), qPrintable(helper));

        QProcess first;
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(helper, {journalDir, effects});
        QVERIFY2(first.waitForStarted(10000), qPrintable(first.errorString()));

        // Watch the effects file: step 3 has done its effect but not finished (it runs 250 ms more).
        QElapsedTimer clock;
        clock.start();
        while (!readAll(effects).split('\n').contains("s3") && clock.elapsed() < 30000 &&
               first.state() == QProcess::Running)
            QTest::qWait(2);
        QVERIFY2(readAll(effects).split('\n').contains("s3"), first.readAll().constData());
        first.kill(); // SIGKILL: no destructor, no cleanup, no last journal write
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        const QByteArray firstOutput = first.readAll();

        // What the crash left behind: s1 and s2 done, s3 started but not done.
        Journal journal(journalDir);
        const auto pending = journal.pendingJobs();
        QCOMPARE(pending.size(), 1);
        const JournalEntry entry = pending.first();
        QCOMPARE(entry.kind, QStringLiteral("crash-test"));
        QCOMPARE(entry.steps.size(), 5);
        QCOMPARE(entry.steps.at(0).state, StepState::Done);
        QCOMPARE(entry.steps.at(1).state, StepState::Done);
        QVERIFY2(entry.steps.at(2).state == StepState::Running,
                 qPrintable(QStringLiteral("s3 is %1 (the kill came too late)")
                                .arg(eflow::jobs::stepStateName(entry.steps.at(2).state))));
        QCOMPARE(entry.steps.at(3).state, StepState::Pending);

        QProcess second;
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(helper, {journalDir, effects, QStringLiteral("--resume")});
        QVERIFY(second.waitForStarted(10000));
        QVERIFY(second.waitForFinished(60000));
        const QByteArray out = second.readAll();
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, out.constData());

        // Resumed after the last completed step: s1 and s2 not run again, s3 re-run but its effect
        // recognised as already done.
        QVERIFY2(out.contains("JOB " + entry.jobId.toUtf8()), out.constData());
        QVERIFY(!out.contains("RUN s1"));
        QVERIFY(!out.contains("RUN s2"));
        QVERIFY(out.contains("RUN s3"));
        QVERIFY(out.contains("EFFECT-ALREADY s3"));
        QVERIFY(out.contains("EFFECT s4"));
        QVERIFY(out.contains("EFFECT s5"));
        QVERIFY(firstOutput.contains("EFFECT s3"));

        // Every side effect exactly once, in order.
        const QByteArray effectsContent = readAll(effects);
        QCOMPARE(effectsContent, QByteArray("s1\ns2\ns3\ns4\ns5\n"));

        // The journal entry is gone.
        QVERIFY(journal.pendingJobs().isEmpty());
        QVERIFY(jsonFiles(journalDir).isEmpty());
#endif
    }
};

QTEST_GUILESS_MAIN(TestJobsJournal)
#include "tst_jobs_journal.moc"
