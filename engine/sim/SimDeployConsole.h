#pragma once

namespace eflow::host {
class HostOperation;
}

namespace eflow::sim {

class ConsolePlayer;
struct SimDeployPlan;

// Queues Deploy-Eflow's console run for the plan on player (reference/eflow.md §2.1 order): the phases up
// to the VM's network, or up to the plan's failure, which then ends op with the module's closing lines and
// the failure. True when the run reaches a working VM: the caller queues what records it.
bool playDeployConsole(ConsolePlayer &player, host::HostOperation *op, const SimDeployPlan &plan,
                       bool server);

} // namespace eflow::sim
