#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/crypto/SecureBytes.h"

namespace eflow::crypto {

class DeviceKeyDeriver;

// A few thousand registration IDs back to back, and the "id,key\n" lines a worker makes of them.
struct DeviceKeyBatchChunk
{
    static constexpr std::size_t kMaxIds = 2048;

    std::string ids;
    std::vector<std::uint32_t> ends; // where each ID ends in ids
    std::string lines;
    bool failed = false;

    std::size_t count() const { return ends.size(); }
    bool isFull() const { return ends.size() >= kMaxIds; }
    void add(std::string_view id)
    {
        ids.append(id);
        ends.push_back(std::uint32_t(ids.size()));
    }
    void clear()
    {
        ids.clear();
        ends.clear();
        failed = false;
    }
};

// Derives the device keys of a whole ID list on every core, in constant memory: the caller's source fills
// chunks of IDs, worker threads (each with its own keyed HMAC) turn them into "id,key\n" lines, and the
// sink receives the chunks strictly in input order. At most a few chunks are in flight, so memory does
// not grow with the number of IDs.
class DeviceKeyBatch final
{
public:
    enum class Result
    {
        Unknown = 0,
        Done,
        SourceFailed, // the source said so (its error is its own to report)
        SinkFailed,
        HmacFailed,
    };
    // Fills chunk with up to DeviceKeyBatchChunk::kMaxIds IDs; false on an error. A chunk left empty
    // means the end.
    using Source = std::function<bool(DeviceKeyBatchChunk &chunk)>;
    using Sink = std::function<bool(std::string_view lines)>;

    // threads 0: one per core.
    explicit DeviceKeyBatch(const SecureBytes &groupKey, int threads = 0);
    ~DeviceKeyBatch();
    DeviceKeyBatch(const DeviceKeyBatch &) = delete;
    DeviceKeyBatch &operator=(const DeviceKeyBatch &) = delete;

    bool isValid() const;
    Result run(const Source &source, const Sink &sink);

private:
    std::vector<std::unique_ptr<DeviceKeyDeriver>> m_derivers; // one per worker: HMAC contexts are not shared
};

} // namespace eflow::crypto
