# Finishes what waits for a restart (Hyper-V enabled, an MSI that returned 3010). Windows PowerShell 5.1's
# Restart-Computer: -Force because nobody at an unattended host answers "close your programs". It starts
# the restart and returns; the result goes out before Windows stops this session, and the wizard
# reconnects by probing the host until it answers again.
Write-EflowLine 'Restart-Computer -Force'
Restart-Computer -Force
Write-EflowResult ([ordered]@{ restarting = $true })
