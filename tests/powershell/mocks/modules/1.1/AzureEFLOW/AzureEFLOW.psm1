# Mock AzureEFLOW module, release line 1.1 LTS (tests/powershell/mocks/README.md). Deploy-Eflow has
# vmDiskSize (8–256 GB, REF-1.1) and neither vmDataSize nor vmLogSize; there is no Set-EflowVmDNSServers
# and no shared-folder cmdlet. The behaviour is shared with the other lines and lives in ../../../lib.
# Windows checks the execution policy whenever this file loads, also through autoloading (Get-Command).
if (Get-Command -Name Get-EflowMockModulePolicyError -CommandType Function -ErrorAction SilentlyContinue) {
    $eflowMockRefusal = Get-EflowMockModulePolicyError
    if ($eflowMockRefusal -ne '') { throw $eflowMockRefusal }
}
$script:EflowMockLine = '1.1'
$eflowMockLib = Join-Path (Split-Path -Parent (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))) 'lib'
. (Join-Path $eflowMockLib 'MockCore.ps1')
. (Join-Path $eflowMockLib 'VmShell.ps1')
. (Join-Path $eflowMockLib 'AzureEflowImpl.ps1')
. (Join-Path $eflowMockLib 'AzureEflowCommon.ps1')

function Deploy-Eflow {
    [CmdletBinding()]
    param(
        [ValidateSet('Yes', 'No')][string]$acceptEula,
        [ValidateSet('Yes', 'No')][string]$acceptOptionalTelemetry,
        [ValidateRange(1, 2147483647)][int]$cpuCount,
        [ValidateRange(1024, 2147483647)][int]$memoryInMB,
        [ValidateRange(8, 256)][int]$vmDiskSize,
        [ValidateNotNullOrEmpty()][string]$vswitchName,
        [ValidateSet('External', 'Internal')][string]$vswitchType,
        [ValidateNotNullOrEmpty()][string]$ip4Address,
        [ValidateRange(0, 32)][int]$ip4PrefixLength,
        [ValidateNotNullOrEmpty()][string]$ip4GatewayAddress,
        [ValidateNotNullOrEmpty()][string]$gpuName,
        [ValidateSet('DirectDeviceAssignment', 'ParaVirtualization')][string]$gpuPassthroughType,
        [ValidateRange(0, 2147483647)][int]$gpuCount,
        [switch]$headless
    )
    Write-EflowMockRecord $MyInvocation.MyCommand.Name $PSBoundParameters 'AzureEFLOW'
    return Invoke-EflowMockDeploy $PSBoundParameters $script:EflowMockLine
}

Export-ModuleMember -Function ($script:EflowMockCommonCmdlets + @('Deploy-Eflow'))
