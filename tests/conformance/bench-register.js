// Registers COUNT devices of a group enrollment (derived keys) with the official Node.js SDK, CONCURRENCY at
// a time, against the local DPS, and prints {"client":"node-sdk","registered":…,"failed":…,"seconds":…}.
// Environment as sdk-conformance.js, plus BENCH_GROUP_KEY. Usage: node bench-register.js COUNT CONCURRENCY PREFIX
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
const { Http: ProvHttp } = require('azure-iot-provisioning-device-http');
const { SymmetricKeySecurityClient } = require('azure-iot-security-symmetric-key');
const { Http: HttpBase } = require('azure-iot-http-base');

const HOST = process.env.DPS_HOST || '127.0.0.1';
const PORT = Number(process.env.DPS_PORT);
const CA = fs.readFileSync(process.env.DPS_CA_FILE);
const SCOPE = process.env.DPS_ID_SCOPE;
const GROUP_KEY = Buffer.from(process.env.BENCH_GROUP_KEY, 'base64');
const [count, concurrency, prefix] = [Number(process.argv[2] || 1000), Number(process.argv[3] || 32),
                                      process.argv[4] || 'bench-node-'];

class LocalHttp extends HttpBase {
  constructor() { super(); this.setOptions({ ca: CA }); }
  buildRequest(method, path, headers, host, options, done) {
    if (typeof options === 'function') { done = options; options = { port: PORT }; }
    else options = Object.assign({ port: PORT }, options || {});
    return super.buildRequest(method, path, headers, host, options, done);
  }
}

(async () => {
  let nextIndex = 0, registered = 0, failed = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    while (nextIndex < count) {
      const id = prefix + (nextIndex++);
      const key = crypto.createHmac('sha256', GROUP_KEY).update(id).digest('base64');
      const client = ProvisioningDeviceClient.create(HOST, SCOPE, new ProvHttp(new LocalHttp()),
                                                     new SymmetricKeySecurityClient(id, key));
      try {
        const result = await client.register();
        if (result && result.status === 'assigned') registered++; else failed++;
      } catch (err) {
        failed++;
        console.error(`${id}: ${err.name}: ${err.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ client: 'node-sdk', registered, failed, seconds: Number(seconds.toFixed(3)) }));
  process.exit(failed ? 1 : 0);
})();
