#pragma once

#include <memory>
#include <optional>

#include <QString>

#include "engine/jobs/HostFactory.h"

namespace eflow::sim {

class DemoEnvironment;
class SimulatedHost;

// A demo target opened: the demo world (local DPS with the demo enrollments) and the simulated host of
// the scenario, whose VM registers with that DPS. The host goes first when it closes (its VM may be
// talking to the DPS).
class DemoHost final : public jobs::OpenedHost
{
public:
    // Opens target (a Demo target) with its files under directory (the DPS's state in "dps", each
    // scenario's machine in "host-ID"). nullptr with *error set when it cannot be opened.
    static std::unique_ptr<DemoHost> open(const jobs::HostTarget &target, const QString &directory,
                                          QString *error);
    ~DemoHost() override;

    host::HostBackend *backend() const override;
    std::optional<jobs::DemoDps> demo() const override;
    DemoEnvironment *environment() const { return m_environment.get(); }
    SimulatedHost *simulatedHost() const { return m_host.get(); }

private:
    DemoHost() = default;

    std::unique_ptr<DemoEnvironment> m_environment;
    std::unique_ptr<SimulatedHost> m_host;
};

// Registers the demo kind and the scenarios with a host factory; files under directory.
void registerDemoHosts(jobs::HostFactory &factory, const QString &directory);

} // namespace eflow::sim
