# The Linux side of Invoke-EflowVmCommand: what bash in the EFLOW VM answers to a command line.
# The command crosses ssh.exe as one Windows argument, which drops the double quotes (issue 12 item 6c),
# then bash runs it: ';' separates commands, a word that starts with '#' begins a comment, $? is the last
# exit code. Answers come from the scenario's vmCommands first (regex -> stdout, exitCode), then from
# defaults that depend on the release line and on whether the VM is provisioned.

function Split-EflowMockShell([string]$Line) {
    # Top-level ';' split that respects single quotes; stops at a comment.
    $segments = New-Object System.Collections.ArrayList
    $current = New-Object System.Text.StringBuilder
    $quoted = $false
    for ($i = 0; $i -lt $Line.Length; $i++) {
        $c = $Line[$i]
        if ($c -eq "'") { $quoted = -not $quoted; [void]$current.Append($c); continue }
        if (-not $quoted -and $c -eq '#' -and ($i -eq 0 -or [char]::IsWhiteSpace($Line[$i - 1]) -or $Line[$i - 1] -eq ';')) { break }
        if (-not $quoted -and $c -eq ';') { [void]$segments.Add($current.ToString().Trim()); [void]$current.Clear(); continue }
        [void]$current.Append($c)
    }
    [void]$segments.Add($current.ToString().Trim())
    return , @($segments | Where-Object { $_ -ne '' })
}

function Get-EflowMockVmLine([System.Collections.IDictionary]$State) {
    if ($null -eq $State['product']) { return '' }
    return Get-EflowMockLineOfVersion "$($State['product']['DisplayVersion'])"
}

function Test-EflowMockAziot([System.Collections.IDictionary]$State) {
    $line = Get-EflowMockVmLine $State
    if ($line -eq '') { return $true }
    return [version]($line + '.0') -ge [version]'1.2.0'
}

function Get-EflowMockIotEdgeVersion([System.Collections.IDictionary]$State) {
    $versions = @{ '1.1' = '1.1.19'; '1.4' = '1.4.20'; '1.5' = '1.5.13' }
    $line = Get-EflowMockVmLine $State
    if ($versions.ContainsKey($line)) { return $versions[$line] }
    return '1.5.13'
}

function Get-EflowMockModuleListLines([System.Collections.IDictionary]$State) {
    $aziot = Test-EflowMockAziot $State
    $header = if ($aziot) { 'Config' } else { 'CONFIG' }
    $agent = if ($aziot) { 'mcr.microsoft.com/azureiotedge-agent:' + ((Get-EflowMockIotEdgeVersion $State) -replace '^(\d+\.\d+).*', '$1') } else { 'mcr.microsoft.com/azureiotedge-agent:1.1' }
    $lines = @(('{0,-17}{1,-17}{2,-17}{3}' -f 'NAME', 'STATUS', 'DESCRIPTION', $header))
    if ($State['vm']['provisioned']) {
        $lines += ('{0,-17}{1,-17}{2,-17}{3}' -f 'edgeAgent', 'running', 'Up 2 minutes', $agent)
    }
    return $lines
}

function Get-EflowMockSystemctlLines([System.Collections.IDictionary]$State, [string]$Unit) {
    $provisioned = [bool]$State['vm']['provisioned']
    $exec = if ($Unit -eq 'iotedge') { 'iotedged' } else { 'aziot-edged' }
    $docs = if ($Unit -eq 'iotedge') { '     Docs: man:iotedged(8)' } else { '       Docs: https://azure.github.io/iot-identity-service/' }
    if ($provisioned) {
        return @(
            "* $Unit.service - Azure IoT Edge daemon",
            "     Loaded: loaded (/lib/systemd/system/$Unit.service; enabled; vendor preset: enabled)",
            '     Active: active (running) since Sat 2026-11-28 14:02:09 UTC; 58min ago',
            $docs,
            "   Main PID: 1423 ($exec)",
            '      Tasks: 9 (limit: 2275)',
            "     CGroup: /system.slice/$Unit.service"
        ), 0
    }
    return @(
        "* $Unit.service - Azure IoT Edge daemon",
        "     Loaded: loaded (/lib/systemd/system/$Unit.service; enabled; vendor preset: enabled)",
        '     Active: inactive (dead)',
        $docs
    ), 3
}

function Get-EflowMockSystemStatusLines([System.Collections.IDictionary]$State) {
    $edged = if ($State['vm']['provisioned']) { 'Running' } else { 'Ready' }
    return @(
        'System services:',
        ('    {0,-24}{1}' -f 'aziot-edged', $edged),
        ('    {0,-24}{1}' -f 'aziot-identityd', 'Running'),
        ('    {0,-24}{1}' -f 'aziot-keyd', 'Running'),
        ('    {0,-24}{1}' -f 'aziot-certd', 'Running'),
        ('    {0,-24}{1}' -f 'aziot-tpmd', 'Ready'),
        '',
        "Use 'iotedge system logs' to check for non-fatal errors.",
        "Use 'iotedge check' to diagnose connectivity and configuration issues."
    )
}

