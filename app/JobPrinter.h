#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include "engine/jobs/JobProgress.h"

namespace eflow::app {

// Prints one job's steps, lines and progress to a terminal or a log: "[2/6] Install … done (3.1 s)".
// Progress goes to stream: stdout normally, stderr when stdout carries JSON for a script.
class JobPrinter final
{
public:
    JobPrinter(jobs::JobProgress &job, bool quietLines, QTextStream &stream);
    Q_DISABLE_COPY_MOVE(JobPrinter)
    ~JobPrinter() = default;

private:
    QString prefix(int index) const;
    void endProgressLine();
    void onState(int index, jobs::StepState state);
    void onLine(const QString &line);
    void onProgress(int index, int percent);

    jobs::JobProgress &m_job;
    QTextStream &m_stream;
    bool m_quietLines = false;
    bool m_tty = false;
    bool m_progressShown = false;
    int m_lastPercent = -1;
    QElapsedTimer m_clock;
};

// Runs the job to its end on the event loop; Ctrl+C cancels it cleanly (the journal keeps it).
jobs::PipelineResult waitForJob(jobs::JobProgress &job);

} // namespace eflow::app
