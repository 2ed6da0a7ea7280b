#include "app/GuiStallWatchdog.h"

namespace eflow::app {

GuiStallWatchdog::GuiStallWatchdog(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &GuiStallWatchdog::onTick);
}

void GuiStallWatchdog::start()
{
    m_clock.start();
    m_lastMs = 0;
    m_timer.start();
}

void GuiStallWatchdog::onTick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_lastMs - m_intervalMs;
    m_lastMs = now;
    ++m_ticks;
    if (late > m_longestMs) {
        m_longestMs = late;
        m_longestAtMs = now;
        if (m_context)
            m_longestContext = m_context();
    }
    if (late > 50)
        ++m_longStalls;
}

} // namespace eflow::app
