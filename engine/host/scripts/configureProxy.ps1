# The IoT Edge runtime's proxy in the VM, as Microsoft's "Configure an IoT Edge device to communicate through
# a proxy server" sets it (issue 17): a systemd drop-in with https_proxy for the container engine,
# aziot-identityd and aziot-edged, https_proxy and UpstreamProtocol in config.toml's [agent.env] for
# edgeAgent, then `iotedge config apply`. The wizard wrote the Linux side above (shown decoded in the
# comment); it runs as one Invoke-EflowVmCommand, which stops at its first failing line.
Import-EflowModule
Write-EflowProgress 10 "IoT Edge proxy"
$eflowOutput = Invoke-EflowVmText $eflowVmCommand
if ($eflowOutput) { Write-EflowLine $eflowOutput }
Write-EflowResult ([ordered]@{
    applied = $true
    proxy = $eflowProxyUrl
    upstreamProtocol = $eflowUpstreamProtocol
    services = @($eflowProxyServices)
})
