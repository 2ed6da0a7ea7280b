#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "engine/jobs/HostFactory.h"

namespace eflow::sim {

class DemoDpsPool;
class DemoEnvironment;
class SimulatedHost;

// A demo target opened: the demo world (local DPS with the demo enrollments) and the simulated host of
// the scenario, whose VM registers with that DPS. The host goes first when it closes (its VM may be
// talking to the DPS).
class DemoHost final : public jobs::OpenedHost
{
public:
    // Opens target (a Demo target) with its files under directory (the DPS's state in "dps", each
    // scenario's machine in "host-ID"). nullptr with *error set when it cannot be opened. Every demo host
    // of one pool shares one local DPS (a fleet's hosts register with the same demo enrollment group);
    // without a pool the host has a DPS of its own.
    static std::unique_ptr<DemoHost> open(const jobs::HostTarget &target, const QString &directory,
                                          QString *error, const std::shared_ptr<DemoDpsPool> &pool = {});
    ~DemoHost() override;

    host::HostBackend *backend() const override;
    std::optional<jobs::DemoDps> demo() const override;
    DemoEnvironment *environment() const { return m_environment.get(); }
    SimulatedHost *simulatedHost() const { return m_host.get(); }

private:
    DemoHost() = default;

    std::shared_ptr<DemoEnvironment> m_environment;
    std::unique_ptr<SimulatedHost> m_host;
};


// Registers the demo kind and the scenarios with a host factory; files under directory.
void registerDemoHosts(jobs::HostFactory &factory, const QString &directory);

} // namespace eflow::sim
