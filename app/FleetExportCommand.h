#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard fleet export --ansible DIR FLEET_FILE --plan PLAN` (issue 16 item 4). arguments[0] is the
// program's name; the options follow.
int runFleetExport(const QStringList &arguments);

} // namespace eflow::app
