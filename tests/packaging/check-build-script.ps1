# Issue 17: checks of packaging/windows/build-windows.ps1 that need no Windows (CTest:
# packaging_windows_build_script; tests/packaging/CMakeLists.txt). No Pester.
#   1. PowerShell's parser ([Parser]::ParseFile) reads it without an error.
#   2. ScriptCheck.psm1 (tests/powershell) finds nothing that only PowerShell 7 has: the script must run in
#      Windows PowerShell 5.1 too (the "Developer PowerShell for VS 2022" window is 5.1).
#   3. Its comment-based help names a synopsis and documents every parameter.
#   4. Run here (not Windows), it stops at its first check with exit code 1 and says it needs Windows: the
#      parameter defaults evaluate under Set-StrictMode before that.
param([Parameter(Mandatory)][string]$SourceDir, [string]$Pwsh = '')
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$script = Join-Path $SourceDir 'packaging/windows/build-windows.ps1'
$failures = 0
function Write-Failure([string]$Message) { Write-Output "FAIL: $Message"; $script:failures++ }

$tokens = $null
$errors = $null
$ast = [System.Management.Automation.Language.Parser]::ParseFile($script, [ref]$tokens, [ref]$errors)
if ($errors.Count -gt 0) {
    foreach ($e in $errors) { Write-Failure "${script}:$($e.Extent.StartLineNumber): $($e.Message)" }
} else {
    Write-Output "ok: ParseFile read $($tokens.Count) tokens without an error (PowerShell $($PSVersionTable.PSVersion))"
}

Import-Module (Join-Path $SourceDir 'tests/powershell/ScriptCheck.psm1') -Force
$findings = @(Find-EflowPs7Syntax -Script (Read-EflowScriptFile -Path $script))
if ($findings.Count -gt 0) {
    foreach ($f in $findings) { Write-Failure $f.Message }
} else {
    Write-Output 'ok: nothing that only PowerShell 7 has (ScriptCheck.psm1 Find-EflowPs7Syntax)'
}

$help = $ast.GetHelpContent()
$parameters = @($ast.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath })
if ($null -eq $help -or [string]::IsNullOrWhiteSpace($help.Synopsis)) {
    Write-Failure 'no comment-based help with a .SYNOPSIS'
} else {
    $undocumented = @($parameters | Where-Object { -not $help.Parameters.ContainsKey($_.ToUpperInvariant()) })
    if ($undocumented.Count -gt 0) {
        Write-Failure ('parameters without a .PARAMETER entry: ' + ($undocumented -join ', '))
    } else {
        Write-Output "ok: help documents all $($parameters.Count) parameters"
    }
}

if ($env:OS -ne 'Windows_NT') {
    # A new pwsh (the one CTest found, else the one on PATH): the script ends its process with exit.
    if (-not $Pwsh) { $Pwsh = (Get-Command pwsh -CommandType Application | Select-Object -First 1).Path }
    $output = & $Pwsh -NoProfile -NonInteractive -File $script 2>&1 | Out-String
    $code = $LASTEXITCODE
    if ($code -ne 1 -or $output -notmatch 'needs Windows') {
        Write-Failure "outside Windows the script should stop with exit code 1 and 'needs Windows'; got $code`n$output"
    } else {
        Write-Output 'ok: outside Windows it stops at once with exit code 1: needs Windows'
    }
}

if ($failures -gt 0) { exit 1 }
Write-Output 'PASS: build-windows.ps1'
exit 0
