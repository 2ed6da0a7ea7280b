# ---- common helpers (engine/host/scripts/common.ps1) ----
# Stop on any error in this script's own scope only: the AzureEFLOW module's functions keep their own
# preference (a module sees the global scope, not ours), so their non-terminating errors stay so.
$ErrorActionPreference = 'Stop'
# Progress records become CLIXML noise on a redirected stderr (ssh, WinRM); none is wanted.
$ProgressPreference = 'SilentlyContinue'
# Our lines go out through an explicit UTF-8 writer on standard output: [Console]::OutputEncoding
# cannot be set where there is no console (ssh without a pty, WinRM), and the markers must not depend
# on the console's code page.
$eflowStdout = New-Object System.IO.StreamWriter([Console]::OpenStandardOutput(), (New-Object System.Text.UTF8Encoding $false))
$eflowStdout.AutoFlush = $true
function Write-EflowResult([System.Collections.IDictionary]$Data) {
    $eflowStdout.WriteLine('##eflow-result## ' + (ConvertTo-Json -InputObject $Data -Compress -Depth 6))
}
function Write-EflowProgress([int]$Percent, [string]$Phase) {
    $eflowStdout.WriteLine('##eflow-progress## ' + $Percent + ' ' + $Phase)
}
function Write-EflowLine([string]$Text) {
    $eflowStdout.WriteLine($Text)
}
# The installed EFLOW MSI from the uninstall registry (reference §1.4), or $null.
function Get-EflowInstalledProduct {
    $keys = @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
              'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*')
    Get-ItemProperty -Path $keys -ErrorAction SilentlyContinue |
        Where-Object { $_.DisplayName -match '^Azure IoT Edge' } | Select-Object -First 1
}
# Release line ("1.1", "1.4", "1.5", or a later line as it is: "1.6"; "" when unreadable) of an
# installed product, from its DisplayVersion: every LTS line installs as "Azure IoT Edge LTS", so the
# name tells nothing.
function Get-EflowReleaseLine([string]$Version) {
    if ($Version -match '^\s*(\d+)\.(\d+)\.') { return ([int]$Matches[1]).ToString() + '.' + ([int]$Matches[2]).ToString() }
    return ''
}
function Import-EflowModule {
    if (-not (Get-Command -Name Deploy-Eflow -ErrorAction SilentlyContinue)) {
        Import-Module AzureEFLOW -Force -ErrorAction Stop
    }
}
# Linux command inside the VM; the output lines joined with LF.
function Invoke-EflowVmText([string]$Command, [switch]$IgnoreError) {
    if ($IgnoreError) {
        $out = Invoke-EflowVmCommand -command $Command -ignoreError
    } else {
        $out = Invoke-EflowVmCommand -command $Command
    }
    return (@($out) | ForEach-Object { "$_" }) -join "`n"
}
# ---- operation body ----
