#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard host probe|deploy|provision|status [--demo=SCENARIO | --target ssh://user@host] [--plan
// FILE]`: the wizard's host jobs, headless, with progress in the terminal and exit codes scripts can rely on.
int runHost(const QStringList &arguments);

} // namespace eflow::app
