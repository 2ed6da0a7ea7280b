// `iotedge list`, `iotedge check` (text and JSON), `systemctl status`, `iotedge system status` and
// Get-EflowVm's JSON: what a VM's commands print, read by the overview and the host commands.
#include "engine/host/IotEdgeParsers.h"
#include "tests/fuzz/FuzzInput.h"

using namespace eflow;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const uint8_t which = fuzz::selector(data, size);
    const QString input = fuzz::text(data, size);
    switch (which % 6) {
    case 0:
        (void)host::parseIotEdgeList(input);
        break;
    case 1:
        (void)host::parseIotEdgeCheckJson(input);
        break;
    case 2:
        (void)host::parseIotEdgeCheckText(input);
        break;
    case 3:
        (void)host::parseSystemctlStatus(input);
        break;
    case 4:
        (void)host::parseIotEdgeSystemStatus(input);
        break;
    default:
        (void)host::parseGetEflowVmJson(input);
        break;
    }
    return 0;
}
