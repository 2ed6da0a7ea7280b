# EFLOW Wizard PowerShell mocks: dot-sourced at global scope before each generated script when
# EFLOW_PS_PRELOAD names this file (contract and scenario fields: README.md beside this file).
#   EFLOW_MOCK_SCENARIO  scenario JSON path, or the name of one in scenarios/ (default supported-client)
#   EFLOW_MOCK_STATE     JSON file carrying the host state between processes (created from the scenario)
#   EFLOW_MOCK_RECORD    JSON-lines file; every mocked call appends {"command","parameters","module"}
#   EFLOW_MOCK_PROCESS_POLICY  execution policy of the Process scope (else read from -ExecutionPolicy)
# The Windows cmdlets become global functions (functions win over cmdlets); AzureEFLOW is a real module
# of the installed release line, put first on PSModulePath, so the scripts' own Import-Module loads it.

. (Join-Path (Join-Path $PSScriptRoot 'lib') 'MockCore.ps1')
. (Join-Path (Join-Path $PSScriptRoot 'lib') 'WindowsMocks.ps1')

# WindowsIdentity.GetCurrent() throws on Linux and a function cannot replace a static method, so the two
# type names the scripts use resolve to these stand-ins (type accelerators are looked up first).
class EflowMockWindowsIdentity {
    [string]$Name
    EflowMockWindowsIdentity([string]$name) { $this.Name = $name }
    static [EflowMockWindowsIdentity] GetCurrent() {
        return [EflowMockWindowsIdentity]::new("$env:COMPUTERNAME\admin")
    }
}
class EflowMockWindowsPrincipal {
    [object]$Identity
    EflowMockWindowsPrincipal([object]$identity) { $this.Identity = $identity }
    [bool] IsInRole([object]$role) {
        if ("$role" -ne 'Administrator' -and "$role" -ne 'BUILTIN\Administrators') { return $true }
        return [bool](Get-EflowMockState)['elevated']
    }
}
$eflowMockAccelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')
foreach ($eflowMockName in @('Security.Principal.WindowsIdentity', 'System.Security.Principal.WindowsIdentity')) {
    [void]$eflowMockAccelerators::Remove($eflowMockName)
    $eflowMockAccelerators::Add($eflowMockName, [EflowMockWindowsIdentity])
}
foreach ($eflowMockName in @('Security.Principal.WindowsPrincipal', 'System.Security.Principal.WindowsPrincipal')) {
    [void]$eflowMockAccelerators::Remove($eflowMockName)
    $eflowMockAccelerators::Add($eflowMockName, [EflowMockWindowsPrincipal])
}

$eflowMockInitial = Get-EflowMockState
# The Windows environment the scripts read.
$env:COMPUTERNAME = "$($eflowMockInitial['computerName'])"
$env:PROCESSOR_ARCHITECTURE = "$($eflowMockInitial['architecture'])"
if ("$env:TEMP" -eq '') { $env:TEMP = [System.IO.Path]::GetTempPath().TrimEnd('/') }
if ("$env:ProgramFiles" -eq '') { $env:ProgramFiles = 'C:\Program Files' }
if ($null -ne $eflowMockInitial['product']) { Add-EflowMockModulePath "$($eflowMockInitial['product']['DisplayVersion'])" }
# No test may reach the internet: the scripts' direct-download fallback goes to a dead proxy and fails at once.
[System.Net.WebRequest]::DefaultWebProxy = New-Object System.Net.WebProxy('http://127.0.0.1:9')
Remove-Variable -Name eflowMockInitial, eflowMockAccelerators, eflowMockName -ErrorAction SilentlyContinue
