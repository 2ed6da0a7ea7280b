# Bodies of the mock AzureEFLOW cmdlets, dot-sourced into each release line's module. The signatures live
# in the modules (they differ per line); this file holds what the cmdlets do to the host state and what
# they print. Console lines go through Write-Host, as the real module's do (reference §2.1): they are not
# pipeline output, so `$r = Deploy-Eflow …` holds only the returned 'OK'.

function Write-EflowMockConsole([string]$Text, [switch]$Bullet) {
    if ($Bullet) { Write-Host (' - ' + $Text) } else { Write-Host ((Get-EflowMockStamp) + $Text) }
}

function Get-EflowMockModuleState {
    $state = Get-EflowMockState
    if ($null -eq $state['vm']) { $state['vm'] = [ordered]@{ exists = $false } }
    return $state
}

function Get-EflowMockProductName([System.Collections.IDictionary]$State) {
    if ($null -ne $State['product']) { return "$($State['product']['DisplayName'])" }
    return 'Azure IoT Edge LTS'
}

# A module failure as the real module reports it: "Exception caught!!!" and " - <message> (L<line>)" on the
# console, then the message returned (mode "returned", the default) or thrown (mode "thrown").
function Invoke-EflowMockFailure([string]$Message, [int]$Line = 1184, [string]$Mode = 'returned', [switch]$VmCreation) {
    if ($VmCreation) {
        Write-EflowMockConsole 'Error: Virtual machine creation failed!'
        Write-EflowMockConsole 'Cleaning up...'
    }
    Write-EflowMockConsole 'Exception caught!!!'
    Write-EflowMockConsole "$Message (L$Line)" -Bullet
    if ($VmCreation) { Write-Host 'In order to attempt another deployment, please uninstall the Azure IoT Edge msi and start from fresh' }
    if ($Mode -eq 'thrown') { throw $Message }
    return $Message
}

function Get-EflowMockScenarioError($Value) {
    # "deployError": "<message>" or {"message": …, "stage": "parameters|host|vm", "mode": "returned|thrown"}.
    if ($null -eq $Value) { return $null }
    if ($Value -is [string]) { return [ordered]@{ message = $Value; stage = 'vm'; mode = 'returned' } }
    $result = [ordered]@{ message = "$($Value['message'])"; stage = 'vm'; mode = 'returned' }
    if ("$($Value['stage'])" -ne '') { $result.stage = "$($Value['stage'])" }
    if ("$($Value['mode'])" -ne '') { $result.mode = "$($Value['mode'])" }
    return $result
}

function Assert-EflowMockVmRunning([System.Collections.IDictionary]$State) {
    if (-not $State['vm']['exists']) { throw 'Virtual machine does not exist, deploy it first' }
    if ("$($State['vm']['powerState'])" -eq 'Off') { throw "Can't process request, EFLOW VM is OFF!" }
}

