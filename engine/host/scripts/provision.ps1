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
Write-EflowResult ([ordered]@{ result = 'OK' })
