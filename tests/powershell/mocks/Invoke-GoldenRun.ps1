# Runs golden scripts (tests/engine/data/scripts) against the mocks, each in its own pwsh process with a
# fresh state, and prints one line per run: PASS/FAIL, script, scenario, and the error or result marker.
#   pwsh -NoProfile -File Invoke-GoldenRun.ps1 [-Only <regex>] [-Keep]
# Each run is "scenario + script": a script that needs an earlier step (deploy after install) names a
# scenario that already holds that state (ready-1.4, installed-1.4 …).
param([string]$Only = '', [switch]$Keep, [string]$ScriptsDir = '')
$ErrorActionPreference = 'Stop'
$mocks = $PSScriptRoot
if ($ScriptsDir -eq '') { $ScriptsDir = Join-Path $mocks '../../engine/data/scripts' }
# pwsh installed as a .NET tool runs inside dotnet, so the process path is not pwsh.
$pwsh = if ("$env:EFLOW_POWERSHELL" -ne '') { $env:EFLOW_POWERSHELL } else { "$((Get-Command pwsh -ErrorAction SilentlyContinue).Source)" }
if ($pwsh -eq '') { $pwsh = Join-Path $HOME '.dotnet/tools/pwsh' }
$ext = @{ switches = @(@{ Name = 'Default Switch'; Id = 'c08cb7b8-9b3c-408e-8e30-5e16a3aeb444'; SwitchType = 'Internal'; NetAdapterInterfaceDescription = '' },
                      @{ Name = 'EFLOW-Ext'; Id = '5d0e2c1a-7b3f-4e59-8a61-2f9d0c4b7e13'; SwitchType = 'External'; NetAdapterInterfaceDescription = 'Intel(R) Ethernet Connection (15) I219-LM' }) }
