#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard dps register|status`: the DPS device client from the command line, so that a technician
// can test credentials before touching a device. The key comes from stdin or --key-file, never argv.
int runDps(const QStringList &arguments);

} // namespace eflow::app
