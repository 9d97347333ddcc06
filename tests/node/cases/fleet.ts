// Cases for the fleet commands (#13): the same requests replayed in Node and in Jint, so the fleet
// report, redaction (SHA-256 under Jint) and the remediation plan give byte-identical answers.
/* The generators here are plain data builders; their parameters are left untyped on purpose. */
import { healthy } from './base';

const cases: any[] = [];
const text = (s) => JSON.stringify(s);

/** The base with the AutoUpdate key protected and CryptSvc left out (seed 000's ACL). */
function brokenAcl() {
  const s = healthy();
  s.acl.autoUpdate.sddl = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)';
  s.machine.computerName = 'PC-ACL';
  return s;
}

cases.push({
  name: 'fleet-report-two-machines',
  description: 'Two snapshots in one batch: a healthy machine and one whose AutoUpdate ACL shuts CryptSvc out',
  command: 'fleetReport',
  request: {
    items: [
      { source: 'a.json', text: text(healthy()) },
      { source: 'b.json', text: text(brokenAcl()) },
    ],
  },
  expect: {
    ok: true,
    result: {
      summary: { machines: 2, notAnalysed: 0, byStatus: { Healthy: 1, Unhealthy: 1, Incomplete: 0 } },
      machines: [
        { source: 'a.json', status: 'Healthy' },
        { source: 'b.json', status: 'Unhealthy' },
      ],
    },
  },
});
cases.push({
  name: 'fleet-report-not-analysed',
  description:
    'A cut file, a report given as a snapshot and a newer schema are listed with the engine reason; the batch goes on',
  command: 'fleetReport',
  request: {
    items: [
      { source: 'cut.json', text: '{"schemaVersion":1,"collectedAt":' },
      { source: 'report.json', text: '{"findings":[],"checksRun":[],"summary":"Healthy"}' },
      { source: 'newer.json', text: text({ ...healthy(), schemaVersion: 2 }) },
      { source: 'ok.json', text: text(healthy()) },
    ],
  },
  expect: {
    ok: true,
    result: {
      summary: { machines: 1, notAnalysed: 3 },
      notAnalysed: [
        { source: 'cut.json', code: 'InvalidJson' },
        { source: 'report.json', code: 'InvalidSnapshot' },
        { source: 'newer.json', code: 'UnsupportedSchemaVersion' },
      ],
    },
  },
});
cases.push({
  name: 'fleet-report-redacted',
  description: 'With a redaction key the computer name becomes PC-<hash> everywhere (the same token in Node and Jint)',
  command: 'fleetReport',
  request: { items: [{ source: 'D:\\fleet\\PC-ACL.json', text: text(brokenAcl()) }], redactKey: 'contoso' },
  expect: { ok: true, result: { machines: [{ computerName: 'PC-6AB12BAD' }] } },
});
const person = healthy();
person.machine.computerName = 'FINANCE-PC-07';
person.machine.collectedBy = { name: 'CONTOSO\\jdoe', sid: 'S-1-5-21-1004336348-1177238915-682003330-1107' };
cases.push({
  name: 'redact-snapshot',
  description: 'redactSnapshot hashes the computer, the account and its domain, and the SID (RID kept)',
  command: 'redactSnapshot',
  request: { snapshot: person, key: '' },
  expect: { ok: true, result: { snapshot: { machine: { computerName: 'PC-D4619A31' } } } },
});
cases.push({
  name: 'remediation-plan-acl',
  description:
    'The Intune plan for a machine whose AutoUpdate ACL shuts CryptSvc out: one unattended ACL repair, exit code 1',
  command: 'remediationPlan',
  request: { text: text(brokenAcl()) },
  expect: { ok: true, result: { exitCode: 1, actions: [{ name: 'Repair-WuAutoUpdateAcl' }] } },
});
const summary = (machines, healthyCount, id, count) => ({
  machines,
  notAnalysed: 0,
  byStatus: { Healthy: healthyCount, Unhealthy: machines - healthyCount, Incomplete: 0 },
  rootCauses: [],
  unhealthyWithoutRootCause: machines - healthyCount,
  findings: [
    {
      id,
      severity: 'Critical',
      family: 'AclAutoUpdate',
      title: 'x',
      rootCause: false,
      machines: count,
      explained: 0,
      sample: ['PC1'],
    },
  ],
});
cases.push({
  name: 'merge-fleet-summaries',
  description: 'Two workers summaries become one: counts added, the finding groups joined by ID',
  command: 'mergeFleetSummaries',
  request: { summaries: [summary(3, 1, 'WUT-ACL-002', 2), summary(2, 2, 'WUT-ACL-002', 0)] },
  expect: {
    ok: true,
    result: {
      summary: { machines: 5, byStatus: { Healthy: 3, Unhealthy: 2 }, findings: [{ id: 'WUT-ACL-002', machines: 2 }] },
    },
  },
});

export const fleetCases = cases;
