// Registers COUNT devices of a group enrollment (derived keys) with the official Node.js SDK, CONCURRENCY at
// a time, against the local DPS, and prints {"client":"node-sdk","registered":…,"failed":…,"seconds":…}.
// Environment as sdk-conformance.js, plus BENCH_GROUP_KEY. Usage: node bench-register.js COUNT CONCURRENCY PREFIX
'use strict';
const crypto = require('crypto');
const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
const { Http: ProvHttp } = require('azure-iot-provisioning-device-http');
const { SymmetricKeySecurityClient } = require('azure-iot-security-symmetric-key');
const { HOST, LocalHttp } = require('./local-dps');

const SCOPE = process.env.DPS_ID_SCOPE;
const GROUP_KEY = Buffer.from(process.env.BENCH_GROUP_KEY, 'base64');
const [count, concurrency, prefix] = [Number(process.argv[2] || 1000), Number(process.argv[3] || 32),
                                      process.argv[4] || 'bench-node-'];

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
