#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard fleet run FLEET_FILE --plan PLAN …` (issue 16 item 2). arguments[0] is the program's name;
// the options follow.
int runFleetRun(const QStringList &arguments);

} // namespace eflow::app
