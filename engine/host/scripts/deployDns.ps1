# A static address gets no DNS from DHCP (reference §3.3 step 6).
$endpoint = ''
try { $endpoint = "$((@(Get-EflowVmEndpoint) | Select-Object -First 1).Name)" } catch { $endpoint = '' }
if ($endpoint -eq '') { $endpoint = $env:COMPUTERNAME + '-EFLOWInterface' }
Write-EflowLine ('Setting the DNS servers of ' + $endpoint + ': ' + ($eflowDnsServers -join ', '))
Set-EflowVmDNSServers -vendpointName $endpoint -dnsServers $eflowDnsServers
