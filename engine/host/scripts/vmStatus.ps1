Import-EflowModule
$json = (@(Get-EflowVm | ConvertTo-Json -Depth 5) | ForEach-Object { "$_" }) -join "`n"
Write-EflowResult ([ordered]@{ json = $json })
