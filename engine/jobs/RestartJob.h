#pragma once

#include <memory>

#include <QList>
#include <QString>

#include "engine/host/HostBackend.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/Step.h"

namespace eflow::jobs {

// "restart": what a deployment that stopped with HostJobState::restartRequired needs before it can
// continue. Not journalled: the deploy job it serves is, and continues after it (JobProgress::retry).
QString restartJobKind();

// Restart-Computer on the host → wait for it to answer again: probe it every timing.reconnectPollMs,
// first after timing.restartSettleMs, until a probe succeeds with no feature waiting for a restart, or
// fail after timing.reconnectTimeoutMs. Every probe opens the host anew (the PowerShell backend starts a
// new process, over ssh a new connection, per operation), so nothing of the old session is reused. The
// facts of the last probe land in state. Cancelling stops the wait at once.
QList<Step> restartSteps(host::HostBackend *backend, std::shared_ptr<HostJobState> state,
                         HostJobTiming timing = {});

} // namespace eflow::jobs