function Invoke-EflowMockDeploy([System.Collections.IDictionary]$Bound, [string]$Line) {
    $state = Get-EflowMockModuleState
    $failure = Get-EflowMockScenarioError $state['deployError']
    $product = Get-EflowMockProductName $state
    $isServer = [int]$state['os']['ProductType'] -ne 1
    Write-EflowMockConsole 'Deploying Azure IoT Edge for Linux on Windows'
    if ($state['noisyModule']) {
        # The real module lets some internal commands fail non-terminating (and goes on). With the
        # caller's 'Stop' leaking into the module's scope this becomes fatal.
        Write-Error -Message 'Get-WmiObject : Invalid class "Win32_EflowProbe"' -ErrorId 'GetWMICOMException,Microsoft.PowerShell.Commands.GetWmiObjectCommand' -Category InvalidType
    }
    if (-not $Bound.ContainsKey('acceptEula') -and -not $Bound['headless']) {
        throw 'Deploy-Eflow would ask for the EULA here (Read-Host); pass -acceptEula Yes'
    }
    if ("$($Bound['acceptEula'])" -ne 'Yes') { return Invoke-EflowMockFailure 'EULA not accepted' 311 }
    if (-not $Bound.ContainsKey('acceptOptionalTelemetry') -and -not $Bound['headless']) {
        throw 'Deploy-Eflow would ask about optional telemetry here (Read-Host); pass -acceptOptionalTelemetry Yes|No'
    }
    if ($state['vm']['exists']) {
        return Invoke-EflowMockFailure "An existing virtual machine was detected. To redeploy the virtual machine, please uninstall and re-install $product." 402
    }
    $static = @('ip4Address', 'ip4PrefixLength', 'ip4GatewayAddress' | Where-Object { $Bound.ContainsKey($_) })
    if ($static.Count -gt 0 -and $static.Count -lt 3) { return Invoke-EflowMockFailure 'ip4Address & ip4PrefixLength are required for StaticIP!' 1402 }
    if ($null -ne $failure -and $failure.stage -eq 'parameters') { return Invoke-EflowMockFailure $failure.message 840 $failure.mode }
    Write-EflowMockConsole 'Creating configuration'
    Write-EflowMockConsole 'Configuration created successfully'
    Write-EflowMockConsole 'Enabling Microsoft Update. This will allow Azure IoT Edge for Linux on Windows to receive updates.'
    Write-EflowMockConsole 'Microsoft Update is enabled.'
    Write-EflowMockConsole 'Step 1: Preparing host for Azure IoT Edge for Linux on Windows'
    if ($null -ne $failure -and $failure.stage -eq 'host') { return Invoke-EflowMockFailure $failure.message 1003 $failure.mode }
    Write-EflowMockConsole 'Checking host for required features'
    $features = if ($isServer) { @('Microsoft-Hyper-V', 'Microsoft-Hyper-V-Management-PowerShell', 'VirtualMachinePlatform') } else { @('Microsoft-Hyper-V', 'Microsoft-Hyper-V-Management-PowerShell', 'Microsoft-Hyper-V-Hypervisor') }
    foreach ($feature in $features + @('OpenSSH.Client*')) { Write-EflowMockConsole "Checking the status of '$feature'" -Bullet }
    $hyperV = if ($isServer) { "$($state['windowsFeatures']['Hyper-V'])" -eq 'Installed' } else { "$($state['optionalFeatures']['Microsoft-Hyper-V'])" -eq 'Enabled' }
    if (-not $hyperV) {
        return Invoke-EflowMockFailure 'Installation of Hyper-V, Hyper-V Management PowerShell or OpenSSH failed. Please install manually and restart deployment. Aborting...' 1062
    }
    Write-EflowMockConsole 'Verifying whether Hyper-V is enabled and functional'
    if (-not [bool]$state['computerSystem']['HypervisorPresent']) {
        return Invoke-EflowMockFailure 'Hyper-V properties indicate the Hyper-V component is not functional (property HyperVisorPresent is false)' 1090
    }
    Write-EflowMockConsole 'Hyper-V core services are active' -Bullet

    $cpu = if ($Bound.ContainsKey('cpuCount')) { [int]$Bound['cpuCount'] } else { 1 }
    $memory = if ($Bound.ContainsKey('memoryInMB')) { [int]$Bound['memoryInMB'] } else { 1024 }
    if ($cpu -gt [int]$state['computerSystem']['NumberOfLogicalProcessors']) { return Invoke-EflowMockFailure 'Not enough CPU cores available.' 1131 }
    if ($memory -gt [int64]$state['os']['FreePhysicalMemory'] / 1024) { return Invoke-EflowMockFailure 'Not enough memory available.' 1127 }
    if ($Line -ne '1.1' -and $memory % 2 -ne 0) { return Invoke-EflowMockFailure "memoryInMB $memory must be an even number" 1125 }
    $diskGb = if ($Bound.ContainsKey('vmDiskSize')) { [int]$Bound['vmDiskSize'] } elseif ($Line -eq '1.1') { 10 } else { 19 + $(if ($Bound.ContainsKey('vmDataSize')) { [int]$Bound['vmDataSize'] } else { 10 }) }
    $drive = 'C:'
    if ($null -ne $state['product'] -and "$($state['product']['InstallLocation'])" -match '^([A-Za-z]:)') { $drive = $Matches[1].ToUpperInvariant() }
    $free = if ($state['disks'].Contains($drive)) { [int64]$state['disks'][$drive]['FreeSpace'] } else { [int64]0 }
    if ([int64]$diskGb * 1GB -gt $free) { return Invoke-EflowMockFailure "Not enough disk space is available on drive '$drive'." 1140 }

    # Virtual switch (reference §2.4): client SKUs take Default Switch or External, servers Internal or External.
    $switchName = if ($Bound.ContainsKey('vswitchName')) { "$($Bound['vswitchName'])" } else { '' }
    $switchType = if ($Bound.ContainsKey('vswitchType')) { "$($Bound['vswitchType'])" } else { '' }
    if ($switchName -eq '') {
        $default = @($state['switches'] | Where-Object { $null -ne $_ -and "$($_['Name'])" -eq 'Default Switch' })
        if ($isServer -or $default.Count -eq 0) { return Invoke-EflowMockFailure 'Installation of virtual switch failed' 1290 }
        if ($static.Count -gt 0) { return Invoke-EflowMockFailure 'Cannot set Static IP on ICS type virtual switch (Default Switch)' 1301 }
        $switchName = 'Default Switch'
        $switchType = 'Internal'
    } else {
        if ($switchType -eq '') { $switchType = 'Internal' }
        $matching = @($state['switches'] | Where-Object { $null -ne $_ -and "$($_['Name'])" -eq $switchName -and "$($_['SwitchType'])" -eq $switchType })
        if ($matching.Count -eq 0) { return Invoke-EflowMockFailure "The virtual switch '$switchName' of type '$switchType' is not found" 1276 }
        if ($matching.Count -gt 1) { return Invoke-EflowMockFailure "Found multiple VMMS switches with name '$switchName' of type '$switchType'" 1279 }
        if (-not $isServer -and $switchType -eq 'Internal') { return Invoke-EflowMockFailure "The virtual switch '$switchName' of type '$switchType' is not supported on current host OS" 1283 }
    }

    # GPU passthrough (reference §2.4, §3.4).
    $gpuType = "$($Bound['gpuPassthroughType'])"
    $gpuCount = if ($Bound.ContainsKey('gpuCount')) { [int]$Bound['gpuCount'] } else { 0 }
    $gpuName = "$($Bound['gpuName'])"
    if ($gpuType -ne '') {
        if ($gpuCount -lt 1) { return Invoke-EflowMockFailure "Invalid GPU configuration requested, Passthrough enabled but requested gpuCount == $gpuCount" 1511 }
        $hostGpus = @($state['gpus'] | Where-Object { $null -ne $_ -and "$($_['Caption'])" -eq $gpuName })
        if ($hostGpus.Count -eq 0) { return Invoke-EflowMockFailure "Requested GPU configuration cannot be supported by Host, GPU '$gpuName' not available" 1530 }
        if ($gpuType -eq 'DirectDeviceAssignment' -and $gpuName -notmatch 'T4|A2') { return Invoke-EflowMockFailure "Unsupported DDA Type: $gpuName" 1521 }
        if ($hostGpus.Count -lt $gpuCount) { return Invoke-EflowMockFailure "Requested GPU configuration cannot be supported by Host, not enough GPUs available - Requested($gpuCount), Available($($hostGpus.Count))" 1533 }
    } elseif ($gpuCount -gt 0) {
        return Invoke-EflowMockFailure 'Invalid GPU configuration requested, Passthrough disabled but gpuCount > 0' 1514
    }

    $vmName = Get-EflowMockVmName $state
    Write-EflowMockConsole "Setting dynamically expanding virtual hard disk maximum size to $diskGb GB"
    Write-EflowMockConsole 'Creating storage vhd (file: AzureIoTEdgeForLinux-v1-EFLOW)'
    Write-EflowMockConsole "Creating vnic (name: ${vmName}Interface)"
    Write-EflowMockConsole "Instantiating virtual machine (name: $vmName)"
    if ($null -ne $failure -and $failure.stage -eq 'vm') { return Invoke-EflowMockFailure $failure.message 1184 $failure.mode -VmCreation }
    Write-EflowMockConsole 'Successfully created virtual machine'
    Write-EflowMockConsole "Querying IP and MAC addresses from virtual machine ($vmName)"
    $ip = if ($static.Count -eq 3) { "$($Bound['ip4Address'])" } else { "$($state['vmDhcpAddress'])" }
    $mac = '00:15:5d:f2:2b:07'
    Write-EflowMockConsole "Virtual machine MAC: $mac" -Bullet
    if ($static.Count -eq 3) { Write-EflowMockConsole "Virtual machine IP : $ip" -Bullet } else { Write-EflowMockConsole "Virtual machine IP : $ip retrieved directly from virtual machine" -Bullet }
    Write-EflowMockConsole '...successfully connected to the Linux VM'
    Write-EflowMockConsole 'Please check your DNS configuration to ensure Internet connectivity. Refer https://aka.ms/AzEFLOW-DNS for more details.' -Bullet
    $state['vm'] = [ordered]@{
        exists = $true; name = $vmName; powerState = 'Running'; ip = $ip; mac = $mac; prefixLength = [int]$Bound['ip4PrefixLength']
        gateway = "$($Bound['ip4GatewayAddress'])"; static = ($static.Count -eq 3); cpuCount = $cpu; memoryInMB = $memory; diskGb = $diskGb
        vmDataSize = $Bound['vmDataSize']; vmLogSize = "$($Bound['vmLogSize'])"; switchName = $switchName; switchType = $switchType
        gpuName = $gpuName; gpuPassthroughType = $gpuType; gpuCount = $gpuCount; dnsServers = @(); features = [ordered]@{ DpsTpm = $false; Defender = $false }
        provisioned = $false; provisioningType = ''; deviceId = ''; assignedHub = ''; telemetry = $(if ("$($Bound['acceptOptionalTelemetry'])" -eq 'Yes') { 'Optional' } else { 'Required' })
    }
    Save-EflowMockState $state
    Write-EflowMockConsole 'Deployment successful'
    return 'OK'
}

