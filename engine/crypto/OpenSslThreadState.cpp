#include "engine/crypto/OpenSslThreadState.h"

#include <QThreadStorage>

#include "engine/crypto/OpenSsl.h"

namespace eflow::crypto {

namespace {

// Held in a QThreadStorage: Qt deletes it when the thread finishes, before it wakes the waiters.
struct OpenSslThreadStop final
{
    OpenSslThreadStop() = default;
    ~OpenSslThreadStop()
    {
        if (ossl::isLoaded()) // a thread that never used OpenSSL does not open it on its way out
            ossl::OPENSSL_thread_stop();
    }
    OpenSslThreadStop(const OpenSslThreadStop &) = delete;
    OpenSslThreadStop &operator=(const OpenSslThreadStop &) = delete;
};

QThreadStorage<OpenSslThreadStop *> &threadStops()
{
    // Never destroyed: a thread that outlives static destruction must still find it when it ends.
    static auto *stops = new QThreadStorage<OpenSslThreadStop *>;
    return *stops;
}

} // namespace

void releaseOpenSslStateWhenThreadEnds()
{
    if (!threadStops().hasLocalData())
        threadStops().setLocalData(new OpenSslThreadStop);
}

} // namespace eflow::crypto
