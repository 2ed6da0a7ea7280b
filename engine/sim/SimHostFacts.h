#pragma once

#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"
#include "engine/sim/SimHostState.h"
#include "engine/sim/SimScenario.h"

namespace eflow::sim {

// The switches the simulated machine has now: the scenario's (only while Hyper-V runs) and those made.
QList<host::VirtualSwitch> simSwitches(const SimScenario &scenario, const SimHostState &state);
// What the probe reports for the simulated machine in this state; drive: where the VHDX would go.
host::HostFacts simHostFacts(const SimScenario &scenario, const SimHostState &state, const QString &drive);

} // namespace eflow::sim
