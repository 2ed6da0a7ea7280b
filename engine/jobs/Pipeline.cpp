#include "engine/jobs/Pipeline.h"

#include <exception>
#include <utility>

#include <QMutexLocker>

#include <spdlog/spdlog.h>

#include "engine/support/Logging.h"

namespace eflow::jobs {

namespace {

// How long destroying a pipeline waits for a worker body that is still running.
constexpr int kWorkerWaitMs = 5000;

} // namespace

Pipeline::Pipeline(QList<Step> steps, QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<StepContext::Link>())
{
    m_link->pipeline = this;
    m_steps.reserve(steps.size());
    for (Step &s : steps)
        m_steps.append(Entry{std::move(s), StepState::Pending, 0, {}, {}, {}});
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Pipeline::onTimeout);
}

Pipeline::~Pipeline()
{
    {
        // From here on, reports from bodies still running are dropped instead of posted to us.
        QMutexLocker lock(&m_link->mutex);
        m_link->pipeline = nullptr;
    }
    if (m_running) {
        // No signals: the listeners may be half-destroyed themselves (application shutdown). A
        // journal therefore keeps the step as Running, which is exactly what makes it resumable.
        m_running = false;
        abortCurrent();
    }
    // Worker bodies poll isCancelled() and end within moments. One that does not (a blocking call that
    // ignores cancellation) must not hang the thread that owns us: after the bound its pool is left to
    // finish on its own. That is safe for memory: the body holds its own copies of the step and its
    // context, and its reports go nowhere now that the link is cleared.
    if (!m_pool->waitForDone(kWorkerWaitMs)) {
        spdlog::warn("A step's worker did not stop within {} ms; leaving it to finish on its own.",
                     kWorkerWaitMs);
        (void)m_pool.release(); // deliberately leaked: QThreadPool's destructor would wait without bound
    }
}

int Pipeline::indexOf(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).step.id == stepId)
            return i;
    }
    return -1;
}

bool Pipeline::markCompleted(const QString &stepId, StepState state)
{
    const int index = indexOf(stepId);
    if (m_running || index < 0 || !isCompleted(state))
        return false;
    m_steps[index].progress = 100;
    setState(index, state);
    return true;
}

void Pipeline::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    for (int i = 0; i < m_steps.size(); ++i) {
        Entry &e = m_steps[i];
        if (isCompleted(e.state))
            continue;
        e.progress = 0;
        e.error.clear();
        e.errorDetail.clear();
        setState(i, StepState::Pending);
    }
    runFrom(0);
}

bool Pipeline::retry()
{
    if (m_running || m_result.outcome == PipelineOutcome::Unknown ||
        m_result.outcome == PipelineOutcome::Succeeded)
        return false;
    start();
    return true;
}

void Pipeline::cancel()
{
    if (!m_running)
        return;
    const int index = m_current;
    abortCurrent();
    spdlog::info("Job step {} cancelled", m_steps.at(index).step.id);
    setState(index, StepState::Cancelled);
    for (int i = index + 1; i < m_steps.size(); ++i) {
        if (m_steps.at(i).state == StepState::Pending)
            setState(i, StepState::Cancelled);
    }
    finish(PipelineOutcome::Cancelled, index, tr("The operation was cancelled."), {});
}

void Pipeline::runFrom(int index)
{
    for (int i = index; i < m_steps.size(); ++i) {
        if (!m_running)
            return; // a listener cancelled us from inside a signal
        Entry &e = m_steps[i];
        if (isCompleted(e.state))
            continue;
        if (e.step.skipIf && e.step.skipIf()) {
            setState(i, StepState::Skipped);
            continue;
        }

        m_current = i;
        const std::uint64_t attempt = ++m_attempt;
        auto context = std::make_shared<StepContext>(m_link, i, attempt);
        m_context = context;
        e.progress = 0;
        // The journal hears "Running" before the body has any side effect.
        setState(i, StepState::Running);
        if (!m_running || m_attempt != attempt)
            return;
        spdlog::info("Job step {} started", e.step.id);
        if (e.step.timeout.count() > 0)
            m_timeout.start(e.step.timeout);

        const Step::Body body = e.step.body;
        if (!body) {
            context->succeed();
        } else if (e.step.thread == StepThread::Worker) {
            m_pool->start([context, body]() {
                try {
                    body(context);
                } catch (const std::exception &ex) {
                    context->fail(tr("The step stopped unexpectedly."), QString::fromUtf8(ex.what()));
                } catch (...) {
                    context->fail(tr("The step stopped unexpectedly."));
                }
                if (!context->isCancelled())
                    context->succeed(); // no-op when the body already finished
            });
        } else {
            try {
                body(context);
            } catch (const std::exception &ex) {
                context->fail(tr("The step stopped unexpectedly."), QString::fromUtf8(ex.what()));
            } catch (...) {
                context->fail(tr("The step stopped unexpectedly."));
            }
        }
        return;
    }
    m_current = -1;
    finish(PipelineOutcome::Succeeded, -1, {}, {});
}

