# Every generated script (the golden files of tests/engine/data/scripts, the bootstrap among them) is
# checked with PowerShell's own parser for what Windows PowerShell 5.1 will make of it: it parses, it
# uses no PowerShell 7 only syntax, and every command and parameter exists in 5.1, its Windows modules
# and the AzureEFLOW module of the script's release line (windows-commands.tsv). The second half shows
# that each check can fail: small inline scripts with one defect each must be refused.

BeforeDiscovery {
    $sourceDir = if ($env:EFLOW_SOURCE_DIR) { $env:EFLOW_SOURCE_DIR } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    Import-Module "$PSScriptRoot/ScriptCheck.psm1" -Force
    $goldens = @(Get-EflowGoldenScripts -SourceDir $sourceDir)
}

BeforeAll {
    Import-Module "$PSScriptRoot/ScriptCheck.psm1" -Force
    $sourceDir = if ($env:EFLOW_SOURCE_DIR) { $env:EFLOW_SOURCE_DIR } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $table = Import-EflowCommandTable -Path "$PSScriptRoot/windows-commands.tsv"
    function Get-Messages($Findings) { (@($Findings) | ForEach-Object { $_.Message }) -join "`n" }
}

Describe 'The generated scripts' {
    It 'are all there (the golden folder holds every operation, and the bootstrap)' {
        $names = @(Get-EflowGoldenScripts -SourceDir $sourceDir | ForEach-Object { $_.Name })
        $names.Count | Should -BeGreaterOrEqual 40
        foreach ($operation in @('bootstrap', 'probe', 'enableHyperV', 'createSwitch', 'installEflow_', 'deploy_1_1_', 'deploy_1_4_',
                'deploy_1_5_', 'provision_', 'vmStatus', 'moduleList', 'serviceStatus_', 'check_', 'logs_', 'supportBundle', 'restartHost', 'uninstallEflow')) {
            @($names | Where-Object { $_.StartsWith($operation) }).Count | Should -BeGreaterThan 0 -Because "$operation* is an operation"
        }
    }

    Context '<Name>' -ForEach $goldens {
        BeforeAll {
            $parsed = Read-EflowScriptFile -Path $Path
        }

        It 'parses with zero errors' {
            Get-Messages (@($parsed.Errors) | ForEach-Object {
                    [pscustomobject]@{ Message = "${Name}:$($_.Extent.StartLineNumber): $($_.ErrorId): $($_.Message)" }
                }) | Should -BeNullOrEmpty
        }

        It 'uses no syntax, cmdlet or parameter that only PowerShell 7 has' {
            Get-Messages (Find-EflowPs7Syntax -Script $parsed) | Should -BeNullOrEmpty
        }

        It 'uses only commands and parameters that Windows PowerShell 5.1 and AzureEFLOW have' {
            Get-Messages (Test-EflowCommandUse -Script $parsed -Table $table) | Should -BeNullOrEmpty
        }

        It 'sets $eflowRelease to the release line of its file name' {
            $constant = Get-EflowScriptReleaseLine -Name 'no-line-in-this-name' -Ast $parsed.Ast
            $fromName = Get-EflowScriptReleaseLine -Name $Name -Ast $null
            if ($fromName -ne '' -and $constant -ne '') { $constant | Should -Be $fromName }
        }
    }
}

