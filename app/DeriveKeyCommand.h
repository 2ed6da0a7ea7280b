#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard derive-key`: the device keys of a DPS group enrollment, one or in bulk.
// The group key comes from stdin or --group-key-file, never from argv.
int runDeriveKey(const QStringList &arguments);

} // namespace eflow::app
