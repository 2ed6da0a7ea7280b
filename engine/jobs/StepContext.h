#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

#include <QMutex>
#include <QString>

namespace eflow::jobs {

class Pipeline;

// What a running step's body gets: report progress and log lines, finish, and check for
// cancellation. Every method is thread-safe and may be called after the pipeline is gone (the call
// is then dropped): a worker body or a late QProcess signal must never crash the wizard.
// Reports are always delivered to the pipeline through its event loop, so a body that calls
// succeed() synchronously does not re-enter the pipeline.
class StepContext final
{
public:
    // Shared between the pipeline and all of its contexts; the pipeline clears it on destruction.
    struct Link
    {
        QMutex mutex;
        Pipeline *pipeline = nullptr;
    };

    StepContext(std::shared_ptr<Link> link, int stepIndex, std::uint64_t attempt);
    Q_DISABLE_COPY_MOVE(StepContext)
    ~StepContext() = default;

    // 0..100, or -1 for indeterminate.
    void setProgress(int percent);
    void log(const QString &line);
    void succeed();
    void fail(const QString &message, const QString &detail = {});

    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    bool isFinished() const { return m_finished.load(std::memory_order_acquire); }
    int stepIndex() const { return m_stepIndex; }

private:
    friend class Pipeline;
    void cancel() { m_cancelled.store(true, std::memory_order_release); }
    // Returns false when the step was already finished (only the first finish counts).
    bool markFinished() { return !m_finished.exchange(true, std::memory_order_acq_rel); }
    template<typename F>
    void post(F &&f);

    std::shared_ptr<Link> m_link;
    const int m_stepIndex;
    const std::uint64_t m_attempt;
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_finished{false};
};

} // namespace eflow::jobs
