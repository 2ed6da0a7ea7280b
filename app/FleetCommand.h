#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard fleet run|export …` (issue 16): many hosts from one fleet file. arguments[0] is the
// program's name, arguments[1] the action.
int runFleet(const QStringList &arguments);

} // namespace eflow::app