Describe 'The 5.1 syntax check refuses' {
    It '<Construct>' -ForEach @(
        @{ Construct = 'ternary operator'; Code = '$a = $true ? 1 : 2'; Expect = 'ternary' }
        @{ Construct = 'null-coalescing ??'; Code = '$a = $null ?? 1'; Expect = '??' }
        @{ Construct = 'null-coalescing assignment ??='; Code = '$a ??= 1'; Expect = '??=' }
        @{ Construct = 'null-conditional member ?.'; Code = '$a = ${b}?.Name'; Expect = 'null-conditional' }
        @{ Construct = 'null-conditional method ?.()'; Code = '$a = ${b}?.ToString()'; Expect = 'null-conditional' }
        @{ Construct = 'null-conditional index ?[]'; Code = '$a = ${b}?[0]'; Expect = 'null-conditional' }
        @{ Construct = 'pipeline chain &&'; Code = 'Get-Date && Get-Date'; Expect = 'pipeline chain' }
        @{ Construct = 'pipeline chain ||'; Code = 'Get-Date || Get-Date'; Expect = 'pipeline chain' }
        @{ Construct = 'background operator &'; Code = 'Get-Date &'; Expect = 'background' }
        @{ Construct = 'ForEach-Object -Parallel'; Code = '1..3 | ForEach-Object -Parallel { $_ }'; Expect = 'ForEach-Object -Parallel' }
        @{ Construct = 'Foreach-Object -parallel (any case)'; Code = '1..3 | Foreach-Object -parallel { $_ }'; Expect = 'ForEach-Object -Parallel' }
        @{ Construct = '% -Parallel (alias)'; Code = '1..3 | % -Parallel { $_ }'; Expect = 'ForEach-Object -Parallel' }
        @{ Construct = 'ForEach-Object -Para (prefix)'; Code = '1..3 | ForEach-Object -Para { $_ }'; Expect = 'ForEach-Object -Parallel' }
        @{ Construct = 'ConvertFrom-Json -AsHashtable'; Code = '$a = "{}" | ConvertFrom-Json -AsHashtable'; Expect = 'ConvertFrom-Json -AsHashtable' }
        @{ Construct = 'ConvertFrom-Json -Depth'; Code = '$a = "{}" | ConvertFrom-Json -Depth 5'; Expect = 'ConvertFrom-Json -Depth' }
        @{ Construct = 'ConvertTo-Json -AsArray'; Code = '$a = 1 | ConvertTo-Json -AsArray'; Expect = 'ConvertTo-Json -AsArray' }
        @{ Construct = 'Invoke-WebRequest -SkipHeaderValidation'; Code = 'Invoke-WebRequest -Uri $u -SkipHeaderValidation'; Expect = 'SkipHeaderValidation' }
        @{ Construct = 'Invoke-RestMethod -SkipCertificateCheck'; Code = 'Invoke-RestMethod -Uri $u -SkipCertificateCheck'; Expect = 'SkipCertificateCheck' }
        @{ Construct = 'Join-Path -AdditionalChildPath'; Code = 'Join-Path a b -AdditionalChildPath c'; Expect = 'Join-Path -AdditionalChildPath' }
        @{ Construct = 'Get-Content -AsByteStream'; Code = 'Get-Content -LiteralPath x -AsByteStream'; Expect = 'AsByteStream' }
        @{ Construct = 'Start-Process -Environment'; Code = 'Start-Process -FilePath x -Environment @{}'; Expect = 'Start-Process -Environment' }
        @{ Construct = 'Get-Error'; Code = 'Get-Error'; Expect = 'cmdlet Get-Error' }
        @{ Construct = 'Test-Json'; Code = 'Test-Json -Json "{}"'; Expect = 'cmdlet Test-Json' }
        @{ Construct = 'Join-String'; Code = '1, 2 | Join-String -Separator ","'; Expect = 'cmdlet Join-String' }
        @{ Construct = 'Microsoft.PowerShell.Utility\Join-String'; Code = '1 | Microsoft.PowerShell.Utility\Join-String'; Expect = 'cmdlet Join-String' }
        @{ Construct = '$IsWindows'; Code = 'if ($IsWindows) { 1 }'; Expect = '$IsWindows' }
        @{ Construct = '$PSStyle'; Code = '$PSStyle.OutputRendering = "PlainText"'; Expect = '$PSStyle' }
        @{ Construct = 'clean block'; Code = 'function f { process { 1 } clean { 2 } }'; Expect = 'clean block' }
        @{ Construct = 'Out-File -Encoding utf8NoBOM'; Code = '1 | Out-File -FilePath x -Encoding utf8NoBOM'; Expect = 'utf8NoBOM' }
        @{ Construct = 'Set-Content -Encoding:utf8NoBOM'; Code = 'Set-Content -Path x -Value 1 -Encoding:utf8NoBOM'; Expect = 'utf8NoBOM' }
        @{ Construct = '-replace with a script block'; Code = '$a = "ab" -replace "a", { "c" }'; Expect = 'script block substitution' }
        @{ Construct = 'unsigned literal suffix u'; Code = '$a = 10u'; Expect = 'numeric literal' }
        @{ Construct = 'byte literal suffix uy'; Code = '$a = 0x10uy'; Expect = 'numeric literal' }
        @{ Construct = 'BigInteger suffix n'; Code = '$a = 12n'; Expect = 'numeric literal' }
        @{ Construct = 'binary literal'; Code = '$a = 0b1010'; Expect = 'numeric literal' }
        @{ Construct = 'escape `e'; Code = '$a = "`e[0m"'; Expect = 'escape' }
        @{ Construct = 'escape `u{}'; Code = '$a = "`u{2013}"'; Expect = 'escape' }
        @{ Construct = 'String.Split with a multi-character string'; Code = '$a = "a--b".Split("--")'; Expect = 'String.Split' }
        @{ Construct = '[semver]'; Code = '$a = [semver]"1.2.3"'; Expect = 'type ?semver?' }
        @{ Construct = '[System.Management.Automation.SemanticVersion]::new'; Code = '$a = [System.Management.Automation.SemanticVersion]::new(1, 2, 3)'; Expect = 'type ?System.Management.Automation.SemanticVersion?' }
        @{ Construct = '[System.IO.Path]::GetRelativePath'; Code = '$a = [System.IO.Path]::GetRelativePath("a", "b")'; Expect = 'GetRelativePath' }
        @{ Construct = '[Text.Encoding]::Latin1'; Code = '$a = [Text.Encoding]::Latin1'; Expect = 'Latin1' }
    ) {
        $found = @(Find-EflowPs7Syntax -Script (Read-EflowScript -Text $Code -Name 'inline.ps1'))
        $found.Count | Should -BeGreaterThan 0 -Because "'$Code' is PowerShell 7 only"
        ($found | ForEach-Object { $_.Construct }) -join ' | ' | Should -BeLike "*$Expect*"
        $found[0].Message | Should -BeLike 'inline.ps1:1: PowerShell 7 only:*'
    }

    It 'but accepts what Windows PowerShell 5.1 has' {
        $code = @'
using namespace System.Text
class Box { [int]$Size }
$list = [System.Collections.Generic.List[string]]::new()
$table = [ordered]@{ a = 1 }
$size = 10GB + 5l + 2.5d + 0x1F
$text = "tab`t and `$dollar and ``e and {0}" -f 1
$bytes = Get-Content -LiteralPath x -Encoding Byte -Raw
1..3 | ForEach-Object { $_ } | Where-Object { $_ -gt 1 }
if ($null -eq $table.b) { $x = @{ IsWindows = 1 } }
$a = "a" -replace "a", "b"
$parts = "a/b".Split('/')
$address = [System.Net.IPAddress]::Parse('10.0.0.1')
$utf8 = [System.Text.Encoding]::UTF8
'@
        Get-Messages (Find-EflowPs7Syntax -Script (Read-EflowScript -Text $code -Name 'fine.ps1')) | Should -BeNullOrEmpty
    }
}

