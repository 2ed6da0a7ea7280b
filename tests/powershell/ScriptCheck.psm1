# Static checks of the PowerShell that the wizard sends to Windows, run under PowerShell 7 with its own
# parser. Windows PowerShell 5.1 runs the scripts on the host, so anything PowerShell 7 accepts but 5.1
# does not must be refused here: 7-only syntax (Find-EflowPs7Syntax) and commands or parameters that
# the 5.1 modules and AzureEFLOW do not have (Test-EflowCommandUse against windows-commands.tsv).
# Every finding is one object with Script, Line, Construct/Command/Parameter and a Message that names
# them, so that a failing test says exactly where to look.
Set-StrictMode -Version 3.0

$script:Lang = 'System.Management.Automation.Language'

# Parameters every cmdlet and advanced function accepts (about_CommonParameters). Full names only: the
# check compares names as written, so an abbreviation or alias is reported like any unknown parameter.
$script:CommonParameters = @('Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction',
    'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable')

# Cmdlets that PowerShell 7 has and Windows PowerShell 5.1 does not.
$script:Ps7OnlyCommands = @('Get-Error', 'Test-Json', 'Join-String', 'ConvertFrom-Markdown', 'Show-Markdown',
    'Get-MarkdownOption', 'Set-MarkdownOption', 'Get-Uptime', 'Remove-Alias', 'Remove-Service',
    'Get-ExperimentalFeature', 'Enable-ExperimentalFeature', 'Disable-ExperimentalFeature',
    'ConvertTo-CliXml', 'ConvertFrom-CliXml', 'Get-PSSubsystem', 'Enable-PSSubsystem', 'Disable-PSSubsystem',
    'Start-ThreadJob')

# Parameters that only the PowerShell 7 versions of 5.1 cmdlets have (command -> parameter names).
$script:Ps7OnlyParameters = @{
    'ForEach-Object'    = @('Parallel', 'ThrottleLimit', 'TimeoutSeconds', 'AsJob', 'UseNewRunspace')
    'ConvertFrom-Json'  = @('AsHashtable', 'Depth', 'NoEnumerate', 'DateKind')
    'ConvertTo-Json'    = @('AsArray', 'EnumsAsStrings', 'EscapeHandling')
    'Invoke-WebRequest' = @('SkipHeaderValidation', 'SkipCertificateCheck', 'SkipHttpErrorCheck', 'Authentication',
        'Token', 'SslProtocol', 'StatusCodeVariable', 'ResponseHeadersVariable', 'MaximumRetryCount',
        'RetryIntervalSec', 'Form', 'Resume', 'NoProxy', 'CustomMethod', 'AllowUnencryptedAuthentication',
        'PreserveAuthorizationOnRedirect', 'HttpVersion', 'ConnectionTimeoutSeconds', 'OperationTimeoutSeconds')
    'Invoke-RestMethod' = @('SkipHeaderValidation', 'SkipCertificateCheck', 'SkipHttpErrorCheck', 'Authentication',
        'Token', 'SslProtocol', 'StatusCodeVariable', 'ResponseHeadersVariable', 'MaximumRetryCount',
        'RetryIntervalSec', 'Form', 'Resume', 'NoProxy', 'CustomMethod', 'FollowRelLink', 'MaximumFollowRelLink',
        'AllowUnencryptedAuthentication', 'PreserveAuthorizationOnRedirect', 'HttpVersion')
    'Get-Content'       = @('AsByteStream')
    'Set-Content'       = @('AsByteStream')
    'Add-Content'       = @('AsByteStream')
    'Join-Path'         = @('AdditionalChildPath')
    'Split-Path'        = @('LeafBase', 'Extension')
    'Sort-Object'       = @('Stable', 'Top', 'Bottom')
    'Start-Process'     = @('Environment')
    'Start-Sleep'       = @('Duration')
    'Get-Date'          = @('AsUTC', 'UnixTimeSeconds')
    'Select-String'     = @('Raw', 'NoEmphasis')
    'Where-Object'      = @('Not')
    'Test-Connection'   = @('TargetName', 'Ping', 'TcpPort', 'Traceroute', 'MtuSize', 'Detailed')
    'ConvertTo-Csv'     = @('UseQuotes', 'QuoteFields', 'IncludeTypeInformation')
    'Export-Csv'        = @('UseQuotes', 'QuoteFields', 'IncludeTypeInformation')
}

