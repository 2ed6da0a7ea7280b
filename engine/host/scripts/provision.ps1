# Provision-EflowVm -headless (reference §2.2). The secret is bound from $Secrets in the preamble and
# never printed; the parameter table is dropped as soon as the cmdlet returns.
foreach ($key in @('identityCertPath', 'identityPrivKeyPath')) {
    if ($eflowProvision.Contains($key) -and -not (Test-Path -LiteralPath $eflowProvision[$key] -PathType Leaf)) {
        throw ('The file ' + $eflowProvision[$key] + ' (' + $key + ') does not exist on this host.')
    }
}
Import-EflowModule
if (-not (@(Verify-EflowVm) -contains $true)) { throw 'Virtual machine does not exist, deploy it first.' }
if ($eflowEnableDpsTpm) {
    Write-EflowLine 'Enabling the DpsTpm feature of the virtual machine'
    Set-EflowVmFeature -feature DpsTpm -enable | Out-Null
}
try {
    $returned = @(Provision-EflowVm @eflowProvision)
} finally {
    $eflowProvision.Clear()
    $Secrets.Clear()
}
$ok = $false
foreach ($value in $returned) {
    $text = "$value".Trim()
    if ($text -ieq 'OK') { $ok = $true } elseif ($text -ne '') { Write-EflowLine $text }
}
if (-not $ok) {
    $last = if ($returned.Count -gt 0) { "$($returned[-1])".Trim() } else { 'no result' }
    throw ('Provision-EflowVm did not return OK: ' + $last)
}
# The device and hub the runtime now holds: identityd's device_info backup (1.2+) or iotedged's
# provisioning_backup.json (1.1). Only the two names leave the VM (grep -o): the 1.1 file also carries
# credentials. The backup is written once the daemon has provisioned, so it may take a few seconds.
$identity = [ordered]@{ result = 'OK'; deviceId = ''; assignedHub = '' }
for ($try = 0; $try -lt 10 -and $identity.deviceId -eq ''; $try++) {
    if ($try -gt 0) { Start-Sleep -Seconds 3 }
    $text = Invoke-EflowVmText $eflowIdentityCommand -IgnoreError
    foreach ($line in ($text -split "`n")) {
        if ($line -match '"?(device_id|hub_name)"?\s*[:=]\s*"([^"]*)"') {
            if ($Matches[1] -eq 'device_id') { $identity.deviceId = $Matches[2] } else { $identity.assignedHub = $Matches[2] }
        }
    }
}
if ($identity.deviceId -eq '') { Write-EflowLine 'The runtime did not report its device identity yet.' }
Write-EflowResult $identity
