$ProgressPreference = 'SilentlyContinue'
try {
    $utf8 = New-Object System.Text.UTF8Encoding $false
    try { [Console]::OutputEncoding = $utf8 } catch {}
    $eflowReader = New-Object System.IO.StreamReader([Console]::OpenStandardInput(), $utf8)
    $eflowEnvelope = $eflowReader.ReadToEnd() | ConvertFrom-Json -ErrorAction Stop
    $eflowReader.Dispose()
    $eflowSecrets = @{}
    if ($null -ne $eflowEnvelope.secrets) {
        foreach ($p in $eflowEnvelope.secrets.PSObject.Properties) { $eflowSecrets[$p.Name] = [string]$p.Value }
    }
    $eflowBlock = [ScriptBlock]::Create("param([hashtable]`$Secrets)`n" + [string]$eflowEnvelope.script)
    $eflowEnvelope = $null
    & $eflowBlock -Secrets $eflowSecrets
    exit 0
} catch {
    [Console]::Error.WriteLine($_.ToString())
    exit 1
}
