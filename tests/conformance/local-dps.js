// The local DPS as the official Node.js SDKs reach it, shared by sdk-conformance.js, enroll-crosscheck.js
// and bench-register.js. Environment: DPS_HOST (default 127.0.0.1), DPS_PORT, DPS_CA_FILE, DPS_POLICY_NAME
// (default provisioningserviceowner), DPS_POLICY_KEY.
'use strict';
const fs = require('fs');
const { Http: HttpBase, RestApiClient } = require('azure-iot-http-base');
const { ProvisioningServiceClient } = require('azure-iot-provisioning-service');
const { SharedAccessSignature } = require('azure-iot-common');

const HOST = process.env.DPS_HOST || '127.0.0.1';
const PORT = Number(process.env.DPS_PORT);
const CA = fs.readFileSync(process.env.DPS_CA_FILE);
const POLICY_NAME = process.env.DPS_POLICY_NAME || 'provisioningserviceowner';
const POLICY_KEY = process.env.DPS_POLICY_KEY;

// azure-iot-http-base never takes a port from the host string and the device transport has no CA option
// (dps-protocol.md §6): inject both, exactly as the reference describes.
class LocalHttp extends HttpBase {
  constructor() { super(); this.setOptions({ ca: CA }); }
  buildRequest(method, path, headers, host, options, done) {
    if (typeof options === 'function') { done = options; options = { port: PORT }; }
    else options = Object.assign({ port: PORT }, options || {});
    return super.buildRequest(method, path, headers, host, options, done);
  }
}

// The service SDK's client on the local DPS, with a fresh SAS token; userAgent names the script.
function serviceClient(userAgent) {
  const config = {
    host: HOST,
    sharedAccessSignature: SharedAccessSignature.create(HOST, POLICY_NAME, POLICY_KEY, Date.now()).toString(),
  };
  return new ProvisioningServiceClient(config, new RestApiClient(config, userAgent, new LocalHttp()));
}

module.exports = { HOST, PORT, CA, LocalHttp, serviceClient };
