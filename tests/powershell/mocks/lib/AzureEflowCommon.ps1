# The AzureEFLOW cmdlets whose signature is the same in 1.1, 1.4 and 1.5 (reference §2.2, §2.3), dot-sourced
# into each line's module after MockCore/VmShell/AzureEflowImpl. Types follow the reference: strings where
# the docs name free text or a value list, int for counts and sizes, switch for flags. A value list is a
# [ValidateSet] only where an error shows the module binding it (provisioningType, vswitchType,
# gpuPassthroughType); -feature is checked in the body ("Unknown feature '$feature' is provided.").

function Provision-EflowVm {
    [CmdletBinding()]
    param(
        [ValidateSet('ManualConnectionString', 'ManualX509', 'DpsTPM', 'DpsX509', 'DpsSymmetricKey')]
        [string]$provisioningType,
        [string]$devConnString,
        [string]$iotHubHostname,
        [string]$deviceId,
        [string]$scopeId,
        [string]$symmKey,
        [string]$registrationId,
        [string]$identityCertPath,
        [string]$identityPrivKeyPath,
        [string]$globalEndpoint,
        [switch]$headless
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    if (-not $PSBoundParameters.ContainsKey('provisioningType')) { throw 'provisioningType is required' }
    return Invoke-EflowMockProvision $PSBoundParameters $script:EflowMockLine
}

function Verify-EflowVm {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return [bool](Get-EflowMockModuleState)['vm']['exists']
}

function Get-EflowVm {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    return Get-EflowMockVmObject $state
}

function Get-EflowVmName {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    if (-not $state['vm']['exists']) { throw 'Virtual machine name could not be retrieved from wssdagent' }
    return "$($state['vm']['name'])"
}

function Get-EflowVmAddr {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    $vm = $state['vm']
    Write-EflowMockConsole "Querying IP and MAC addresses from virtual machine ($($vm['name']))"
    Write-EflowMockConsole "Virtual machine MAC: $($vm['mac'])" -Bullet
    Write-EflowMockConsole "Virtual machine IP : $($vm['ip']) retrieved directly from virtual machine" -Bullet
    return @("$($vm['mac'])", "$($vm['ip'])")
}

function Get-EflowVmEndpoint {
    [CmdletBinding()]
    param([string]$vswitchName)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    if ($PSBoundParameters.ContainsKey('vswitchName') -and $vswitchName -ne "$($state['vm']['switchName'])") { return }
    return Get-EflowMockEndpointObject $state
}

function Add-EflowVmEndpoint {
    [CmdletBinding()]
    param([string]$vswitchName, [string]$vendpointName, [string]$ip4Address, [int]$ip4PrefixLength, [string]$ip4GatewayAddress)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    throw 'Add-EflowVmEndpoint is not modelled by the mock'
}

function Remove-EflowVmEndpoint {
    [CmdletBinding()]
    param([string]$vendpointName)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    throw 'Remove-EflowVmEndpoint is not modelled by the mock'
}

function Get-EflowNetwork {
    [CmdletBinding()]
    param([string]$vswitchName)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    if (-not $state['vm']['exists']) { return }
    if ($PSBoundParameters.ContainsKey('vswitchName') -and $vswitchName -ne "$($state['vm']['switchName'])") {
        throw "Network '$vswitchName' does not exist"
    }
    return [pscustomobject]([ordered]@{ Name = "$($state['vm']['switchName'])"; AllocationMethod = $(if ($state['vm']['static']) { 'Static' } else { 'Dynamic' }); Cidr = ''; Type = "$($state['vm']['switchType'])" })
}

function Add-EflowNetwork {
    [CmdletBinding()]
    param([string]$vswitchName, [ValidateSet('External', 'Internal')][string]$vswitchType)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    throw 'Add-EflowNetwork is not modelled by the mock'
}

function Remove-EflowNetwork {
    [CmdletBinding()]
    param([string]$vswitchName)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    throw 'Remove-EflowNetwork is not modelled by the mock'
}

function Invoke-EflowVmCommand {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][ValidateNotNullOrEmpty()][string]$command,
        [switch]$ignoreError
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockVmCommand $PSBoundParameters
}

function Connect-EflowVm {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    throw 'Connect-EflowVm is interactive (ssh) and does not work without a console'
}

function Copy-EflowVmFile {
    [CmdletBinding()]
    param([string]$fromFile, [string]$toFile, [switch]$pushFile)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    Assert-EflowMockVmRunning (Get-EflowMockModuleState)
}

