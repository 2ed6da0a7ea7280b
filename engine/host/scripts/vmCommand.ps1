# One finite Linux command inside the VM; its stdout is the result text.
Import-EflowModule
Write-EflowResult ([ordered]@{ text = (Invoke-EflowVmText $eflowCommand) })
