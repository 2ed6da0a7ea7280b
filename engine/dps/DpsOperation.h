#pragma once

#include <chrono>
#include <functional>

#include <QObject>
#include <QTimer>

namespace eflow::dps {

// One call of a DPS client from its start to its single end, as both clients run them: whether a call
// runs, the deadline of the whole call (all polls, pages or bulk chunks), and work queued to the event
// loop that must stay silent once the call it belongs to has ended.
class DpsOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DpsOperation)

public:
    // onDeadline runs when a call outlives its deadline, while it still runs.
    explicit DpsOperation(std::function<void()> onDeadline, QObject *parent = nullptr);

    // False when a call is already running.
    bool begin();
    // The whole call's limit from now; 0: none.
    void startDeadline(std::chrono::milliseconds limit);
    // False when no call runs (it ended already); otherwise ends it: the deadline stops, queued work of
    // this call goes silent.
    bool end();
    bool isRunning() const { return m_running; }

    // Runs work from the event loop, never from within this call, unless the call has ended by then.
    void later(std::function<void()> work);

private:
    std::function<void()> m_onDeadline;
    QTimer m_deadline;
    bool m_running = false;
    quint64 m_generation = 0; // tells queued work of an earlier call from this one's
};

} // namespace eflow::dps