function Get-EflowMockCheckJson([System.Collections.IDictionary]$State) {
    $aziot = Test-EflowMockAziot $State
    $provisioned = [bool]$State['vm']['provisioned']
    $ok = [ordered]@{ result = [ordered]@{ result = 'ok' }; additional_info = [ordered]@{} }
    $checks = [ordered]@{}
    $ids = if ($aziot) {
        @('aziot-edged-config-well-formed', 'aziot-identity-service-config-well-formed', 'connect-management-uri', 'container-engine-uri', 'host-connect-dps-endpoint', 'host-connect-iothub-amqp', 'host-connect-iothub-https', 'host-connect-iothub-mqtt', 'container-local-time')
    } else {
        @('config-yaml-well-formed', 'connection-string', 'container-engine-uri', 'hostname', 'connect-management-uri', 'host-connect-iothub-amqp', 'host-connect-iothub-https', 'host-connect-iothub-mqtt', 'container-local-time')
    }
    foreach ($id in $ids) { $checks[$id] = $ok }
    $checks['container-engine-dns'] = [ordered]@{ result = [ordered]@{ result = 'warning'; details = @('Container engine is not configured with DNS server setting, which may impact connectivity to IoT Hub.') }; additional_info = [ordered]@{} }
    $failed = $false
    if ($provisioned) {
        $checks['edge-hub-storage-mounted-from-host'] = [ordered]@{ result = [ordered]@{ result = 'error'; details = @('Could not check current state of edgeHub container') }; additional_info = [ordered]@{} }
        $failed = $true
    } else {
        $checks[$(if ($aziot) { 'identityd-config-well-formed' } else { 'config-yaml-well-formed' })] = [ordered]@{ result = [ordered]@{ result = 'error'; details = @('provisioning is not configured') }; additional_info = [ordered]@{} }
        $failed = $true
    }
    $document = [ordered]@{
        additional_info = [ordered]@{
            docker_version = '20.10.14'; aziot_edged_version = (Get-EflowMockIotEdgeVersion $State); now = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ss.ffffffZ')
            os = [ordered]@{ id = $(if ($aziot) { 'cbl-mariner' } else { 'cbl-mariner' }); version_id = '2.0'; arch = 'x86_64'; bitness = 64 }
            system_info = [ordered]@{ used_ram = '512 MB'; total_ram = '1.9 GB'; used_swap = '0 B'; total_swap = '0 B'; disks = @([ordered]@{ name = '/dev/sda2'; percent_free = '71%'; available_space = '6.8 GB'; total_space = '9.6 GB'; file_system = 'ext4'; file_type = 'ext4' }) }
        }
        checks = $checks
    }
    return @((ConvertTo-Json -InputObject $document -Depth 10 -Compress)), $(if ($failed) { 1 } else { 0 })
}

function Get-EflowMockLogLines([System.Collections.IDictionary]$State, [string]$Unit) {
    $lines = @(
        "Nov 28 14:02:09 $(Get-EflowMockVmName $State) $Unit[1423]: [INFO] - Starting Azure IoT Edge Daemon",
        "Nov 28 14:02:09 $(Get-EflowMockVmName $State) $Unit[1423]: [INFO] - Version - $(Get-EflowMockIotEdgeVersion $State)"
    )
    if ($State['vm']['provisioned']) {
        $lines += "Nov 28 14:02:11 $(Get-EflowMockVmName $State) $Unit[1423]: [INFO] - Successfully started module edgeAgent"
    } else {
        $lines += "Nov 28 14:02:10 $(Get-EflowMockVmName $State) $Unit[1423]: [WARN] - Provisioning is not configured"
    }
    return $lines
}

function Get-EflowMockIdentityLines([System.Collections.IDictionary]$State, [string]$Command) {
    $vm = $State['vm']
    $aziot = Test-EflowMockAziot $State
    $wantsAziot = $Command -match '/var/lib/aziot/identityd/device_info'
    $file = if ($wantsAziot) { '/var/lib/aziot/identityd/device_info' } else { '/var/lib/iotedge/cache/provisioning_backup.json' }
    if (-not $vm['provisioned'] -or "$($vm['deviceId'])" -eq '' -or $wantsAziot -ne $aziot) {
        return @("grep: ${file}: No such file or directory"), 2
    }
    if ($wantsAziot) {
        return @(('hub_name = "' + $vm['assignedHub'] + '"'), ('device_id = "' + $vm['deviceId'] + '"')), 0
    }
    return @(('"hub_name":"' + $vm['assignedHub'] + '"'), ('"device_id":"' + $vm['deviceId'] + '"')), 0
}