function Get-ServerReady([string]$Version) {
    # Windows Server with the MSI of that line installed and the wizard's internal switch + NAT in place.
    return @{ product = @{ DisplayName = 'Azure IoT Edge LTS'; DisplayVersion = $Version; Publisher = 'Microsoft Corporation'; InstallLocation = 'C:\Program Files\Azure IoT Edge\' }
        services = @{ WSSDAgent = 'Running' }
        switches = @(@{ Name = 'EFLOW-Internal'; Id = '0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e'; SwitchType = 'Internal'; NetAdapterInterfaceDescription = '' })
        nats = @(@{ Name = 'EFLOW-Internal-NAT'; InternalIPInterfaceAddressPrefix = '172.20.0.0/24' }) }
}
$runs = @(
    @('probe.ps1', 'supported-client'), @('probe.ps1', 'installed-1.4'), @('probe.ps1', 'server-no-switch'), @('probe.ps1', 'hyperv-disabled'),
    @('probe_drive_d.ps1', 'supported-client'),
    @('enableHyperV.ps1', 'hyperv-disabled'), @('enableHyperV.ps1', 'supported-client'), @('enableHyperV.ps1', 'server-no-switch'),
    @('restartHost.ps1', 'hyperv-disabled'), @('uninstallEflow.ps1', 'installed-1.4'), @('uninstallEflow.ps1', 'supported-client'),
    @('createSwitch.ps1', 'server-no-switch'), @('createSwitch.ps1', 'supported-client'),
    @('installEflow_download_1_1.ps1', 'supported-client'), @('installEflow_download_1_4.ps1', 'supported-client'),
    @('installEflow_local_custom_dirs_1_5.ps1', 'local-msi-1.5'), @('installEflow_download_1_4.ps1', 'installed-1.4'),
    @('deploy_1_1_defaults.ps1', 'ready-1.1'), @('deploy_1_1_gpu_dda.ps1', 'ready-1.1'), @('deploy_1_1_gpu_pv.ps1', 'ready-1.1'),
    @('deploy_1_1_static_ip.ps1', 'ready-1.1', $ext), @('deploy_1_1_existing_switch.ps1', 'server-no-switch', (Get-ServerReady '1.1.2212.12122')),
    @('deploy_1_4_defaults.ps1', 'ready-1.4'), @('deploy_1_4_gpu_dda.ps1', 'ready-1.4'), @('deploy_1_4_gpu_pv.ps1', 'ready-1.4'),
    @('deploy_1_4_static_ip.ps1', 'ready-1.4', $ext), @('deploy_1_4_existing_switch.ps1', 'server-no-switch', (Get-ServerReady '1.4.14.24074')),
    @('deploy_1_5_defaults.ps1', 'ready-1.5'), @('deploy_1_5_gpu_dda.ps1', 'ready-1.5'), @('deploy_1_5_gpu_pv.ps1', 'ready-1.5'),
    @('deploy_1_5_static_ip.ps1', 'ready-1.5', $ext), @('deploy_1_5_existing_switch.ps1', 'server-no-switch', (Get-ServerReady '1.5.6.08025')), @('deploy_1_5_created_switch.ps1', 'server-no-switch', (Get-ServerReady '1.5.6.08025')),
    @('deploy_1_4_defaults.ps1', 'installed-1.4'),
    @('provision_dps_symmetric_key.ps1', 'installed-1.1'), @('provision_dps_group_key.ps1', 'installed-1.5'),
    @('provision_dps_tpm.ps1', 'installed-1.4'), @('provision_dps_x509.ps1', 'installed-1.5'),
    @('provision_manual_connection_string.ps1', 'installed-1.4'), @('provision_manual_x509.ps1', 'installed-1.4'),
    @('serviceStatus_1_1.ps1', 'installed-1.1'), @('serviceStatus_1_4.ps1', 'installed-1.4'), @('serviceStatus_1_5.ps1', 'installed-1.5'),
    @('check_1_1.ps1', 'installed-1.1'), @('check_1_4.ps1', 'installed-1.4'), @('check_1_5.ps1', 'installed-1.5'),
    @('logs_1_1.ps1', 'installed-1.1'), @('logs_1_4.ps1', 'installed-1.4'), @('logs_1_5.ps1', 'installed-1.5'),
    @('moduleList.ps1', 'installed-1.4'), @('vmStatus.ps1', 'installed-1.4'), @('supportBundle.ps1', 'installed-1.4')
)
$secrets = Join-Path ([System.IO.Path]::GetTempPath()) ('eflow-golden-secrets-' + $PID + '.json')
'{"symmKey":"c2VjcmV0LWtleS1mb3ItdGVzdHM=","devConnString":"HostName=contoso-hub.azure-devices.net;DeviceId=dev-01;SharedAccessKey=c2VjcmV0LWtleS1mb3ItdGVzdHM="}' | Set-Content -LiteralPath $secrets
$failed = 0
foreach ($run in $runs) {
    $script, $scenario, $overrides = $run
    if ($Only -ne '' -and "$script $scenario" -notmatch $Only) { continue }
    $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('eflow-golden-' + [guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory -Path $dir | Out-Null
    $env:EFLOW_MOCK_SCENARIO = $scenario
    if ($null -ne $overrides) {
        $overrides['base'] = $scenario
        $env:EFLOW_MOCK_SCENARIO = Join-Path $dir 'scenario.json'
        ConvertTo-Json -InputObject $overrides -Depth 8 | Set-Content -LiteralPath $env:EFLOW_MOCK_SCENARIO
        $scenario = $scenario + '+'
    }
    $env:EFLOW_MOCK_STATE = Join-Path $dir 'state.json'
    $env:EFLOW_MOCK_RECORD = Join-Path $dir 'record.jsonl'
    $env:EFLOW_TEST_SCRIPT = Join-Path $ScriptsDir $script
    $env:EFLOW_TEST_SECRETS_FILE = $secrets
    $env:EFLOW_BITS_STALL_SECONDS = '2'
    $started = Get-Date
    $out = & $pwsh -NoProfile -NonInteractive -ExecutionPolicy Bypass -Command ". '$mocks/preload.ps1'; . '$mocks/RunScript.ps1'" 2>&1
    $code = $LASTEXITCODE
    $seconds = ((Get-Date) - $started).TotalSeconds
    $text = @($out | ForEach-Object { "$_" })
    $result = @($text | Where-Object { $_ -like '##eflow-result## *' }) | Select-Object -Last 1
    $verdict = if ($code -eq 0 -and $null -ne $result) { 'PASS' } else { 'FAIL'; $failed++ }
    $detail = if ($verdict -eq 'PASS') { $result.Substring(17) } else { ($text | Select-Object -Last 4) -join ' | ' }
    if ($detail.Length -gt 400) { $detail = $detail.Substring(0, 400) + '…' }
    '{0} {1,-45} {2,-18} {3,4:N1}s  {4}' -f $verdict, $script, $scenario, $seconds, $detail
    if ($Keep) { "      state/record: $dir" } else { Remove-Item -LiteralPath $dir -Recurse -Force }
}
Remove-Item -LiteralPath $secrets -Force
"$failed failed"
