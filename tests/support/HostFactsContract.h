#pragma once

// The top-level keys of the host facts JSON that the probe script, the simulated host and the parser
// share (engine/host/HostFacts). One list, so the tests of each side check the same contract.

#include <QStringList>

namespace eflow::testsupport {

inline QStringList hostFactsContractKeys()
{
    return {QStringLiteral("schema"),
            QStringLiteral("computerName"),
            QStringLiteral("osCaption"),
            QStringLiteral("osVersion"),
            QStringLiteral("buildNumber"),
            QStringLiteral("ubr"),
            QStringLiteral("operatingSystemSku"),
            QStringLiteral("productType"),
            QStringLiteral("architecture"),
            QStringLiteral("uiLanguage"),
            QStringLiteral("totalMemoryMb"),
            QStringLiteral("freeMemoryMb"),
            QStringLiteral("logicalProcessors"),
            QStringLiteral("disk"),
            QStringLiteral("hyperV"),
            QStringLiteral("hyperVPowerShell"),
            QStringLiteral("hyperVHypervisor"),
            QStringLiteral("virtualMachinePlatform"),
            QStringLiteral("openSshClient"),
            QStringLiteral("hypervisorPresent"),
            QStringLiteral("firmwareVirtualization"),
            QStringLiteral("secondLevelAddressTranslation"),
            QStringLiteral("services"),
            QStringLiteral("isVirtualMachine"),
            QStringLiteral("virtualMachineVendor"),
            QStringLiteral("isAzureVm"),
            QStringLiteral("switches"),
            QStringLiteral("gpus"),
            QStringLiteral("dnsServers"),
            QStringLiteral("elevated"),
            QStringLiteral("executionPolicy"),
            QStringLiteral("executionPolicyScope"),
            QStringLiteral("psEdition"),
            QStringLiteral("psVersion"),
            QStringLiteral("eflow"),
            QStringLiteral("vm")};
}

} // namespace eflow::testsupport
