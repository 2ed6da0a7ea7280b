#include "engine/jobs/HostFactory.h"

#include <QCoreApplication>

namespace eflow::jobs {

namespace {

struct HostSessionTr
{
    Q_DECLARE_TR_FUNCTIONS(HostSession)
};

} // namespace

void HostFactory::registerKind(HostTarget::Kind kind, Opener opener)
{
    QMutexLocker lock(&m_mutex);
    m_openers[kind] = std::move(opener);
}

bool HostFactory::supports(HostTarget::Kind kind) const
{
    QMutexLocker lock(&m_mutex);
    return m_openers.count(kind) != 0;
}

void HostFactory::setDemoScenarios(QList<DemoScenarioInfo> scenarios)
{
    QMutexLocker lock(&m_mutex);
    m_scenarios = std::move(scenarios);
}

QList<DemoScenarioInfo> HostFactory::demoScenarios() const
{
    QMutexLocker lock(&m_mutex);
    return m_scenarios;
}

std::optional<DemoScenarioInfo> HostFactory::demoScenario(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    for (const DemoScenarioInfo &s : m_scenarios) {
        if (s.id == id)
            return s;
    }
    return std::nullopt;
}

QString HostFactory::defaultDemoScenario() const
{
    QMutexLocker lock(&m_mutex);
    return m_scenarios.isEmpty() ? QString() : m_scenarios.constFirst().id;
}

std::optional<QString> HostFactory::refusal(const HostTarget &target) const
{
    switch (target.kind) {
    case HostTarget::Kind::Unknown:
        return HostSessionTr::tr("No target device was chosen.");
    case HostTarget::Kind::Demo:
        if (!target.scenarioId.isEmpty() && !demoScenario(target.scenarioId))
            return HostSessionTr::tr("There is no demo host \"%1\".").arg(target.scenarioId);
        break;
    case HostTarget::Kind::Ssh:
        if (target.ssh.host.isEmpty())
            return HostSessionTr::tr("No remote host was given.");
        break;
    case HostTarget::Kind::Local:
        if (!localPowerShellAvailable())
            return HostSessionTr::tr("This computer has no Windows PowerShell; choose a remote host or a "
                                     "demo host.");
        break;
    }
    if (!supports(target.kind))
        return HostSessionTr::tr("This build cannot open a host of this kind (%1).").arg(target.toString());
    return std::nullopt;
}

std::unique_ptr<OpenedHost> HostFactory::open(const HostTarget &target, QString *error) const
{
    if (const auto refused = refusal(target)) {
        if (error)
            *error = *refused;
        return nullptr;
    }
    Opener opener;
    {
        QMutexLocker lock(&m_mutex);
        opener = m_openers.at(target.kind);
    }
    QString why;
    std::unique_ptr<OpenedHost> host = opener(target, &why);
    if (!host && error)
        *error = why.isEmpty() ? HostSessionTr::tr("The host could not be opened.") : why;
    return host;
}

} // namespace eflow::jobs
