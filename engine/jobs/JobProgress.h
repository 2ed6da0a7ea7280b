#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include "engine/jobs/HostJobs.h"
#include "engine/jobs/PipelineResult.h"
#include "engine/jobs/StepState.h"

namespace eflow::jobs {

// A step as the job runner reports it: a plain value.
struct JobStepInfo
{
    QString id;
    QString title; // translated
    StepState state = StepState::Pending;
    int weight = 1; // Step::weight
};

// What one job of the runner looks like to whoever shows it, on that viewer's thread: the steps, their
// states, progress and lines, the result, and what the job learnt (HostJobState). The runner fills it
// from its worker through queued signals carrying values only; the viewer never touches the worker, the
// pipeline or the backend. cancel() and retry() go back to the runner, which passes them on to the
// worker. Views may keep a pointer: the runner keeps its jobs until it is destroyed.
class JobProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobProgress)

public:
    struct Requests
    {
        std::function<void()> cancel;
        std::function<bool()> retry;
    };

    JobProgress(QString kind, Requests requests, QObject *parent = nullptr);
    ~JobProgress() override;

    // "probe", "deploy", "provision", "status".
    QString kind() const { return m_kind; }

    int stepCount() const { return int(m_steps.size()); }
    const JobStepInfo &step(int index) const { return m_steps.at(index).info; }
    int indexOf(const QString &stepId) const;
    StepState stepState(int index) const { return m_steps.at(index).info.state; }
    // -1 when indeterminate.
    int stepPercent(int index) const { return m_steps.at(index).percent; }
    QStringList stepLog(int index) const { return m_steps.at(index).log; }
    QString stepError(int index) const { return m_steps.at(index).error; }
    // The whole job's progress, 0-100, each step counted by its expected duration (Step::weight):
    // finished and skipped steps fully, the running one by its own percentage.
    int overallPercent() const;

    bool isRunning() const { return m_running; }
    // The step running now, or -1.
    int currentStep() const;
    PipelineResult result() const { return m_result; }
    // What the job's steps learnt; complete once finished() has come.
    const HostJobState &state() const { return m_state; }

    // Asks the runner to stop the job (its running step's cleanup runs; finished(Cancelled) follows).
    void cancel();
    // Runs the job again from the step that failed or was cancelled. False while running or after success.
    bool retry();

    // ---- for the runner ----
    void setSteps(const QList<JobStepInfo> &steps);
    void markRunning();
    void applyStepState(int index, StepState state, const QString &error);
    void applyProgress(int index, int percent);
    void applyLine(int index, const QString &line);
    void applyFinished(const PipelineResult &result, const HostJobState &state);

signals:
    // The step list arrived (shortly after the job was started).
    void stepsChanged();
    void stepStateChanged(int index, eflow::jobs::StepState state);
    void stepProgress(int index, int percent);
    void logLine(int index, const QString &line);
    void finished(const eflow::jobs::PipelineResult &result);

private:
    struct Entry
    {
        JobStepInfo info;
        int percent = 0;
        QStringList log;
        QString error;
    };

    QString m_kind;
    Requests m_requests;
    QList<Entry> m_steps;
    bool m_running = true;
    PipelineResult m_result;
    HostJobState m_state;
};

} // namespace eflow::jobs

Q_DECLARE_METATYPE(eflow::jobs::JobStepInfo)
