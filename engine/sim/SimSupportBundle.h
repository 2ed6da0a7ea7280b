#pragma once

#include <QDateTime>
#include <QString>

#include "engine/sim/SimHostState.h"

namespace eflow::sim {

// The demo's eflowlogs.zip, written on this computer when the overview copies the bundle: a real zip
// (stored, not compressed) with what Get-EflowLogs collects that the simulated VM can say — a summary,
// Get-EflowVm, `iotedge check` and the journal. Holds no key: the state holds none.
bool writeSimSupportBundle(const QString &path, const SimHostState &state, const QDateTime &now,
                           QString *error = nullptr);

} // namespace eflow::sim
