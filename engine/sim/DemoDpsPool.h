#pragma once

#include <memory>

#include <QMutex>
#include <QString>
#include <QWaitCondition>

namespace eflow::sim {

class DemoEnvironment;

// The one demo world of a process (issue 16): every demo host opened through the same factory shares one
// local DPS, started with the first host and stopped when the last one closes. Without it, each open host
// would start a DPS of its own on the same state folder, and a fleet of demo hosts would register with
// different servers that overwrite each other's state.
//
// acquire() may be called from any thread (each job runner opens its hosts on a worker thread of its own).
// A new DPS is started only after the previous one has stopped, so two never run on one state folder.
class DemoDpsPool final : public std::enable_shared_from_this<DemoDpsPool>
{
public:
    // The DPS keeps its state in stateDirectory. Made with std::make_shared (its environments find it through
    // a weak reference).
    explicit DemoDpsPool(QString stateDirectory);
    Q_DISABLE_COPY_MOVE(DemoDpsPool)
    ~DemoDpsPool() = default;

    // The running environment, started when there is none; nullptr with *error set when it cannot start.
    std::shared_ptr<DemoEnvironment> acquire(QString *error);

private:
    void release(DemoEnvironment *environment);

    const QString m_stateDirectory;
    QMutex m_mutex;
    QWaitCondition m_stopped;
    std::weak_ptr<DemoEnvironment> m_current;
    int m_alive = 0; // environments started and not yet deleted (0 or 1)
};

} // namespace eflow::sim
