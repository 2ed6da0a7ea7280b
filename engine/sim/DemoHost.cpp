#include "engine/sim/DemoHost.h"

#include <QCoreApplication>

#include "engine/sim/DemoDpsPool.h"
#include "engine/sim/DemoEnvironment.h"
#include "engine/sim/SimScenario.h"
#include "engine/sim/SimulatedHost.h"

namespace eflow::sim {

namespace {

struct HostSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};

} // namespace

std::unique_ptr<DemoHost> DemoHost::open(const jobs::HostTarget &target, const QString &directory,
                                         QString *error, const std::shared_ptr<DemoDpsPool> &pool)
{
    auto fail = [error](const QString &sentence) -> std::unique_ptr<DemoHost> {
        if (error)
            *error = sentence;
        return nullptr;
    };
    const QString id = target.scenarioId.isEmpty() ? defaultSimScenarioId() : target.scenarioId;
    if (!simScenario(id))
        return fail(HostSessionTr::tr("There is no demo host \"%1\".").arg(id));
    if (!target.machine.isEmpty()) {
        if (const auto problem = jobs::HostTarget::checkMachineName(target.machine))
            return fail(*problem);
    }
    std::shared_ptr<DemoEnvironment> environment;
    if (pool) {
        QString problem;
        environment = pool->acquire(&problem);
        if (!environment)
            return fail(problem);
    } else {
        environment = std::make_shared<DemoEnvironment>();
        if (!environment->start(directory + QStringLiteral("/dps")))
            return fail(
                HostSessionTr::tr("The demo's local DPS did not start: %1").arg(environment->errorString()));
    }
    // Each demo machine keeps its own state: the scenario's own machine in host-ID, a named one in
    // host-ID@NAME (fleet files name many machines of one scenario).
    QString stateDirectory = directory + QStringLiteral("/host-") + id;
    if (!target.machine.isEmpty())
        stateDirectory += QLatin1Char('@') + target.machine;
    auto host = environment->createHost(id, stateDirectory, target.speed);
    if (!host)
        return fail(HostSessionTr::tr("The demo host \"%1\" could not be created.").arg(id));
    host->setMachineName(target.machine);
    std::unique_ptr<DemoHost> opened(new DemoHost);
    opened->m_environment = std::move(environment);
    opened->m_host = std::move(host);
    return opened;
}

DemoHost::~DemoHost()
{
    // The simulated VM may be talking to the demo DPS: it goes first.
    m_host.reset();
    m_environment.reset();
}

host::HostBackend *DemoHost::backend() const
{
    return m_host.get();
}

std::optional<jobs::DemoDps> DemoHost::demo() const
{
    jobs::DemoDps dps;
    dps.idScope = m_environment->idScope();
    dps.endpoint = m_environment->endpoint();
    dps.individualRegistrationId = DemoEnvironment::individualRegistrationId();
    dps.groupId = DemoEnvironment::groupId();
    dps.individualKey = std::make_shared<const crypto::SecureBytes>(m_environment->individualKey());
    dps.groupKey = std::make_shared<const crypto::SecureBytes>(m_environment->groupKey());
    dps.deviceClientOptions = m_environment->deviceClientOptions();
    dps.serviceConnectionString =
        std::make_shared<const crypto::SecureBytes>(m_environment->serviceConnectionString());
    dps.serviceClientOptions = m_environment->serviceClientOptions();
    return dps;
}

void registerDemoHosts(jobs::HostFactory &factory, const QString &directory)
{
    QList<jobs::DemoScenarioInfo> scenarios;
    const QString defaultId = defaultSimScenarioId();
    for (const SimScenario &s : simScenarios()) {
        const jobs::DemoScenarioInfo info{s.id, s.title, s.description};
        // The default scenario comes first: it is what an empty scenario id means.
        if (s.id == defaultId)
            scenarios.prepend(info);
        else
            scenarios.append(info);
    }
    factory.setDemoScenarios(scenarios);
    // One local DPS for every demo host this factory opens (a fleet's hosts register with one server).
    auto pool = std::make_shared<DemoDpsPool>(directory + QStringLiteral("/dps"));
    factory.registerKind(
        jobs::HostTarget::Kind::Demo, [directory, pool](const jobs::HostTarget &target, QString *error) {
            return std::unique_ptr<jobs::OpenedHost>(DemoHost::open(target, directory, error, pool));
        });
}

} // namespace eflow::sim