# Automatic variables that only exist in PowerShell 6+/7 (in 5.1 they read as $null, silently).
$script:Ps7OnlyVariables = @('IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle',
    'PSNativeCommandArgumentPassing', 'PSNativeCommandUseErrorActionPreference')

# .NET APIs of PowerShell 7's runtime (.NET 5+) that Windows PowerShell 5.1's .NET Framework 4.x lacks:
# type names (without a leading "System.", lower case) and static members of types.
$script:NetCoreOnlyTypes = @('semver', 'management.automation.semanticversion', 'text.json.jsonserializer',
    'text.json.jsondocument', 'text.json.nodes.jsonnode', 'range', 'index', 'half', 'dateonly', 'timeonly',
    'operatingsystem', 'net.http.httpclient')
$script:NetCoreOnlyMembers = @{
    'text.encoding' = @('Latin1')
    'io.path'       = @('GetRelativePath', 'Join', 'TrimEndingDirectorySeparator', 'EndsInDirectorySeparator', 'IsPathFullyQualified')
    'convert'       = @('ToHexString', 'FromHexString')
    'math'          = @('Clamp')
    'environment'   = @('ProcessPath', 'ProcessId')
    'io.file'       = @('ReadAllTextAsync', 'WriteAllTextAsync', 'ReadAllLinesAsync', 'WriteAllLinesAsync', 'ReadAllBytesAsync', 'WriteAllBytesAsync')
}

function Get-EflowNetTypeKey([string]$Name) {
    $key = $Name.ToLowerInvariant()
    if ($key.StartsWith('system.')) { $key = $key.Substring(7) }
    return $key
}

function New-EflowFinding([string]$Script, [int]$Line, [hashtable]$Fields, [string]$Message) {
    $finding = [ordered]@{ Script = $Script; Line = $Line }
    foreach ($key in $Fields.Keys) { $finding[$key] = $Fields[$key] }
    $finding.Message = "${Script}:${Line}: $Message"
    return [pscustomobject]$finding
}

# Parses script text with PowerShell's own parser. Name is what findings call the script.
function Read-EflowScript {
    param([Parameter(Mandatory)][string]$Text, [Parameter(Mandatory)][string]$Name)
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Text, $Name, [ref]$tokens, [ref]$errors)
    [pscustomobject]@{
        Name   = $Name
        Ast    = $ast
        Tokens = $tokens
        Errors = @($errors)
        Line   = Get-EflowScriptReleaseLine -Name $Name -Ast $ast
    }
}

function Read-EflowScriptFile([Parameter(Mandatory)][string]$Path) {
    Read-EflowScript -Text ([System.IO.File]::ReadAllText($Path)) -Name ([System.IO.Path]::GetFileName($Path))
}

# The AzureEFLOW release line a script is written for: from the golden file name (deploy_1_4_defaults,
# logs_1_1), else from a constant "$eflowRelease = '1.5'" in the script, else '' (any line).
function Get-EflowScriptReleaseLine([string]$Name, $Ast) {
    if ($Name -match '_1_(\d+)(_|\.ps1$|$)') { return '1.' + $Matches[1] }
    if ($null -ne $Ast) {
        $assignment = $Ast.Find({
                param($node)
                $node -is [System.Management.Automation.Language.AssignmentStatementAst] -and
                $node.Left -is [System.Management.Automation.Language.VariableExpressionAst] -and
                $node.Left.VariablePath.UserPath -eq 'eflowRelease'
            }, $true)
        if ($null -ne $assignment) {
            $value = $assignment.Right.Find({ param($node) $node -is [System.Management.Automation.Language.StringConstantExpressionAst] }, $true)
            if ($null -ne $value -and $value.Value -match '^1\.\d+$') { return $value.Value }
        }
    }
    return ''
}

