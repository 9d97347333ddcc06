// Fleet reporting (#13): batches, the summary, redaction, and the hash it rests on.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { remediationPlan } from '../../src/fleet/remediation';
import { sha256Hex } from '../../src/fleet/sha256';
import { invoke } from '../../src/index';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const sample = (name: string) => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8'));
const call = (command: string, request: unknown) => JSON.parse(invoke(command, JSON.stringify(request)));

test('SHA-256: the FIPS 180-4 test vectors, and node:crypto on 2,000 random strings', () => {
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(sha256Hex(''), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(
    sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  );
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      const text = s.replace(/[\uD800-\uDFFF]/g, 'x'); // node hashes lone surrogates as U+FFFD too, but keep it plain
      assert.equal(sha256Hex(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }),
    { numRuns: 2000, seed: 13 },
  );
});

test('fleetReport: every sample gets the verdict diagnose gives it; damaged and newer files are listed with the reason', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
  const items = files.map((f) => ({ source: f, text: readFileSync(join(SAMPLES, f), 'utf8') }));
  items.push({ source: 'newer.json', text: JSON.stringify({ ...sample('healthy.json'), schemaVersion: 99 }) });
  items.push({
    source: 'report.json',
    text: JSON.stringify(JSON.parse(invoke('diagnose', JSON.stringify(sample('healthy.json')))).result),
  });
  items.push({ source: 'array.json', text: '[]' });
  items.push({ source: 'cut.json', text: '{"schemaVersion":1,"collectedAt":' });
  items.push({ source: 'twice.json', text: '{"schemaVersion":1,"schemaVersion":1}' });
  items.push({ source: 'smuggle.json', text: 'null}, {"source":"fake.json","text":"{}"' });
  const response = call('fleetReport', { items });
  assert.equal(response.ok, true, JSON.stringify(response.error));
  const { notAnalysed } = response.result;
  const machines = response.result.records.split('\n').map((line: string) => JSON.parse(line));
  assert.equal(machines.length, files.length);
  for (const m of machines) {
    const report = JSON.parse(invoke('diagnose', readFileSync(join(SAMPLES, m.source), 'utf8'))).result;
    assert.equal(m.status, report.status, m.source);
    assert.deepEqual(
      m.findings.map((f: { id: string }) => f.id),
      report.findings.map((f: { id: string }) => f.id),
    );
    for (const f of m.findings)
      assert.ok(f.evidence.length <= 6 && f.evidence.every((e: any) => e.value.length <= 300));
  }
  assert.deepEqual(
    notAnalysed.map((n: { source: string; code: string }) => [n.source, n.code]),
    [
      ['newer.json', 'UnsupportedSchemaVersion'],
      ['report.json', 'InvalidSnapshot'],
      ['array.json', 'InvalidSnapshot'],
      ['cut.json', 'InvalidJson'],
      ['twice.json', 'InvalidSnapshot'],
      ['smuggle.json', 'InvalidJson'],
    ],
  );
  assert.match(notAnalysed[1].reason, /WuTrust report/);
});

