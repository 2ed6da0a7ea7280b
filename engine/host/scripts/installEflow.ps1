# Idempotent MSI install (reference §1.1, §1.2, §1.4): the same line installed is kept, another line
# must be uninstalled by the technician first (the module cannot be upgraded across lines). A line newer
# than the newest the wizard knows (1.6 arrives through Microsoft Update) counts as that newest line.
$installed = Get-EflowInstalledProduct
if ($null -ne $installed) {
    $line = Get-EflowReleaseLine $installed.DisplayVersion
    $same = $line -eq $eflowRelease
    if (-not $same -and $eflowRelease -eq $eflowNewestKnownLine -and $line -ne '') {
        $same = [version]($line + '.0') -gt [version]($eflowNewestKnownLine + '.0')
        if ($same) {
            Write-EflowLine ('Warning: ' + $installed.DisplayName + ' ' + $installed.DisplayVersion + ' is newer than ' +
                'the release lines this wizard knows; it is handled as ' + $eflowNewestKnownLine + '.')
        }
    }
    if ($same) {
        Write-EflowLine ($installed.DisplayName + ' ' + $installed.DisplayVersion + ' is already installed.')
        Write-EflowResult ([ordered]@{
            productName = "$($installed.DisplayName)"
            version = "$($installed.DisplayVersion)"
            installDir = "$($installed.InstallLocation)"
            alreadyInstalled = $true
            restartRequired = $false
            msiLog = ''
        })
        return
    }
    throw ($installed.DisplayName + ' ' + $installed.DisplayVersion + ' is installed on this host. ' +
        'Uninstall it (Settings > Apps > ' + $installed.DisplayName + ' > Uninstall) before installing ' +
        'Azure IoT Edge ' + $eflowRelease + '.')
}

$work = Join-Path $env:TEMP 'eflow-wizard'
New-Item -ItemType Directory -Path $work -Force | Out-Null
if ($eflowMsiPath -ne '') {
    if (-not (Test-Path -LiteralPath $eflowMsiPath -PathType Leaf)) {
        throw ('The installer ' + $eflowMsiPath + ' does not exist on this host.')
    }
    $msi = $eflowMsiPath
} else {
    $arch = if ($env:PROCESSOR_ARCHITEW6432) { $env:PROCESSOR_ARCHITEW6432 } else { $env:PROCESSOR_ARCHITECTURE }
    $url = if ($arch -eq 'ARM64') { $eflowDownloadUrlArm64 } else { $eflowDownloadUrlX64 }
    if ($url -eq '') { throw ('Azure IoT Edge ' + $eflowRelease + ' has no installer for ' + $arch + '.') }
    $msi = Join-Path $work ('AzureIoTEdge-' + $eflowRelease + '-' + $arch + '.msi')
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    $jobName = 'EFLOW Wizard ' + $eflowRelease + ' ' + $arch
    $downloaded = $false
    # BITS resumes an interrupted download by itself; it is unavailable in some remote (ssh) logons,
    # so a resumable HTTP download is the fallback.
    try {
        Import-Module BitsTransfer -ErrorAction Stop
        $job = Get-BitsTransfer -Name $jobName -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($null -ne $job -and "$($job.JobState)" -eq 'Transferred') {
            Write-EflowLine 'The earlier download has finished'
        } elseif ($null -ne $job) {
            Write-EflowLine 'Resuming the earlier download'
            Resume-BitsTransfer -BitsJob $job -Asynchronous | Out-Null
        } else {
            if (Test-Path -LiteralPath $msi) { Remove-Item -LiteralPath $msi -Force }
            Write-EflowLine ('Downloading ' + $url)
            $job = Start-BitsTransfer -Source $url -Destination $msi -DisplayName $jobName -Asynchronous -ErrorAction Stop
        }
        $last = -1
        # BITS retries a TransientError (no network, proxy) or keeps a job Queued for as long as it
        # likes; the wait has a limit of its own, and its clock restarts whenever bytes arrive.
        $stalledSince = Get-Date
        $lastBytes = [uint64]0
        $stalled = $false
        while ($job.JobState -in @('Transferring', 'Connecting', 'Queued', 'TransientError')) {
            if ($job.BytesTotal -gt 0 -and $job.BytesTotal -lt [uint64]::MaxValue) {
                $pct = [int](90 * $job.BytesTransferred / $job.BytesTotal)
                if ($pct -ne $last) { Write-EflowProgress $pct 'Downloading the installer'; $last = $pct }
            }
            if ([uint64]$job.BytesTransferred -ne $lastBytes) {
                $lastBytes = [uint64]$job.BytesTransferred
                $stalledSince = Get-Date
            } elseif (((Get-Date) - $stalledSince).TotalSeconds -ge $eflowBitsStallSeconds) {
                $stalled = $true
                break
            }
            Start-Sleep -Milliseconds 500
        }
        if ($stalled) {
            $why = "$($job.ErrorDescription)".Trim()
            Remove-BitsTransfer -BitsJob $job -ErrorAction SilentlyContinue
            Write-EflowLine ('BITS made no progress for ' + $eflowBitsStallSeconds + ' seconds (' + $job.JobState + ' ' + $why + '); trying a direct download')
        } elseif ($job.JobState -eq 'Transferred') {
            Complete-BitsTransfer -BitsJob $job
            $downloaded = $true
        } else {
            $why = "$($job.ErrorDescription)".Trim()
            Remove-BitsTransfer -BitsJob $job -ErrorAction SilentlyContinue
            Write-EflowLine ('BITS could not download the installer (' + $job.JobState + ' ' + $why + '); trying a direct download')
        }
    } catch {
        Write-EflowLine ('BITS is not usable here (' + $_.Exception.Message + '); trying a direct download')
    }
    if (-not $downloaded) {
        $part = $msi + '.part'
        $have = if (Test-Path -LiteralPath $part) { (Get-Item -LiteralPath $part).Length } else { 0 }
        $request = [System.Net.HttpWebRequest]::Create($url)
        $request.AllowAutoRedirect = $true
        $request.Timeout = 60000
        $request.ReadWriteTimeout = 60000
        if ($have -gt 0) { $request.AddRange([int64]$have) }
        try {
            $response = $request.GetResponse()
        } catch {
            # The status code as a number: the exception's message is in the host's language.
            $http = $_.Exception.InnerException.Response
            $status = if ($null -ne $http) { 'HTTP ' + [int]$http.StatusCode + ': ' } else { '' }
            throw ('The installer could not be downloaded from ' + $url + ' (' + $status + $_.Exception.Message + '). ' +
                'Check that this host can reach the internet (proxy, firewall), or download the MSI ' +
                'elsewhere and give its path in the install settings.')
        }
        try {
            if ($have -gt 0 -and [int]$response.StatusCode -ne 206) { $have = 0 } # server ignored the range
            $total = $have + $response.ContentLength
            $mode = if ($have -gt 0) { [System.IO.FileMode]::Append } else { [System.IO.FileMode]::Create }
            $file = New-Object System.IO.FileStream($part, $mode, [System.IO.FileAccess]::Write)
            try {
                $stream = $response.GetResponseStream()
                $buffer = New-Object byte[] 1048576
                $done = $have
                $last = -1
                while (($n = $stream.Read($buffer, 0, $buffer.Length)) -gt 0) {
                    $file.Write($buffer, 0, $n)
                    $done += $n
                    if ($total -gt 0) {
                        $pct = [int](90 * $done / $total)
                        if ($pct -ne $last) { Write-EflowProgress $pct 'Downloading the installer'; $last = $pct }
                    }
                }
            } finally {
                $file.Dispose()
            }
        } finally {
            $response.Dispose()
        }
        Move-Item -LiteralPath $part -Destination $msi -Force
    }
}

