#pragma once

#include <QList>
#include <QString>

#include "engine/host/HostFacts.h"

namespace eflow::sim {

struct SimHostState;
struct SimScenario;

// What the simulated machine's probe reports: the scenario's facts with what happened to the machine
// since (Hyper-V, the MSI, created switches, the VM and its settings). drive: the VHDX drive asked for.
host::HostFacts simHostFacts(const SimScenario &scenario, const SimHostState &state, const QString &drive);
// The virtual switches the machine has now: the scenario's (only while Hyper-V runs) and the created ones.
QList<host::VirtualSwitch> simSwitches(const SimScenario &scenario, const SimHostState &state);

} // namespace eflow::sim
