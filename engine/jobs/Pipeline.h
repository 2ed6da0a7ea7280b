#pragma once

#include <cstdint>
#include <memory>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include "engine/jobs/PipelineResult.h"
#include "engine/jobs/Step.h"
#include "engine/jobs/StepContext.h"
#include "engine/jobs/StepState.h"

namespace eflow::jobs {

// Runs named steps one after another on the thread that owns it, without ever blocking that
// thread: stops at the first failure, skips steps whose predicate says so, applies a per-step
// timeout, and can be cancelled at any moment (the running step's cleanup runs, the remaining
// steps become Cancelled). A failed or cancelled run can be retried: completed steps stay Done and
// the run restarts at the first step that is not. finished() is emitted exactly once per run.
// The destructor cancels without signals and waits a bounded time for worker bodies (see there).
class Pipeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    explicit Pipeline(QList<Step> steps, QObject *parent = nullptr);
    ~Pipeline() override;

    int stepCount() const { return int(m_steps.size()); }
    const Step &step(int index) const { return m_steps.at(index).step; }
    int indexOf(const QString &stepId) const;
    StepState stepState(int index) const { return m_steps.at(index).state; }
    // -1 when indeterminate.
    int stepPercent(int index) const { return m_steps.at(index).progress; }
    QStringList stepLog(int index) const { return m_steps.at(index).log; }
    QString stepError(int index) const { return m_steps.at(index).error; }
    QString stepErrorDetail(int index) const { return m_steps.at(index).errorDetail; }

    bool isRunning() const { return m_running; }
    int currentStep() const { return m_current; }
    PipelineResult result() const { return m_result; }

    // For resuming an interrupted job: marks a step as already completed (Done or Skipped) so start()
    // does not run it again. Only while not running; returns false for an unknown id or state.
    bool markCompleted(const QString &stepId, StepState state = StepState::Done);

    // Starts at the first step that is not completed. Does nothing while running.
    void start();
    // Re-runs from the step that failed (or was cancelled); completed steps are kept.
    // Returns false while running or after success.
    bool retry();
    // Safe at any moment, also before start() and after finished().
    void cancel();

signals:
    void stepStateChanged(int index, eflow::jobs::StepState state);
    // percent is -1 when indeterminate.
    void stepProgress(int index, int percent);
    void logLine(int index, const QString &line);
    void finished(const eflow::jobs::PipelineResult &result);

private:
    friend class StepContext;

    struct Entry
    {
        Step step;
        StepState state = StepState::Pending;
        int progress = 0;
        QStringList log;
        QString error;
        QString errorDetail;
    };

    void runFrom(int index);
    void setState(int index, StepState state);
    void onStepProgress(int index, std::uint64_t attempt, int percent);
    void onStepLog(int index, std::uint64_t attempt, const QString &line);
    void onStepFinished(int index, std::uint64_t attempt, bool ok, const QString &message,
                        const QString &detail);
    void onTimeout();
    bool isCurrent(int index, std::uint64_t attempt) const;
    // Stops the running step: raises its cancellation flag and runs its cleanup.
    void abortCurrent();
    void finish(PipelineOutcome outcome, int index, const QString &message, const QString &detail);

    QList<Entry> m_steps;
    std::shared_ptr<StepContext::Link> m_link;
    std::shared_ptr<StepContext> m_context;
    // Our own pool, so the destructor waits for our bodies only (and for a bounded time).
    std::unique_ptr<QThreadPool> m_pool = std::make_unique<QThreadPool>();
    QTimer m_timeout;
    std::uint64_t m_attempt = 0;
    int m_current = -1;
    bool m_running = false;
    PipelineResult m_result;
};

} // namespace eflow::jobs
