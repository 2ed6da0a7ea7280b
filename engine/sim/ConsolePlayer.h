#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace eflow::host {
class HostOperation;
}

namespace eflow::sim {

// Plays what a simulated host operation prints and does: console lines and actions in order, each after
// its delay (divided by the demo's speed; 0 = instant), on a timer of the owning thread's event loop. No
// script is run: the lines are the ones the real cmdlets print. Owned by the operation, so it dies with
// it; stop() (installed as the operation's abort handler by start()) ends it at once.
class ConsolePlayer final : public QObject
{
public:
    using Resume = std::function<void()>;
    using AsyncAction = std::function<void(Resume)>;

    ConsolePlayer(host::HostOperation *op, double speed);

    // "[11/28/2026 16:02:11] ": the AzureEFLOW module's line prefix (en-US, 24-hour).
    static QString stamp();

    // A console line; stamped: with stamp() before it; deployProgress: also reported as the deploy
    // phase the line starts (DeployProgress.h).
    void line(int delayMs, const QString &text, bool stamped = true, bool deployProgress = false);
    // " - text", unstamped, as the module lists details.
    void bullet(int delayMs, const QString &text);
    void step(int delayMs, std::function<void()> action);
    // An action that finishes later: the player waits until it calls resume.
    void asyncStep(int delayMs, AsyncAction action);

    void start();
    void stop();
    bool stopped() const;
    // Run when the operation is cancelled or times out (stops a DPS client, …).
    void setOnStop(std::function<void()> onStop);
    // Drops the lines and actions not played yet (after a failure).
    void dropRest();

private:
    // One thing to play: a console line or an action (async: the player waits for it to resume).
    struct Cue
    {
        int delayMs = 0;
        std::function<void()> action;
        AsyncAction asyncAction;
    };

    int scaled(int ms) const;
    void scheduleCurrent();
    void runCurrent();

    host::HostOperation *m_op;
    double m_speed;
    QTimer m_timer;
    QList<Cue> m_cues;
    int m_index = 0;
    bool m_stopped = false;
    std::function<void()> m_onStop;
};

} // namespace eflow::sim