Describe 'The command table check refuses' {
    It '<Case>' -ForEach @(
        @{ Case = 'a misspelled parameter'; Name = 'probe.ps1'; Code = "`$a = 1`nGet-Service -Nmae vmms"
            Expect = 'probe.ps1:2: Get-Service has no parameter -Nmae*' }
        @{ Case = 'a misspelled AzureEFLOW parameter'; Name = 'logs_1_4.ps1'; Code = 'Invoke-EflowVmCommand -comand "ls"'
            Expect = 'logs_1_4.ps1:1: Invoke-EflowVmCommand has no parameter -comand*' }
        @{ Case = 'an abbreviated parameter (full names only)'; Name = 'probe.ps1'; Code = 'Get-CimInstance -Class Win32_OperatingSystem'
            Expect = 'probe.ps1:1: Get-CimInstance has no parameter -Class*' }
        @{ Case = 'an unknown cmdlet'; Name = 'probe.ps1'; Code = "`n`nGet-EflowVmStatus"
            Expect = 'probe.ps1:3: command Get-EflowVmStatus is not in windows-commands.tsv*' }
        @{ Case = 'an alias instead of the cmdlet'; Name = 'probe.ps1'; Code = 'Get-Date | select -First 1'
            Expect = 'probe.ps1:1: command select is not in windows-commands.tsv*' }
        @{ Case = 'a 1.4 parameter in a 1.1 deploy (splatted)'; Name = 'deploy_1_1_inline.ps1'
            Code = "`$eflowDeploy = [ordered]@{}`n`$eflowDeploy['acceptEula'] = 'Yes'`n`$eflowDeploy['vmDataSize'] = 10`nDeploy-Eflow @eflowDeploy"
            Expect = 'deploy_1_1_inline.ps1:3: Deploy-Eflow -vmDataSize (key of @eflowDeploy) does not exist in AzureEFLOW 1.1*' }
        @{ Case = 'a 1.4 parameter in a 1.1 deploy (literal hashtable)'; Name = 'deploy_1_1_inline.ps1'
            Code = "`$eflowDeploy = @{`n  acceptEula = 'Yes'`n  vmLogSize = 'Small'`n}`nDeploy-Eflow @eflowDeploy"
            Expect = 'deploy_1_1_inline.ps1:3: Deploy-Eflow -vmLogSize (key of @eflowDeploy) does not exist in AzureEFLOW 1.1*' }
        @{ Case = 'a 1.4 parameter written out in a 1.1 deploy'; Name = 'deploy_1_1_inline.ps1'; Code = 'Deploy-Eflow -vmDataSize 10'
            Expect = 'deploy_1_1_inline.ps1:1: Deploy-Eflow -vmDataSize does not exist in AzureEFLOW 1.1*' }
        @{ Case = 'a 1.4 cmdlet on the 1.1 line'; Name = 'deploy_1_1_inline.ps1'; Code = 'Set-EflowVmDNSServers -vendpointName a -dnsServers @()'
            Expect = 'deploy_1_1_inline.ps1:1: command Set-EflowVmDNSServers does not exist in AzureEFLOW 1.1*' }
        @{ Case = 'a 1.4 parameter where $eflowRelease says 1.1'; Name = 'provision_inline.ps1'
            Code = "`$eflowRelease = '1.1'`nDeploy-Eflow -vmLogSize Small"
            Expect = 'provision_inline.ps1:2: Deploy-Eflow -vmLogSize does not exist in AzureEFLOW 1.1*' }
        @{ Case = 'a misspelled splatted key'; Name = 'provision_inline.ps1'
            Code = "`$eflowProvision = [ordered]@{}`n`$eflowProvision.provisioningType = 'DpsTPM'`n`$eflowProvision['scopId'] = 'x'`nProvision-EflowVm @eflowProvision"
            Expect = "provision_inline.ps1:3: Provision-EflowVm has no parameter -scopId (key of @eflowProvision)*" }
        @{ Case = 'a splat whose keys the script does not set'; Name = 'provision_inline.ps1'; Code = 'Provision-EflowVm @fromElsewhere'
            Expect = 'provision_inline.ps1:1: Provision-EflowVm is splatted with @fromElsewhere, whose keys are not set in this script*' }
        @{ Case = 'a splat key that is not a constant'; Name = 'provision_inline.ps1'
            Code = "`$p = @{}`n`$p[`$name] = 1`nProvision-EflowVm @p"
            Expect = 'provision_inline.ps1:2: Provision-EflowVm has no parameter -<dynamic> (key of @p)*' }
    ) {
        $findings = @(Test-EflowCommandUse -Script (Read-EflowScript -Text $Code -Name $Name) -Table $table)
        $findings.Count | Should -Be 1 -Because (Get-Messages $findings)
        $findings[0].Message | Should -BeLike $Expect
    }

    It 'but accepts 5.1 and AzureEFLOW commands of the line, common parameters and the script''s own functions' {
        $code = @'
function Get-EflowThing([string]$Name) { Get-Service -Name $Name -ErrorAction SilentlyContinue }
Get-EflowThing -Name vmms -Verbose
$eflowDeploy = [ordered]@{ acceptEula = 'Yes' }
$eflowDeploy['vmDataSize'] = 10
$eflowDeploy.vmLogSize = 'Small'
Deploy-Eflow @eflowDeploy
Set-EflowVmDNSServers -VENDPOINTNAME a -dnsServers @('10.0.0.1')
& $block -Secrets $secrets
'@
        Get-Messages (Test-EflowCommandUse -Script (Read-EflowScript -Text $code -Name 'deploy_1_4_inline.ps1') -Table $table) |
            Should -BeNullOrEmpty
    }

    It 'and a script that does not parse is reported' {
        (Read-EflowScript -Text 'if ($a { }' -Name 'broken.ps1').Errors.Count | Should -BeGreaterThan 0
    }
}

