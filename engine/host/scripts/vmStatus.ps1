# Before EFLOW exists the answer is "not deployed", not a fault: no AzureEFLOW module anywhere (not
# installed), or the module says no VM was created (Verify-EflowVm). A module that is present but will
# not load (execution policy) still fails, as that is a fault the technician must fix.
$installed = ($null -ne (Get-Command -Name Get-EflowVm -ErrorAction SilentlyContinue)) -or
    (@(Get-Module -ListAvailable -Name AzureEFLOW).Count -gt 0)
if (-not $installed) {
    Write-EflowResult ([ordered]@{ json = ''; deployed = $false; installed = $false })
} else {
    Import-EflowModule
    if (-not (@(Verify-EflowVm) -contains $true)) {
        Write-EflowResult ([ordered]@{ json = ''; deployed = $false; installed = $true })
    } else {
        $json = (@(Get-EflowVm | ConvertTo-Json -Depth 5) | ForEach-Object { "$_" }) -join "`n"
        # The VM's address and the installed version for the overview; neither may fail the read.
        $address = ''
        try { $address = "$(@(Get-EflowVmAddr)[-1])".Trim() } catch { $address = '' }
        $product = Get-EflowInstalledProduct
        $version = if ($null -ne $product) { "$($product.DisplayVersion)" } else { '' }
        Write-EflowResult ([ordered]@{ json = $json; deployed = $true; installed = $true; ip4Address = $address
                                       eflowVersion = $version; releaseLine = (Get-EflowReleaseLine $version) })
    }
}
