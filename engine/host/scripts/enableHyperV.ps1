# Client SKUs get the optional feature, Server SKUs the role (reference §3.2); the script decides by
# ProductType because the wizard may not have probed yet.
$os = Get-CimInstance -ClassName Win32_OperatingSystem
$restart = $false
$changed = $false
if ([int]$os.ProductType -eq 1) {
    $feature = Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V
    if ($null -eq $feature) { throw 'Microsoft-Hyper-V is not available in this Windows edition.' }
    if ("$($feature.State)" -eq 'Enabled') {
        Write-EflowLine 'Microsoft-Hyper-V is already enabled.'
    } elseif ("$($feature.State)" -eq 'EnablePending') {
        Write-EflowLine 'Microsoft-Hyper-V is enabled and waits for a restart.'
        $restart = $true
    } else {
        Write-EflowProgress -1 'Enabling Hyper-V'
        $r = Enable-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V -All -NoRestart
        $changed = $true
        $restart = [bool]$r.RestartNeeded
    }
} else {
    $role = Get-WindowsFeature -Name Hyper-V
    if ($null -eq $role) { throw 'The Hyper-V role is not available on this Windows Server.' }
    if ("$($role.InstallState)" -eq 'Installed') {
        Write-EflowLine 'The Hyper-V role is already installed.'
    } elseif ("$($role.InstallState)" -eq 'InstallPending') {
        Write-EflowLine 'The Hyper-V role is installed and waits for a restart.'
        $restart = $true
    } else {
        Write-EflowProgress -1 'Installing the Hyper-V role'
        $r = Install-WindowsFeature -Name Hyper-V -IncludeAllSubFeature -IncludeManagementTools
        if (-not $r.Success) { throw ('Install-WindowsFeature Hyper-V failed: ' + $r.ExitCode) }
        $changed = $true
        $restart = "$($r.RestartNeeded)" -ne 'No'
    }
    # Deploy-Eflow checks VirtualMachinePlatform on Server 2019 (reference §3.2, #115).
    try {
        $vmp = Get-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform
        if ($null -ne $vmp -and "$($vmp.State)" -eq 'Disabled') {
            $r = Enable-WindowsOptionalFeature -Online -FeatureName VirtualMachinePlatform -NoRestart
            $changed = $true
            if ($r.RestartNeeded) { $restart = $true }
        }
    } catch {
        Write-EflowLine ('VirtualMachinePlatform: ' + $_.Exception.Message)
    }
}
Write-EflowResult ([ordered]@{ restartRequired = $restart; changed = $changed })
