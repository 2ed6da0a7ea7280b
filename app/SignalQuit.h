#pragma once

#include <functional>

#include <QObject>

class QSocketNotifier;

namespace eflow::app {

// Turns SIGINT/SIGTERM into a call on the event loop (self-pipe), so that Ctrl+C cancels the running
// operation cleanly instead of killing the process mid-request. One instance at a time.
class SignalQuit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalQuit)

public:
    explicit SignalQuit(std::function<void()> onSignal, QObject *parent = nullptr);
    ~SignalQuit() override;

private:
    std::function<void()> m_onSignal;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace eflow::app
