#include "engine/sim/DemoDpsPool.h"

#include <QCoreApplication>

#include "engine/sim/DemoEnvironment.h"

namespace eflow::sim {

namespace {

struct HostSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};

} // namespace

DemoDpsPool::DemoDpsPool(QString stateDirectory)
    : m_stateDirectory(std::move(stateDirectory))
{}

std::shared_ptr<DemoEnvironment> DemoDpsPool::acquire(QString *error)
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (std::shared_ptr<DemoEnvironment> current = m_current.lock())
            return current;
        if (m_alive == 0)
            break;
        // The last host just closed and its DPS is stopping on another thread: wait for it (bounded by
        // LocalDpsThread::stopTimeout) rather than start a second one on the same state.
        m_stopped.wait(&m_mutex);
    }
    auto *environment = new DemoEnvironment;
    if (!environment->start(m_stateDirectory)) {
        if (error)
            *error = HostSessionTr::tr("The demo's local DPS did not start: %1").arg(environment->errorString());
        delete environment;
        return nullptr;
    }
    ++m_alive;
    // Weakly: the deleter lives as long as the control block, which the pool's own weak_ptr keeps.
    std::shared_ptr<DemoEnvironment> shared(environment, [pool = weak_from_this()](DemoEnvironment *e) {
        if (const std::shared_ptr<DemoDpsPool> alive = pool.lock())
            alive->release(e);
        else
            delete e;
    });
    m_current = shared;
    return shared;
}

void DemoDpsPool::release(DemoEnvironment *environment)
{
    delete environment; // stops the DPS and waits for its thread (bounded)
    const QMutexLocker lock(&m_mutex);
    --m_alive;
    m_stopped.wakeAll();
}

} // namespace eflow::sim