function Get-EflowMockConnectionStringPart([string]$Text, [string]$Key) {
    foreach ($part in $Text.Split(';')) {
        $pair = $part.Split('=', 2)
        if ($pair.Count -eq 2 -and $pair[0].Trim() -ieq $Key) { return $pair[1].Trim() }
    }
    return ''
}

function Invoke-EflowMockProvision([System.Collections.IDictionary]$Bound, [string]$Line) {
    $state = Get-EflowMockModuleState
    $type = "$($Bound['provisioningType'])"
    $has = { param($name) $Bound.ContainsKey($name) -and "$($Bound[$name])" -ne '' }
    $fileExists = {
        param($path)
        $null -ne (Find-EflowMockFile $state $path) -or ((-not (Test-EflowMockWindowsPath $path)) -and (Microsoft.PowerShell.Management\Test-Path -LiteralPath $path -PathType Leaf))
    }
    switch ($type) {
        'ManualConnectionString' {
            if (-not (& $has 'devConnString')) { return Invoke-EflowMockFailure 'Error, device connection string not provided.' 2187 }
            foreach ($other in @('scopeId', 'registrationId', 'symmKey', 'iotHubHostname', 'deviceId', 'identityCertPath', 'identityPrivKeyPath')) {
                if (& $has $other) { return Invoke-EflowMockFailure 'Only the device connection string for ManualConnectionString provisioning may be specified.' 2191 }
            }
        }
        'ManualX509' {
            foreach ($need in @('iotHubHostname', 'deviceId', 'identityCertPath', 'identityPrivKeyPath')) {
                if (-not (& $has $need)) { return Invoke-EflowMockFailure 'IoT Hub Hostname, Device ID, and/or identity cert/pk parameters for ManualX509 provisioning not specified' 2199 }
            }
            if (-not (& $fileExists $Bound['identityCertPath']) -or -not (& $fileExists $Bound['identityPrivKeyPath'])) {
                return Invoke-EflowMockFailure "Certificate and private key file for ManualX509 provisioning not found (expected at $($Bound['identityCertPath']) and $($Bound['identityPrivKeyPath']))" 2205
            }
        }
        'DpsX509' {
            foreach ($other in @('devConnString', 'symmKey')) {
                if (& $has $other) { return Invoke-EflowMockFailure 'Device connection string, scope ID, registration ID, and symmetric key may not be specified for DpsX509 provisioning' 2227 }
            }
            if (-not (& $has 'scopeId') -or -not (& $has 'identityCertPath') -or -not (& $has 'identityPrivKeyPath')) {
                return Invoke-EflowMockFailure 'Scope ID, identity cert or private key for DpsX509 provisioning not specified' 2222
            }
            if (-not (& $fileExists $Bound['identityCertPath']) -or -not (& $fileExists $Bound['identityPrivKeyPath'])) {
                return Invoke-EflowMockFailure "Certificate and private key file for DpsX509 provisioning not found (expected at $($Bound['identityCertPath']) and $($Bound['identityPrivKeyPath']))" 2233
            }
        }
        'DpsTPM' {
            if (-not (& $has 'scopeId')) { return Invoke-EflowMockFailure 'Scope ID for DpsTpm provisioning not specified' 2214 }
        }
        'DpsSymmetricKey' {
            if (-not (& $has 'scopeId') -or -not (& $has 'registrationId') -or -not (& $has 'symmKey')) {
                return Invoke-EflowMockFailure 'Scope ID, registration ID or symmetric key missing for DpsSymmetricKey provisioning' 2241
            }
        }
    }
    if ($type.StartsWith('Dps') -and $Bound.ContainsKey('globalEndpoint') -and "$($Bound['globalEndpoint'])" -eq '') {
        return Invoke-EflowMockFailure 'globalEndpoint not specified' 2250
    }
    if (-not $state['vm']['exists']) { return Invoke-EflowMockFailure 'Virtual machine does not exist, deploy it first' 2172 }
    if ("$($state['vm']['powerState'])" -eq 'Off') { return Invoke-EflowMockFailure "Can't process request, EFLOW VM is OFF!" 2175 }
    if ($type -eq 'DpsTPM' -and -not $state['vm']['features']['DpsTpm']) { return Invoke-EflowMockFailure 'TPM provisioning was not enabled!' 2217 }
    if ($state['vm']['provisioned'] -and -not $Bound['headless']) { return Invoke-EflowMockFailure 'Provisioning aborted by user' 2180 }
    $aziot = [version]((Get-EflowMockLineOfVersion "$($state['product']['DisplayVersion'])") + '.0') -ge [version]'1.2.0'
    $config = if ($aziot) { '/etc/aziot/config.toml' } else { '/etc/iotedge/config.yaml' }
    Write-EflowMockConsole "Provisioning virtual machine $($state['vm']['name']) (provisioningType: $type)"
    Write-EflowMockConsole "Updating $config" -Bullet
    $failure = Get-EflowMockScenarioError $state['provisionError']
    if ($null -ne $failure) { return Invoke-EflowMockFailure $failure.message 2295 $failure.mode }
    $deviceId = switch ($type) {
        'ManualConnectionString' { Get-EflowMockConnectionStringPart "$($Bound['devConnString'])" 'DeviceId' }
        'ManualX509' { "$($Bound['deviceId'])" }
        'DpsTPM' { if (& $has 'registrationId') { "$($Bound['registrationId'])" } else { "$($state['tpmRegistrationId'])" } }
        default { if (& $has 'registrationId') { "$($Bound['registrationId'])" } else { 'dev-from-cert' } }
    }
    $hub = switch ($type) {
        'ManualConnectionString' { Get-EflowMockConnectionStringPart "$($Bound['devConnString'])" 'HostName' }
        'ManualX509' { "$($Bound['iotHubHostname'])" }
        default { "$($state['dpsAssignedHub'])" }
    }
    $state['vm']['provisioned'] = $true
    $state['vm']['provisioningType'] = $type
    $state['vm']['deviceId'] = $deviceId
    $state['vm']['assignedHub'] = $hub
    Save-EflowMockState $state
    Write-EflowMockConsole $(if ($aziot) { 'Applying configuration (sudo iotedge config apply)' } else { 'Restarting the iotedge service' })
    Write-EflowMockConsole 'Provisioning successful'
    return 'OK'
}

