#include "app/HostCatalog.h"

#include "engine/jobs/HostSession.h"
#include "engine/jobs/PowerShellHosts.h"
#include "engine/sim/DemoHost.h"

namespace eflow::app {

std::shared_ptr<jobs::HostFactory> makeHostFactory()
{
    auto factory = std::make_shared<jobs::HostFactory>();
    jobs::registerPowerShellHosts(*factory);
    sim::registerDemoHosts(*factory, jobs::HostSession::demoDirectory());
    return factory;
}

} // namespace eflow::app