$signature = Get-AuthenticodeSignature -FilePath $msi
if ("$($signature.Status)" -ne 'Valid') {
    throw ('The installer ' + $msi + ' is not validly signed (' + $signature.Status + '); it was not installed.')
}

Write-EflowProgress 92 'Installing Azure IoT Edge'
# Invariant: Get-Date -Format writes the year of the user's calendar (2569 on a Thai Windows).
$log = Join-Path $work ('AzureIoTEdge-install-' + (Get-Date).ToString('yyyyMMdd-HHmmss', [System.Globalization.CultureInfo]::InvariantCulture) + '.log')
$arguments = '/i "' + $msi + '" /qn'
if ($eflowInstallDir -ne '') { $arguments += ' INSTALLDIR="' + $eflowInstallDir + '"' }
if ($eflowVhdxDir -ne '') { $arguments += ' VHDXDIR="' + $eflowVhdxDir + '"' }
$arguments += ' /l*v "' + $log + '"'
Write-EflowLine ('msiexec.exe ' + $arguments)
$process = Start-Process -FilePath 'msiexec.exe' -ArgumentList $arguments -Wait -PassThru
# 3010 (ERROR_SUCCESS_REBOOT_REQUIRED) and 1641 (ERROR_SUCCESS_REBOOT_INITIATED): installed, and Windows
# must restart before the product is usable. Not a failure.
$restartRequired = @(1641, 3010) -contains $process.ExitCode
if ($process.ExitCode -ne 0 -and -not $restartRequired) {
    throw ('msiexec failed with exit code ' + $process.ExitCode + '; see the log ' + $log)
}
if ($restartRequired) { Write-EflowLine ('msiexec finished with exit code ' + $process.ExitCode + ': Windows must restart.') }
$installed = Get-EflowInstalledProduct
if ($null -eq $installed) { throw ('msiexec reported success but Azure IoT Edge is not registered; see the log ' + $log) }
Write-EflowProgress 100 'Installed'
Write-EflowResult ([ordered]@{
    productName = "$($installed.DisplayName)"
    version = "$($installed.DisplayVersion)"
    installDir = "$($installed.InstallLocation)"
    alreadyInstalled = $false
    restartRequired = $restartRequired
    msiLog = $log
})
