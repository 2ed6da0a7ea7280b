#include "engine/jobs/HostStep.h"

#include <QCoreApplication>
#include <QPointer>

#include "engine/jobs/StepContext.h"

namespace eflow::jobs {

using host::HostOperation;
using host::HostOperationResult;

namespace {

// The context the host jobs' sentences have always been translated in.
struct HostJobsTr
{
    Q_DECLARE_TR_FUNCTIONS(HostJobs)
};

} // namespace

QString failureMessage(const HostOperationResult &result)
{
    if (!result.explanation.isKnown())
        return result.error;
    return HostJobsTr::tr("%1\nCause: %2\nFix: %3")
        .arg(result.error, result.explanation.cause, result.explanation.fix);
}

Step hostStep(const QString &id, const QString &title, std::chrono::milliseconds timeout, Starter start,
              ResultHandler onResult, std::shared_ptr<HostJobState> state, HostStepOptions options)
{
    auto running = std::make_shared<QPointer<HostOperation>>();
    Step step;
    step.id = id;
    step.title = title;
    step.thread = StepThread::Calling;
    step.timeout = timeout;
    step.body = [id, start, onResult, state, running, options](const std::shared_ptr<StepContext> &context) {
        // The flag says whether the step run last stopped for a restart: a retried job starts afresh.
        state->restartRequired = false;
        HostOperation *op = start();
        if (!op) {
            context->fail(HostJobsTr::tr("The host could not start this step."));
            return;
        }
        *running = op;
        QObject::connect(op, &HostOperation::line, op,
                         [context](const QString &line) { context->log(line); });
        QObject::connect(op, &HostOperation::progress, op,
                         [context](int percent, const QString &) { context->setProgress(percent); });
        QObject::connect(op, &HostOperation::finished, op, [id, context, op, onResult, state, options]() {
            const HostOperationResult result = op->result();
            const QString output = op->lines().join(QLatin1Char('\n'));
            op->deleteLater();
            if (result.ok()) {
                const QString error = onResult ? onResult(result) : QString();
                if (error.isEmpty())
                    context->succeed();
                else if (options.tolerateFailure) {
                    state->readErrors.insert(id, error);
                    context->succeed();
                } else
                    context->fail(error, output);
                return;
            }
            if (options.tolerateFailure && result.outcome == HostOperationResult::Outcome::Failed) {
                // A failure its caller handles in its own way (an exit code) is kept even here.
                if (!result.errorId.isEmpty())
                    state->lastFailure = result;
                state->readErrors.insert(id, failureMessage(result));
                context->succeed();
                return;
            }
            state->lastFailure = result;
            // The failure hook may learn the better cause (the runtime's log): the message says that one.
            auto done = [context, state, output]() {
                context->fail(failureMessage(state->lastFailure), output);
            };
            if (options.onFailure && result.outcome == HostOperationResult::Outcome::Failed)
                options.onFailure(result, done);
            else
                done();
        });
    };
    step.cleanup = [running]() {
        if (HostOperation *op = running->data())
            op->cancel();
    };
    return step;
}

} // namespace eflow::jobs
