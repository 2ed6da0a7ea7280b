# Every HostFacts field (reference §3.2, §1.4). Each query is guarded on its own: a query that fails
# leaves its field out (the wizard reads "could not be checked"), it never fails the probe.
$facts = [ordered]@{ schema = 1 }
function Get-EflowFeatureKey([string]$State) {
    switch -Regex ($State) {
        '^(Enabled|Installed)$' { return 'enabled' }
        '^(EnablePending|InstallPending)$' { return 'enablePending' }
        '^(Disabled|DisablePending|DisabledWithPayloadRemoved|Available|Removed|NotPresent|Staged)$' { return 'disabled' }
    }
    return $null
}
function Get-EflowClientFeature([string]$Name) {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName $Name -ErrorAction SilentlyContinue
    if ($null -eq $feature) { return 'notAvailable' }
    return Get-EflowFeatureKey "$($feature.State)"
}
function Get-EflowServerFeature([string]$Name) {
    $feature = Get-WindowsFeature -Name $Name -ErrorAction SilentlyContinue
    if ($null -eq $feature) { return 'notAvailable' }
    return Get-EflowFeatureKey "$($feature.InstallState)"
}
function Test-EflowInPrefix([string]$Address, [string]$Prefix) {
    $parts = $Prefix.Split('/')
    if ($parts.Count -ne 2) { return $false }
    $length = [int]$parts[1]
    $a = ([System.Net.IPAddress]::Parse($Address)).GetAddressBytes()
    $n = ([System.Net.IPAddress]::Parse($parts[0])).GetAddressBytes()
    [Array]::Reverse($a)
    [Array]::Reverse($n)
    $mask = if ($length -eq 0) { [uint64]0 } else { ([uint64]4294967295 -shl (32 - $length)) -band [uint64]4294967295 }
    return (([BitConverter]::ToUInt32($a, 0) -band $mask) -eq ([BitConverter]::ToUInt32($n, 0) -band $mask))
}

try {
    $os = Get-CimInstance -ClassName Win32_OperatingSystem
    $facts.computerName = "$($os.CSName)"
    $facts.osCaption = "$($os.Caption)".Trim()
    $facts.osVersion = "$($os.Version)"
    $facts.buildNumber = [int]$os.BuildNumber
    $facts.operatingSystemSku = [int]$os.OperatingSystemSKU
    $facts.productType = [int]$os.ProductType
    $facts.freeMemoryMb = [int64]([uint64]$os.FreePhysicalMemory / 1024)
    if (@($os.MUILanguages).Count -gt 0) { $facts.uiLanguage = "$(@($os.MUILanguages)[0])" }
} catch {}
try {
    $facts.ubr = [int](Get-ItemPropertyValue 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name UBR)
} catch {}
try {
    $facts.architecture = if ($env:PROCESSOR_ARCHITEW6432) { "$env:PROCESSOR_ARCHITEW6432" } else { "$env:PROCESSOR_ARCHITECTURE" }
} catch {}
$computerSystem = $null
try {
    $computerSystem = Get-CimInstance -ClassName Win32_ComputerSystem
    $facts.totalMemoryMb = [int64]([uint64]$computerSystem.TotalPhysicalMemory / 1MB)
    $facts.logicalProcessors = [int]$computerSystem.NumberOfLogicalProcessors
    if ($null -ne $computerSystem.HypervisorPresent) { $facts.hypervisorPresent = [bool]$computerSystem.HypervisorPresent }
} catch {}
try {
    $drive = if ($eflowDrive -match '^[A-Za-z]:') { $eflowDrive.Substring(0, 2).ToUpperInvariant() } else { 'C:' }
    $disk = [ordered]@{ drive = $drive }
    $logical = Get-CimInstance -ClassName Win32_LogicalDisk -Filter ("DeviceID='" + $drive + "'")
    if ($null -ne $logical) {
        $disk.freeMb = [int64]([uint64]$logical.FreeSpace / 1MB)
        $disk.sizeMb = [int64]([uint64]$logical.Size / 1MB)
    }
    $facts.disk = $disk
} catch {}

