#include "engine/dps/DpsOperation.h"

#include <utility>

namespace eflow::dps {

DpsOperation::DpsOperation(std::function<void()> onDeadline, QObject *parent)
    : QObject(parent)
    , m_onDeadline(std::move(onDeadline))
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_running && m_onDeadline)
            m_onDeadline();
    });
}

bool DpsOperation::begin()
{
    if (m_running)
        return false;
    m_running = true;
    ++m_generation;
    return true;
}

void DpsOperation::startDeadline(std::chrono::milliseconds limit)
{
    if (m_running && limit > std::chrono::milliseconds(0))
        m_deadline.start(limit);
}

bool DpsOperation::end()
{
    if (!m_running)
        return false;
    m_running = false;
    ++m_generation;
    m_deadline.stop();
    return true;
}

void DpsOperation::later(std::function<void()> work)
{
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, work = std::move(work)] {
            if (m_running && generation == m_generation)
                work();
        },
        Qt::QueuedConnection);
}

} // namespace eflow::dps
