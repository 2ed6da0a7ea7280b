#include "engine/sim/ConsolePlayer.h"

#include <utility>

#include <QDateTime>
#include <QLocale>
#include <QPointer>

#include "engine/host/DeployProgress.h"
#include "engine/host/HostOperation.h"

namespace eflow::sim {

ConsolePlayer::ConsolePlayer(host::HostOperation *op, double speed)
    : QObject(op)
    , m_op(op)
    , m_speed(speed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { runCurrent(); });
}

QString ConsolePlayer::stamp()
{
    return QLocale::c().toString(QDateTime::currentDateTime(), QStringLiteral("[MM/dd/yyyy HH:mm:ss] "));
}

void ConsolePlayer::line(int delayMs, const QString &text, bool stamped, bool deployProgress)
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

void ConsolePlayer::bullet(int delayMs, const QString &text)
{
    line(delayMs, QStringLiteral(" - ") + text, false);
}

void ConsolePlayer::step(int delayMs, std::function<void()> action)
{
    m_cues.append({delayMs, std::move(action), {}});
}

void ConsolePlayer::asyncStep(int delayMs, AsyncAction action)
{
    m_cues.append({delayMs, {}, std::move(action)});
}

void ConsolePlayer::start()
{
    m_op->setAbortHandler([self = QPointer<ConsolePlayer>(this)] {
        if (self)
            self->stop();
    });
    scheduleCurrent();
}

void ConsolePlayer::stop()
{
    m_stopped = true;
    m_timer.stop();
    if (m_onStop)
        std::exchange(m_onStop, {})();
}

bool ConsolePlayer::stopped() const
{
    return m_stopped || m_op->isFinished();
}

void ConsolePlayer::setOnStop(std::function<void()> onStop)
{
    m_onStop = std::move(onStop);
}

void ConsolePlayer::dropRest()
{
    m_index = int(m_cues.size());
}

int ConsolePlayer::scaled(int ms) const
{
    return m_speed <= 0.0 ? 0 : int(ms / m_speed);
}

void ConsolePlayer::scheduleCurrent()
{
    if (stopped() || m_index >= m_cues.size())
        return;
    m_timer.start(scaled(m_cues.at(m_index).delayMs));
}

void ConsolePlayer::runCurrent()
{
    if (stopped() || m_index >= m_cues.size())
        return;
    const Cue current = m_cues.at(m_index++);
    if (current.asyncAction) {
        current.asyncAction([self = QPointer<ConsolePlayer>(this)] {
            if (self && !self->stopped())
                self->scheduleCurrent();
        });
        return;
    }
    current.action();
    scheduleCurrent();
}

} // namespace eflow::sim
