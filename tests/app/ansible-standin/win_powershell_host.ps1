# The PowerShell half of the test stand-in for ansible.windows.win_powershell (see README.md beside this
# file). It invokes a script the way win_powershell 1.14 does in its own process (plugins/modules/
# win_powershell.ps1): a new runspace, the variable $Ansible (Result, Changed, Failed, ...) set in it,
# $ErrorActionPreference 'Continue', the script added with AddScript and the task's `parameters` with
# AddParameters; a terminating error marks the result failed. Reads {"script", "parameters"} as JSON on
# standard input and prints {"result", "changed", "failed", "output", "error"} as JSON on standard output.
$ErrorActionPreference = 'Stop'
$request = [Console]::In.ReadToEnd() | ConvertFrom-Json
$parameters = @{}
if ($null -ne $request.parameters) {
    foreach ($p in $request.parameters.PSObject.Properties) { $parameters[$p.Name] = $p.Value }
}
# Where Windows has powershell.exe, Linux has the test's stand-in (tests/powershell/remote/powershell.exe).
if ("$env:EFLOW_STANDIN_POWERSHELL" -ne '') { $parameters['PowerShellPath'] = $env:EFLOW_STANDIN_POWERSHELL }

$ansible = [PSCustomObject]@{
    PSTypeName = 'Ansible.Windows.WinPowerShell.Module'
    CheckMode = $false
    Verbosity = 0
    Result = @{}
    Diff = @{}
    Changed = $true
    Failed = $false
    Tmpdir = [System.IO.Path]::GetTempPath()
}
$runspace = [RunspaceFactory]::CreateRunspace()
$runspace.Open()
$runspace.SessionStateProxy.SetVariable('Ansible', $ansible)
$runspace.SessionStateProxy.SetVariable('ErrorActionPreference', [Management.Automation.ActionPreference]'Continue')
$ps = [PowerShell]::Create()
$ps.Runspace = $runspace
[void]$ps.AddScript([string]$request.script)
if ($parameters.Count -gt 0) { [void]$ps.AddParameters($parameters) }
$failed = $false
$output = @()
try {
    $output = @($ps.Invoke())
} catch [Management.Automation.RuntimeException] {
    $failed = $true
    $ps.Streams.Error.Add($_.Exception.ErrorRecord)
}
$answer = [ordered]@{
    result = $ansible.Result
    changed = [bool]$ansible.Changed
    failed = $failed -or [bool]$ansible.Failed
    output = @($output | ForEach-Object { "$_" })
    error = @($ps.Streams.Error | ForEach-Object { "$_" })
}
$runspace.Dispose()
[Console]::Out.Write((ConvertTo-Json -InputObject $answer -Depth 6 -Compress))
