# systemctl status exits non-zero for a stopped unit, which is an answer, not a failure: -ignoreError.
Import-EflowModule
$status = [ordered]@{ systemctl = (Invoke-EflowVmText $eflowSystemctlCommand -IgnoreError) }
if ($eflowSystemStatusCommand -ne '') {
    $status.systemStatus = Invoke-EflowVmText $eflowSystemStatusCommand -IgnoreError
}
Write-EflowResult $status
