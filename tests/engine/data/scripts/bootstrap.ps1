$ProgressPreference = 'SilentlyContinue'
try {
    $utf8 = New-Object System.Text.UTF8Encoding $false
    try { [Console]::OutputEncoding = $utf8 } catch {}
    try {
        $eflowLine = [System.Text.Encoding]::ASCII.GetBytes('##eflow-encoding## output=' + [Console]::OutputEncoding.CodePage + ' ansi=' + [System.Text.Encoding]::Default.CodePage + "`n")
        foreach ($eflowStream in @([Console]::OpenStandardOutput(), [Console]::OpenStandardError())) {
            $eflowStream.Write($eflowLine, 0, $eflowLine.Length)
            $eflowStream.Flush()
        }
    } catch {}
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
    $eflowCause = $_.Exception
    while ($null -ne $eflowCause.InnerException) { $eflowCause = $eflowCause.InnerException }
    if ("$($_.FullyQualifiedErrorId)" -ne "$($_.Exception.Message)") {
        [Console]::Error.WriteLine('PowerShell error: FullyQualifiedErrorId=' + $_.FullyQualifiedErrorId + ' Category=' + $_.CategoryInfo.Category + ' Exception=' + $eflowCause.GetType().FullName + ' HResult=0x' + $eflowCause.HResult.ToString('X8'))
    }
    [Console]::Error.WriteLine($_.ToString())
    exit 1
}
