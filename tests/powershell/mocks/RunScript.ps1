# Test helper: runs a generated script the way PowerShellEnvelope::bootstrapScript() does, after
# preload.ps1. Dot-source both at global scope, e.g.
#   pwsh -NoProfile -NonInteractive -Command ". ./preload.ps1; . ./RunScript.ps1"
# EFLOW_TEST_SCRIPT names the script file; EFLOW_TEST_SECRETS_FILE an optional JSON object file whose
# members become the $Secrets hashtable (test values only: the real bootstrap reads them from stdin).
# Exit code 0 on success; on failure the error text goes to stderr and the exit code is 1.
$ProgressPreference = 'SilentlyContinue'
try {
    $eflowSecrets = @{}
    if ("$env:EFLOW_TEST_SECRETS_FILE" -ne '') {
        $eflowSecretData = [System.IO.File]::ReadAllText($env:EFLOW_TEST_SECRETS_FILE) | ConvertFrom-Json -ErrorAction Stop
        foreach ($p in $eflowSecretData.PSObject.Properties) { $eflowSecrets[$p.Name] = [string]$p.Value }
        $eflowSecretData = $null
    }
    $eflowBlock = [ScriptBlock]::Create("param([hashtable]`$Secrets)`n" + [System.IO.File]::ReadAllText($env:EFLOW_TEST_SCRIPT))
    & $eflowBlock -Secrets $eflowSecrets
    exit 0
} catch {
    [Console]::Error.WriteLine($_.ToString())
    exit 1
}
