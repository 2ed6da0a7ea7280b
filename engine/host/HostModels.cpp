#include "engine/host/HostModels.h"

namespace eflow::host {

namespace {

// The words `iotedge list` and `iotedge check --output json` print, one table each way.
struct ModuleStatusWord
{
    ModuleStatus status;
    QLatin1String word;
};
constexpr ModuleStatusWord kModuleStatusWords[] = {
    {ModuleStatus::Running, QLatin1String("running")}, {ModuleStatus::Stopped, QLatin1String("stopped")},
    {ModuleStatus::Failed, QLatin1String("failed")},   {ModuleStatus::Dead, QLatin1String("dead")},
    {ModuleStatus::Backoff, QLatin1String("backoff")},
};

struct CheckResultWord
{
    CheckResultKind kind;
    QLatin1String word;
};
constexpr CheckResultWord kCheckResultWords[] = {
    {CheckResultKind::Ok, QLatin1String("ok")},       {CheckResultKind::Warning, QLatin1String("warning")},
    {CheckResultKind::Error, QLatin1String("error")}, {CheckResultKind::Skipped, QLatin1String("skipped")},
    {CheckResultKind::Fatal, QLatin1String("fatal")}, {CheckResultKind::Ignored, QLatin1String("ignored")},
};

} // namespace

ModuleStatus moduleStatusFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (const ModuleStatusWord &w : kModuleStatusWords) {
        if (t == w.word)
            return w.status;
    }
    return ModuleStatus::Unknown;
}

QString moduleStatusKey(ModuleStatus status)
{
    for (const ModuleStatusWord &w : kModuleStatusWords) {
        if (w.status == status)
            return w.word;
    }
    return QStringLiteral("unknown");
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
    for (const CheckResultWord &w : kCheckResultWords) {
        if (t == w.word)
            return w.kind;
    }
    return CheckResultKind::Unknown;
}

QString checkResultKindKey(CheckResultKind kind)
{
    for (const CheckResultWord &w : kCheckResultWords) {
        if (w.kind == kind)
            return w.word;
    }
    return QStringLiteral("unknown");
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
