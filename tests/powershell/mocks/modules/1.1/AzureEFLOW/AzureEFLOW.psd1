# Manifest of the mock AzureEFLOW module, release line 1.1 (tests/powershell/mocks/README.md).
@{
    RootModule = 'AzureEFLOW.psm1'
    ModuleVersion = '1.1.2212.12122'
    GUID = '3f0c2a51-8d0e-4a57-9a41-1b1e11a11011'
    Author = 'EFLOW Wizard tests'
    Description = 'Test double of the AzureEFLOW module (1.1 line): documented signatures, scripted answers.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @(
        'Add-EflowNetwork',
        'Add-EflowVmEndpoint',
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
        'Get-EflowVmTelemetryOption',
        'Get-EflowVmTpmProvisioningInfo',
        'Invoke-EflowVmCommand',
        'Provision-EflowVm',
        'Remove-EflowNetwork',
        'Remove-EflowVmEndpoint',
        'Set-EflowVM',
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
