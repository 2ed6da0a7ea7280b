#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "engine/plan/DeploymentPlan.h"

namespace eflow::plan {

// The field a problem belongs to, so that a page can put the message next to the right widget.
enum class Field
{
    Unknown = 0,
    IdScope,
    RegistrationId,
    EnrollmentGroupId,
    DeviceId,
    SymmetricKey,
    GroupKey, // an enrollment group's key, from which device keys are derived
    DeviceConnectionString,
    ServiceConnectionString,
    CpuCount,
    MemoryMb,
    DiskSizeGb,
    DataSizeGb,
    LogSize,
    SwitchName,
    SwitchType,
    NewSwitchName,         // the Internal switch with NAT that the wizard creates (SwitchCreation)
    NewSwitchHostAddress,  // its address on the host side, the VM's gateway
    NewSwitchPrefixLength, // its NAT prefix
    Ip4Address,
    Ip4PrefixLength,
    Ip4GatewayAddress,
    DnsServers,
    GpuType,
    GpuName,
    GpuCount,
    Release, // the EFLOW release line has not been chosen
    License, // the licence terms have not been accepted
    // Provisioning (Provision-EflowVm, reference/eflow.md §2.2).
    ProvisioningType,
    GlobalEndpoint,
    IotHubHostname,
    IdentityCertPath,
    IdentityPrivKeyPath,
    KeySource,
    SecretRef, // the name under which the secret (key, connection string) is kept
    // The IoT Edge runtime's proxy in the VM (EdgeProxySettings).
    EdgeProxyUrl,
    EdgeUpstreamProtocol,
};

// One thing wrong with one field: a translated sentence that names the field and what is wrong,
// e.g. "Registration ID: the character '/' at position 4 is not allowed; use letters, digits, - . _ :".
struct Problem
{
    Field field = Field::Unknown;
    QString message;

    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

// The NAT prefix of a switch the wizard creates: /8 is the largest private block (10.0.0.0/8), and /31
// and /32 leave no room for both the host and the VM.
inline constexpr int kMinNatPrefixLength = 8;
inline constexpr int kMaxNatPrefixLength = 30;

// Free functions need a translation context of their own (style.md §8).
struct ValidationTr
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

// Single-value rules. Each returns nothing when the value is acceptable.
std::optional<Problem> checkIdScope(QStringView scope);
std::optional<Problem> checkRegistrationId(QStringView id);
std::optional<Problem> checkEnrollmentGroupId(QStringView id);
std::optional<Problem> checkDeviceId(QStringView id);
// Valid base64 (canonical padding) whose decoded length is 16 to 64 bytes.
std::optional<Problem> checkSymmetricKey(QStringView key, Field field = Field::SymmetricKey);
// HostName, DeviceId and SharedAccessKey present and well-formed.
std::optional<Problem> checkDeviceConnectionString(QStringView connectionString);
// HostName, SharedAccessKeyName and SharedAccessKey present and well-formed.
std::optional<Problem> checkServiceConnectionString(QStringView connectionString);

// Rules that depend on the release line and on what is known about the host.
Problems checkVmSettings(EflowRelease release, const VmSettings &vm, const HostLimits &host = {});
Problems checkNetwork(const NetworkSettings &network);
// The switch the VM is deployed on, as far as the plan decides it: the fields of the switch to create
// (name, host address, NAT prefix) and how the network settings fit it; without one, a static
// address needs a named switch (the Default Switch always uses DHCP).
Problems checkSwitchChoice(const NetworkSettings &network, const SwitchCreation &creation);
Problems checkGpu(const GpuSettings &gpu, const HostLimits &host = {});
// The IoT Edge proxy: an http:// URL with host and port, no credentials (they would be kept in plain text
// in the plan and in the VM's configuration), no characters a systemd or TOML line could be broken with;
// one of edgeUpstreamProtocols(); a release line that has the aziot services (1.4 on).
Problems checkEdgeProxy(const EdgeProxySettings &proxy, EflowRelease release);
// Everything the Settings page decides: VM, network, switch choice, GPU and the IoT Edge proxy.
Problems checkSettings(const DeploymentPlan &plan, const HostLimits &host = {});
// The settings and what the rest of the wizard decides (release chosen, licence accepted): the
// checks a plan file gets before `host deploy` runs it, the same as the wizard's pages.
Problems checkPlan(const DeploymentPlan &plan, const HostLimits &host = {});

// The fields Provision-EflowVm needs for the chosen method (Microsoft's own required-field matrix,
// reference/eflow.md §2.2), plus the format of each field that is given. Secrets are not part of
// the settings: where one is needed, secretRef must name it.
Problems validateProvisioning(const ProvisioningSettings &settings, EflowRelease release);

// ---- issue 14 item 8: values the command line takes, checked once for every command ----
// An IoT hub host name (RFC 1123, at least two labels), e.g. for the emulator's linked hubs. subject
// names where it came from in the message ("--hub"); empty: "IoT Hub host name".
std::optional<Problem> checkIotHubHostName(QStringView host, const QString &subject = {});
// The DPS api-version query value: a date, optionally "-preview" (2021-06-01, 2019-03-31-preview). It is
// put into URLs, so nothing else may pass.
std::optional<Problem> checkDpsApiVersion(QStringView version, const QString &subject = {});
// text as a finite number from min to max ("nan", "inf" and out-of-range values give nothing).
std::optional<double> numberInRange(QStringView text, double min, double max);

} // namespace eflow::plan
