# Pester 5: the PowerShell mocks (tests/powershell/mocks) bind, record and fail the way Windows does.
# Module-only checks run in this process; anything that needs preload.ps1 (which turns Windows cmdlets into
# global functions) runs in a child pwsh so that Pester's own session is never touched.

BeforeAll {
    $script:Mocks = Join-Path $PSScriptRoot 'mocks'
    $script:Goldens = Join-Path $PSScriptRoot '../engine/data/scripts'
    $script:Pwsh = if ("$env:EFLOW_POWERSHELL" -ne '') { $env:EFLOW_POWERSHELL } else { "$((Get-Command pwsh -ErrorAction SilentlyContinue).Source)" }
    if ($script:Pwsh -eq '') { $script:Pwsh = Join-Path $HOME '.dotnet/tools/pwsh' }
    foreach ($name in @('EFLOW_MOCK_SCENARIO', 'EFLOW_MOCK_STATE', 'EFLOW_MOCK_RECORD', 'EFLOW_MOCK_PROCESS_POLICY')) {
        Remove-Item -Path "Env:$name" -ErrorAction SilentlyContinue
    }

    # Runs $Code in a child pwsh after preload.ps1 (both at global scope); returns exit code, output, record.
    function Invoke-MockChild([string]$Code, [hashtable]$Environment = @{}, [string[]]$PwshArguments = @()) {
        # Every mock variable is set or cleared: nothing leaks in from the in-process tests.
        $all = @{ EFLOW_MOCK_SCENARIO = $null; EFLOW_MOCK_STATE = $null; EFLOW_MOCK_RECORD = $null; EFLOW_MOCK_PROCESS_POLICY = $null; EFLOW_TEST_SECRETS_FILE = $null; EFLOW_TEST_SCRIPT = $null }
        foreach ($key in $Environment.Keys) { $all[$key] = $Environment[$key] }
        $all['EFLOW_TEST_CODE'] = $Code
        $saved = @{}
        foreach ($key in $all.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $all[$key]) }
        try {
            # The code is compiled only after preload.ps1 has run, as the bootstrap compiles the script
            # (type literals such as [Security.Principal.WindowsIdentity] resolve when compiled).
            $command = ". '$script:Mocks/preload.ps1'; . ([ScriptBlock]::Create(`$env:EFLOW_TEST_CODE))"
            $out = & $script:Pwsh -NoProfile -NonInteractive @PwshArguments -Command $command 2>&1
            $code = $LASTEXITCODE
        } finally {
            foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
        }
        $record = @()
        if ($Environment.ContainsKey('EFLOW_MOCK_RECORD') -and (Test-Path -LiteralPath $Environment['EFLOW_MOCK_RECORD'])) {
            $record = @(Get-Content -LiteralPath $Environment['EFLOW_MOCK_RECORD'] | ForEach-Object { $_ | ConvertFrom-Json })
        }
        return [pscustomobject]@{ ExitCode = $code; Text = (@($out | ForEach-Object { "$_" }) -join "`n"); Record = $record }
    }

    # Runs a golden script the way the bootstrap does (RunScript.ps1), in its own process.
    function Invoke-Golden([string]$Script, [hashtable]$Environment, [string[]]$PwshArguments = @()) {
        $env2 = $Environment.Clone()
        $env2['EFLOW_TEST_SCRIPT'] = Join-Path $script:Goldens $Script
        return Invoke-MockChild ". '$script:Mocks/RunScript.ps1'" $env2 $PwshArguments
    }

    function Use-ModuleLine([string]$Line) {
        Get-Module AzureEFLOW | Remove-Module -Force
        Import-Module (Join-Path $script:Mocks "modules/$Line/AzureEFLOW/AzureEFLOW.psd1") -Force -DisableNameChecking
    }

    function Set-MockEnvironment([string]$Scenario) {
        $dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        $env:EFLOW_MOCK_SCENARIO = $Scenario
        $env:EFLOW_MOCK_STATE = Join-Path $dir 'state.json'
        $env:EFLOW_MOCK_RECORD = Join-Path $dir 'record.jsonl'
        return $dir
    }

    function Get-MockRecord {
        if (-not (Test-Path -LiteralPath $env:EFLOW_MOCK_RECORD)) { return @() }
        return @(Get-Content -LiteralPath $env:EFLOW_MOCK_RECORD | ForEach-Object { $_ | ConvertFrom-Json })
    }
}

