# ---- common helpers (engine/host/scripts/common.ps1) ----
# Markers go straight to stdout so that the wizard can tell them from the cmdlets' console text.
function Write-EflowResult([System.Collections.IDictionary]$Data) {
    [Console]::Out.WriteLine('##eflow-result## ' + (ConvertTo-Json -InputObject $Data -Compress -Depth 6))
    [Console]::Out.Flush()
}
function Write-EflowProgress([int]$Percent, [string]$Phase) {
    [Console]::Out.WriteLine('##eflow-progress## ' + $Percent + ' ' + $Phase)
    [Console]::Out.Flush()
}
function Write-EflowLine([string]$Text) {
    [Console]::Out.WriteLine($Text)
    [Console]::Out.Flush()
}
# The installed EFLOW MSI from the uninstall registry (reference §1.4), or $null.
function Get-EflowInstalledProduct {
    $keys = @('HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\*',
              'HKLM:\SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall\*')
    Get-ItemProperty -Path $keys -ErrorAction SilentlyContinue |
        Where-Object { $_.DisplayName -match '^Azure IoT Edge' } | Select-Object -First 1
}
# Release line key ("1.1", "1.4", "1.5", "" for CR and unknown) of an installed product.
function Get-EflowReleaseLine([string]$Name, [string]$Version) {
    if ($Name -match 'LTS' -or $Version -match '^1\.1\.') { return '1.1' }
    if ($Version -match '^1\.4\.') { return '1.4' }
    if ($Version -match '^1\.5\.') { return '1.5' }
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
