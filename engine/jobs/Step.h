#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QString>

namespace eflow::jobs {

class StepContext;

// Where a step's body runs.
enum class StepThread
{
    Unknown = 0,
    // On the pipeline's thread; the body starts something asynchronous (QProcess, QNetworkReply) and
    // returns at once, finishing later through the context. It must never block.
    Calling,
    // On a worker thread of the pipeline's own pool; the body may block, polls isCancelled(), and is
    // treated as succeeded when it returns without calling succeed()/fail().
    Worker,
};

// One named unit of a pipeline. A plain value: the pipeline copies it.
struct Step
{
    using Body = std::function<void(const std::shared_ptr<StepContext> &context)>;

    QString id;
    // Already translated by the caller (tr() where the step is built).
    QString title;
    StepThread thread = StepThread::Calling;
    Body body;
    // Zero means no timeout.
    std::chrono::milliseconds timeout{0};
    // Runs on the pipeline's thread when the step is cancelled or times out (kill a process, abort a
    // reply). Not run after the step finished on its own.
    std::function<void()> cleanup;
    // Evaluated just before the step would start; true marks the step Skipped.
    std::function<bool()> skipIf;
    // How long the step takes compared with its job's other steps (any unit): the overall progress bar
    // weighs the steps by it, so that a quick check does not count as much as creating the VM.
    int weight = 1;
};

} // namespace eflow::jobs