Describe 'windows-commands.tsv' {
    It 'names a source page on every row and release lines on every AzureEFLOW row' {
        # Import-EflowCommandTable throws on a row without them; this pins that it does.
        $bad = Join-Path $TestDrive 'bad.tsv'
        Set-Content -LiteralPath $bad -Value "command`tparameter`tmodule`tlines`tsource`nGet-Date`t-`tMicrosoft.PowerShell.Utility`t-`t"
        { Import-EflowCommandTable -Path $bad } | Should -Throw '*is not a URL*'
        Set-Content -LiteralPath $bad -Value "command`tparameter`tmodule`tlines`tsource`nDeploy-Eflow`t-`tAzureEFLOW`t-`thttps://learn.microsoft.com/x"
        { Import-EflowCommandTable -Path $bad } | Should -Throw '*without release lines*'
    }

    It 'has the documented per-line differences of Deploy-Eflow' {
        $deploy = $table['deploy-eflow'].Parameters
        $deploy['vmdisksize'].Lines | Should -Be @('1.1', '1.4', '1.5')
        $deploy['vmdatasize'].Lines | Should -Be @('1.4', '1.5')
        $deploy['vmlogsize'].Lines | Should -Be @('1.4', '1.5')
        $table['set-eflowvmdnsservers'].Lines | Should -Be @('1.4', '1.5')
    }
}