function Get-EflowMockVmObject([System.Collections.IDictionary]$State) {
    $vm = $State['vm']
    $aziot = Test-EflowMockAziot $State
    $unit = if ($aziot) { 'aziot-edged' } else { 'iotedge' }
    $versions = @{ '1.1' = @('1.1.19', '19.03.15+azure', '19.03.15+azure'); '1.4' = @('1.4.20', '20.10.14', '20.10.12'); '1.5' = @('1.5.13', '20.10.25', '20.10.25') }
    $line = Get-EflowMockModuleLine "$($State['product']['DisplayVersion'])"
    $v = if ($versions.ContainsKey($line)) { $versions[$line] } else { $versions['1.5'] }
    return [pscustomobject]([ordered]@{
        VmConfiguration = [pscustomobject]([ordered]@{
            ID = 'b5d3f6a2-1c2e-4d8f-9a0b-3c4d5e6f7a8b'; name = "$($vm['name'])"
            properties = [pscustomobject]([ordered]@{
                hardwareProfile = [pscustomobject]([ordered]@{ customsize = [pscustomobject]([ordered]@{ cpucount = [int]$vm['cpuCount']; gpucount = [int]$vm['gpuCount']; memorymb = [int]$vm['memoryInMB'] }); vmSize = 'Custom' })
                networkProfile = [pscustomobject]([ordered]@{ networkInterfaces = @([pscustomobject]@{ virtualNetworkInterfaceReference = "$($vm['name'])Interface" }) })
                osProfile = [pscustomobject]([ordered]@{ computerName = "$($vm['name'])"; linuxConfiguration = [pscustomobject]@{ disablePasswordAuthentication = $true }; osbootstrapengine = 'CloudInit' })
            })
            tags = [pscustomobject]@{}
        })
        VmPowerState = "$($vm['powerState'])"
        EdgeRuntimeVersion = [pscustomobject]([ordered]@{ IotEdgeVersion = $v[0]; MobyEngineVersion = $v[1]; MobyCliVersion = $v[2] })
        EdgeRuntimeStatus = [pscustomobject]([ordered]@{
            SystemCtlStatus = @((Get-EflowMockSystemctlLines $State $unit)[0] | Select-Object -First 3)
            ModuleList = @(Get-EflowMockModuleListLines $State)
        })
        SystemStatistics = [pscustomobject]([ordered]@{
            TotalMemMb = [int]$vm['memoryInMB'] - 99; UsedMemMb = 612; AvailableMemMb = [int]$vm['memoryInMB'] - 711
            TotalStorageMb = 9810; UsedStorageMb = 2870; AvailableStorageMb = 6940; CpuCount = [int]$vm['cpuCount']; KernelVersion = '5.15.125.1-2.cm2'
        })
    })
}

