// The local DPS's state file (demo/dps/state.json), as the emulator loads it at start.
#include <QJsonDocument>
#include <QJsonObject>

#include "engine/localdps/LocalDpsStore.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!doc.isObject())
        return 0;
    localdps::LocalDpsStore store;
    QString error;
    if (store.fromJson(doc.object(), &error))
        (void)store.toJson(); // what was accepted can be saved again
    return 0;
}