# One command (no ';'); returns lines and exit code.
function Invoke-EflowMockVmSimple([System.Collections.IDictionary]$State, [string]$Command, [int]$LastExit) {
    foreach ($rule in @($State['vmCommands'])) {
        if ($null -eq $rule) { continue }
        if ($Command -match "$($rule['match'])") {
            $stdout = $rule['stdout']
            $lines = if ($stdout -is [string]) { @($stdout -split "`n") } else { @($stdout | ForEach-Object { "$_" }) }
            return $lines, [int]$rule['exitCode']
        }
    }
    $aziot = Test-EflowMockAziot $State
    if ($Command -match '^echo(\s+(.*))?$') {
        $text = "$($Matches[2])" -replace '\$\?', "$LastExit"
        return @(($text -replace "'", '')), 0
    }
    $bare = $Command -replace '^sudo\s+', ''
    switch -Regex ($bare) {
        '^iotedge\s+list\b' {
            if (-not $State['vm']['provisioned']) { return @('A module runtime error occurred', '        caused by: Could not list modules', '        caused by: connection refused'), 1 }
            return (Get-EflowMockModuleListLines $State), 0
        }
        '^iotedge\s+logs\s+(\S+)' {
            # A fresh device runs edgeAgent only; any other name is no container.
            $module = $Matches[1]
            if (-not $State['vm']['provisioned']) { return @('A module runtime error occurred', '        caused by: connection refused'), 1 }
            if ($module -ne 'edgeAgent') { return @('A module runtime error occurred', "        caused by: No such container: $module"), 1 }
            return @('<6> 2024-05-01 10:00:00.125 +00:00 [INF] - Starting module management agent.',
                     '<6> 2024-05-01 10:00:03.075 +00:00 [INF] - Edge agent connected to IoT Hub via Amqp_Tcp_Only.'), 0
        }
        '^iotedge\s+check\b.*(--output|-o)\s+json' { return Get-EflowMockCheckJson $State }
        '^iotedge\s+check\b' {
            $lines = @('Configuration checks', '--------------------')
            $lines += if ($aziot) { [string][char]0x221A + ' aziot-edged configuration is well-formed - OK' } else { [string][char]0x221A + ' config.yaml is well-formed - OK' }
            $lines += ([string][char]0x203C + ' DNS server - Warning'), '    Container engine is not configured with DNS server setting, which may impact connectivity to IoT Hub.'
            return $lines, 0
        }
        '^iotedge\s+system\s+status\b' {
            if (-not $aziot) { return @("error: Found argument 'system' which wasn't expected, or isn't valid in this context", '', 'USAGE:', '    iotedge [OPTIONS] <SUBCOMMAND>'), 1 }
            return (Get-EflowMockSystemStatusLines $State), 0
        }
        '^iotedge\s+system\s+logs\b' {
            if (-not $aziot) { return @("error: Found argument 'system' which wasn't expected, or isn't valid in this context"), 1 }
            return (Get-EflowMockLogLines $State 'aziot-edged'), 0
        }
        '^iotedge\s+version\b' { return @('iotedge ' + (Get-EflowMockIotEdgeVersion $State)), 0 }
        '^systemctl\s+status\s+(\S+)' {
            $unit = $Matches[1] -replace '\.service$', ''
            $expected = if ($aziot) { 'aziot-edged' } else { 'iotedge' }
            if ($unit -ne $expected) { return @("Unit $unit.service could not be found."), 4 }
            return Get-EflowMockSystemctlLines $State $unit
        }
        '^systemctl\s+is-active\s+(\S+)' {
            return @($(if ($State['vm']['provisioned']) { 'active' } else { 'inactive' })), $(if ($State['vm']['provisioned']) { 0 } else { 3 })
        }
        '^journalctl\b.*-u\s+(\S+)' {
            $unit = $Matches[1] -replace '\.service$', ''
            $expected = if ($aziot) { 'aziot-edged' } else { 'iotedge' }
            if ($unit -ne $expected) { return @('-- No entries --'), 0 }
            return (Get-EflowMockLogLines $State $unit), 0
        }
        '(device_info|provisioning_backup\.json)' { return Get-EflowMockIdentityLines $State $bare }
        '^(true|:)$' { return @(), 0 }
        '^false$' { return @(), 1 }
        '^(cat|hostname|uname)\b' {
            if ($bare -match '^hostname') { return @((Get-EflowMockVmName $State)), 0 }
            if ($bare -match '^uname') { return @('Linux'), 0 }
        }
    }
    $program = ($bare -split '\s+')[0]
    return @("bash: line 1: ${program}: command not found"), 127
}

function Invoke-EflowMockVmShell([System.Collections.IDictionary]$State, [string]$Command) {
    $line = $Command.Replace('"', '')
    $output = New-Object System.Collections.ArrayList
    $exit = 0
    foreach ($segment in (Split-EflowMockShell $line)) {
        $result = Invoke-EflowMockVmSimple $State $segment $exit
        foreach ($text in @($result[0])) { [void]$output.Add("$text") }
        $exit = [int]$result[1]
    }
    return [pscustomobject]@{ Lines = $output.ToArray(); ExitCode = $exit }
}
