# Deletes the EFLOW VM the one supported way: uninstalling the MSI (reference §1: "To redeploy the virtual
# machine, please uninstall and re-install"; the module has no public command that removes the VM).
# Idempotent: with nothing installed there is nothing to do.
$installed = Get-EflowInstalledProduct
if ($null -eq $installed) {
    Write-EflowLine 'No Azure IoT Edge product is installed.'
    Write-EflowResult ([ordered]@{ uninstalled = $false; productName = ''; version = ''; exitCode = 0; restartRequired = $false })
    return
}
$code = "$($installed.PSChildName)"
if ($code -notmatch '^\{[0-9A-Fa-f-]{36}\}$') {
    throw ('The uninstall entry of ' + $installed.DisplayName + ' names no MSI product code; uninstall it in Settings > Apps.')
}
$work = Join-Path $env:TEMP 'eflow-wizard'
New-Item -ItemType Directory -Path $work -Force | Out-Null
# Invariant: Get-Date -Format writes the year of the user's calendar (2569 on a Thai Windows).
$log = Join-Path $work ('AzureIoTEdge-uninstall-' + (Get-Date).ToString('yyyyMMdd-HHmmss', [System.Globalization.CultureInfo]::InvariantCulture) + '.log')
$arguments = '/x ' + $code + ' /quiet /noreboot /l*v "' + $log + '"'
Write-EflowProgress -1 'Uninstalling Azure IoT Edge'
Write-EflowLine ('msiexec.exe ' + $arguments)
$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru
# 3010/1641: uninstalled, and Windows must restart before the MSI can be installed again.
$restartRequired = @(1641, 3010) -contains $process.ExitCode
if ($process.ExitCode -ne 0 -and -not $restartRequired) {
    throw ('msiexec failed to uninstall ' + $installed.DisplayName + ' with exit code ' + $process.ExitCode + '; see the log ' + $log)
}
Write-EflowLine ($installed.DisplayName + ' ' + $installed.DisplayVersion + ' and its virtual machine are removed.')
Write-EflowResult ([ordered]@{
    uninstalled = $true
    productName = "$($installed.DisplayName)"
    version = "$($installed.DisplayVersion)"
    exitCode = [int]$process.ExitCode
    restartRequired = $restartRequired
})