void Pipeline::setState(int index, StepState state)
{
    if (m_steps.at(index).state == state)
        return;
    m_steps[index].state = state;
    emit stepStateChanged(index, state);
}

bool Pipeline::isCurrent(int index, std::uint64_t attempt) const
{
    return m_running && index == m_current && attempt == m_attempt;
}

void Pipeline::onStepProgress(int index, std::uint64_t attempt, int percent)
{
    if (!isCurrent(index, attempt))
        return;
    percent = percent < 0 ? -1 : qMin(percent, 100);
    if (m_steps.at(index).progress == percent)
        return;
    m_steps[index].progress = percent;
    emit stepProgress(index, percent);
}

void Pipeline::onStepLog(int index, std::uint64_t attempt, const QString &line)
{
    if (!isCurrent(index, attempt))
        return;
    m_steps[index].log.append(line);
    // The logger redacts secrets, so a body that prints a key by mistake does not leak it to the file.
    spdlog::debug("[{}] {}", m_steps.at(index).step.id, line);
    emit logLine(index, line);
}

void Pipeline::onStepFinished(int index, std::uint64_t attempt, bool ok, const QString &message,
                              const QString &detail)
{
    if (!isCurrent(index, attempt))
        return;
    m_timeout.stop();
    m_context.reset();
    Entry &e = m_steps[index];
    if (ok) {
        spdlog::info("Job step {} done", e.step.id);
        if (e.progress != 100) {
            e.progress = 100;
            emit stepProgress(index, 100);
        }
        setState(index, StepState::Done);
        runFrom(index + 1);
        return;
    }
    e.error = message;
    e.errorDetail = detail;
    spdlog::warn("Job step {} failed: {}", e.step.id, message);
    setState(index, StepState::Failed);
    finish(PipelineOutcome::Failed, index, message, detail);
}

void Pipeline::onTimeout()
{
    if (!m_running || m_current < 0)
        return;
    const int index = m_current;
    Entry &e = m_steps[index];
    abortCurrent();
    const auto seconds = int(e.step.timeout.count() / 1000);
    e.error = seconds > 0 ? tr("“%1” did not finish within %n second(s).", nullptr, seconds).arg(e.step.title)
                          : tr("“%1” did not finish in time.").arg(e.step.title);
    e.errorDetail.clear();
    spdlog::warn("Job step {} timed out after {} ms", e.step.id, qint64(e.step.timeout.count()));
    setState(index, StepState::Failed);
    finish(PipelineOutcome::Failed, index, e.error, {});
}

void Pipeline::abortCurrent()
{
    m_timeout.stop();
    ++m_attempt; // late reports of the aborted body are ignored from now on
    if (auto context = std::exchange(m_context, nullptr))
        context->cancel();
    if (m_current < 0)
        return;
    const auto cleanup = m_steps.at(m_current).step.cleanup;
    if (!cleanup)
        return;
    try {
        cleanup();
    } catch (const std::exception &ex) {
        spdlog::warn("Cleanup of job step {} threw: {}", m_steps.at(m_current).step.id, ex.what());
    } catch (...) {
        spdlog::warn("Cleanup of job step {} threw", m_steps.at(m_current).step.id);
    }
}

void Pipeline::finish(PipelineOutcome outcome, int index, const QString &message, const QString &detail)
{
    m_running = false;
    m_timeout.stop();
    m_context.reset();
    m_current = -1;
    m_result.outcome = outcome;
    m_result.stepIndex = index;
    m_result.stepId = index >= 0 ? m_steps.at(index).step.id : QString();
    m_result.message = message;
    m_result.detail = detail;
    emit finished(m_result);
}

} // namespace eflow::jobs
