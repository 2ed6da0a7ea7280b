#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "engine/plan/EflowRelease.h"

namespace eflow::plan {

enum class VSwitchType
{
    Unknown = 0, // not chosen: Deploy-Eflow uses "Default Switch" on client SKUs
    Internal,
    External,
};

enum class GpuPassthrough
{
    Unknown = 0,
    None,
    DirectDeviceAssignment, // -gpuPassthroughType DirectDeviceAssignment
    ParaVirtualization,     // -gpuPassthroughType ParaVirtualization (gpuCount must be 1)
};

enum class VmLogSize
{
    Unknown = 0, // not passed: the module's default (Small)
    Small,
    Large,
};

struct VmSettings
{
    int cpuCount = 0;
    int memoryMb = 0;
    std::optional<int> diskSizeGb; // -vmDiskSize
    std::optional<int> dataSizeGb; // -vmDataSize (1.2+ only, never together with vmDiskSize)
    VmLogSize logSize = VmLogSize::Unknown;
};

struct NetworkSettings
{
    QString switchName;
    VSwitchType switchType = VSwitchType::Unknown;
    bool staticIp = false;
    QString ip4Address;
    std::optional<int> ip4PrefixLength;
    QString ip4GatewayAddress;
    QStringList dnsServers;
};

struct GpuSettings
{
    GpuPassthrough type = GpuPassthrough::None;
    QString name; // exactly as Win32_VideoController.Caption reports it
    int count = 0;
};

// What is known about the target host when settings are validated; zero means "not known yet",
// and a bound that is not known is not checked.
struct HostLimits
{
    int logicalProcessors = 0;
    qint64 freeMemoryMb = 0;
    QStringList gpuNames;
};

// Where the EFLOW MSI comes from and where it goes (reference/eflow.md §1.1, §1.2).
struct InstallSettings
{
    QString msiPath;     // a local AzureIoTEdge.msi; empty: download the release line's MSI
    QString downloadUrl; // empty: the release line's aka.ms link
    QString installDir;  // INSTALLDIR; empty: C:\Program Files\Azure IoT Edge
    QString vhdxDir;     // VHDXDIR; empty: next to the install
};

// An Internal switch with NAT to create before deploying (Windows Server has no Default Switch,
// reference/eflow.md §3.3). The VM then gets the static address .2 unless the network says otherwise.
struct SwitchCreation
{
    bool create = false;
    QString name;          // e.g. "EFLOW-Internal"
    QString hostAddress;   // the gateway on the host side, e.g. "172.20.0.1"
    int prefixLength = 24; // the NAT prefix, e.g. 172.20.0.0/24
};

// Provision-EflowVm -provisioningType (reference/eflow.md §2.2).
enum class ProvisioningType
{
    Unknown = 0,
    ManualConnectionString,
    ManualX509,
    DpsTpm,
    DpsX509,
    DpsSymmetricKey,
};

// The module's -provisioningType spelling (ManualConnectionString, ManualX509, DpsTPM, DpsX509,
// DpsSymmetricKey); empty for Unknown.
QString provisioningTypeKey(ProvisioningType type);
// Any case of those spellings; Unknown for anything else.
ProvisioningType provisioningTypeFromKey(const QString &key);

// How DpsSymmetricKey gets its key: the enrollment's own key, or a device key derived on this
// computer from an enrollment group's key (the group key never leaves the wizard).
enum class SymmetricKeySource
{
    Unknown = 0,
    IndividualEnrollment,
    GroupEnrollment,
};

// The non-secret half of provisioning. The secret half (symmetric key, group key, device connection
// string) lives in the secret store under secretRef and is handed to the host only in memory.
struct ProvisioningSettings
{
    ProvisioningType type = ProvisioningType::Unknown;
    QString globalEndpoint; // empty: https://global.azure-devices-provisioning.net
    QString idScope;
    QString registrationId;
    SymmetricKeySource keySource = SymmetricKeySource::Unknown;
    QString enrollmentGroupId; // informational, for GroupEnrollment
    QString iotHubHostname;    // ManualX509
    QString deviceId;          // ManualX509
    QString identityCertPath;  // ManualX509, DpsX509: a path on the Windows host
    QString identityPrivKeyPath;
    // Name of the secret in the secret store (QtKeychain); never the secret itself.
    QString secretRef;
};

// The proxy the IoT Edge runtime in the VM reaches Azure through, set after provisioning as Microsoft's
// "Configure an IoT Edge device to communicate through a proxy server" does: https_proxy for the container
// engine, aziot-identityd and aziot-edged (systemd drop-ins), and for edgeAgent in config.toml's
// [agent.env], with edgeAgent's UpstreamProtocol (a proxy carries AMQP and MQTT over WebSockets on 443).
struct EdgeProxySettings
{
    QString url;              // http://HOST:PORT; empty: no proxy (blank: asked for, address missing)
    QString upstreamProtocol; // AmqpWs, MqttWs, Amqp or Mqtt; empty: AmqpWs

    bool isSet() const { return !url.isEmpty(); }
};
// The UpstreamProtocol values edgeAgent takes, the default first.
QStringList edgeUpstreamProtocols();
// upstreamProtocol as given, or AmqpWs when empty.
QString effectiveUpstreamProtocol(const EdgeProxySettings &proxy);

// Everything the user chose in the wizard. Secrets are never stored here: provisioning keys
// live in the secret store and are referred to by name.
struct DeploymentPlan
{
    EflowRelease release = EflowRelease::Unknown;
    bool eulaAccepted = false;      // -acceptEula Yes
    bool optionalTelemetry = false; // -acceptOptionalTelemetry Yes|No
    VmSettings vm;
    NetworkSettings network;
    GpuSettings gpu;
    InstallSettings install;
    SwitchCreation switchCreation;
    ProvisioningSettings provisioning;
    EdgeProxySettings edgeProxy;
};

// The switch Deploy-Eflow is given: the plan's chosen switch, or the one the deploy job creates first
// (an Internal switch) when none is chosen. Empty name: the module's own choice (the Default Switch).
struct DeploySwitch
{
    QString name;
    VSwitchType type = VSwitchType::Unknown;
};
DeploySwitch deploySwitch(const DeploymentPlan &plan);

} // namespace eflow::plan
