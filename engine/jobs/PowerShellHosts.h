#pragma once

#include "engine/jobs/HostFactory.h"

namespace eflow::jobs {

// Registers the real hosts with a factory: this computer's Windows PowerShell (Windows builds only) and
// a remote Windows host through OpenSSH.
void registerPowerShellHosts(HostFactory &factory);

} // namespace eflow::jobs
