# Shared by preload.ps1 (dot-sourced at global scope) and by each mock AzureEFLOW module (dot-sourced
# into the module's scope): the scenario, the host state that survives between processes, and the call
# record. Every name carries "EflowMock" so that it can never collide with the wizard's own *-Eflow*
# helpers (the scripts' functions would shadow ours through PowerShell's dynamic scoping).
# These helpers call the real cmdlets module-qualified, so that none of them goes through a mock.

function Get-EflowMockRoot {
    # tests/powershell/mocks (this file lives in mocks/lib).
    return (Split-Path -Parent (Split-Path -Parent $MyInvocation.MyCommand.ScriptBlock.File))
}

function Merge-EflowMockData([System.Collections.IDictionary]$Base, [System.Collections.IDictionary]$Over) {
    # Objects merge key by key, null removes a key, everything else (arrays, scalars) replaces.
    $result = [ordered]@{}
    foreach ($key in $Base.Keys) { $result[$key] = $Base[$key] }
    foreach ($key in $Over.Keys) {
        $old = $result[$key]
        $new = $Over[$key]
        if ($null -eq $new) {
            $result.Remove($key)
        } elseif ($old -is [System.Collections.IDictionary] -and $new -is [System.Collections.IDictionary]) {
            $result[$key] = Merge-EflowMockData $old $new
        } else {
            $result[$key] = $new
        }
    }
    return $result
}

function Read-EflowMockScenario([string]$NameOrPath, [int]$Depth = 0) {
    if ($Depth -gt 8) { throw "EFLOW mock: scenario 'base' chain too deep at '$NameOrPath'" }
    $path = $NameOrPath
    if (-not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $path -PathType Leaf)) {
        $path = Join-Path (Join-Path (Get-EflowMockRoot) 'scenarios') ($NameOrPath + '.json')
    }
    if (-not (Microsoft.PowerShell.Management\Test-Path -LiteralPath $path -PathType Leaf)) {
        throw "EFLOW mock: scenario '$NameOrPath' is neither a file nor a built-in scenario"
    }
    $data = [System.IO.File]::ReadAllText($path) | ConvertFrom-Json -AsHashtable -ErrorAction Stop
    if ($data -isnot [System.Collections.IDictionary]) { throw "EFLOW mock: scenario '$path' is not a JSON object" }
    $merged = $data
    if ($data.Contains('base') -and "$($data['base'])" -ne '') {
        $base = Read-EflowMockScenario "$($data['base'])" ($Depth + 1)
        $merged = Merge-EflowMockData $base $data
    }
    $merged.Remove('base')
    return $merged
}

function Get-EflowMockState {
    # The state file wins; without one the state lives in this process only.
    $statePath = "$env:EFLOW_MOCK_STATE"
    if ($statePath -ne '' -and (Microsoft.PowerShell.Management\Test-Path -LiteralPath $statePath -PathType Leaf)) {
        $text = [System.IO.File]::ReadAllText($statePath)
        if ($text.Trim() -ne '') { return ($text | ConvertFrom-Json -AsHashtable -ErrorAction Stop) }
    }
    if ($statePath -eq '' -and $null -ne $global:EflowMockMemoryState) { return $global:EflowMockMemoryState }
    $scenario = if ("$env:EFLOW_MOCK_SCENARIO" -ne '') { "$env:EFLOW_MOCK_SCENARIO" } else { 'supported-client' }
    $state = Read-EflowMockScenario $scenario
    $state['scenarioName'] = $scenario
    Save-EflowMockState $state
    return $state
}

function Save-EflowMockState([System.Collections.IDictionary]$State) {
    $statePath = "$env:EFLOW_MOCK_STATE"
    if ($statePath -eq '') { $global:EflowMockMemoryState = $State; return }
    $json = ConvertTo-Json -InputObject $State -Depth 20
    # Write beside and rename: a reader in another process never sees half a file.
    $temp = $statePath + '.' + $PID + '.tmp'
    [System.IO.File]::WriteAllText($temp, $json, (New-Object System.Text.UTF8Encoding $false))
    [System.IO.File]::Move($temp, $statePath, $true)
}

