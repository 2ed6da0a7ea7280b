#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>

#include <QList>
#include <QMutex>
#include <QString>

#include "engine/crypto/SecureBytes.h"
#include "engine/dps/DpsDeviceClientOptions.h"
#include "engine/dps/DpsServiceClientOptions.h"
#include "engine/host/HostBackend.h"
#include "engine/jobs/HostTarget.h"

namespace eflow::jobs {

// What a demo host's world offers beside the host: the local DPS it registers with and its demo
// enrollments. A plain value, so it can travel from the engine's thread to the window's.
struct DemoDps
{
    QString idScope;
    QString endpoint;
    QString individualRegistrationId; // "demo-device"
    QString groupId;                  // "demo-group"
    // Shared, so the value stays copyable; the bytes themselves are wiped when the last copy goes.
    std::shared_ptr<const crypto::SecureBytes> individualKey;
    std::shared_ptr<const crypto::SecureBytes> groupKey;
    // The local endpoint, its CA and no proxy: what "Check with DPS" uses in demo mode.
    dps::DpsDeviceClientOptions deviceClientOptions;
    // The local DPS's service connection string (secret) and the options to reach its service API: what
    // the Verify step after provisioning reads the registration record with (issue 15 item 4).
    std::shared_ptr<const crypto::SecureBytes> serviceConnectionString;
    dps::DpsServiceClientOptions serviceClientOptions;
};

// One open host: its backend and whatever must live as long as the backend does (the demo's local DPS).
class OpenedHost
{
public:
    OpenedHost() = default;
    Q_DISABLE_COPY_MOVE(OpenedHost)
    virtual ~OpenedHost() = default;

    virtual host::HostBackend *backend() const = 0;
    // Set for a demo host only.
    virtual std::optional<DemoDps> demo() const { return std::nullopt; }
};

// A demo scenario as the Target page lists it.
struct DemoScenarioInfo
{
    QString id;
    QString title;
    QString description;
};

// Where hosts come from. The application registers one opener per kind of target (PowerShell on this
// computer, PowerShell over OpenSSH, the demo's simulated hosts), so the engine's job code never knows
// the concrete backends. Registration happens before the first job; open() may then be called from any
// thread (each runner opens its hosts on its own worker thread).
class HostFactory final
{
public:
    using Opener = std::function<std::unique_ptr<OpenedHost>(const HostTarget &target, QString *error)>;

    HostFactory() = default;
    Q_DISABLE_COPY_MOVE(HostFactory)

    void registerKind(HostTarget::Kind kind, Opener opener);
    bool supports(HostTarget::Kind kind) const;

    // The demo scenarios, in the order the Target page shows them; the first is the default.
    void setDemoScenarios(QList<DemoScenarioInfo> scenarios);
    QList<DemoScenarioInfo> demoScenarios() const;
    std::optional<DemoScenarioInfo> demoScenario(const QString &id) const;
    // The id an empty scenario id stands for.
    QString defaultDemoScenario() const;

    // Cheap checks that need no host (a known kind, a known scenario): nullopt when it may be opened.
    std::optional<QString> refusal(const HostTarget &target) const;
    // Opens target; nullptr with *error set when it cannot be opened.
    std::unique_ptr<OpenedHost> open(const HostTarget &target, QString *error) const;

private:
    mutable QMutex m_mutex;
    std::map<HostTarget::Kind, Opener> m_openers;
    QList<DemoScenarioInfo> m_scenarios;
};

} // namespace eflow::jobs
