# Manifest of the mock AzureEFLOW module, release line 1.4 (tests/powershell/mocks/README.md).
@{
    RootModule = 'AzureEFLOW.psm1'
    ModuleVersion = '1.4.14.24074'
    GUID = '3f0c2a51-8d0e-4a57-9a41-1b1e11a11014'
    Author = 'EFLOW Wizard tests'
    Description = 'Test double of the AzureEFLOW module (1.4 line): documented signatures, scripted answers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @(
        'Add-EflowNetwork',
        'Add-EflowVmEndpoint',
        'Add-EflowVmSharedFolder',
        'Connect-EflowVm',
        'Copy-EflowVmFile',
        'Deploy-Eflow',
        'Get-EflowHostConfiguration',
        'Get-EflowLogs',
        'Get-EflowNetwork',
        'Get-EflowVm',
        'Get-EflowVmAddr',
        'Get-EflowVmEndpoint',
        'Get-EflowVmFeature',
        'Get-EflowVmName',
        'Get-EflowVmSharedFolder',
        'Get-EflowVmTelemetryOption',
        'Get-EflowVmTpmProvisioningInfo',
        'Invoke-EflowVmCommand',
        'Provision-EflowVm',
        'Remove-EflowNetwork',
        'Remove-EflowVmEndpoint',
        'Remove-EflowVmSharedFolder',
        'Set-EflowVM',
        'Set-EflowVmDNSServers',
        'Set-EflowVmFeature',
        'Set-EflowVmTelemetryOption',
        'Start-EflowVm',
        'Stop-EflowVm',
        'Verify-EflowVm'
    )
    CmdletsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @()
}
