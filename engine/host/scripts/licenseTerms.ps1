# The EFLOW license terms as this host holds them (issue 13 item 8): the LICENSE folder of the installed
# product (Deploy-Eflow reads its terms from there: iotedge-eflow #132, #141), otherwise of the release
# line's installer, unpacked by an administrative install (msiexec /a) into a temporary folder that is
# removed again. Only the first $eflowMaxLicenseBytes bytes are read; the wizard treats them as hostile.
function Find-EflowLicenseFile([string]$Folder) {
    if ($Folder -eq '' -or -not (Test-Path -LiteralPath $Folder -PathType Container -ErrorAction SilentlyContinue)) { return $null }
    $files = @(Get-ChildItem -LiteralPath $Folder -File -ErrorAction SilentlyContinue |
        Where-Object { $_.Extension -in @('.rtf', '.txt') } | Sort-Object -Property Name)
    # The EFLOW terms first ("Azure IoT Edge for Linux on Windows - … Use Terms"), then any other.
    $eflow = @($files | Where-Object { $_.Name -match 'Linux on Windows' })
    if ($eflow.Count -gt 0) { return $eflow[0] }
    if ($files.Count -gt 0) { return $files[0] }
    return $null
}
function Read-EflowLicenseFile($File, [string]$Source) {
    $stream = [System.IO.File]::OpenRead($File.FullName)
    try {
        $length = [int][Math]::Min([int64]$eflowMaxLicenseBytes, $stream.Length)
        $bytes = New-Object byte[] $length
        $read = 0
        while ($read -lt $length) {
            $n = $stream.Read($bytes, $read, $length - $read)
            if ($n -le 0) { break }
            $read += $n
        }
        $truncated = $stream.Length -gt $read
    } finally {
        $stream.Dispose()
    }
    Write-EflowResult ([ordered]@{
        found = $true
        source = $Source
        path = "$($File.FullName)"
        format = $File.Extension.TrimStart('.').ToLowerInvariant()
        content = [Convert]::ToBase64String($bytes, 0, $read)
        truncated = [bool]$truncated
    })
}

# Paths are joined as text: Join-Path insists that the drive of InstallLocation exists.
$installed = Get-EflowInstalledProduct
$folders = @()
if ($null -ne $installed -and "$($installed.InstallLocation)" -ne '') {
    $folders += "$($installed.InstallLocation)".TrimEnd('\') + '\LICENSE'
}
$folders += "$env:ProgramFiles".TrimEnd('\') + '\Azure IoT Edge\LICENSE'
foreach ($folder in $folders) {
    $file = Find-EflowLicenseFile $folder
    if ($null -ne $file) {
        Read-EflowLicenseFile $file 'installed'
        return
    }
}

# Not installed: the installer the technician chose, or the one installEflow downloads for this line.
$msi = $eflowMsiPath
if ($msi -eq '') {
    $arch = if ($env:PROCESSOR_ARCHITEW6432) { $env:PROCESSOR_ARCHITEW6432 } else { $env:PROCESSOR_ARCHITECTURE }
    $msi = Join-Path (Join-Path $env:TEMP 'eflow-wizard') ('AzureIoTEdge-' + $eflowRelease + '-' + $arch + '.msi')
}
if (-not (Test-Path -LiteralPath $msi -PathType Leaf)) {
    Write-EflowResult ([ordered]@{ found = $false })
    return
}
$unpacked = Join-Path $env:TEMP ('eflow-wizard-license-' + [guid]::NewGuid().ToString('N'))
try {
    Write-EflowLine ('Reading the license terms from ' + $msi)
    $process = Start-Process -FilePath 'msiexec.exe' -ArgumentList @('/a', ('"' + $msi + '"'), '/qn',
        ('TARGETDIR="' + $unpacked + '"')) -Wait -PassThru -WindowStyle Hidden
    if ($process.ExitCode -ne 0) {
        Write-EflowLine ('msiexec /a ended with exit code ' + $process.ExitCode)
        Write-EflowResult ([ordered]@{ found = $false })
        return
    }
    $folder = Get-ChildItem -LiteralPath $unpacked -Directory -Recurse -ErrorAction SilentlyContinue |
        Where-Object { $_.Name -eq 'LICENSE' } | Select-Object -First 1
    $file = if ($null -ne $folder) { Find-EflowLicenseFile $folder.FullName } else { $null }
    if ($null -eq $file) {
        Write-EflowResult ([ordered]@{ found = $false })
        return
    }
    Read-EflowLicenseFile $file 'msi'
} finally {
    if (Test-Path -LiteralPath $unpacked) { Remove-Item -LiteralPath $unpacked -Recurse -Force -ErrorAction SilentlyContinue }
}