AfterAll {
    Remove-Module AzureEFLOW -Force -ErrorAction SilentlyContinue
    foreach ($name in @('EFLOW_MOCK_SCENARIO', 'EFLOW_MOCK_STATE', 'EFLOW_MOCK_RECORD')) { Remove-Item -Path "Env:$name" -ErrorAction SilentlyContinue }
}

Describe 'AzureEFLOW binds like the documented signatures' {
    Context '1.4 line' {
        BeforeAll { Use-ModuleLine '1.4'; Set-MockEnvironment 'ready-1.4' | Out-Null }
        It 'refuses the 1.1 disk size (-vmDiskSize 16 is below the 1.4 minimum of 21 GB)' {
            { Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No -vmDiskSize 16 } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Deploy-Eflow'
        }
        It 'refuses -vmDiskSize together with -vmDataSize (they are exclusive)' {
            { Deploy-Eflow -acceptEula Yes -vmDiskSize 30 -vmDataSize 10 } | Should -Throw -ErrorId 'AmbiguousParameterSet,Deploy-Eflow'
        }
        It 'refuses a value outside a ValidateSet' {
            { Deploy-Eflow -acceptEula Yes -vmLogSize Medium } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Deploy-Eflow'
            { Deploy-Eflow -acceptEula Yes -vswitchType Private } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Deploy-Eflow'
            { Provision-EflowVm -provisioningType Symmetric } | Should -Throw -ErrorId 'ParameterArgumentValidationError,Provision-EflowVm'
        }
        It 'refuses a string where an int is declared' {
            { Deploy-Eflow -acceptEula Yes -cpuCount 'two' } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,Deploy-Eflow'
            { Deploy-Eflow -acceptEula Yes -ip4PrefixLength '24 bits' } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,Deploy-Eflow'
        }
        It 'refuses a misspelled parameter (a unique prefix such as -identityPrivKey binds, as on Windows)' {
            { Provision-EflowVm -provisioningType DpsX509 -identityPrivateKey 'C:\k.pem' } | Should -Throw -ErrorId 'NamedParameterNotFound,Provision-EflowVm'
        }
        It 'has Set-EflowVmDNSServers and answers an invalid address with the module message' {
            { Set-EflowVmDNSServers -vendpointName 'x' -dnsServers @('10.0.0.300') } | Should -Throw '*is not a valid IP4 address*'
        }
        It 'records the bound parameters with their JSON types and returns OK' {
            $r = Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No -headless -cpuCount 2 -memoryInMB 2048 -vmDataSize 30 -vmLogSize Small 6>$null
            $r | Should -Be 'OK'
            $line = (Get-Content -LiteralPath $env:EFLOW_MOCK_RECORD | Where-Object { $_ -like '*"Deploy-Eflow"*' } | Select-Object -Last 1)
            $line | Should -BeLike '*"parameters":{"acceptEula":"Yes","acceptOptionalTelemetry":"No","headless":true,"cpuCount":2,"memoryInMB":2048,"vmDataSize":30,"vmLogSize":"Small"},"module":"AzureEFLOW"}'
        }
    }
    Context '1.1 line' {
        BeforeAll { Use-ModuleLine '1.1'; Set-MockEnvironment 'ready-1.1' | Out-Null }
        It 'has no -vmDataSize' {
            { Deploy-Eflow -acceptEula Yes -vmDataSize 10 } | Should -Throw -ErrorId 'NamedParameterNotFound,Deploy-Eflow'
        }
        It 'has no -vmLogSize and no Set-EflowVmDNSServers' {
            { Deploy-Eflow -acceptEula Yes -vmLogSize Small } | Should -Throw -ErrorId 'NamedParameterNotFound,Deploy-Eflow'
            Get-Command Set-EflowVmDNSServers -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        }
        It 'takes -vmDiskSize 16 and knows only the DpsTpm feature' {
            Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No -vmDiskSize 16 6>$null | Should -Be 'OK'
            { Set-EflowVmFeature -feature Defender -enable } | Should -Throw "Unknown feature 'Defender' is provided."
        }
    }
    Context '1.5 line' {
        BeforeAll { Use-ModuleLine '1.5' }
        It 'has the 1.4 surface' {
            (Get-Command Deploy-Eflow).Parameters.Keys | Should -Contain 'vmDataSize'
            (Get-Command Deploy-Eflow).Parameters.Keys | Should -Contain 'vmLogSize'
            Get-Command Set-EflowVmDNSServers | Should -Not -BeNullOrEmpty
        }
    }
}

