#include "engine/sim/ScriptRunner.h"

#include <utility>

#include <QDateTime>
#include <QLocale>
#include <QPointer>

#include "engine/host/DeployProgress.h"
#include "engine/host/HostOperation.h"

namespace eflow::sim {

ScriptRunner::ScriptRunner(host::HostOperation *op, double speed)
    : QObject(op)
    , m_op(op)
    , m_speed(speed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runCurrent(); });
}

QString ScriptRunner::stamp()
{
    return QLocale::c().toString(QDateTime::currentDateTime(), QStringLiteral("[MM/dd/yyyy HH:mm:ss] "));
}

void ScriptRunner::line(int delayMs, const QString &text, bool stamped, bool deployProgress)
{
    step(delayMs, [this, text, stamped, deployProgress] {
        const QString full = stamped ? stamp() + text : text;
        m_op->reportLine(full);
        if (deployProgress) {
            if (const auto phase = host::deployPhaseForLine(full); phase && phase->percent >= 0)
                m_op->reportProgress(phase->percent, phase->title);
        }
    });
}

void ScriptRunner::bullet(int delayMs, const QString &text)
{
    line(delayMs, QStringLiteral(" - ") + text, false);
}

void ScriptRunner::step(int delayMs, std::function<void()> action)
{
    m_steps.append({delayMs, std::move(action), {}});
}

void ScriptRunner::asyncStep(int delayMs, AsyncAction action)
{
    m_steps.append({delayMs, {}, std::move(action)});
}

void ScriptRunner::start()
{
    m_op->setAbortHandler([self = QPointer<ScriptRunner>(this)] {
        if (self)
            self->stop();
    });
    scheduleCurrent();
}

void ScriptRunner::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_onStop)
        std::exchange(m_onStop, {})();
}

bool ScriptRunner::stopped() const
{
    return m_stopped || m_op->isFinished();
}

void ScriptRunner::setOnStop(std::function<void()> onStop)
{
    m_onStop = std::move(onStop);
}

void ScriptRunner::finishScript()
{
    m_index = int(m_steps.size());
}

int ScriptRunner::scaled(int ms) const
{
    return m_speed <= 0.0 ? 0 : int(ms / m_speed);
}

void ScriptRunner::scheduleCurrent()
{
    if (stopped() || m_index >= m_steps.size())
        return;
    m_timer.start(scaled(m_steps.at(m_index).delayMs));
}

void ScriptRunner::runCurrent()
{
    if (stopped() || m_index >= m_steps.size())
        return;
    const Step current = m_steps.at(m_index++);
    if (current.asyncAction) {
        current.asyncAction([self = QPointer<ScriptRunner>(this)] {
            if (self && !self->stopped())
                self->scheduleCurrent();
        });
        return;
    }
    current.action();
    scheduleCurrent();
}

} // namespace eflow::sim
