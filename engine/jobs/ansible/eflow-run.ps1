# EFLOW Wizard's runner for Ansible (`eflow-wizard fleet export --ansible`). ansible.windows.win_powershell
# runs this text with the parameters below, once per step. It runs one script of scripts/ the way the
# wizard runs it on a Windows host: Windows PowerShell 5.1, started as
#   powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -OutputFormat Text -EncodedCommand <bootstrap>
# with the JSON envelope {"script": ..., "secrets": {...}} on its standard input. The bootstrap is the
# wizard's own (engine/host/PowerShellEnvelope.cpp), so a secret travels as data on a pipe: never in a
# command line, never in the text of a compiled script. The scripts need a console host of their own and
# Windows PowerShell 5.1 (Deploy-Eflow fails in PowerShell 7), which a child process guarantees whatever
# shell the Ansible connection started.
#
# What goes back to the playbook ($Ansible.Result): ok, operation, exitCode, timedOut, resultJson (the
# text after "##eflow-result## ", the script's structured result), lines (its other output, the last
# 400 lines at most) and error (its error text). $Ansible.Failed is set when ok is false.
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$Operation,
    [Parameter(Mandatory = $true)][string]$ScriptText,
    [string]$SecretName = '',
    [string]$SecretValue = '',
    [int]$TimeoutSeconds = 3600,
    [string]$PowerShellPath = ''
)
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
# The wizard's own arguments for a local Windows PowerShell (PowerShellProcess::arguments), written by
# fleet export: -OutputFormat Text keeps the error stream plain text (not CLIXML), and the bootstrap is
# the last argument (base64 of its UTF-16LE text).
$eflowArguments = '@EFLOW_POWERSHELL_ARGUMENTS@'
$eflowMaxLines = 400

# A JSON string literal, escaped by hand: the secret must not pass through a cmdlet (module logging
# records cmdlet parameters where an administrator enables it).
function ConvertTo-EflowJsonString([string]$Text) {
    $builder = New-Object System.Text.StringBuilder ($Text.Length + 16)
    [void]$builder.Append('"')
    foreach ($c in $Text.ToCharArray()) {
        $code = [int]$c
        if ($c -eq '"') { [void]$builder.Append('\"') }
        elseif ($c -eq '\') { [void]$builder.Append('\\') }
        elseif ($code -lt 32) { [void]$builder.Append('\u').Append($code.ToString('x4')) }
        else { [void]$builder.Append($c) }
    }
    [void]$builder.Append('"')
    return $builder.ToString()
}

# The whole tree, children first: a script may have started msiexec or a download (.NET Framework's
# Process.Kill() ends one process only).
function Stop-EflowProcessTree([int]$Id) {
    try {
        foreach ($child in @(Get-CimInstance -ClassName Win32_Process -Filter ('ParentProcessId=' + $Id))) {
            Stop-EflowProcessTree ([int]$child.ProcessId)
        }
    } catch {}
    try { [System.Diagnostics.Process]::GetProcessById($Id).Kill() } catch {}
}

$outcome = [ordered]@{
    ok = $false
    operation = $Operation
    exitCode = -1
    timedOut = $false
    resultJson = ''
    lines = @()
    error = ''
}
# The playbook decides what changed, from the script's result (changed_when).
$Ansible.Changed = $false
if ($PowerShellPath -eq '') {
    $PowerShellPath = Join-Path $env:SystemRoot 'System32\WindowsPowerShell\v1.0\powershell.exe'
}

$envelope = '{"script":' + (ConvertTo-EflowJsonString $ScriptText) + ',"secrets":{'
if ($SecretName -ne '') {
    $envelope += (ConvertTo-EflowJsonString $SecretName) + ':' + (ConvertTo-EflowJsonString $SecretValue)
}
$envelope += '}}'
$SecretValue = $null
$utf8 = New-Object System.Text.UTF8Encoding $false
$bytes = $utf8.GetBytes($envelope)
$envelope = $null

$start = New-Object System.Diagnostics.ProcessStartInfo
$start.FileName = $PowerShellPath
$start.Arguments = $eflowArguments
$start.UseShellExecute = $false
$start.CreateNoWindow = $true
$start.RedirectStandardInput = $true
$start.RedirectStandardOutput = $true
$start.RedirectStandardError = $true
$start.StandardOutputEncoding = $utf8
$start.StandardErrorEncoding = $utf8
try {
    $process = [System.Diagnostics.Process]::Start($start)
} catch {
    [Array]::Clear($bytes, 0, $bytes.Length)
    $outcome.error = 'Windows PowerShell could not be started (' + $PowerShellPath + '): ' + $_.Exception.Message
    $Ansible.Result = $outcome
    $Ansible.Failed = $true
    return
}
$stdoutTask = $process.StandardOutput.ReadToEndAsync()
$stderrTask = $process.StandardError.ReadToEndAsync()
try {
    $process.StandardInput.BaseStream.Write($bytes, 0, $bytes.Length)
    $process.StandardInput.Close()
} catch {
    # The child ended before it read its input; its exit code and error text say why.
} finally {
    [Array]::Clear($bytes, 0, $bytes.Length)
}
if (-not $process.WaitForExit([Math]::Max(1, $TimeoutSeconds) * 1000)) {
    $outcome.timedOut = $true
    Stop-EflowProcessTree $process.Id
}
$process.WaitForExit()
$outcome.exitCode = $process.ExitCode
$stdout = $stdoutTask.Result
$stderr = $stderrTask.Result

$lines = New-Object System.Collections.ArrayList
foreach ($raw in ($stdout -split "`n")) {
    $line = $raw.TrimEnd("`r")
    if ($line.StartsWith('##eflow-result## ')) { $outcome.resultJson = $line.Substring(17) }
    elseif ($line.StartsWith('##eflow-progress## ') -or $line.StartsWith('##eflow-encoding## ')) { continue }
    elseif ($line -ne '') { [void]$lines.Add($line) }
}
if ($lines.Count -gt $eflowMaxLines) { $lines = $lines.GetRange($lines.Count - $eflowMaxLines, $eflowMaxLines) }
$outcome.lines = @($lines)
# The bootstrap's first line on each stream names the host's code pages (for the wizard's decoder); the
# runner reads .NET strings already, so that line is not part of the error text.
$outcome.error = ((("$stderr" -split "`n") | Where-Object { -not $_.StartsWith('##eflow-encoding## ') }) -join "`n").Trim()
if ($outcome.timedOut) {
    $outcome.error = ('The step ' + $Operation + ' did not finish within ' + $TimeoutSeconds +
        ' seconds and was stopped. ' + $outcome.error).Trim()
} elseif ($outcome.exitCode -eq 0 -and $outcome.resultJson -eq '') {
    $outcome.error = ('The step ' + $Operation + ' ended without its result line. ' + $outcome.error).Trim()
} elseif ($outcome.exitCode -ne 0 -and $outcome.error -eq '') {
    $outcome.error = 'The step ' + $Operation + ' failed with exit code ' + $outcome.exitCode + '.'
}
$outcome.ok = (-not $outcome.timedOut) -and $outcome.exitCode -eq 0 -and $outcome.resultJson -ne ''
$Ansible.Result = $outcome
$Ansible.Failed = -not $outcome.ok