function Invoke-EflowMockVmCommand([System.Collections.IDictionary]$Bound) {
    $state = Get-EflowMockModuleState
    Assert-EflowMockVmRunning $state
    $command = "$($Bound['command'])"
    $result = Invoke-EflowMockVmShell $state $command
    if ($result.ExitCode -ne 0 -and -not $Bound['ignoreError']) {
        # Shown as it would be, then the failure (the exact wording of the module is not documented).
        foreach ($text in $result.Lines) { Write-Host $text }
        throw "Failed to run command '$command' in the virtual machine (exit code $($result.ExitCode))"
    }
    return $result.Lines
}

function Invoke-EflowMockFeature([System.Collections.IDictionary]$Bound, [string]$Line, [switch]$Set) {
    $state = Get-EflowMockModuleState
    $known = if ($Line -eq '1.1') { @('DpsTpm') } else { @('DpsTpm', 'Defender') }
    $feature = "$($Bound['feature'])"
    $name = @($known | Where-Object { $_ -ieq $feature }) | Select-Object -First 1
    if ($null -eq $name) { throw "Unknown feature '$feature' is provided." }
    Assert-EflowMockVmRunning $state
    if (-not $Set) { return [pscustomobject]@{ Feature = $name; Enabled = [bool]$state['vm']['features'][$name] } }
    $enable = [bool]$Bound['enable']
    if ($name -eq 'DpsTpm' -and $enable -and -not [bool]$state['tpmPresent']) { throw 'TPM 2.0 is required to enable DpsTpm' }
    $state['vm']['features'][$name] = $enable
    Save-EflowMockState $state
    Write-EflowMockConsole ("Feature '$name' " + $(if ($enable) { 'enabled' } else { 'disabled' }))
    return 'OK'
}

