# Runs one Pester 5 test file for CTest (tests/powershell/CMakeLists.txt): plain-text output into the
# CTest log, exit code 0 only when every test in the file passed. Without Pester 5 it prints one
# SKIPPED line and exits 77, CTest's SKIP_RETURN_CODE here, unless -RequirePester makes that a failure.
param(
    [Parameter(Mandatory)][string]$Path,
    [switch]$RequirePester
)
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'

$pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0' } |
    Sort-Object -Property Version -Descending | Select-Object -First 1
if ($null -eq $pester) {
    $line = 'SKIPPED: Pester 5 not found in PSModulePath — run packaging/install-deps.sh (it fetches Pester 5.7.1 through dotnet)'
    if ($RequirePester) {
        [Console]::Error.WriteLine($line.Replace('SKIPPED', 'FAILED'))
        exit 1
    }
    [Console]::Out.WriteLine($line)
    exit 77
}
Import-Module -Name $pester.Path -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.RenderMode = 'Plaintext'
$result = Invoke-Pester -Configuration $configuration

# A file whose tests were never discovered (a syntax error, a failing BeforeDiscovery) must not pass.
if ($result.TotalCount -eq 0) {
    [Console]::Error.WriteLine("FAILED: no test ran in $Path")
    exit 1
}
if ($result.Result -ne 'Passed') { exit 1 }
exit 0
