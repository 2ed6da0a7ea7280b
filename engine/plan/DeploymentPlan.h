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
};

} // namespace eflow::plan