function Invoke-EflowMockDns([System.Collections.IDictionary]$Bound) {
    $state = Get-EflowMockModuleState
    foreach ($server in @($Bound['dnsServers'])) {
        $parsed = $null
        if (-not [System.Net.IPAddress]::TryParse("$server", [ref]$parsed) -or $parsed.AddressFamily -ne 'InterNetwork' -or "$server" -notmatch '^\d{1,3}(\.\d{1,3}){3}$') {
            throw "$server is not a valid IP4 address"
        }
    }
    Assert-EflowMockVmRunning $state
    $endpoint = if ($Bound.ContainsKey('vendpointName')) { "$($Bound['vendpointName'])" } else { "$($state['vm']['name'])Interface" }
    if ($endpoint -ne "$($state['vm']['name'])Interface") { throw "Virtual endpoint '$endpoint' does not exist" }
    $state['vm']['dnsServers'] = @($Bound['dnsServers'] | ForEach-Object { "$_" })
    Save-EflowMockState $state
    Write-EflowMockConsole ('Setting DNS servers ' + ($state['vm']['dnsServers'] -join ', ') + " on $endpoint")
}

function Get-EflowMockEndpointObject([System.Collections.IDictionary]$State) {
    $vm = $State['vm']
    return [pscustomobject]([ordered]@{
        Name = "$($vm['name'])Interface"; MacAddress = ("$($vm['mac'])" -replace ':', '-').ToUpperInvariant(); GuestInterfaceName = 'eth0'
        HealthStatus = 'currentState:OK previousState:OK'
        IpConfiguration = [pscustomobject]([ordered]@{
            Address = "$($vm['ip'])"; PrefixLength = $(if ([int]$vm['prefixLength'] -gt 0) { [int]$vm['prefixLength'] } else { 20 })
            Gateway = "$($vm['gateway'])"; AllocationMethod = $(if ($vm['static']) { 'Static' } else { 'Dynamic' }); SubNet = ''
        })
    })
}

function Invoke-EflowMockLogs {
    $state = Get-EflowMockModuleState
    $root = if ($null -ne $state['product'] -and "$($state['product']['InstallLocation'])" -ne '') { "$($state['product']['InstallLocation'])".TrimEnd('\') } else { 'C:\Program Files\Azure IoT Edge' }
    $zip = $root + '\eflowlogs.zip'
    Write-EflowMockConsole 'Collecting EFLOW logs'
    Write-EflowMockConsole 'eflowlogs-summary.txt' -Bullet
    if ($state['vm']['exists'] -and "$($state['vm']['powerState'])" -eq 'Running') { Write-EflowMockConsole 'iotedge check and support bundle' -Bullet }
    Write-EflowMockConsole 'wssdagent logs' -Bullet
    Add-EflowMockFile $state ([ordered]@{ path = $zip; length = 1048576; lastWriteTime = (Get-Date).ToString('o') })
    Save-EflowMockState $state
    if ($state['logsReturnPath'] -ne $false) { return "Logs are available at $zip" }
    Write-EflowMockConsole "Logs are available at $zip"
}
