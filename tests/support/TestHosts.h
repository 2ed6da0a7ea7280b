#pragma once

#include <memory>

#include "engine/jobs/HostFactory.h"
#include "engine/jobs/HostSession.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"

namespace eflow::testsupport {

// The hosts the application registers (app/HostCatalog), for tests: OpenSSH (and this computer on
// Windows) and the demo's simulated hosts with their files under the (test) data folder.
inline std::shared_ptr<jobs::HostFactory> hostFactory()
{
    auto factory = std::make_shared<jobs::HostFactory>();
    jobs::registerPowerShellHosts(*factory);
    sim::registerDemoHosts(*factory, jobs::HostSession::demoDirectory());
    return factory;
}

} // namespace eflow::testsupport