Describe 'AzureEFLOW answers' {
    BeforeAll { Use-ModuleLine '1.4' }
    It 'Deploy-Eflow fails with each catalog message: <_>' -ForEach @(
        (Get-ChildItem (Join-Path $PSScriptRoot 'mocks/scenarios') -Filter 'deploy-error-*.json' | ForEach-Object { $_.BaseName })
    ) {
        Set-MockEnvironment $_ | Out-Null
        $failure = (Get-Content -Raw (Join-Path $script:Mocks "scenarios/$_.json") | ConvertFrom-Json).deployError
        $returned = $null
        $thrown = $null
        $console = & { try { $script:ret = Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No -headless -vmDataSize 10 } catch { $script:thr = $_ } } 6>&1
        $returned = $script:ret; $thrown = $script:thr; $script:ret = $null; $script:thr = $null
        ($console -join "`n") | Should -BeLike "*Exception caught!!!*$($failure.message)*"
        if ($failure.mode -eq 'thrown') { "$thrown" | Should -Be $failure.message } else { $returned | Should -Be $failure.message }
        (Get-Content -Raw $env:EFLOW_MOCK_STATE | ConvertFrom-Json).vm.exists | Should -BeFalse
    }
    It 'Invoke-EflowVmCommand loses double quotes and treats # as a comment, as ssh and bash do' {
        Set-MockEnvironment 'installed-1.4' | Out-Null
        $old = @(Invoke-EflowVmCommand -command 'sudo iotedge check --output json; echo "##eflow-exit## $?"' -ignoreError)
        $old[-1] | Should -Not -BeLike '*eflow-exit*'
        $new = @(Invoke-EflowVmCommand -command 'sudo iotedge check --output json; echo eflow-exit-code=$?' -ignoreError)
        $new[-1] | Should -Be 'eflow-exit-code=1'
        ($new[0] | ConvertFrom-Json).checks.'edge-hub-storage-mounted-from-host'.result.result | Should -Be 'error'
    }
    It 'Invoke-EflowVmCommand throws on a non-zero exit unless -ignoreError, and answers per release line' {
        Set-MockEnvironment 'installed-1.4' | Out-Null
        { Invoke-EflowVmCommand -command 'sudo systemctl status iotedge' 6>$null } | Should -Throw '*exit code 4*'
        (Invoke-EflowVmCommand -command 'sudo systemctl status iotedge' -ignoreError) | Should -Be 'Unit iotedge.service could not be found.'
        (Invoke-EflowVmCommand -command 'sudo iotedge list')[0] | Should -BeLike 'NAME*Config'
    }
    It 'Invoke-EflowVmCommand uses the scenario''s vmCommands first' {
        $dir = Set-MockEnvironment 'installed-1.4'
        Set-Content -LiteralPath (Join-Path $dir 'scenario.json') -Value '{"base":"installed-1.4","vmCommands":[{"match":"iotedge list","stdout":["NAME  STATUS  DESCRIPTION  Config"],"exitCode":0}]}'
        $env:EFLOW_MOCK_SCENARIO = Join-Path $dir 'scenario.json'
        Invoke-EflowVmCommand -command 'sudo iotedge list' | Should -Be 'NAME  STATUS  DESCRIPTION  Config'
    }
    It 'Get-EflowVm has the documented shape' {
        Set-MockEnvironment 'installed-1.4' | Out-Null
        $vm = Get-EflowVm
        $vm.PSObject.Properties.Name | Should -Be @('VmConfiguration', 'VmPowerState', 'EdgeRuntimeVersion', 'EdgeRuntimeStatus', 'SystemStatistics')
        $vm.VmPowerState | Should -Be 'Running'
        $vm.EdgeRuntimeVersion.IotEdgeVersion | Should -BeLike '1.4.*'
        $vm.SystemStatistics.CpuCount | Should -Be 2
    }
    It 'a VM that is off refuses commands with the module message' {
        Set-MockEnvironment 'vm-off' | Out-Null
        { Get-EflowVm } | Should -Throw "Can't process request, EFLOW VM is OFF!"
    }
}

