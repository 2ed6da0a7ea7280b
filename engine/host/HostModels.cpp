#include "engine/host/HostModels.h"

namespace eflow::host {

ModuleStatus moduleStatusFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("running"))
        return ModuleStatus::Running;
    if (t == QLatin1String("stopped"))
        return ModuleStatus::Stopped;
    if (t == QLatin1String("failed"))
        return ModuleStatus::Failed;
    if (t == QLatin1String("dead"))
        return ModuleStatus::Dead;
    if (t == QLatin1String("backoff"))
        return ModuleStatus::Backoff;
    return ModuleStatus::Unknown;
}

ServiceState serviceStateFromActiveWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    if (w == QLatin1String("active") || w == QLatin1String("running"))
        return ServiceState::Active;
    if (w == QLatin1String("inactive") || w == QLatin1String("ready"))
        return ServiceState::Inactive;
    if (w == QLatin1String("activating"))
        return ServiceState::Activating;
    if (w == QLatin1String("deactivating"))
        return ServiceState::Deactivating;
    if (w == QLatin1String("reloading"))
        return ServiceState::Reloading;
    if (w == QLatin1String("failed") || w == QLatin1String("down"))
        return ServiceState::Failed;
    return ServiceState::Unknown;
}

bool SystemServicesStatus::allHealthy() const
{
    if (services.isEmpty())
        return false;
    for (const ServiceStatus &s : services) {
        if (s.state != ServiceState::Active && s.state != ServiceState::Inactive)
            return false;
    }
    return true;
}

CheckResultKind checkResultKindFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("ok"))
        return CheckResultKind::Ok;
    if (t == QLatin1String("warning"))
        return CheckResultKind::Warning;
    if (t == QLatin1String("error"))
        return CheckResultKind::Error;
    if (t == QLatin1String("skipped"))
        return CheckResultKind::Skipped;
    if (t == QLatin1String("fatal"))
        return CheckResultKind::Fatal;
    if (t == QLatin1String("ignored"))
        return CheckResultKind::Ignored;
    return CheckResultKind::Unknown;
}

int IotEdgeCheckResult::count(CheckResultKind kind) const
{
    int n = 0;
    for (const IotEdgeCheckSection &s : sections) {
        for (const IotEdgeCheck &c : s.checks) {
            if (c.kind == kind)
                ++n;
        }
    }
    return n;
}

int IotEdgeCheckResult::totalChecks() const
{
    int n = 0;
    for (const IotEdgeCheckSection &s : sections)
        n += int(s.checks.size());
    return n;
}

} // namespace eflow::host
