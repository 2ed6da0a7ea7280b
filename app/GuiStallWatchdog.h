#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace eflow::app {

// Measures how long the GUI thread's event loop stays busy (for the benchmark "longest stall of the GUI
// thread during an autopilot run", target ≤ 50 ms): a precise timer asks to run every `intervalMs`;
// whatever it arrives late by is time the loop could not answer the user.
class GuiStallWatchdog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuiStallWatchdog)

public:
    explicit GuiStallWatchdog(int intervalMs = 5, QObject *parent = nullptr);

    void start();
    qint64 longestStallMs() const { return m_longestMs; }
    qint64 ticks() const { return m_ticks; }
    // Stalls longer than 50 ms.
    qint64 longStalls() const { return m_longStalls; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_longestMs = 0;
    qint64 m_ticks = 0;
    qint64 m_longStalls = 0;
    int m_intervalMs = 5;
};

} // namespace eflow::app