Describe 'Windows mocks (child pwsh with preload.ps1)' {
    It 'record every call with its bound parameters and bind like the cmdlets' {
        $dir = Join-Path $TestDrive 'win'
        New-Item -ItemType Directory -Path $dir | Out-Null
        $environment = @{ EFLOW_MOCK_SCENARIO = 'server-no-switch'; EFLOW_MOCK_STATE = "$dir/state.json"; EFLOW_MOCK_RECORD = "$dir/record.jsonl" }
        $code = @'
$ErrorActionPreference = 'Stop'
$r = [ordered]@{}
$r.disk = (Get-CimInstance -ClassName Win32_LogicalDisk -Filter "DeviceID='D:'").DeviceID
$r.os = (Get-CimInstance Win32_OperatingSystem).ProductType
try { Get-CimInstance -ClassName Win32_Nothing; $r.badClass = 'bound' } catch { $r.badClass = $_.FullyQualifiedErrorId }
try { New-VMSwitch -Name 'x' -SwitchType External; $r.badSwitchType = 'bound' } catch { $r.badSwitchType = $_.FullyQualifiedErrorId }
try { New-NetIPAddress -IPAddress 10.0.0.1 -PrefixLength 'big' -InterfaceIndex 6; $r.badPrefix = 'bound' } catch { $r.badPrefix = $_.FullyQualifiedErrorId }
try { Get-WindowsOptionalFeature -FeatureName Microsoft-Hyper-V; $r.noOnline = 'bound' } catch { $r.noOnline = $_.FullyQualifiedErrorId }
$i = Install-WindowsFeature -Name Hyper-V -IncludeAllSubFeature -IncludeManagementTools
$r.install = "$($i.Success) $($i.RestartNeeded) $($i.ExitCode)"
$r.hypervisorFeature = @(Get-WindowsOptionalFeature -Online -FeatureName Microsoft-Hyper-V-Hypervisor -ErrorAction SilentlyContinue).Count
New-VMSwitch -Name 'EFLOW-Internal' -SwitchType Internal | Out-Null
$index = (Get-NetAdapter -Name 'vEthernet (EFLOW-Internal)').ifIndex
New-NetIPAddress -IPAddress 172.20.0.1 -PrefixLength 24 -InterfaceIndex $index | Out-Null
New-NetNat -Name 'EFLOW-Internal-NAT' -InternalIPInterfaceAddressPrefix '172.20.0.0/24' | Out-Null
$r.dns = @(Get-DnsClientServerAddress -AddressFamily IPv4 | ForEach-Object { $_.ServerAddresses }) -join ','
$r.ubr = Get-ItemPropertyValue 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion' -Name UBR
$r.elevated = (New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)
$r.realPath = Test-Path -LiteralPath $PSHOME
$r.sig = "$((Get-AuthenticodeSignature -FilePath $PSHOME/pwsh.dll).Status)"
$r | ConvertTo-Json -Compress
'@
        $child = Invoke-MockChild $code $environment
        $child.ExitCode | Should -Be 0 -Because $child.Text
        $r = ($child.Text -split "`n")[-1] | ConvertFrom-Json
        $r.disk | Should -Be 'D:'
        $r.os | Should -Be 3
        $r.badClass | Should -BeLike 'HRESULT 0x80041010*'
        $r.badSwitchType | Should -Be 'ParameterArgumentValidationError,New-VMSwitch'
        $r.badPrefix | Should -Be 'ParameterArgumentTransformationError,New-NetIPAddress'
        $r.noOnline | Should -BeLike 'MissingMandatoryParameter*'
        $r.install | Should -Be 'True No NoChangeNeeded' -Because 'the role is installed already on this scenario'
        $r.hypervisorFeature | Should -Be 0
        $r.dns | Should -Be '10.0.10.2,10.0.10.3'
        $r.ubr | Should -Be 2849
        $r.elevated | Should -BeTrue
        $r.realPath | Should -BeTrue
        $r.sig | Should -Be 'Valid'
        $commands = $child.Record | ForEach-Object { $_.command }
        $commands | Should -Contain 'New-NetNat'
        ($child.Record | Where-Object command -eq 'Get-CimInstance' | Select-Object -First 1).parameters.Filter | Should -Be "DeviceID='D:'"
        $nat = $child.Record | Where-Object command -eq 'New-NetNat'
        $nat.module | Should -Be 'NetNat'
        $nat.parameters.InternalIPInterfaceAddressPrefix | Should -Be '172.20.0.0/24'
        ($child.Record | Where-Object command -eq 'Install-WindowsFeature').parameters.IncludeManagementTools | Should -BeTrue
        ($child.Record | Where-Object command -eq 'Install-WindowsFeature').parameters.Name | Should -Be @('Hyper-V')
        $commands | Should -Not -Contain 'Test-Path' -Because 'a Linux path goes to the real cmdlet unrecorded'

        # The next process sees the switch, the address and the NAT.
        $second = Invoke-MockChild '(Get-VMSwitch | ForEach-Object Name) -join ","; (Get-NetNat).InternalIPInterfaceAddressPrefix; (Get-NetIPAddress -InterfaceAlias "vEthernet (EFLOW-Internal)").IPAddress' $environment
        $second.Text -split "`n" | Should -Be @('EFLOW-Internal', '172.20.0.0/24', '172.20.0.1')
    }

    It 'carry install -> deploy -> provision -> status across processes, and the key reaches only Provision-EflowVm' {
        $dir = Join-Path $TestDrive 'chain'
        New-Item -ItemType Directory -Path $dir | Out-Null
        $secret = 'HostName=contoso-hub.azure-devices.net;DeviceId=dev-01;SharedAccessKey=bW9jay1zZWNyZXQta2V5LXZhbHVl'
        Set-Content -LiteralPath "$dir/secrets.json" -Value (@{ devConnString = $secret } | ConvertTo-Json)
        $environment = @{ EFLOW_MOCK_SCENARIO = 'supported-client'; EFLOW_MOCK_STATE = "$dir/state.json"; EFLOW_MOCK_RECORD = "$dir/record.jsonl"; EFLOW_TEST_SECRETS_FILE = "$dir/secrets.json" }
        $bypass = @('-ExecutionPolicy', 'Bypass')
        foreach ($script in @('installEflow_download_1_4.ps1', 'deploy_1_4_defaults.ps1', 'provision_manual_connection_string.ps1', 'serviceStatus_1_4.ps1')) {
            $run = Invoke-Golden $script $environment $bypass
            $run.ExitCode | Should -Be 0 -Because "$script`n$($run.Text)"
        }
        $run.Text | Should -BeLike '*##eflow-result## {"systemctl":"* aziot-edged.service*active (running)*'
        $record = Get-Content -LiteralPath "$dir/record.jsonl"
        @($record | Where-Object { $_ -like "*$secret*" }).Count | Should -Be 1
        ($record | Where-Object { $_ -like "*$secret*" }) | Should -BeLike '{"command":"Provision-EflowVm",*'
        Get-Content -Raw -LiteralPath "$dir/state.json" | Should -Not -BeLike '*SharedAccessKey*'
        $deploy = $record | ForEach-Object { $_ | ConvertFrom-Json } | Where-Object command -eq 'Deploy-Eflow'
        $deploy.parameters.vmDataSize | Should -Be 10
        $deploy.parameters.PSObject.Properties.Name | Should -Not -Contain 'vmDiskSize'
    }

    It 'load every scenario' {
        $code = @'
$bad = @()
foreach ($file in Get-ChildItem (Join-Path (Get-EflowMockRoot) 'scenarios') -Filter *.json) {
    try {
        $s = Read-EflowMockScenario $file.BaseName
        foreach ($key in @('computerName', 'os', 'computerSystem', 'optionalFeatures', 'services', 'executionPolicy', 'vm', 'productVersions')) {
            if (-not $s.Contains($key)) { $bad += "$($file.BaseName): no $key" }
        }
        if ($null -ne $s['product'] -and (Get-EflowMockModuleLine "$($s['product']['DisplayVersion'])") -eq '') { $bad += "$($file.BaseName): product version" }
    } catch { $bad += "$($file.BaseName): $_" }
}
"bad=" + ($bad -join '; ')
'@
        $child = Invoke-MockChild $code @{}
        $child.Text | Should -Match '(?m)^bad=$'
    }

    It 'Import-Module AzureEFLOW follows the effective execution policy (<scenario>, process <process>)' -ForEach @(
        @{ scenario = 'policy-restricted'; process = ''; loads = $false; message = '*running scripts is disabled on this system*' }
        @{ scenario = 'policy-restricted'; process = 'Bypass'; loads = $true; message = '' }
        @{ scenario = 'policy-undefined'; process = ''; loads = $false; message = '*running scripts is disabled on this system*' }
        @{ scenario = 'policy-allsigned'; process = ''; loads = $true; message = '' }
        @{ scenario = 'policy-allsigned-untrusted'; process = ''; loads = $false; message = '*is not trusted on your system*' }
        @{ scenario = 'policy-remotesigned'; process = ''; loads = $true; message = '' }
        @{ scenario = 'policy-gpo-restricted'; process = 'Bypass'; loads = $false; message = '*running scripts is disabled*' }
        @{ scenario = 'policy-currentuser-remotesigned'; process = ''; loads = $true; message = '' }
    ) {
        $dir = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
        New-Item -ItemType Directory -Path $dir | Out-Null
        $environment = @{ EFLOW_MOCK_SCENARIO = $scenario; EFLOW_MOCK_STATE = "$dir/state.json"; EFLOW_MOCK_PROCESS_POLICY = $process }
        $child = Invoke-MockChild "try { Import-Module AzureEFLOW -Force -ErrorAction Stop -DisableNameChecking; 'loaded=' + [bool](Get-Command Deploy-Eflow -ErrorAction SilentlyContinue) } catch { 'failed=' + `$_.FullyQualifiedErrorId + ' ' + `$_ }" $environment
        if ($loads) { $child.Text | Should -BeLike '*loaded=True*' } else { $child.Text | Should -BeLike ('*failed=UnauthorizedAccess*' + $message.TrimStart('*')) }
    }

    It 'the -ExecutionPolicy of the pwsh command line is the Process scope, as on Windows' {
        $dir = Join-Path $TestDrive 'ep'
        New-Item -ItemType Directory -Path $dir | Out-Null
        $child = Invoke-MockChild '"$(Get-ExecutionPolicy -Scope Process) $(Get-ExecutionPolicy)"' @{ EFLOW_MOCK_SCENARIO = 'policy-restricted'; EFLOW_MOCK_STATE = "$dir/state.json" } @('-ExecutionPolicy', 'Bypass')
        $child.Text | Should -Be 'Bypass Bypass'
    }

    It 'a noisy module error stays non-terminating unless the caller''s Stop leaks into the module' {
        $dir = Join-Path $TestDrive 'noisy'
        New-Item -ItemType Directory -Path $dir | Out-Null
        $environment = @{ EFLOW_MOCK_SCENARIO = 'noisy-module'; EFLOW_MOCK_STATE = "$dir/state.json" }
        $code = @'
Import-Module AzureEFLOW -DisableNameChecking
$scoped = & { $ErrorActionPreference = 'Stop'; Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No 6>$null }
Remove-Item -LiteralPath $env:EFLOW_MOCK_STATE
$global:ErrorActionPreference = 'Stop'
try { $leaked = Deploy-Eflow -acceptEula Yes -acceptOptionalTelemetry No 6>$null } catch { $leaked = 'threw' }
"scoped=$scoped leaked=$leaked"
'@
        (Invoke-MockChild $code $environment).Text | Should -BeLike '*scoped=OK leaked=threw'
    }
}
