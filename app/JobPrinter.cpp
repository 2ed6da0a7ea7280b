#include "app/JobPrinter.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <unistd.h>

#include "app/Console.h"
#include "app/SignalQuit.h"

namespace eflow::app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostCommand)
};

} // namespace

JobPrinter::JobPrinter(jobs::JobProgress &job, bool quietLines, QTextStream &stream)
    : m_job(job)
    , m_stream(stream)
    , m_quietLines(quietLines)
    , m_tty(isatty(&stream == &out() ? STDOUT_FILENO : STDERR_FILENO) != 0)
{
    QObject::connect(&job, &jobs::JobProgress::stepStateChanged, &job,
                     [this](int index, jobs::StepState state) { onState(index, state); });
    QObject::connect(&job, &jobs::JobProgress::logLine, &job,
                     [this](int, const QString &line) { onLine(line); });
    QObject::connect(&job, &jobs::JobProgress::stepProgress, &job,
                     [this](int index, int percent) { onProgress(index, percent); });
}

QString JobPrinter::prefix(int index) const
{
    return QStringLiteral("[%1/%2]").arg(index + 1).arg(m_job.stepCount());
}

void JobPrinter::endProgressLine()
{
    if (m_progressShown) {
        m_stream << Qt::endl;
        m_progressShown = false;
    }
}

void JobPrinter::onState(int index, jobs::StepState state)
{
    endProgressLine();
    if (index < 0 || index >= m_job.stepCount())
        return;
    const QString title = m_job.step(index).title;
    switch (state) {
    case jobs::StepState::Running:
        m_clock.start();
        m_lastPercent = -1;
        m_stream << Tr::tr("%1 %2 …").arg(prefix(index), title) << Qt::endl;
        break;
    case jobs::StepState::Done:
        m_stream << Tr::tr("%1 %2: done (%3 s)")
                        .arg(prefix(index), title)
                        .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)
                 << Qt::endl;
        break;
    case jobs::StepState::Skipped:
        m_stream << Tr::tr("%1 %2: not needed, skipped").arg(prefix(index), title) << Qt::endl;
        break;
    case jobs::StepState::Failed:
        m_stream << Tr::tr("%1 %2: FAILED").arg(prefix(index), title) << Qt::endl;
        break;
    case jobs::StepState::Cancelled:
        m_stream << Tr::tr("%1 %2: cancelled").arg(prefix(index), title) << Qt::endl;
        break;
    default:
        break;
    }
}

void JobPrinter::onLine(const QString &line)
{
    if (m_quietLines)
        return;
    endProgressLine();
    m_stream << QStringLiteral("      ") << line << Qt::endl;
}

void JobPrinter::onProgress(int index, int percent)
{
    if (percent < 0 || percent == m_lastPercent)
        return;
    m_lastPercent = percent;
    if (m_tty) {
        m_stream << QStringLiteral("\r      %1 %2%").arg(prefix(index)).arg(percent) << Qt::flush;
        m_progressShown = true;
    } else if (percent % 25 == 0 || percent == 100) {
        m_stream << QStringLiteral("      %1 %2%").arg(prefix(index)).arg(percent) << Qt::endl;
    }
}

jobs::PipelineResult waitForJob(jobs::JobProgress &job)
{
    QEventLoop loop;
    QObject::connect(&job, &jobs::JobProgress::finished, &loop, &QEventLoop::quit);
    SignalQuit interrupt([&job]() {
        // Spelled out: inside a lambda lupdate would file a bare Tr::tr() under the context "Tr".
        err() << QCoreApplication::translate("HostCommand", "Interrupted: stopping the current step …")
              << Qt::endl;
        job.cancel();
    });
    if (job.isRunning())
        loop.exec();
    return job.result();
}

} // namespace eflow::app
