#pragma once

#include <functional>

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
    // What the GUI was doing, asked when a tick arrives after a long stall (e.g. the current page), so
    // that the report can say where the longest stall happened.
    void setContext(std::function<QString()> context) { m_context = std::move(context); }
    QString longestStallContext() const { return m_longestContext; }
    // When the longest stall ended, in ms since start().
    qint64 longestStallAtMs() const { return m_longestAtMs; }

private:
    void onTick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    qint64 m_longestMs = 0;
    qint64 m_ticks = 0;
    qint64 m_longStalls = 0;
    int m_intervalMs = 5;
    std::function<QString()> m_context;
    QString m_longestContext;
    qint64 m_longestAtMs = 0;
};

} // namespace eflow::app
