# iotedge check exits non-zero when any check fails; the exit code is echoed after the JSON so that
# the answer keeps both (Invoke-EflowVmCommand does not report it). The marker needs no quotes and does
# not start with '#': Invoke-EflowVmCommand and ssh drop the quotes, and bash reads '#' as a comment.
Import-EflowModule
$text = Invoke-EflowVmText ($eflowCommand + '; echo eflow-exit-code=$?') -IgnoreError
$exitCode = -1
$lines = @($text -split "`n")
$kept = New-Object System.Collections.Generic.List[string]
foreach ($line in $lines) {
    if ($line -match '^eflow-exit-code=(\d+)\s*$') { $exitCode = [int]$Matches[1] } else { $kept.Add($line) }
}
Write-EflowResult ([ordered]@{ json = ($kept -join "`n"); exitCode = $exitCode })
