#include "engine/jobs/JobProgress.h"

namespace eflow::jobs {

JobProgress::JobProgress(QString kind, Requests requests, QObject *parent)
    : QObject(parent)
    , m_kind(std::move(kind))
    , m_requests(std::move(requests))
{}

JobProgress::~JobProgress() = default;

int JobProgress::indexOf(const QString &stepId) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).info.id == stepId)
            return i;
    }
    return -1;
}

int JobProgress::currentStep() const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).info.state == StepState::Running)
            return i;
    }
    return -1;
}

int JobProgress::overallPercent() const
{
    qint64 total = 0;
    qint64 done = 0;
    for (const Entry &entry : m_steps) {
        const qint64 weight = qMax(0, entry.info.weight);
        total += weight;
        if (isCompleted(entry.info.state))
            done += weight * 100;
        else if (entry.info.state == StepState::Running)
            done += weight * qBound(0, entry.percent, 100);
    }
    return total > 0 ? int(done / total) : 0;
}

void JobProgress::cancel()
{
    if (m_running && m_requests.cancel)
        m_requests.cancel();
}

bool JobProgress::retry()
{
    if (m_running || m_result.outcome == PipelineOutcome::Succeeded || !m_requests.retry)
        return false;
    if (!m_requests.retry())
        return false;
    markRunning();
    return true;
}

void JobProgress::setSteps(const QList<JobStepInfo> &steps)
{
    m_steps.clear();
    for (const JobStepInfo &info : steps) {
        Entry entry;
        entry.info = info;
        entry.percent = isCompleted(info.state) ? 100 : 0;
        m_steps << entry;
    }
    emit stepsChanged();
}

void JobProgress::markRunning()
{
    m_running = true;
    m_result = {};
}

void JobProgress::applyStepState(int index, StepState state, const QString &error)
{
    if (index < 0 || index >= m_steps.size())
        return;
    Entry &entry = m_steps[index];
    entry.info.state = state;
    entry.error = error;
    if (state == StepState::Running)
        entry.percent = 0;
    else if (state == StepState::Done)
        entry.percent = 100;
    emit stepStateChanged(index, state);
}

void JobProgress::applyProgress(int index, int percent)
{
    if (index < 0 || index >= m_steps.size())
        return;
    m_steps[index].percent = percent;
    emit stepProgress(index, percent);
}

void JobProgress::applyLine(int index, const QString &line)
{
    if (index >= 0 && index < m_steps.size())
        m_steps[index].log << line;
    emit logLine(index, line);
}

void JobProgress::applyFinished(const PipelineResult &result, const HostJobState &state)
{
    m_running = false;
    m_result = result;
    m_state = state;
    emit finished(result);
}

} // namespace eflow::jobs
