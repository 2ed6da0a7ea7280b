# Internal switch + host gateway address + NAT (reference §3.3). Every step is skipped when already
# done, so a retry after a partial failure repairs instead of failing on "already exists".
$prefix = [int]$eflowPrefixLength
$bytes = ([System.Net.IPAddress]::Parse($eflowHostAddress)).GetAddressBytes()
[Array]::Reverse($bytes)
$value = [BitConverter]::ToUInt32($bytes, 0)
$mask = if ($prefix -eq 0) { [uint32]0 } else { [uint32](([uint64]4294967295 -shl (32 - $prefix)) -band [uint64]4294967295) }
$netBytes = [BitConverter]::GetBytes([uint32]($value -band $mask))
[Array]::Reverse($netBytes)
$natPrefix = ([System.Net.IPAddress]::new($netBytes)).ToString() + '/' + $prefix

# Names are compared, never passed as -Name: the cmdlets treat [ ] * ? in a name as wildcards.
$existing = @(Get-VMSwitch | Where-Object { $_.Name -eq $eflowSwitchName }) | Select-Object -First 1
$alreadyExisted = $null -ne $existing
if ($alreadyExisted) {
    if ("$($existing.SwitchType)" -ne 'Internal') {
        throw ("A virtual switch named '" + $eflowSwitchName + "' exists but is of type " + $existing.SwitchType + ', not Internal.')
    }
    Write-EflowLine ("The virtual switch '" + $eflowSwitchName + "' exists already.")
} else {
    Write-EflowLine ("Creating the internal virtual switch '" + $eflowSwitchName + "'")
    New-VMSwitch -Name $eflowSwitchName -SwitchType Internal | Out-Null
}
$alias = 'vEthernet (' + $eflowSwitchName + ')'
$adapter = $null
for ($i = 0; $i -lt 30 -and $null -eq $adapter; $i++) {
    $adapter = @(Get-NetAdapter | Where-Object { $_.Name -eq $alias }) | Select-Object -First 1
    if ($null -eq $adapter) { Start-Sleep -Seconds 1 }
}
if ($null -eq $adapter) { throw ("The host adapter '" + $alias + "' did not appear after creating the switch.") }
$address = Get-NetIPAddress -InterfaceIndex $adapter.ifIndex -AddressFamily IPv4 -ErrorAction SilentlyContinue |
    Where-Object { $_.IPAddress -eq $eflowHostAddress }
if ($null -eq $address) {
    Write-EflowLine ('Assigning ' + $eflowHostAddress + '/' + $prefix + ' to ' + $alias)
    New-NetIPAddress -IPAddress $eflowHostAddress -PrefixLength $prefix -InterfaceIndex $adapter.ifIndex | Out-Null
}
$nat = Get-NetNat -ErrorAction SilentlyContinue | Where-Object { $_.InternalIPInterfaceAddressPrefix -eq $natPrefix } |
    Select-Object -First 1
if ($null -eq $nat) {
    Write-EflowLine ('Creating the NAT ' + $eflowNatName + ' for ' + $natPrefix)
    $nat = New-NetNat -Name $eflowNatName -InternalIPInterfaceAddressPrefix $natPrefix
}
Write-EflowResult ([ordered]@{
    name = $eflowSwitchName
    hostAddress = $eflowHostAddress
    prefixLength = $prefix
    natName = "$($nat.Name)"
    alreadyExisted = $alreadyExisted
})