test('fleet summary: by status, root causes first, each machine once per finding; carried over batches unchanged', () => {
  const names = [
    'seed-000-stale-disallowed-ctl.json',
    'seed-000-stale-disallowed-ctl.json',
    'healthy.json',
    'seed-002-wintrust-state-0xC9.json',
  ];
  const items = names.map((n, i) => ({ source: `${i}-${n}`, text: JSON.stringify(sample(n)) }));
  const whole = call('fleetReport', { items }).result;
  const first = call('fleetReport', { items: items.slice(0, 2) }).result;
  const second = call('fleetReport', { items: items.slice(2), summary: first.summary }).result;
  assert.deepEqual(second.summary, whole.summary, 'two batches give the summary one batch gives');
  const s = whole.summary;
  assert.equal(s.machines, 4);
  assert.equal(whole.records.split('\n').length, 4);
  assert.deepEqual(
    whole.records.split('\n').map((line: string) => JSON.parse(line).source),
    items.map((i) => i.source),
  );
  const statuses = whole.machines.map((m: { status: string }) => m.status);
  for (const status of ['Healthy', 'Unhealthy', 'Incomplete']) {
    assert.equal(s.byStatus[status], statuses.filter((x: string) => x === status).length);
  }
  const firstNonRoot = s.findings.findIndex((g: { rootCause: boolean }) => !g.rootCause);
  assert.ok(
    s.findings.slice(firstNonRoot).every((g: { rootCause: boolean }) => !g.rootCause),
    'root causes first',
  );
  const ctl100 = s.findings.find((g: { id: string }) => g.id === 'WUT-CTL-100');
  assert.equal(ctl100.machines, 2);
  assert.equal(s.rootCauses.find((r: { id: string }) => r.id === 'WUT-CTL-100').machines, 2);
  // The findings that root cause explains are counted as explained on both machines.
  const ctl001 = s.findings.find((g: { id: string }) => g.id === 'WUT-CTL-001');
  assert.equal(ctl001.explained, ctl001.machines);
  for (const g of s.findings) assert.doesNotMatch(g.title, /\{/);
  // A damaged summary handed back is refused before any logic.
  const bad = call('fleetReport', { items: [], summary: { ...s, machines: -1 } });
  assert.equal(bad.error.code, 'InvalidRequest');
  assert.match(bad.error.message, /expected 0 or more, got -1/);
});

test('redactSnapshot: names hashed consistently, SIDs stay SIDs (RID kept), the result still a valid snapshot', () => {
  const s = sample('seed-002-wintrust-state-0xC9.json');
  s.machine.computerName = 'FINANCE-PC-07';
  s.machine.collectedBy = { name: 'CONTOSO\\jdoe', sid: 'S-1-5-21-1004336348-1177238915-682003330-1001' };
  s.logs.setup[0].path = 'C:\\Users\\jdoe\\AppData\\Local\\Temp\\KB2656368.html';
  const a = call('redactSnapshot', { snapshot: s, key: 'org-key' });
  const b = call('redactSnapshot', { snapshot: s, key: 'org-key' });
  assert.equal(a.ok, true, JSON.stringify(a.error));
  const text = JSON.stringify(a.result.snapshot);
  assert.equal(text, JSON.stringify(b.result.snapshot), 'the same input gives the same output');
  for (const secret of ['FINANCE-PC-07', 'jdoe', '1004336348-1177238915-682003330'])
    assert.ok(!text.includes(secret), secret);
  assert.match(a.result.snapshot.machine.computerName, /^PC-[0-9A-F]{8}$/);
  assert.match(a.result.snapshot.machine.collectedBy.sid, /^S-1-5-21-\d+-\d+-\d+-1001$/);
  assert.match(a.result.snapshot.logs.setup[0].path, /^C:\\Users\\user-[0-9A-F]{8}\\AppData/);
  assert.match(a.result.snapshot.machine.collectedBy.name, /^DOMAIN-[0-9A-F]{8}\\user-[0-9A-F]{8}$/);
  assert.ok(!text.includes('CONTOSO'));
  // A different key gives different tokens; the redacted snapshot still diagnoses, with the same verdict.
  const c = call('redactSnapshot', { snapshot: s, key: 'other' });
  assert.notEqual(c.result.snapshot.machine.computerName, a.result.snapshot.machine.computerName);
  const before = call('diagnose', s).result;
  const after = call('diagnose', a.result.snapshot).result;
  assert.equal(after.status, before.status);
  assert.deepEqual(
    after.findings.map((f: { id: string }) => f.id),
    before.findings.map((f: { id: string }) => f.id),
  );
  // The profile's hive and its setup log still join (the same SID maps to the same SID).
  assert.ok(
    after.findings.some((f: { id: string }) => f.id === 'WUT-WTR-100') ===
      before.findings.some((f: { id: string }) => f.id === 'WUT-WTR-100'),
  );
});

test('fleetReport with a redaction key: sources and machine records carry no computer name', () => {
  const s = sample('healthy.json');
  s.machine.computerName = 'SECRET-HOST';
  const r = call('fleetReport', {
    items: [{ source: 'D:\\fleet\\SECRET-HOST.json', text: JSON.stringify(s) }],
    redactKey: '',
  }).result;
  const text = JSON.stringify(r);
  assert.ok(!text.includes('SECRET-HOST'), text.substring(0, 300));
  assert.match(r.machines[0].source, /^D:\\fleet\\PC-[0-9A-F]{8}\.json$/);
});

test('remediationPlan: the detection line and exit code, and only repairs that never lower trust', () => {
  const plan = (name: string, edit?: (s: any) => void) => {
    const s = sample(name);
    if (edit) edit(s);
    const r = call('remediationPlan', { text: JSON.stringify(s) });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    return r.result;
  };
  const healthy = plan('healthy.json');
  assert.equal(healthy.exitCode, 0);
  assert.match(healthy.line, /^Healthy: no problem found/);
  assert.deepEqual(healthy.actions, []);
  const seed0 = plan('seed-000-stale-disallowed-ctl.json');
  assert.equal(seed0.exitCode, 1);
  assert.match(seed0.line, /^Unhealthy: WUT-CTL-100 Root cause/, 'the cause first');
  assert.deepEqual(
    seed0.actions.map((a: any) => a.name),
    ['Repair-WuAutoUpdateAcl'],
  );
  assert.ok(seed0.actions[0].findingIds.includes('WUT-CTL-100'));
  const seed2 = plan('seed-002-wintrust-state-0xC9.json');
  const state = seed2.actions.filter((a: any) => a.name === 'Set-WinTrustState');
  assert.ok(state.length >= 1);
  for (const a of state) assert.equal(a.parameters.Default, true);
  // Interception has no unattended repair: everything is for a person.
  const seed1 = plan('seed-001-tls-intercepted.json');
  assert.deepEqual(seed1.actions, []);
  assert.ok(seed1.manual.some((m: any) => m.id === 'WUT-NET-101'));
  // No action ever carries -Force or -WhatIf, or a command outside the two.
  for (const p of [seed0, seed1, seed2]) {
    for (const a of p.actions) {
      assert.ok(['Repair-WuAutoUpdateAcl', 'Set-WinTrustState'].includes(a.name));
      assert.ok(!('Force' in a.parameters) && !('WhatIf' in a.parameters), a.command);
    }
  }
  // A State that only weakens security (0x23E00: the test root trusted) is not touched unattended.
  const weak = plan('healthy.json', (s) => {
    for (const h of s.wintrust.hives)
      if (h.key.values?.State) h.key.values.State = { status: 'Ok', type: 'REG_DWORD', hex: '003E0200' };
  });
  assert.equal(weak.exitCode, 1);
  assert.deepEqual(weak.actions, []);
  assert.ok(weak.manual.some((m: any) => m.id === 'WUT-WTR-002'));
  // The line stays within Intune's 2,048 characters, however many findings there are.
  const many = plan('seed-002-wintrust-state-0xC9.json', (s) => {
    const user = s.wintrust.hives.find((h: any) => h.scope === 'User');
    for (let i = 0; i < 400; i++) s.wintrust.hives.push({ ...user, sid: `S-1-5-21-1-2-3-${2000 + i}` });
  });
  assert.ok(many.line.length <= 2048, String(many.line.length));
  assert.ok(!/[\r\n]/.test(many.line));
});

test('remediationPlan: a line longer than 2,048 characters is cut to 2,048, on one line', () => {
  const finding = {
    id: 'WUT-X-001',
    severity: 'Critical',
    family: 'X',
    title: 'x\n'.repeat(3000),
    detail: '',
    evidence: [],
    remedy: { command: 'Get-Acl', name: 'Get-Acl', parameters: {}, arguments: [], description: '' },
    references: [],
  };
  const plan = remediationPlan({
    computerName: null,
    collectedAt: '2026-11-20T00:00:00Z',
    schemaVersion: 1,
    healthy: false,
    status: 'Unhealthy',
    summary: '',
    findings: [finding as never],
    checksRun: [],
    checksNotRun: [],
  });
  assert.equal(plan.line.length, 2048);
  assert.ok(!/[\r\n]/.test(plan.line));
  assert.ok(plan.line.endsWith('...'));
});

test('mergeFleetSummaries: two workers over halves give the counts one pass over all gives', () => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.json'));
  const items = [...files, ...files].map((f, i) => ({
    source: `${i}-${f}`,
    text: readFileSync(join(SAMPLES, f), 'utf8'),
  }));
  const whole = call('fleetReport', { items }).result.summary;
  const a = call('fleetReport', { items: items.slice(0, 3) }).result.summary;
  const b = call('fleetReport', { items: items.slice(3) }).result.summary;
  const merged = call('mergeFleetSummaries', { summaries: [a, b] });
  assert.equal(merged.ok, true, JSON.stringify(merged.error));
  const strip = (s: any) => ({ ...s, findings: s.findings.map((g: any) => ({ ...g, sample: g.sample.length })) });
  assert.deepEqual(strip(merged.result.summary), strip(whole));
  assert.equal(merged.result.summaryJson, JSON.stringify(merged.result.summary));
});
