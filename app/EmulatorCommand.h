#pragma once

#include <QStringList>

namespace eflow::app {

// `eflow-wizard emulator`: the local DPS in the foreground, for tests, demos and SDK experiments.
int runEmulator(const QStringList &arguments);

} // namespace eflow::app