function Get-EflowCommandBaseName([string]$Name) {
    # Module-qualified names (Microsoft.PowerShell.Core\ForEach-Object) bind like the bare name.
    $at = $Name.LastIndexOf('\')
    if ($at -ge 0 -and $Name -notmatch '[/.]exe$') { return $Name.Substring($at + 1) }
    return $Name
}

# Syntax, cmdlets, parameters and variables that PowerShell 7 accepts and Windows PowerShell 5.1 does
# not (or reads differently). Each finding has Construct = a short name of what was found.
function Find-EflowPs7Syntax {
    param([Parameter(Mandatory)]$Script)
    $name = $Script.Name
    $found = [System.Collections.Generic.List[object]]::new()
    $add = {
        param($extent, [string]$construct)
        $found.Add((New-EflowFinding $name $extent.StartLineNumber @{ Construct = $construct; Text = $extent.Text } `
                    "PowerShell 7 only: $construct in '$($extent.Text)'"))
    }
    $nodes = $Script.Ast.FindAll({ $true }, $true)
    foreach ($node in $nodes) {
        $type = $node.GetType().Name
        switch ($type) {
            'TernaryExpressionAst' { & $add $node.Extent 'ternary operator ?:' }
            'PipelineChainAst' { & $add $node.Extent 'pipeline chain operator && / ||' }
            'BinaryExpressionAst' {
                if ("$($node.Operator)" -eq 'QuestionQuestion') { & $add $node.Extent 'null-coalescing operator ??' }
                if ("$($node.Operator)" -in @('Ireplace', 'Creplace', 'Replace') -and
                    $node.Right -is [System.Management.Automation.Language.ArrayLiteralAst] -and
                    @($node.Right.Elements)[-1] -is [System.Management.Automation.Language.ScriptBlockExpressionAst]) {
                    & $add $node.Extent '-replace with a script block substitution'
                }
            }
            'AssignmentStatementAst' {
                if ("$($node.Operator)" -eq 'QuestionQuestionEquals') { & $add $node.Extent 'null-coalescing assignment ??=' }
            }
            { $_ -in @('MemberExpressionAst', 'InvokeMemberExpressionAst', 'IndexExpressionAst') } {
                if ($node.PSObject.Properties['NullConditional'] -and $node.NullConditional) {
                    & $add $node.Extent 'null-conditional access ?. / ?[]'
                }
                if ($type -eq 'IndexExpressionAst') { break }
                $member = "$($node.Member)"
                if ($node.Static -and $node.Expression -is [System.Management.Automation.Language.TypeExpressionAst]) {
                    $members = $script:NetCoreOnlyMembers[(Get-EflowNetTypeKey $node.Expression.TypeName.FullName)]
                    if ($null -ne $members -and $member -in $members) {
                        & $add $node.Extent ".NET member [$($node.Expression.TypeName.FullName)]::$member (not in .NET Framework)"
                    }
                }
                # "a--b".Split('--') splits on the string in PowerShell 7 (.NET Split(string)) but on each
                # character in 5.1 (.NET Framework has only Split(char[])).
                if ($type -eq 'InvokeMemberExpressionAst' -and -not $node.Static -and $member -ieq 'Split' -and
                    @($node.Arguments).Count -ge 1 -and @($node.Arguments)[0] -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
                    @($node.Arguments)[0].Value.Length -gt 1) {
                    & $add $node.Extent 'String.Split with a separator of several characters (5.1 splits on each character)'
                }
            }
            { $_ -in @('TypeExpressionAst', 'TypeConstraintAst') } {
                if ((Get-EflowNetTypeKey $node.TypeName.FullName) -in $script:NetCoreOnlyTypes) {
                    & $add $node.Extent "type [$($node.TypeName.FullName)] (not in Windows PowerShell 5.1 / .NET Framework)"
                }
            }
            'PipelineAst' {
                if ($node.PSObject.Properties['Background'] -and $node.Background) { & $add $node.Extent 'background operator &' }
            }
            'FunctionDefinitionAst' {
                $body = $node.Body
                if ($body.PSObject.Properties['CleanBlock'] -and $null -ne $body.CleanBlock) { & $add $node.Extent 'clean block' }
            }
            'VariableExpressionAst' {
                if ($node.VariablePath.UserPath -in $script:Ps7OnlyVariables) {
                    & $add $node.Extent ('automatic variable $' + $node.VariablePath.UserPath)
                }
            }
            'CommandAst' {
                $command = $node.GetCommandName()
                if ([string]::IsNullOrEmpty($command)) { break }
                $command = Get-EflowCommandBaseName $command
                $canonical = switch ($command) { { $_ -in @('%', 'foreach') } { 'ForEach-Object' } { $_ -in @('?', 'where') } { 'Where-Object' } default { $_ } }
                if ($canonical -in $script:Ps7OnlyCommands) { & $add $node.Extent "cmdlet $canonical" }
                $only = $script:Ps7OnlyParameters[$canonical]
                $elements = @($node.CommandElements)
                for ($i = 0; $i -lt $elements.Count; $i++) {
                    $element = $elements[$i]
                    if ($element -isnot [System.Management.Automation.Language.CommandParameterAst]) { continue }
                    $parameter = $element.ParameterName
                    if ($null -ne $only) {
                        # PowerShell binds unambiguous prefixes, so -Para is -Parallel too (three letters at least).
                        foreach ($candidate in $only) {
                            if ($candidate.StartsWith($parameter, [StringComparison]::OrdinalIgnoreCase) -and
                                ($parameter.Length -ge 3 -or $parameter -ieq $candidate)) {
                                & $add $node.Extent "$canonical -$candidate"
                            }
                        }
                    }
                    if ($parameter -ieq 'Encoding') {
                        $value = if ($null -ne $element.Argument) { $element.Argument } elseif ($i + 1 -lt $elements.Count) { $elements[$i + 1] } else { $null }
                        if ($value -is [System.Management.Automation.Language.StringConstantExpressionAst] -and
                            $value.Value -in @('utf8NoBOM', 'utf8BOM', 'ansi')) {
                            & $add $node.Extent "-Encoding $($value.Value)"
                        }
                    }
                }
            }
        }
    }
    foreach ($token in $Script.Tokens) {
        if ("$($token.Kind)" -eq 'Number') {
            # 6.2+/7 literal suffixes (u, y, uy, s, us, ul, n) and binary literals; 5.1 has l, d and kb..pb.
            $text = $token.Text -replace '(?i)(kb|mb|gb|tb|pb)$', ''
            if ($text -match '(?i)^0b[01]+' -or ($text -notmatch '(?i)^0x' -and $text -match '(?i)(u|y|s|n|ul)$') -or
                ($text -match '(?i)^0x[0-9a-f]+(u|y|s|n|uy|us|ul)$')) {
                & $add $token.Extent "numeric literal $($token.Text)"
            }
        }
        if ("$($token.Kind)" -in @('StringExpandable', 'HereStringExpandable')) {
            # `e and `u{...} are escapes from 6.0 on; 5.1 reads them as the plain letters e and u.
            if ($token.Text -match '(?<!`)(``)*`(e|u\{)') { & $add $token.Extent 'escape `e or `u{} in a double-quoted string' }
        }
    }
    return $found.ToArray()
}

# Every command a script calls by a static name, with each parameter written after it: one object per
# (command, parameter) with Parameter '-' for the command itself; Line is where the parameter is written
# (a splatted key: where the key is set), At where the command is. Functions the script defines are left
# out. Splatting (@eflowDeploy) adds the keys given to that hashtable in the same script: literal keys of
# @{...} / [ordered]@{...} assigned to it, and $var['key'] = / $var.key = assignments.
function Get-EflowCommandUse {
    param([Parameter(Mandatory)]$Script)
    $name = $Script.Name
    $ast = $Script.Ast
    $defined = @{}
    foreach ($function in $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)) {
        $defined[$function.Name.ToLowerInvariant()] = $true
    }
    $uses = [System.Collections.Generic.List[object]]::new()
    foreach ($command in $ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $commandName = $command.GetCommandName()
        if ([string]::IsNullOrEmpty($commandName) -or $command.InvocationOperator -eq 'Dot') { continue }
        if ($defined.ContainsKey($commandName.ToLowerInvariant())) { continue }
        $commandName = Get-EflowCommandBaseName $commandName
        $line = $command.Extent.StartLineNumber
        $uses.Add([pscustomobject]@{ Script = $name; Line = $line; Command = $commandName; Parameter = '-'; Splat = ''; At = $line })
        foreach ($element in @($command.CommandElements | Select-Object -Skip 1)) {
            if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
                $uses.Add([pscustomobject]@{ Script = $name; Line = $line; Command = $commandName; Parameter = $element.ParameterName; Splat = ''; At = $line })
            } elseif ($element -is [System.Management.Automation.Language.VariableExpressionAst] -and $element.Splatted) {
                $variable = $element.VariablePath.UserPath
                $keys = @(Get-EflowSplatKeys -Ast $ast -Variable $variable)
                if ($keys.Count -eq 0) {
                    $uses.Add([pscustomobject]@{ Script = $name; Line = $line; Command = $commandName; Parameter = "@$variable"; Splat = $variable; At = $line })
                }
                foreach ($key in $keys) {
                    $uses.Add([pscustomobject]@{ Script = $name; Line = $key.Line; Command = $commandName; Parameter = $key.Name; Splat = $variable; At = $line })
                }
            }
        }
    }
    return $uses.ToArray()
}

# Keys a script puts into the hashtable $Variable, each with the line that sets it. A key that is not a
# constant is returned as '<dynamic>' so that the table check refuses it instead of passing it unseen.
function Get-EflowSplatKeys($Ast, [string]$Variable) {
    $keys = [System.Collections.Generic.List[object]]::new()
    $isVariable = { param($node) $node -is [System.Management.Automation.Language.VariableExpressionAst] -and $node.VariablePath.UserPath -ieq $Variable }
    $keyName = {
        param($node)
        if ($node -is [System.Management.Automation.Language.StringConstantExpressionAst]) { return $node.Value }
        return '<dynamic>'
    }
    foreach ($assignment in $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.AssignmentStatementAst] }, $true)) {
        $left = $assignment.Left
        if ($left -is [System.Management.Automation.Language.ConvertExpressionAst]) { $left = $left.Child }
        if (& $isVariable $left) {
            foreach ($table in $assignment.Right.FindAll({ param($node) $node -is [System.Management.Automation.Language.HashtableAst] }, $true)) {
                foreach ($pair in $table.KeyValuePairs) {
                    $keys.Add([pscustomobject]@{ Name = (& $keyName $pair.Item1); Line = $pair.Item1.Extent.StartLineNumber })
                }
                break # only the outermost literal; nested tables are values, not parameters
            }
        } elseif ($left -is [System.Management.Automation.Language.IndexExpressionAst] -and (& $isVariable $left.Target)) {
            $keys.Add([pscustomobject]@{ Name = (& $keyName $left.Index); Line = $left.Extent.StartLineNumber })
        } elseif ($left -is [System.Management.Automation.Language.MemberExpressionAst] -and (& $isVariable $left.Expression)) {
            $keys.Add([pscustomobject]@{ Name = (& $keyName $left.Member); Line = $left.Extent.StartLineNumber })
        }
    }
    foreach ($call in $Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.InvokeMemberExpressionAst] }, $true)) {
        if ((& $isVariable $call.Expression) -and "$($call.Member)" -ieq 'Add' -and @($call.Arguments).Count -eq 2) {
            $keys.Add([pscustomobject]@{ Name = (& $keyName @($call.Arguments)[0]); Line = $call.Extent.StartLineNumber })
        }
    }
    # The same key set twice (e.g. once per branch) is one parameter.
    return @($keys | Sort-Object -Property Name -Unique)
}

# windows-commands.tsv as a lookup: command (lower case) -> @{ Module; Lines; Parameters = name (lower
# case) -> @{ Name; Lines; Source } }. Rows must have five columns and a source URL.
function Import-EflowCommandTable([Parameter(Mandatory)][string]$Path) {
    $table = @{}
    $number = 0
    $header = $false
    foreach ($row in [System.IO.File]::ReadAllLines($Path)) {
        $number++
        if ($row -match '^\s*(#|$)') { continue }
        $columns = $row.Split("`t")
        if (-not $header) {
            if (($columns -join ',') -ne 'command,parameter,module,lines,source') { throw "${Path}:${number}: unexpected header '$row'" }
            $header = $true
            continue
        }
        if ($columns.Count -ne 5) { throw "${Path}:${number}: expected 5 tab-separated columns, found $($columns.Count)" }
        $command, $parameter, $module, $lines, $source = $columns
        if ($source -notmatch '^https://') { throw "${Path}:${number}: the source of $command $parameter is not a URL" }
        if ($module -eq 'AzureEFLOW' -and $lines -notmatch '^1\.\d+(,1\.\d+)*$') { throw "${Path}:${number}: AzureEFLOW row without release lines" }
        $key = $command.ToLowerInvariant()
        if (-not $table.ContainsKey($key)) {
            $table[$key] = @{ Name = $command; Module = $module; Lines = @(); Parameters = @{} }
        }
        $lineList = @(if ($lines -ne '-') { $lines.Split(',') })
        if ($parameter -eq '-') {
            $table[$key].Lines = $lineList
        } else {
            $table[$key].Parameters[$parameter.ToLowerInvariant()] = @{ Name = $parameter; Lines = $lineList; Source = $source }
        }
    }
    if (-not $header) { throw "${Path}: no header row" }
    return $table
}

# Compares a script's commands and parameters with the table. Line is the script's release line ('' =
# any): AzureEFLOW commands and parameters must exist in that line.
function Test-EflowCommandUse {
    param([Parameter(Mandatory)]$Script, [Parameter(Mandatory)][hashtable]$Table)
    $releaseLine = $Script.Line
    $findings = [System.Collections.Generic.List[object]]::new()
    $refused = @{} # commands refused as a whole; their parameters are not reported again
    foreach ($use in Get-EflowCommandUse -Script $Script) {
        if ($refused.ContainsKey("$($use.At)|$($use.Command)")) { continue }
        $fields = @{ Command = $use.Command; Parameter = $use.Parameter }
        $entry = $Table[$use.Command.ToLowerInvariant()]
        if ($null -eq $entry) {
            $findings.Add((New-EflowFinding $use.Script $use.Line $fields "command $($use.Command) is not in windows-commands.tsv (not a Windows PowerShell 5.1 / module command we know)"))
            $refused["$($use.At)|$($use.Command)"] = $true
            continue
        }
        $lineText = if ($releaseLine -eq '') { 'any release line' } else { "release line $releaseLine" }
        if ($use.Parameter -eq '-') {
            if ($releaseLine -ne '' -and @($entry.Lines).Count -gt 0 -and $releaseLine -notin $entry.Lines) {
                $findings.Add((New-EflowFinding $use.Script $use.Line $fields "command $($use.Command) does not exist in AzureEFLOW $releaseLine (only $($entry.Lines -join ', '))"))
                $refused["$($use.At)|$($use.Command)"] = $true
            }
            continue
        }
        if ($use.Parameter.StartsWith('@')) {
            $findings.Add((New-EflowFinding $use.Script $use.Line $fields "$($use.Command) is splatted with $($use.Parameter), whose keys are not set in this script"))
            continue
        }
        $via = if ($use.Splat) { " (key of @$($use.Splat))" } else { '' }
        if ($use.Parameter -in $script:CommonParameters) { continue }
        $parameter = $entry.Parameters[$use.Parameter.ToLowerInvariant()]
        if ($null -eq $parameter) {
            $findings.Add((New-EflowFinding $use.Script $use.Line $fields "$($use.Command) has no parameter -$($use.Parameter)$via in $($entry.Module)"))
            continue
        }
        if ($releaseLine -ne '' -and @($parameter.Lines).Count -gt 0 -and $releaseLine -notin $parameter.Lines) {
            $findings.Add((New-EflowFinding $use.Script $use.Line $fields "$($use.Command) -$($use.Parameter)$via does not exist in AzureEFLOW $releaseLine (only $($parameter.Lines -join ', '))"))
        }
    }
    return $findings.ToArray()
}

# The scripts the checks cover: every golden file of tests/engine/data/scripts (bootstrap.ps1 among them
# once it is there), as hashtables for Pester's -ForEach.
function Get-EflowGoldenScripts([Parameter(Mandatory)][string]$SourceDir) {
    $folder = Join-Path $SourceDir 'tests/engine/data/scripts'
    foreach ($file in Get-ChildItem -LiteralPath $folder -Filter '*.ps1' | Sort-Object Name) {
        @{ Name = $file.Name; Path = $file.FullName }
    }
}

Export-ModuleMember -Function Read-EflowScript, Read-EflowScriptFile, Get-EflowScriptReleaseLine, Find-EflowPs7Syntax,
    Get-EflowCommandUse, Get-EflowSplatKeys, Import-EflowCommandTable, Test-EflowCommandUse, Get-EflowGoldenScripts
