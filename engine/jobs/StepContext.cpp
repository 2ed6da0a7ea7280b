#include "engine/jobs/StepContext.h"

#include <utility>

#include <QMetaObject>
#include <QMutexLocker>

#include "engine/jobs/Pipeline.h"

namespace eflow::jobs {

StepContext::StepContext(std::shared_ptr<Link> link, int stepIndex, std::uint64_t attempt)
    : m_link(std::move(link))
    , m_stepIndex(stepIndex)
    , m_attempt(attempt)
{}

template<typename F>
void StepContext::post(F &&f)
{
    // The lock keeps the pipeline alive while the event is posted; once posted, the pipeline's
    // QObject destructor discards it if the pipeline goes away first.
    QMutexLocker lock(&m_link->mutex);
    Pipeline *pipeline = m_link->pipeline;
    if (!pipeline)
        return;
    QMetaObject::invokeMethod(
        pipeline, [pipeline, f = std::forward<F>(f)]() { f(pipeline); }, Qt::QueuedConnection);
}

void StepContext::setProgress(int percent)
{
    if (isFinished())
        return;
    post([idx = m_stepIndex, attempt = m_attempt, percent](Pipeline *p) {
        p->onStepProgress(idx, attempt, percent);
    });
}

void StepContext::log(const QString &line)
{
    post([idx = m_stepIndex, attempt = m_attempt, line](Pipeline *p) { p->onStepLog(idx, attempt, line); });
}

void StepContext::succeed()
{
    if (!markFinished())
        return;
    post([idx = m_stepIndex, attempt = m_attempt](Pipeline *p) {
        p->onStepFinished(idx, attempt, true, {}, {});
    });
}

void StepContext::fail(const QString &message, const QString &detail)
{
    if (!markFinished())
        return;
    post([idx = m_stepIndex, attempt = m_attempt, message, detail](Pipeline *p) {
        p->onStepFinished(idx, attempt, false, message, detail);
    });
}

} // namespace eflow::jobs