try {
    $principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
    $facts.elevated = $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
} catch {}
# DISM (features, capabilities) answers only an elevated session; without elevation a missing answer
# would read as "not available", so the feature fields stay absent instead.
$isServer = $facts.Contains('productType') -and $facts.productType -ne 1
$canAskDism = $facts.Contains('elevated') -and $facts.elevated
if ($canAskDism) {
    if ($isServer) {
        try { $facts.hyperV = Get-EflowServerFeature 'Hyper-V' } catch {}
        try { $facts.hyperVPowerShell = Get-EflowServerFeature 'Hyper-V-PowerShell' } catch {}
    } else {
        try { $facts.hyperV = Get-EflowClientFeature 'Microsoft-Hyper-V' } catch {}
        try { $facts.hyperVPowerShell = Get-EflowClientFeature 'Microsoft-Hyper-V-Management-PowerShell' } catch {}
        try { $facts.hyperVHypervisor = Get-EflowClientFeature 'Microsoft-Hyper-V-Hypervisor' } catch {}
    }
    try { $facts.virtualMachinePlatform = Get-EflowClientFeature 'VirtualMachinePlatform' } catch {}
    try {
        $capability = Get-WindowsCapability -Online -Name 'OpenSSH.Client*' | Select-Object -First 1
        $facts.openSshClient = if ($null -eq $capability) { 'notAvailable' } else { Get-EflowFeatureKey "$($capability.State)" }
    } catch {}
}
foreach ($key in @('hyperV', 'hyperVPowerShell', 'hyperVHypervisor', 'virtualMachinePlatform', 'openSshClient')) {
    if ($facts.Contains($key) -and $null -eq $facts[$key]) { $facts.Remove($key) }
}
try {
    # Windows leaves the HyperVRequirement* properties empty once a hypervisor runs; empty stays absent.
    $info = Get-ComputerInfo -Property 'HyperV*'
    if (-not $facts.Contains('hypervisorPresent') -and $null -ne $info.HyperVisorPresent) { $facts.hypervisorPresent = [bool]$info.HyperVisorPresent }
    if ($null -ne $info.HyperVRequirementVirtualizationFirmwareEnabled) { $facts.firmwareVirtualization = [bool]$info.HyperVRequirementVirtualizationFirmwareEnabled }
    if ($null -ne $info.HyperVRequirementSecondLevelAddressTranslation) { $facts.secondLevelAddressTranslation = [bool]$info.HyperVRequirementSecondLevelAddressTranslation }
} catch {}
try {
    $services = New-Object System.Collections.ArrayList
    foreach ($name in @('vmms', 'vmcompute', 'hvhost', 'WSSDAgent')) {
        $service = Get-Service -Name $name -ErrorAction SilentlyContinue
        $state = if ($null -eq $service) { 'missing' } elseif ("$($service.Status)" -eq 'Running') { 'running' } else { 'stopped' }
        [void]$services.Add([ordered]@{ name = $name; state = $state })
    }
    $facts.services = @($services)
} catch {}
try {
    $board = Get-CimInstance -ClassName Win32_BaseBoard | Select-Object -First 1
    $model = if ($null -ne $computerSystem) { "$($computerSystem.Model)" } else { '' }
    $manufacturer = if ($null -ne $computerSystem) { "$($computerSystem.Manufacturer)" } else { '' }
    $facts.isVirtualMachine = ("$($board.Product)" -eq 'Virtual Machine') -or ($model -match 'Virtual|VMware|KVM')
    if ($facts.isVirtualMachine) {
        $facts.virtualMachineVendor = if ($manufacturer -match 'Microsoft') { 'Microsoft Hyper-V' } elseif ($model -match 'VMware' -or $manufacturer -match 'VMware') { 'VMware' } else { $manufacturer.Trim() }
    }
} catch {}
try {
    $facts.isAzureVm = $null -ne (Get-Service -Name WindowsAzureGuestAgent -ErrorAction SilentlyContinue)
    if ($facts.isAzureVm) { $facts.virtualMachineVendor = 'Azure' }
} catch {}
try {
    $nats = @(Get-NetNat -ErrorAction SilentlyContinue)
    $hostAddresses = @(Get-NetIPAddress -AddressFamily IPv4 -ErrorAction SilentlyContinue)
    $switches = New-Object System.Collections.ArrayList
    foreach ($vmSwitch in @(Get-VMSwitch)) {
        $entry = [ordered]@{
            name = "$($vmSwitch.Name)"
            kind = "$($vmSwitch.SwitchType)"
            netAdapter = "$($vmSwitch.NetAdapterInterfaceDescription)"
            isDefaultSwitch = ("$($vmSwitch.Name)" -eq 'Default Switch') -or ("$($vmSwitch.Id)" -eq 'c08cb7b8-9b3c-408e-8e30-5e16a3aeb444')
            hasNat = $false
            hostAddress = ''
            prefixLength = 0
        }
        if ($entry.kind -eq 'Internal') {
            try {
                $alias = 'vEthernet (' + $entry.name + ')'
                $address = $hostAddresses | Where-Object { $_.InterfaceAlias -eq $alias -and $_.IPAddress -notlike '169.254.*' } |
                    Select-Object -First 1
                if ($null -ne $address) {
                    $entry.hostAddress = "$($address.IPAddress)"
                    $entry.prefixLength = [int]$address.PrefixLength
                    foreach ($nat in $nats) {
                        if (Test-EflowInPrefix $entry.hostAddress "$($nat.InternalIPInterfaceAddressPrefix)") { $entry.hasNat = $true }
                    }
                }
            } catch {}
        }
        [void]$switches.Add($entry)
    }
    $facts.switches = @($switches)
} catch {}
try {
    # The host's own DNS servers, for a VM behind a created NAT switch (Windows NAT has no DNS proxy):
    # every adapter's IPv4 servers but those of internal switches, loopback and link-local ones.
    $internal = @($facts.switches | Where-Object { $_.kind -eq 'Internal' } | ForEach-Object { 'vEthernet (' + $_.name + ')' })
    $dnsServers = New-Object System.Collections.ArrayList
    foreach ($entry in @(Get-DnsClientServerAddress -AddressFamily IPv4 -ErrorAction SilentlyContinue)) {
        if ($internal -contains "$($entry.InterfaceAlias)") { continue }
        foreach ($server in @($entry.ServerAddresses)) {
            $text = "$server"
            if ($text -match '^\d{1,3}(\.\d{1,3}){3}$' -and $text -notlike '127.*' -and $text -notlike '169.254.*' -and -not $dnsServers.Contains($text)) {
                [void]$dnsServers.Add($text)
            }
        }
    }
    $facts.dnsServers = @($dnsServers)
} catch {}
try {
    $gpus = New-Object System.Collections.ArrayList
    foreach ($controller in @(Get-CimInstance -ClassName Win32_VideoController)) {
        $name = "$($controller.Caption)"
        # Deploy-Eflow accepts only NVIDIA Tesla T4 and A2 for DDA (reference §3.4).
        $dda = $name -match '\bTesla T4\b|NVIDIA T4\b|NVIDIA A2\b'
        $pv = (-not $dda) -and ($name -match 'NVIDIA (GeForce|Quadro|RTX)|Intel\(R\) (Iris|UHD|Arc)')
        [void]$gpus.Add([ordered]@{ name = $name; driverVersion = "$($controller.DriverVersion)"; ddaCapable = $dda; gpuPvCapable = $pv })
    }
    $facts.gpus = @($gpus)
} catch {}
try {
    # What applies to the wizard's own sessions: the first scope that defines a policy, in PowerShell's
    # order. The wizard passes -ExecutionPolicy Bypass (the Process scope), which only Group Policy
    # (MachinePolicy, UserPolicy) overrides; CurrentUser and LocalMachine count where Process is unset.
    $policy = ''
    $policyScope = ''
    foreach ($scope in @('MachinePolicy', 'UserPolicy', 'Process', 'CurrentUser', 'LocalMachine')) {
        $value = "$(Get-ExecutionPolicy -Scope $scope)"
        if ($policy -eq '' -and $value -ne 'Undefined' -and $value -ne '') { $policy = $value; $policyScope = $scope }
    }
    if ($policy -eq '') {
        $policy = if ($isServer) { 'RemoteSigned' } else { 'Restricted' }
        $policyScope = 'Default'
    }
    $facts.executionPolicy = $policy
    $facts.executionPolicyScope = $policyScope
} catch {}
try {
    $facts.psEdition = if ($PSVersionTable.PSEdition) { "$($PSVersionTable.PSEdition)" } else { 'Desktop' }
    $facts.psVersion = "$($PSVersionTable.PSVersion)"
} catch {}
try {
    # The host's language and text encoding (issue 17). Every other fact is a typed value, which
    # ConvertTo-Json writes the same in every culture; these say what the host's own messages are in.
    $culture = [System.Globalization.CultureInfo]::CurrentCulture
    $facts.culture = [ordered]@{
        name = "$($culture.Name)"
        uiName = "$([System.Globalization.CultureInfo]::CurrentUICulture.Name)"
        outputCodePage = [int][Console]::OutputEncoding.CodePage
        ansiCodePage = [int][System.Text.Encoding]::Default.CodePage
        oemCodePage = [int]$culture.TextInfo.OEMCodePage
        decimalSeparator = "$($culture.NumberFormat.NumberDecimalSeparator)"
        groupSeparator = "$($culture.NumberFormat.NumberGroupSeparator)"
        shortDatePattern = "$($culture.DateTimeFormat.ShortDatePattern)"
        longTimePattern = "$($culture.DateTimeFormat.LongTimePattern)"
    }
} catch {}
try {
    $product = Get-EflowInstalledProduct
    if ($null -eq $product) {
        $facts.eflow = [ordered]@{ installed = $false; productName = ''; version = ''; release = ''; installDir = '' }
    } else {
        $facts.eflow = [ordered]@{
            installed = $true
            productName = "$($product.DisplayName)"
            version = "$($product.DisplayVersion)"
            release = Get-EflowReleaseLine $product.DisplayVersion
            installDir = "$($product.InstallLocation)"
        }
    }
} catch {}
try {
    if ($null -ne (Get-Module -ListAvailable -Name AzureEFLOW)) {
        Import-EflowModule
        $vm = [ordered]@{ exists = (@(Verify-EflowVm) -contains $true); name = ''; powerState = '' }
        if ($vm.exists) {
            try { $vm.name = "$(Get-EflowVmName)".Trim() } catch {}
            try {
                $state = "$((Get-EflowVm).VmPowerState)"
                if ($state -eq 'Running' -or $state -eq 'Off') { $vm.powerState = $state }
            } catch {}
        }
        $facts.vm = $vm
    } else {
        $facts.vm = [ordered]@{ exists = $false; name = ''; powerState = '' }
    }
} catch {}
Write-EflowResult $facts
