// Stand-in for a deployment, for tst_jobs_journal's crash test:
//   journal_crash_helper JOURNAL_DIR EFFECTS_FILE [--resume]
// Runs five steps of ~300 ms; each appends its id to EFFECTS_FILE (the "side effect") 50 ms in.
// The test kills the process during step 3 and starts it again with --resume.
//
// Why the effect is safe to repeat: the journal records a step "running" before its body and "done"
// after it, so a step cut short by a crash runs again on resume. Each body therefore checks whether
// its effect is already there (the id is already in the file) before acting: at-least-once
// execution plus an idempotent effect gives exactly-once effects.
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include "engine/jobs/Journal.h"
#include "engine/jobs/Pipeline.h"
#include "engine/jobs/StepContext.h"

using eflow::jobs::Journal;
using eflow::jobs::Pipeline;
using eflow::jobs::PipelineOutcome;
using eflow::jobs::PipelineResult;
using eflow::jobs::Step;
using eflow::jobs::StepContext;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

bool effectPresent(const QString &effectsFile, const QString &id)
{
    QFile f(effectsFile);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> lines = f.readAll().split('\n');
    return lines.contains(id.toUtf8());
}

bool appendEffect(const QString &effectsFile, const QString &id)
{
    QFile f(effectsFile);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    // One write() of a whole line: a kill cannot leave half an id behind.
    const QByteArray line = id.toUtf8() + '\n';
    return f.write(line) == line.size() && f.flush();
}

Step effectStep(const QString &id, const QString &effectsFile)
{
    Step s;
    s.id = id;
    s.title = id;
    s.timeout = std::chrono::milliseconds(10000);
    s.body = [id, effectsFile](const std::shared_ptr<StepContext> &ctx) {
        say(QStringLiteral("RUN %1").arg(id));
        QTimer::singleShot(50, [ctx, id, effectsFile]() {
            if (ctx->isCancelled())
                return;
            if (effectPresent(effectsFile, id)) {
                say(QStringLiteral("EFFECT-ALREADY %1").arg(id));
            } else if (appendEffect(effectsFile, id)) {
                say(QStringLiteral("EFFECT %1").arg(id));
            } else {
                ctx->fail(QStringLiteral("cannot write the effects file"));
                return;
            }
            QTimer::singleShot(250, [ctx]() { ctx->succeed(); });
        });
    };
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        say(QStringLiteral("usage: journal_crash_helper JOURNAL_DIR EFFECTS_FILE [--resume]"));
        return 2;
    }
    const QString journalDir = args.at(1);
    const QString effectsFile = args.at(2);
    const bool resume = args.contains(QStringLiteral("--resume"));

    QList<Step> steps;
    QStringList ids;
    for (int i = 1; i <= 5; ++i) {
        ids.append(QStringLiteral("s%1").arg(i));
        steps.append(effectStep(ids.last(), effectsFile));
    }

    Journal journal(journalDir);
    Pipeline pipeline(steps);
    QString jobId;
    if (resume) {
        const auto pending = journal.pendingJobs();
        if (pending.size() != 1 || pending.first().kind != QStringLiteral("crash-test")) {
            say(QStringLiteral("expected exactly one pending job, found %1").arg(pending.size()));
            return 3;
        }
        if (!Journal::restore(pipeline, pending.first())) {
            say(QStringLiteral("cannot restore the job"));
            return 4;
        }
        jobId = pending.first().jobId;
    } else {
        jobId = journal.begin(QStringLiteral("crash-test"),
                              QJsonObject{{QStringLiteral("target"), QStringLiteral("demo")}}, ids);
        if (jobId.isEmpty()) {
            say(QStringLiteral("cannot write the journal: %1").arg(journal.lastError()));
            return 5;
        }
    }
    say(QStringLiteral("JOB %1").arg(jobId));
    journal.attach(&pipeline, jobId);
    QObject::connect(&pipeline, &Pipeline::finished, &app, [](const PipelineResult &result) {
        say(QStringLiteral("FINISHED %1").arg(int(result.outcome)));
        QCoreApplication::exit(result.outcome == PipelineOutcome::Succeeded ? 0 : 1);
    });
    QTimer::singleShot(0, &pipeline, &Pipeline::start);
    return app.exec();
}