function Start-EflowVm {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    if (-not $state['vm']['exists']) { throw 'Virtual machine does not exist, deploy it first' }
    $state['vm']['powerState'] = 'Running'
    Save-EflowMockState $state
}

function Stop-EflowVm {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    if (-not $state['vm']['exists']) { throw 'Virtual machine does not exist, deploy it first' }
    $state['vm']['powerState'] = 'Off'
    Save-EflowMockState $state
}

function Set-EflowVM {
    [CmdletBinding()]
    param(
        [int]$cpuCount,
        [int]$memoryInMB,
        [string]$gpuName,
        [ValidateSet('DirectDeviceAssignment', 'ParaVirtualization')][string]$gpuPassthroughType,
        [int]$gpuCount,
        [switch]$headless
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    # Unspecified arguments reset to the defaults (reference §2.3).
    $state['vm']['cpuCount'] = $(if ($PSBoundParameters.ContainsKey('cpuCount')) { $cpuCount } else { 1 })
    $state['vm']['memoryInMB'] = $(if ($PSBoundParameters.ContainsKey('memoryInMB')) { $memoryInMB } else { 1024 })
    $state['vm']['gpuName'] = $gpuName
    $state['vm']['gpuPassthroughType'] = $gpuPassthroughType
    $state['vm']['gpuCount'] = $gpuCount
    Save-EflowMockState $state
    return 'OK'
}

function Get-EflowHostConfiguration {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    return [pscustomobject]([ordered]@{
        FreePhysicalMemoryInMB = [int64]([int64]$state['os']['FreePhysicalMemory'] / 1024)
        NumberOfLogicalProcessors = [int]$state['computerSystem']['NumberOfLogicalProcessors']
        DiskInfo = @($state['disks'].Keys | ForEach-Object { [pscustomobject]@{ Drive = $_; FreeSizeInGB = [int64]([int64]$state['disks'][$_]['FreeSpace'] / 1GB) } })
        GpuInfo = @($state['gpus'] | Where-Object { $null -ne $_ } | ForEach-Object { [pscustomobject]@{ Name = "$($_['Caption'])"; Count = 1 } })
    })
}

function Get-EflowLogs {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockLogs
}

function Get-EflowVmFeature {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$feature)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockFeature $PSBoundParameters $script:EflowMockLine
}

function Set-EflowVmFeature {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)][string]$feature,
        [switch]$enable,
        [switch]$headless
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockFeature $PSBoundParameters $script:EflowMockLine -Set
}

function Get-EflowVmTelemetryOption {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    return "$($state['vm']['telemetry'])"
}

function Set-EflowVmTelemetryOption {
    [CmdletBinding()]
    param([ValidateSet('True', 'False')][string]$optionalTelemetry)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    $state['vm']['telemetry'] = $(if ($optionalTelemetry -eq 'True') { 'Optional' } else { 'Required' })
    Save-EflowMockState $state
}

function Get-EflowVmTpmProvisioningInfo {
    [CmdletBinding()]
    param()
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    if (-not $state['vm']['features']['DpsTpm']) { throw 'TPM provisioning information not available!' }
    return [pscustomobject]([ordered]@{ 'Endorsement Key' = 'AToAAQALAAMAsgAgg3GXZ0SEs/gakMyNRqXXJP1S124GUgtk8qHaGzMUaaoABgCAAEMAEAgAAAAAAAEA'; 'Registration Id' = "$($state['tpmRegistrationId'])" })
}

$script:EflowMockCommonCmdlets = @(
    'Provision-EflowVm', 'Verify-EflowVm', 'Get-EflowVm', 'Get-EflowVmName', 'Get-EflowVmAddr', 'Get-EflowVmEndpoint',
    'Add-EflowVmEndpoint', 'Remove-EflowVmEndpoint', 'Get-EflowNetwork', 'Add-EflowNetwork', 'Remove-EflowNetwork',
    'Invoke-EflowVmCommand', 'Connect-EflowVm', 'Copy-EflowVmFile', 'Start-EflowVm', 'Stop-EflowVm', 'Set-EflowVM',
    'Get-EflowHostConfiguration', 'Get-EflowLogs', 'Get-EflowVmFeature', 'Set-EflowVmFeature',
    'Get-EflowVmTelemetryOption', 'Set-EflowVmTelemetryOption', 'Get-EflowVmTpmProvisioningInfo'
)
