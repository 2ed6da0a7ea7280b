# Get-EflowLogs writes eflowlogs.zip under the install folder (reference §2.3); its path is taken from
# the cmdlet's output when it names one, else the newest bundle in the install folder.
Import-EflowModule
$started = Get-Date
$returned = @(Get-EflowLogs)
$path = ''
foreach ($value in $returned) {
    $text = "$value".Trim()
    if ($text -match '([A-Za-z]:\\[^"<>|]*\.zip)') { $path = $Matches[1] }
    if ($text -ne '') { Write-EflowLine $text }
}
if ($path -eq '') {
    $product = Get-EflowInstalledProduct
    $root = if ($null -ne $product -and "$($product.InstallLocation)" -ne '') { "$($product.InstallLocation)" } else { Join-Path $env:ProgramFiles 'Azure IoT Edge' }
    $zip = Get-ChildItem -LiteralPath $root -Filter 'eflowlogs*.zip' -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.LastWriteTime -ge $started.AddMinutes(-1) } | Sort-Object LastWriteTime -Descending |
        Select-Object -First 1
    if ($null -eq $zip) { throw ('Get-EflowLogs finished but no eflowlogs zip was found under ' + $root + '.') }
    $path = $zip.FullName
}
Write-EflowResult ([ordered]@{ path = $path; localPath = '' })
