# Deploy-Eflow with the parameters of the preamble (reference §2.1). Idempotent: a VM that exists is
# reported, never deployed twice (a second Deploy-Eflow fails and asks for a reinstall).
function Get-EflowDeployedAddress {
    $address = [ordered]@{ ip = ''; mac = '' }
    try {
        foreach ($value in @(Get-EflowVmAddr)) {
            $text = "$value".Trim()
            if ($text -match '^\d{1,3}(\.\d{1,3}){3}$') { $address.ip = $text }
            elseif ($text -match '^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$') { $address.mac = $text }
        }
    } catch {
        Write-EflowLine ('Get-EflowVmAddr: ' + $_.Exception.Message)
    }
    return $address
}
function Write-EflowDeployResult([bool]$Already) {
    $address = Get-EflowDeployedAddress
    $name = ''
    try { $name = "$(Get-EflowVmName)".Trim() } catch { $name = $env:COMPUTERNAME + '-EFLOW' }
    Write-EflowResult ([ordered]@{
        result = 'OK'
        vmName = $name
        ip4Address = $address.ip
        macAddress = $address.mac
        alreadyDeployed = $Already
    })
}

Import-EflowModule
if (@(Verify-EflowVm) -contains $true) {
    Write-EflowLine 'An EFLOW virtual machine exists already; it is kept as it is.'
    Write-EflowDeployResult $true
    return
}
$returned = @(Deploy-Eflow @eflowDeploy)
$ok = $false
foreach ($value in $returned) {
    $text = "$value".Trim()
    if ($text -ieq 'OK') { $ok = $true } elseif ($text -ne '') { Write-EflowLine $text }
}
if (-not $ok) {
    $last = if ($returned.Count -gt 0) { "$($returned[-1])".Trim() } else { 'no result' }
    throw ('Deploy-Eflow did not return OK: ' + $last)
}
#@eflow-dns@
Write-EflowDeployResult $false
