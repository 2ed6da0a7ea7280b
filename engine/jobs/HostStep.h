#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QString>

#include "engine/host/HostOperation.h"
#include "engine/jobs/HostJobs.h"
#include "engine/jobs/Step.h"

namespace eflow::jobs {

// What a host step does with a successful result: empty = the step succeeded, else the sentence it
// fails with.
using ResultHandler = std::function<QString(const host::HostOperationResult &result)>;
using Starter = std::function<host::HostOperation *()>;

// The message a failed step shows: the operation's sentence, then the catalogue's cause and fix.
QString failureMessage(const host::HostOperationResult &result);

// Called when a step's operation failed, before the step fails; it may fetch more detail (the
// runtime's log) and must call done() exactly once.
using FailureHook = std::function<void(const host::HostOperationResult &result, std::function<void()> done)>;

struct HostStepOptions
{
    // The step succeeds even when the operation fails; the failure is kept in readErrors[id].
    bool tolerateFailure = false;
    FailureHook onFailure;
};

// One step = one host operation (the building block of the host jobs). The operation's lines and
// progress become the step's; cancel and the step timeout cancel the operation.
Step hostStep(const QString &id, const QString &title, std::chrono::milliseconds timeout, Starter start,
              ResultHandler onResult, std::shared_ptr<HostJobState> state, HostStepOptions options = {});

} // namespace eflow::jobs
