#include "app/FleetExportCommand.h"

#include "app/Console.h"

namespace eflow::app {

// In progress (issue 16 item 4): replaced by the export's implementation.
int runFleetExport(const QStringList &)
{
    printError(QStringLiteral("fleet export: not built yet"));
    return ExitFailure;
}

} // namespace eflow::app
