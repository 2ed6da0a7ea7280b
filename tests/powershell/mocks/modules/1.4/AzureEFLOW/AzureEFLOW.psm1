# Mock AzureEFLOW module, release line 1.4 (tests/powershell/mocks/README.md). The signatures are those of
# the 1.4 reference; the behaviour is shared with the other lines and lives in ../../../lib.
# Windows checks the execution policy whenever this file loads, also through autoloading (Get-Command).
if (Get-Command -Name Get-EflowMockModulePolicyError -CommandType Function -ErrorAction SilentlyContinue) {
    $eflowMockRefusal = Get-EflowMockModulePolicyError
    if ($eflowMockRefusal -ne '') { throw $eflowMockRefusal }
}
$script:EflowMockLine = '1.4'
$eflowMockLib = Join-Path (Split-Path -Parent (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))) 'lib'
. (Join-Path $eflowMockLib 'MockCore.ps1')
. (Join-Path $eflowMockLib 'VmShell.ps1')
. (Join-Path $eflowMockLib 'AzureEflowImpl.ps1')
. (Join-Path $eflowMockLib 'AzureEflowCommon.ps1')
. (Join-Path $eflowMockLib 'AzureEflow14Plus.ps1')
Export-ModuleMember -Function ($script:EflowMockCommonCmdlets + $script:EflowMockLineCmdlets)