function ConvertTo-EflowMockRecordValue($Value) {
    if ($null -eq $Value) { return $null }
    if ($Value -is [System.Management.Automation.SwitchParameter]) { return $Value.IsPresent }
    if ($Value -is [bool] -or $Value -is [string]) { return $Value }
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [uint32] -or $Value -is [uint64] -or
        $Value -is [byte] -or $Value -is [int16] -or $Value -is [uint16] -or $Value -is [double] -or
        $Value -is [single] -or $Value -is [decimal]) { return $Value }
    if ($Value -is [System.Collections.IDictionary]) {
        $map = [ordered]@{}
        foreach ($key in $Value.Keys) { $map["$key"] = ConvertTo-EflowMockRecordValue $Value[$key] }
        return $map
    }
    if ($Value -is [System.Collections.IEnumerable] -and $Value -isnot [System.Security.SecureString]) {
        $list = New-Object System.Collections.ArrayList
        foreach ($item in $Value) { [void]$list.Add((ConvertTo-EflowMockRecordValue $item)) }
        return , $list.ToArray()
    }
    return "$Value"
}

# One JSON line per mocked call: {"command":…,"parameters":{bound parameters},"module":…}.
function Write-EflowMockRecord([string]$Command, [System.Collections.IDictionary]$Bound, [string]$Module) {
    $recordPath = "$env:EFLOW_MOCK_RECORD"
    if ($recordPath -eq '') { return }
    $parameters = [ordered]@{}
    foreach ($key in $Bound.Keys) { $parameters[$key] = ConvertTo-EflowMockRecordValue $Bound[$key] }
    $line = ConvertTo-Json -InputObject ([ordered]@{ command = $Command; parameters = $parameters; module = $Module }) -Compress -Depth 8
    [System.IO.File]::AppendAllText($recordPath, $line + "`n", (New-Object System.Text.UTF8Encoding $false))
}

# Release line of a DisplayVersion ("1.4.14.24074" -> "1.4"); "" when unreadable.
function Get-EflowMockLineOfVersion([string]$Version) {
    if ($Version -match '^\s*(\d+)\.(\d+)\.') { return ([int]$Matches[1]).ToString() + '.' + ([int]$Matches[2]).ToString() }
    return ''
}

# Which mock module serves an installed version: 1.1, 1.4, and 1.5 for everything later (CR 1.5+, 1.6:
# the same cmdlet surface as 1.4/1.5, reference §0). The 1.2/1.3 CR lines are served by 1.4.
function Get-EflowMockModuleLine([string]$Version) {
    $line = Get-EflowMockLineOfVersion $Version
    if ($line -eq '') { return '' }
    $v = [version]($line + '.0')
    if ($v -lt [version]'1.2.0') { return '1.1' }
    if ($v -lt [version]'1.5.0') { return '1.4' }
    return '1.5'
}

function Add-EflowMockModulePath([string]$Version) {
    $line = Get-EflowMockModuleLine $Version
    if ($line -eq '') { return }
    $dir = Join-Path (Join-Path (Get-EflowMockRoot) 'modules') $line
    $sep = [System.IO.Path]::PathSeparator
    $parts = @("$env:PSModulePath".Split($sep) | Where-Object { $_ -ne '' -and $_ -notmatch '[\\/]mocks[\\/]modules[\\/]' })
    $env:PSModulePath = (@($dir) + $parts) -join $sep
}

function Get-EflowMockVmName([System.Collections.IDictionary]$State) {
    return "$($State['computerName'])-EFLOW"
}

function Get-EflowMockStamp {
    return '[' + (Get-Date -Format 'MM/dd/yyyy HH:mm:ss') + '] '
}

# Virtual Windows files (MSIs, certificates, log bundles) and the path test for "is this about Windows".
function Test-EflowMockWindowsPath([string]$Path) {
    return $Path -match '^[A-Za-z]:[\\/]' -or $Path -match '^(HKLM|HKCU|Registry)::?' -or $Path -match '^\\\\'
}

function Get-EflowMockFiles([System.Collections.IDictionary]$State) {
    # "files" holds strings or {path, release, length}; always answered as objects.
    $out = New-Object System.Collections.ArrayList
    foreach ($entry in @($State['files'])) {
        if ($null -eq $entry) { continue }
        if ($entry -is [string]) { [void]$out.Add([ordered]@{ path = $entry }) } else { [void]$out.Add($entry) }
    }
    return , $out.ToArray()
}

function Find-EflowMockFile([System.Collections.IDictionary]$State, [string]$Path) {
    foreach ($file in (Get-EflowMockFiles $State)) {
        if ("$($file['path'])" -ieq $Path) { return $file }
    }
    return $null
}

function Add-EflowMockFile([System.Collections.IDictionary]$State, [System.Collections.IDictionary]$File) {
    $kept = @((Get-EflowMockFiles $State) | Where-Object { "$($_['path'])" -ine "$($File['path'])" })
    $State['files'] = @($kept) + @($File)
}

function Remove-EflowMockFile([System.Collections.IDictionary]$State, [string]$Path) {
    $State['files'] = @((Get-EflowMockFiles $State) | Where-Object { "$($_['path'])" -ine $Path })
}

