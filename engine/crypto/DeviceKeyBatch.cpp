#include "engine/crypto/DeviceKeyBatch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "engine/crypto/DeviceKey.h"
#include "engine/crypto/HmacSha256.h"

namespace eflow::crypto {

namespace {

void deriveChunk(DeviceKeyDeriver &deriver, DeviceKeyBatchChunk &chunk)
{
    chunk.lines.clear();
    chunk.lines.reserve(chunk.ids.size() + chunk.count() * (HmacSha256::base64Size + 2));
    char key[HmacSha256::base64Size];
    std::uint32_t begin = 0;
    for (const std::uint32_t end : chunk.ends) {
        const std::string_view id(chunk.ids.data() + begin, end - begin);
        begin = end;
        if (!deriver.deriveInto(QByteArrayView(id.data(), qsizetype(id.size())), key)) {
            chunk.failed = true;
            break;
        }
        chunk.lines.append(id);
        chunk.lines.push_back(',');
        chunk.lines.append(key, sizeof key);
        chunk.lines.push_back('\n');
    }
    std::fill(std::begin(key), std::end(key), '\0');
}

void wipeLines(DeviceKeyBatchChunk &chunk)
{
    std::fill(chunk.lines.begin(), chunk.lines.end(), '\0');
    chunk.lines.clear();
}

// The chunks handed to the workers and the ones they finished; one lock, as a chunk takes far longer to
// derive than to pass on.
struct WorkQueue
{
    std::mutex mutex;
    std::condition_variable work;
    std::condition_variable done;
    std::deque<DeviceKeyBatchChunk *> pending;
    std::vector<const DeviceKeyBatchChunk *> finished;
    bool stop = false;

    bool isFinished(const DeviceKeyBatchChunk *chunk) const
    {
        return std::find(finished.begin(), finished.end(), chunk) != finished.end();
    }
};

void workerLoop(WorkQueue &queue, DeviceKeyDeriver &deriver)
{
    for (;;) {
        DeviceKeyBatchChunk *chunk = nullptr;
        {
            std::unique_lock lock(queue.mutex);
            queue.work.wait(lock, [&] { return queue.stop || !queue.pending.empty(); });
            if (queue.pending.empty())
                return;
            chunk = queue.pending.front();
            queue.pending.pop_front();
        }
        deriveChunk(deriver, *chunk);
        {
            std::lock_guard lock(queue.mutex);
            queue.finished.push_back(chunk);
        }
        queue.done.notify_all();
    }
}

} // namespace

DeviceKeyBatch::DeviceKeyBatch(const SecureBytes &groupKey, int threads)
{
    if (threads <= 0)
        threads = int(std::max(1U, std::thread::hardware_concurrency()));
    for (int i = 0; i < threads; ++i)
        m_derivers.push_back(std::make_unique<DeviceKeyDeriver>(groupKey));
}

DeviceKeyBatch::~DeviceKeyBatch() = default;

bool DeviceKeyBatch::isValid() const
{
    return std::all_of(m_derivers.begin(), m_derivers.end(), [](const auto &d) { return d->isValid(); });
}

DeviceKeyBatch::Result DeviceKeyBatch::run(const Source &source, const Sink &sink)
{
    // Two chunks per worker keep every worker busy while the caller reads and writes; more only costs memory.
    std::vector<std::unique_ptr<DeviceKeyBatchChunk>> pool;
    std::vector<DeviceKeyBatchChunk *> idle;
    for (std::size_t i = 0; i < 2 * m_derivers.size() + 1; ++i) {
        pool.push_back(std::make_unique<DeviceKeyBatchChunk>());
        idle.push_back(pool.back().get());
    }
    WorkQueue queue;
    std::vector<std::thread> workers;
    for (const auto &deriver : m_derivers)
        workers.emplace_back(workerLoop, std::ref(queue), std::ref(*deriver));

    Result result = Result::Done;
    bool atEnd = false;
    std::deque<DeviceKeyBatchChunk *> inOrder; // handed out, oldest first: the sink gets them in this order
    for (;;) {
        while (result == Result::Done && !atEnd && !idle.empty()) {
            DeviceKeyBatchChunk *chunk = idle.back();
            chunk->clear();
            if (!source(*chunk))
                result = Result::SourceFailed;
            else if (chunk->count() == 0)
                atEnd = true;
            if (result != Result::Done || atEnd)
                break;
            idle.pop_back();
            inOrder.push_back(chunk);
            {
                std::lock_guard lock(queue.mutex);
                queue.pending.push_back(chunk);
            }
            queue.work.notify_one();
        }
        if (inOrder.empty())
            break;
        DeviceKeyBatchChunk *oldest = inOrder.front();
        inOrder.pop_front();
        {
            std::unique_lock lock(queue.mutex);
            queue.done.wait(lock, [&] { return queue.isFinished(oldest); });
            std::erase(queue.finished, oldest);
        }
        if (result == Result::Done && oldest->failed)
            result = Result::HmacFailed;
        if (result == Result::Done && !sink(oldest->lines))
            result = Result::SinkFailed;
        wipeLines(*oldest);
        idle.push_back(oldest);
    }
    {
        std::lock_guard lock(queue.mutex);
        queue.stop = true;
    }
    queue.work.notify_all();
    for (std::thread &worker : workers)
        worker.join();
    return result;
}

} // namespace eflow::crypto
