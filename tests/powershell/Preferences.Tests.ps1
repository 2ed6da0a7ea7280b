# How the bootstrap and every generated script set PowerShell's preferences and write their output
# (issue 12 items 6e, 6f, 6j), read from PowerShell's own AST. What a missing console does to
# [Console]::OutputEncoding only a Windows host can show (docs/windows-host.md); here the guard is proven
# to be there.

BeforeDiscovery {
    $sourceDir = if ($env:EFLOW_SOURCE_DIR) { $env:EFLOW_SOURCE_DIR } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    $generated = @(Get-ChildItem -LiteralPath "$sourceDir/tests/engine/data/scripts" -Filter '*.ps1' |
            Where-Object { $_.Name -ne 'bootstrap.ps1' } | ForEach-Object { @{ Name = $_.Name; Path = $_.FullName } })
}

BeforeAll {
    $sourceDir = if ($env:EFLOW_SOURCE_DIR) { $env:EFLOW_SOURCE_DIR } else { (Resolve-Path "$PSScriptRoot/../..").Path }
    function Read-Ast([string]$Path) {
        $tokens = $null
        $errors = $null
        $ast = [System.Management.Automation.Language.Parser]::ParseFile($Path, [ref]$tokens, [ref]$errors)
        $errors | Should -BeNullOrEmpty
        return $ast
    }
    # Assignments to $Name (or [Console]::Name) anywhere in the AST.
    function Find-Assignments($Ast, [string]$Name) {
        @($Ast.FindAll({
                    param($node)
                    $node -is [System.Management.Automation.Language.AssignmentStatementAst] -and
                    ($node.Left.Extent.Text -replace '^\$global:', '$') -ieq $Name
                }, $true))
    }
    function Test-InsideTry($Node) {
        for ($p = $Node.Parent; $null -ne $p; $p = $p.Parent) {
            if ($p -is [System.Management.Automation.Language.TryStatementAst]) { return $true }
        }
        return $false
    }
    function Test-TopLevel($Node) {
        # Not inside a function or a script block other than the file itself.
        for ($p = $Node.Parent; $null -ne $p; $p = $p.Parent) {
            if ($p -is [System.Management.Automation.Language.FunctionDefinitionAst]) { return $false }
            if ($p -is [System.Management.Automation.Language.ScriptBlockExpressionAst]) { return $false }
        }
        return $true
    }
    $bootstrap = Read-Ast "$sourceDir/tests/engine/data/scripts/bootstrap.ps1"
    $common = Read-Ast "$sourceDir/engine/host/scripts/common.ps1"
}

Describe 'The bootstrap (global scope, which the AzureEFLOW module sees)' {
    It 'does not set $ErrorActionPreference: the module keeps its own (6e)' {
        Find-Assignments $bootstrap '$ErrorActionPreference' | Should -BeNullOrEmpty
    }
    It 'silences progress globally, the module''s too (6j)' {
        $set = @(Find-Assignments $bootstrap '$ProgressPreference')
        $set.Count | Should -Be 1
        $set[0].Right.Extent.Text | Should -Be "'SilentlyContinue'"
        Test-TopLevel $set[0] | Should -BeTrue
    }
    It 'sets [Console]::OutputEncoding only inside try (no console over ssh/WinRM) (6f)' {
        $set = @(Find-Assignments $bootstrap '[Console]::OutputEncoding')
        $set.Count | Should -Be 1
        Test-InsideTry $set[0] | Should -BeTrue
    }
}

Describe 'common.ps1 (the head of every generated script)' {
    It 'stops on errors in the script''s own scope (6e)' {
        $set = @(Find-Assignments $common '$ErrorActionPreference')
        $set.Count | Should -Be 1
        $set[0].Left.Extent.Text | Should -Be '$ErrorActionPreference' # not $global:
        $set[0].Right.Extent.Text | Should -Be "'Stop'"
    }
    It 'silences progress (6j)' {
        @(Find-Assignments $common '$ProgressPreference').Count | Should -Be 1
    }
    It 'writes markers through an explicit UTF-8 writer, never [Console]::Out (6f)' {
        $common.Extent.Text | Should -Not -Match '\[Console\]::Out\b'
        $writer = @(Find-Assignments $common '$eflowStdout')
        $writer.Count | Should -Be 1
        $writer[0].Right.Extent.Text | Should -Match 'OpenStandardOutput\(\)'
        $writer[0].Right.Extent.Text | Should -Match 'UTF8Encoding \$false'
    }
}

Describe 'Every generated script' {
    It '<Name> carries common.ps1''s preferences' -ForEach $generated {
        $text = Get-Content -LiteralPath $Path -Raw
        $text | Should -Match "(?m)^\`$ErrorActionPreference = 'Stop'$"
        $text | Should -Match "(?m)^\`$ProgressPreference = 'SilentlyContinue'$"
    }
}
