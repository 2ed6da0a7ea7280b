// The official Node.js service SDK (azure-iot-provisioning-service, pinned in package.json) reading and
// making enrollments on the local DPS, for the cross-checks of the Enrollments window and of
// `eflow-wizard enroll` (issue 15 item 5).
// Environment: DPS_HOST (default 127.0.0.1), DPS_PORT, DPS_CA_FILE, DPS_POLICY_NAME, DPS_POLICY_KEY.
// Usage:
//   node enroll-crosscheck.js read individual|group ID
//       the enrollment as the SDK reads it, and its keys from the attestation mechanism call
//   node enroll-crosscheck.js create individual|group ID TAGS_JSON [edge|no-edge] [enabled|disabled]
//       makes one with service-generated keys, IoT Edge (default) and these twin tags, then reads it back
//   node enroll-crosscheck.js records GROUP_ID
//       the group's registration records
// Prints one JSON line: {"ok":true,"item":{…},"keys":{"primaryKey":…,"secondaryKey":…}} (records:
// {"ok":true,"records":[…]}) or {"ok":false,"error":…,"statusCode":…}; exits 0 only when ok.
'use strict';
const { serviceClient: localServiceClient } = require('./local-dps');

const serviceClient = () => localServiceClient('eflow-wizard-crosscheck');

function usage() {
  throw new Error('usage: read individual|group ID | create individual|group ID TAGS_JSON [edge|no-edge] ' +
                  '[enabled|disabled] | records GROUP_ID');
}

async function read(svc, kind, id) {
  const item = kind === 'group' ? (await svc.getEnrollmentGroup(id)).responseBody
                                : (await svc.getIndividualEnrollment(id)).responseBody;
  const mechanism = kind === 'group' ? (await svc.getEnrollmentGroupAttestationMechanism(id)).responseBody
                                     : (await svc.getIndividualEnrollmentAttestationMechanism(id)).responseBody;
  const keys = (mechanism && mechanism.symmetricKey) || {};
  return { ok: true, item, keys: { primaryKey: keys.primaryKey || '', secondaryKey: keys.secondaryKey || '' } };
}

async function create(svc, kind, id, tagsJson, edge, status) {
  const enrollment = {
    attestation: { type: 'symmetricKey' },
    capabilities: { iotEdge: edge !== 'no-edge' },
    initialTwin: { tags: JSON.parse(tagsJson || '{}'), properties: { desired: {} } },
    provisioningStatus: status === 'disabled' ? 'disabled' : 'enabled',
  };
  if (kind === 'group') {
    enrollment.enrollmentGroupId = id;
    await svc.createOrUpdateEnrollmentGroup(enrollment);
  } else {
    enrollment.registrationId = id;
    await svc.createOrUpdateIndividualEnrollment(enrollment);
  }
  return read(svc, kind, id);
}

async function records(svc, groupId) {
  const query = svc.createEnrollmentGroupDeviceRegistrationStateQuery({ query: '*' }, groupId);
  const all = [];
  for (;;) {
    const page = await query.next();
    all.push(...(page.responseBody || []));
    if (!query.hasMoreResults) break;
  }
  return { ok: true, records: all };
}

async function main() {
  const [command, kind, id, ...rest] = process.argv.slice(2);
  const svc = serviceClient();
  if (command === 'records' && kind) return records(svc, kind);
  if (!['individual', 'group'].includes(kind) || !id) usage();
  if (command === 'read') return read(svc, kind, id);
  if (command === 'create') return create(svc, kind, id, rest[0], rest[1], rest[2]);
  return usage();
}

main().then(
  (answer) => { console.log(JSON.stringify(answer)); },
  (error) => {
    const statusCode = error.response ? error.response.statusCode : (error.statusCode || 0);
    console.log(JSON.stringify({ ok: false, error: String(error.message || error), statusCode }));
    process.exitCode = 1;
  });
