# The AzureEFLOW cmdlets of the 1.4 and 1.5 lines whose signature differs from 1.1 (reference §2.1, §2.3):
# Deploy-Eflow takes vmDataSize/vmLogSize, and vmDiskSize only in its own parameter set with the 1.4 bounds
# (21 GB – 2 TB; "Either vmDiskSize or vmDataSize can be used, but not both together"), plus customSsh and
# sharedFoldersJsonPath; Set-EflowVmDNSServers and the shared-folder cmdlets exist from 1.3/1.4 on.

function Deploy-Eflow {
    [CmdletBinding(DefaultParameterSetName = 'DataSize')]
    param(
        [ValidateSet('Yes', 'No')][string]$acceptEula,
        [ValidateSet('Yes', 'No')][string]$acceptOptionalTelemetry,
        [ValidateRange(1, 2147483647)][int]$cpuCount,
        [ValidateRange(1024, 2147483647)][int]$memoryInMB,
        [Parameter(ParameterSetName = 'DiskSize')][ValidateRange(21, 2000)][int]$vmDiskSize,
        [Parameter(ParameterSetName = 'DataSize')][ValidateRange(2, 2000)][int]$vmDataSize,
        [ValidateSet('Small', 'Large')][string]$vmLogSize,
        [ValidateNotNullOrEmpty()][string]$vswitchName,
        [ValidateSet('External', 'Internal')][string]$vswitchType,
        [ValidateNotNullOrEmpty()][string]$ip4Address,
        [ValidateRange(0, 32)][int]$ip4PrefixLength,
        [ValidateNotNullOrEmpty()][string]$ip4GatewayAddress,
        [ValidateNotNullOrEmpty()][string]$gpuName,
        [ValidateSet('DirectDeviceAssignment', 'ParaVirtualization')][string]$gpuPassthroughType,
        [ValidateRange(0, 2147483647)][int]$gpuCount,
        [switch]$customSsh,
        [string]$sharedFoldersJsonPath,
        [switch]$headless
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockDeploy $PSBoundParameters $script:EflowMockLine
}

function Set-EflowVmDNSServers {
    [CmdletBinding()]
    param(
        [string]$vendpointName,
        [Parameter(Mandatory = $true)][string[]]$dnsServers
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    Invoke-EflowMockDns $PSBoundParameters
}

function Add-EflowVmSharedFolder {
    [CmdletBinding()]
    param([Parameter(Mandatory = $true)][string]$sharedFoldersJsonPath)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    Assert-EflowMockVmRunning (Get-EflowMockModuleState)
}

function Get-EflowVmSharedFolder {
    [CmdletBinding()]
    param([string]$sharedfolderRoot, [string]$hostFolderPath)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    Assert-EflowMockVmRunning (Get-EflowMockModuleState)
}

function Remove-EflowVmSharedFolder {
    [CmdletBinding()]
    param([string]$sharedfolderRoot, [string]$hostFolderPath)
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    Assert-EflowMockVmRunning (Get-EflowMockModuleState)
}

$script:EflowMockLineCmdlets = @('Deploy-Eflow', 'Set-EflowVmDNSServers', 'Add-EflowVmSharedFolder', 'Get-EflowVmSharedFolder', 'Remove-EflowVmSharedFolder')
