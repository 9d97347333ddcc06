// The ACL scenarios (tests/cases/acl): SDDL parsing, CryptSvc's access, inheritance and repair plans.
// Every expectation here is worked out by hand from FACTS.md section 3, never computed by the engine.
import { AUTHROOT_SDDL, AUTOUPDATE_SDDL, CRYPTSVC, HOUR, ft, diagnoseCase } from './base';

const CS = CRYPTSVC;
const WUAUSERV = 'S-1-5-80-1014140700-3308905587-3330345912-272242898-93311788';
// Seed 000: inheritance disabled ("convert to explicit"), the CryptSvc entry gone.
const SEED_BROKEN = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)';
const INHERIT_TARGET = `O:SYG:SYD:AI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)(A;OICIID;GA;;;${CS})(A;CIID;KA;;;SY)(A;CIID;KA;;;BA)(A;CIID;KR;;;BU)`;
const GRANT_TARGET = `O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)(A;CI;KA;;;${CS})`;
const REQUIRED = {
  requiredMask: '0x00000007',
  requiredRights: ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY'],
};

const cases: any[] = [];
function assess(name, description, sddl, parentSddl, expectResult, strategy?) {
  const request: any = { sddl, parentSddl };
  if (strategy) request.strategy = strategy;
  cases.push({ name, description, command: 'assessAcl', request, expect: { ok: true, result: expectResult } });
}
function fails(name, description, command, request, code) {
  cases.push({ name, description, command, request, expect: { ok: false, error: { code } } });
}
const has = (grantedMask, grantedRights) => ({
  access: { grantedMask, grantedRights, hasRequired: true, ...REQUIRED },
});
const lacks = (grantedMask, missingRights) => ({ access: { grantedMask, missingRights, hasRequired: false } });

// Access evaluation.
assess(
  'healthy-inherited',
  'AutoUpdate inherits GA for CryptSvc from AuthRoot: nothing to repair',
  AUTOUPDATE_SDDL,
  AUTHROOT_SDDL,
  {
    ...has('0x000F003F', ['KEY_ALL_ACCESS']),
    problemCodes: [],
    repairNeeded: false,
    plan: null,
    inheritanceDisabled: false,
    cryptSvcSid: CS,
  },
);
assess(
  'seed-000-protected-no-cryptsvc',
  'Seed 000: protected DACL without CryptSvc; BUILTIN\\Users read is all it gets; Auto plans Inherit',
  SEED_BROKEN,
  AUTHROOT_SDDL,
  {
    ...lacks('0x00020019', ['KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
    problemCodes: ['InheritanceDisabled', 'MissingRights'],
    repairNeeded: true,
    plan: {
      strategy: 'Inherit',
      targetSddl: INHERIT_TARGET,
      sufficient: true,
      expected: { grantedMask: '0x000F003F', hasRequired: true },
    },
  },
);
assess(
  'seed-000-grant',
  'Seed 000 with -Strategy Grant: one explicit (A;CI;KA;;;CryptSvc) after the explicit entries, still protected',
  SEED_BROKEN,
  AUTHROOT_SDDL,
  { plan: { strategy: 'Grant', targetSddl: GRANT_TARGET, sufficient: true } },
  'Grant',
);
assess(
  'seed-000-inherit',
  'Seed 000 with -Strategy Inherit: explicit entries kept, AuthRoot entries inherited with ID',
  SEED_BROKEN,
  AUTHROOT_SDDL,
  { plan: { strategy: 'Inherit', targetSddl: INHERIT_TARGET, sufficient: true } },
  'Inherit',
);
assess('seed-000-no-parent-auto', 'Without the parent SDDL, Auto can only plan Grant', SEED_BROKEN, null, {
  plan: { strategy: 'Grant', targetSddl: GRANT_TARGET, sufficient: true },
});
fails(
  'seed-000-no-parent-inherit',
  'Inherit without the parent SDDL is a clear error',
  'assessAcl',
  { sddl: SEED_BROKEN, parentSddl: null, strategy: 'Inherit' },
  'InvalidRequest',
);
fails(
  'bad-strategy',
  'An unknown strategy is refused',
  'assessAcl',
  { sddl: SEED_BROKEN, strategy: 'Fix' },
  'InvalidRequest',
);
fails('no-sddl', 'assessAcl without sddl', 'assessAcl', { parentSddl: AUTHROOT_SDDL }, 'InvalidRequest');
assess(
  'protected-explicit-cryptsvc',
  'Protected, but CryptSvc keeps an explicit grant: reported, no repair',
  `O:SYG:SYD:PAI(A;CI;KA;;;${CS})(A;CI;KA;;;SY)`,
  AUTHROOT_SDDL,
  {
    ...has('0x000F003F', ['KEY_ALL_ACCESS']),
    problemCodes: ['InheritanceDisabled'],
    repairNeeded: false,
    plan: null,
    inheritanceDisabled: true,
  },
);
assess(
  'deny-service-first',
  'A deny of KW for SERVICE before the allow takes SET_VALUE and CREATE_SUB_KEY away; no plan can fix it',
  `O:SYG:SYD:AI(D;;KW;;;SU)(A;CIID;GA;;;${CS})`,
  AUTHROOT_SDDL,
  {
    ...lacks('0x000D0039', ['KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
    problemCodes: ['MissingRights', 'DenyAce'],
    repairNeeded: true,
    plan: { strategy: 'Grant', sufficient: false },
    access: { denyAces: ['(D;;KW;;;SU)'] },
  },
);
assess(
  'deny-after-allow',
  'A deny placed after the allow (not canonical) takes nothing away: reported, no repair',
  `O:SYG:SYD:(A;;KA;;;${CS})(D;;KA;;;WD)`,
  null,
  { ...has('0x000F003F', ['KEY_ALL_ACCESS']), problemCodes: ['DenyAce'], repairNeeded: false, plan: null },
);
assess(
  'deny-other-sid',
  "A deny for a SID not in CryptSvc's token does not matter",
  `O:SYG:SYD:(D;;KA;;;IU)(A;;KA;;;${CS})`,
  null,
  { ...has('0x000F003F', ['KEY_ALL_ACCESS']), problemCodes: [], access: { denyAces: [] } },
);
assess(
  'null-dacl',
  'NO_ACCESS_CONTROL grants everyone everything: CryptSvc can write, but so can anyone',
  'O:SYG:SYD:NO_ACCESS_CONTROL',
  null,
  {
    ...has('0x000F003F', ['KEY_ALL_ACCESS']),
    problemCodes: ['NullDacl'],
    repairNeeded: false,
    access: { basis: 'NullDacl' },
  },
);
assess('no-dacl-component', 'No D: component at all is a NULL DACL', 'O:SYG:SY', null, {
  problemCodes: ['NullDacl'],
  access: { basis: 'NoDacl', hasRequired: true },
});
assess('empty-dacl', "An empty DACL grants nothing; Inherit restores AuthRoot's entries", 'O:SYG:SYD:', AUTHROOT_SDDL, {
  ...lacks('0x00000000', ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
  problemCodes: ['MissingRights'],
  access: { basis: 'EmptyDacl', grantedRights: [] },
  plan: {
    strategy: 'Inherit',
    targetSddl: `O:SYG:SYD:AI(A;OICIID;GA;;;${CS})(A;CIID;KA;;;SY)(A;CIID;KA;;;BA)(A;CIID;KR;;;BU)`,
    sufficient: true,
  },
});
assess('empty-protected-dacl', 'D:P - protected and empty', 'O:SYG:SYD:P', AUTHROOT_SDDL, {
  problemCodes: ['InheritanceDisabled', 'MissingRights'],
  access: { grantedMask: '0x00000000' },
});
assess(
  'inherit-only-ace',
  'An inherit-only entry does not apply to the key itself',
  `O:SYG:SYD:P(A;CIIO;KA;;;${CS})`,
  null,
  { ...lacks('0x00000000', ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']) },
);
assess(
  'generic-read',
  'GR maps to KEY_READ (0x20019) through the key generic mapping',
  `O:SYG:SYD:(A;;GR;;;${CS})`,
  null,
  {
    ...lacks('0x00020019', ['KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
    access: { grantedRights: ['KEY_QUERY_VALUE', 'KEY_ENUMERATE_SUB_KEYS', 'KEY_NOTIFY', 'READ_CONTROL'] },
  },
);
assess(
  'generic-read-write',
  'GR plus GW: KEY_READ | KEY_WRITE covers what crypt32 needs',
  `O:SYG:SYD:(A;;GW;;;${CS})(A;;GR;;;${CS})`,
  null,
  {
    ...has('0x0002001F', [
      'KEY_QUERY_VALUE',
      'KEY_SET_VALUE',
      'KEY_CREATE_SUB_KEY',
      'KEY_ENUMERATE_SUB_KEYS',
      'KEY_NOTIFY',
      'READ_CONTROL',
    ]),
  },
);
assess('generic-all', 'GA maps to KEY_ALL_ACCESS', `O:SYG:SYD:(A;;GA;;;${CS})`, null, {
  ...has('0x000F003F', ['KEY_ALL_ACCESS']),
});
assess(
  'hex-exactly-required',
  '0x7 is exactly QUERY_VALUE | SET_VALUE | CREATE_SUB_KEY',
  `O:SYG:SYD:(A;;0x7;;;${CS})`,
  null,
  { ...has('0x00000007', ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']) },
);
assess('hex-missing-create', '0x3 lacks KEY_CREATE_SUB_KEY', `O:SYG:SYD:(A;;0x3;;;${CS})`, null, {
  ...lacks('0x00000003', ['KEY_CREATE_SUB_KEY']),
});
assess('via-everyone', "Everyone is in CryptSvc's token", 'O:SYG:SYD:(A;;KA;;;WD)', null, {
  ...has('0x000F003F', ['KEY_ALL_ACCESS']),
});
assess('via-service', "SERVICE (SU) is in CryptSvc's token", 'O:SYG:SYD:(A;;KA;;;SU)', null, {
  ...has('0x000F003F', ['KEY_ALL_ACCESS']),
});
assess('via-networkservice-literal', 'NetworkService written as a literal SID', 'O:SYG:SYD:(A;;KA;;;S-1-5-20)', null, {
  ...has('0x000F003F', ['KEY_ALL_ACCESS']),
  canonicalSddl: 'O:SYG:SYD:(A;;KA;;;NS)',
});
assess('via-users', 'BUILTIN\\Users with KW plus KR', 'O:SYG:SYD:(A;;KW;;;BU)(A;;KR;;;BU)', null, {
  access: { hasRequired: true },
});
assess(
  'all-services-not-counted',
  'NT SERVICE\\ALL SERVICES is not in the evaluated token (UNVERIFIED membership): not counted',
  'O:SYG:SYD:(A;;KA;;;S-1-5-80-0)',
  null,
  { ...lacks('0x00000000', ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']) },
);
assess('other-service-sid', "wuauserv's service SID does not help CryptSvc", `O:SYG:SYD:(A;;KA;;;${WUAUSERV})`, null, {
  access: { hasRequired: false },
});
assess('owner-implicit-rights', 'CryptSvc as owner gets READ_CONTROL and WRITE_DAC only', `O:${CS}G:SYD:`, null, {
  ...lacks('0x00060000', ['KEY_QUERY_VALUE', 'KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
  access: { grantedRights: ['READ_CONTROL', 'WRITE_DAC'] },
});
assess(
  'owner-rights-ace',
  "An OWNER RIGHTS entry replaces the owner's implicit rights",
  `O:${CS}D:(A;;KR;;;OW)`,
  null,
  { ...lacks('0x00020019', ['KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']) },
);
assess(
  'object-ace-kept',
  'An object ACE (OA) is kept verbatim and not evaluated',
  `O:SYG:SYD:(OA;;KA;;;${CS})(A;;KR;;;${CS})`,
  null,
  {
    ...lacks('0x00020019', ['KEY_SET_VALUE', 'KEY_CREATE_SUB_KEY']),
    problemCodes: ['MissingRights', 'UnevaluatedAce'],
    access: { unevaluatedAces: [`(OA;;KA;;;${CS})`] },
  },
);
assess(
  'callback-ace-kept',
  'A conditional (XA) ACE is kept verbatim with its condition',
  `O:SYG:SYD:(XA;;KA;;;${CS};(@User.Title == "PM"))`,
  null,
  {
    canonicalSddl: `O:SYG:SYD:(XA;;KA;;;${CS};(@User.Title == "PM"))`,
    access: { grantedMask: '0x00000000', unevaluatedAces: [`(XA;;KA;;;${CS};(@User.Title == "PM"))`] },
  },
);
assess('unknown-ace-type', 'An unknown ACE type is kept verbatim', `O:SYG:SYD:(ZZ;whatever;;;;)(A;;KA;;;${CS})`, null, {
  canonicalSddl: `O:SYG:SYD:(ZZ;whatever;;;;)(A;;KA;;;${CS})`,
  problemCodes: ['UnevaluatedAce'],
  access: { hasRequired: true },
});
assess(
  'sacl-verbatim',
  'The SACL is kept exactly as given',
  `O:SYG:SYD:AI(A;OICIID;GA;;;${CS})S:AI(AU;SA;KA;;;WD)`,
  null,
  { canonicalSddl: `O:SYG:SYD:AI(A;OICIID;GA;;;${CS})S:AI(AU;SA;KA;;;WD)`, access: { hasRequired: true } },
);

// Inheritance over two levels (AuthRoot's own entries may be inherited from SystemCertificates).
assess(
  'parent-ci-np',
  'Parent CI|NP: the child gets a copy with no inheritance flags that applies to it',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;CINP;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', targetSddl: `O:SYG:SYD:AI(A;ID;KA;;;${CS})`, sufficient: true } },
);
assess(
  'parent-ci-io',
  'Parent CI|IO: inherit-only on the parent, applies on the child (IO cleared)',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;CIIO;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', targetSddl: `O:SYG:SYD:AI(A;CIID;KA;;;${CS})`, sufficient: true } },
);
assess(
  'parent-ci-np-io',
  'Parent CI|NP|IO: one level down, applies, propagates no further',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;CINPIO;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', targetSddl: `O:SYG:SYD:AI(A;ID;KA;;;${CS})`, sufficient: true } },
);
assess(
  'parent-oi-only',
  'Parent OI only: reaches the subkey as inherit-only, so Auto falls back to Grant',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;OI;KA;;;${CS})`,
  { plan: { strategy: 'Grant', targetSddl: `O:SYG:SYD:P(A;CI;KA;;;${CS})`, sufficient: true } },
);
assess(
  'parent-oi-only-inherit',
  'Parent OI only with -Strategy Inherit: the plan says it is not sufficient',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;OI;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', targetSddl: `O:SYG:SYD:AI(A;OIIOID;KA;;;${CS})`, sufficient: false } },
  'Inherit',
);
assess(
  'parent-no-inherit-flags',
  'A parent entry without CI does not flow down: Auto plans Grant',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(A;;KA;;;${CS})`,
  { plan: { strategy: 'Grant', sufficient: true } },
);
assess(
  'grandparent-ci-flows-on',
  "AuthRoot's inherited CI entry (from SystemCertificates) flows on to AutoUpdate",
  'O:SYG:SYD:P',
  `O:SYG:SYD:AI(A;CIID;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', targetSddl: `O:SYG:SYD:AI(A;CIID;KA;;;${CS})`, sufficient: true } },
);
assess(
  'grandparent-np-stops',
  "AuthRoot's entry inherited with NP (no flags left) stops at AuthRoot: Grant",
  'O:SYG:SYD:P',
  `O:SYG:SYD:AI(A;ID;KA;;;${CS})`,
  { plan: { strategy: 'Grant', sufficient: true } },
);
assess(
  'protected-parent-still-passes-down',
  'A protected parent still passes its own CI entries down',
  'O:SYG:SYD:P',
  `O:SYG:SYD:PAI(A;CI;KA;;;${CS})`,
  { plan: { strategy: 'Inherit', sufficient: true } },
);
assess(
  'null-parent',
  'A parent with a NULL DACL passes nothing down: Grant',
  'O:SYG:SYD:P',
  'O:SYG:SYD:NO_ACCESS_CONTROL',
  { plan: { strategy: 'Grant', sufficient: true } },
);
assess(
  'parent-deny-inherited',
  'A parent deny for SERVICE would come down with inheritance: Auto chooses Grant on the protected key',
  'O:SYG:SYD:P',
  `O:SYG:SYD:(D;CI;KW;;;SU)(A;CI;KA;;;${CS})`,
  { plan: { strategy: 'Grant', targetSddl: `O:SYG:SYD:P(A;CI;KA;;;${CS})`, sufficient: true } },
);
assess(
  'explicit-kept-on-inherit',
  'Inherit keeps explicit entries and drops stale inherited copies',
  `O:SYG:SYD:P(A;;KR;;;IU)(A;CIID;KR;;;BU)`,
  AUTHROOT_SDDL,
  {
    plan: {
      strategy: 'Inherit',
      targetSddl: `O:SYG:SYD:AI(A;;KR;;;IU)(A;OICIID;GA;;;${CS})(A;CIID;KA;;;SY)(A;CIID;KA;;;BA)(A;CIID;KR;;;BU)`,
      sufficient: true,
    },
  },
);
fails(
  'malformed-parent',
  'A malformed parent SDDL is an error that says it is the parent',
  'assessAcl',
  { sddl: SEED_BROKEN, parentSddl: 'O:SYD:(A;;KA;;SY)' },
  'InvalidSddl',
);

// Parsing and the canonical form.
function parse(name, description, sddl, canonical) {
  cases.push({
    name,
    description,
    command: 'parseSddl',
    request: { sddl },
    expect: { ok: true, result: { canonical } },
  });
}
parse(
  'canonical-literals-to-aliases',
  'Literal SIDs become aliases, KA for 0xF003F, flags in the order OI CI',
  'O:S-1-5-18G:S-1-5-18D:PAI(A;CIOI;KA;;;S-1-5-32-544)(A;CIOIID;0xF003F;;;S-1-5-18)',
  'O:SYG:SYD:PAI(A;OICI;KA;;;BA)(A;OICIID;KA;;;SY)',
);
parse(
  'canonical-component-order',
  'Components come out in the order O G D S',
  'D:(A;;KA;;;SY)S:(AU;SA;KA;;;WD)G:BAO:BA',
  'O:BAG:BAD:(A;;KA;;;SY)S:(AU;SA;KA;;;WD)',
);
parse(
  'canonical-guid-lowercase',
  'GUIDs are lower-cased',
  'D:(A;;KA;AB0A3F4E-1F00-4A1B-9C2D-0123456789AB;;SY)',
  'D:(A;;KA;ab0a3f4e-1f00-4a1b-9c2d-0123456789ab;;SY)',
);
parse(
  'canonical-rights-combination',
  'Combined aliases become hex unless they equal one alias',
  'D:(A;;RCWD;;;SY)(A;;KRKW;;;BA)',
  'D:(A;;0x60000;;;SY)(A;;0x2001f;;;BA)',
);
parse('canonical-decimal-rights', 'Decimal rights are accepted', 'D:(A;;983103;;;SY)', 'D:(A;;KA;;;SY)');
parse('canonical-dacl-flags', 'DACL flags in the order P AR AI', 'D:AIARP(A;;KA;;;SY)', 'D:PARAI(A;;KA;;;SY)');
parse('canonical-duplicate-ace-flags', 'Repeated ACE flags collapse', 'D:(A;CICI;KA;;;SY)', 'D:(A;CI;KA;;;SY)');
parse(
  'canonical-domain-alias',
  'Domain-relative aliases stay aliases',
  'O:DAG:DUD:(A;;KA;;;DA)',
  'O:DAG:DUD:(A;;KA;;;DA)',
);
parse(
  'canonical-whitespace-trimmed',
  'Leading and trailing white space (a pasted line) is ignored',
  '  O:SYD:(A;;KA;;;SY)\r\n',
  'O:SYD:(A;;KA;;;SY)',
);
const bad = [
  ['missing-close-paren', 'O:SYD:(A;;KA;;;SY', 'InvalidSddl'],
  ['unknown-ace-flag', 'D:(A;XX;KA;;;SY)', 'InvalidSddl'],
  ['unknown-right', 'D:(A;;KQ;;;SY)', 'InvalidSddl'],
  ['bad-sid', 'D:(A;;KA;;;S-1-X)', 'InvalidSddl'],
  ['bad-owner', 'O:ZZD:(A;;KA;;;SY)', 'InvalidSddl'],
  ['bad-guid', 'D:(A;;KA;not-a-guid;;SY)', 'InvalidSddl'],
  ['too-few-fields', 'D:(A;;KA;;SY)', 'InvalidSddl'],
  ['too-many-fields', 'D:(XA;;KA;;;SY;(x);y)', 'InvalidSddl'],
  ['seventh-field-on-allow', 'D:(A;;KA;;;SY;extra)', 'InvalidSddl'],
  ['duplicate-dacl', 'D:(A;;KA;;;SY)D:(A;;KA;;;BA)', 'InvalidSddl'],
  ['garbage', 'hello world', 'InvalidSddl'],
  ['empty', '', 'InvalidSddl'],
  ['unknown-component', 'Q:SY', 'InvalidSddl'],
  ['null-acl-with-ace', 'D:NO_ACCESS_CONTROL(A;;KA;;;SY)', 'InvalidSddl'],
  ['odd-rights', 'D:(A;;KAK;;;SY)', 'InvalidSddl'],
  ['rights-too-large', 'D:(A;;99999999999;;;SY)', 'InvalidSddl'],
  ['text-between-aces', 'D:(A;;KA;;;SY)x(A;;KA;;;BA)', 'InvalidSddl'],
  ['callback-without-condition', 'D:(XA;;KA;;;SY)', 'InvalidSddl'],
  ['sid-subauthority-too-large', 'D:(A;;KA;;;S-1-5-4294967296)', 'InvalidSddl'],
];
for (const [name, sddl, code] of bad) {
  fails(`malformed-${name}`, `Malformed SDDL (${name}) is an error naming the position`, 'parseSddl', { sddl }, code);
}
fails('parse-not-a-string', 'parseSddl needs a string', 'parseSddl', { sddl: 42 }, 'InvalidRequest');

// Service SIDs (FACTS.md 3.2).
for (const [name, sid, alias] of [
  ['CryptSvc', CS],
  ['lowercase', CS, 'cryptsvc'],
  ['TrustedInstaller', 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464'],
  ['wuauserv', WUAUSERV],
  ['BITS', 'S-1-5-80-864916184-135290571-3087830041-1716922880-4237303741'],
]) {
  // File names differ in more than case: Windows file systems ignore case.
  const serviceName = alias ?? name;
  cases.push({
    name: `service-sid-${name}`,
    description: `Service SID of ${serviceName}`,
    command: 'serviceSid',
    request: { name: serviceName },
    expect: { ok: true, result: { sid } },
  });
}

// The ACL family inside diagnose, and the seed 000 root cause.
const diag = (name, description, edit, expect) => diagnoseCase(cases, name, description, edit, expect);
// The other AuthRoot keys CryptSvc writes (#9: a published Windows 11 25H2 measurement).
const PROTECTED_NO_CRYPTSVC = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)';
diag(
  'authroot-crls-protected-no-stale-ctl',
  'AuthRoot\\CRLs protected without CryptSvc, every CTL fresh: a Warning only (which keys CryptSvc writes is UNVERIFIED)',
  (s) => {
    s.acl.authRootKeys.CRLs.sddl = PROTECTED_NO_CRYPTSVC;
  },
  {
    findingIds: ['WUT-ACL-010'],
    checks: { 'ACL.AuthRootKeys': 'Fail', 'ACL.AutoUpdate': 'Pass' },
    result: {
      findings: [
        {
          id: 'WUT-ACL-010',
          severity: 'Warning',
          title: 'CryptSvc lacks KEY_SET_VALUE, KEY_CREATE_SUB_KEY on AuthRoot\\CRLs',
          remedy: {
            command: "Repair-WuAutoUpdateAcl -Key 'CRLs' -Strategy 'Auto' -WhatIf",
            parameters: { Key: 'CRLs', Strategy: 'Auto', WhatIf: true },
          },
        },
      ],
    },
  },
);
diag(
  'authroot-crls-ctls-protected-trusted-ctl-stale',
  'AuthRoot\\CRLs and CTLs protected without CryptSvc and the trusted-root CTL stale: Critical root cause, counted once',
  (s) => {
    s.acl.authRootKeys.CRLs.sddl = PROTECTED_NO_CRYPTSVC;
    s.acl.authRootKeys.CTLs.sddl = PROTECTED_NO_CRYPTSVC;
    s.ctl.autoUpdate.HKLM.values.LastSyncTime.hex = ft(30 * 24 * HOUR);
  },
  {
    findingIds: ['WUT-ACL-010', 'WUT-ACL-010', 'WUT-ACL-100', 'WUT-CTL-004'],
    result: {
      status: 'Unhealthy',
      findings: [
        {
          id: 'WUT-ACL-100',
          severity: 'Critical',
          rootCause: true,
          title: 'Root cause: CryptSvc cannot write AuthRoot\\CRLs, CTLs, and a CTL is stale',
          explains: ['WUT-ACL-010', 'WUT-CTL-004'],
          remedy: { parameters: { Key: 'CRLs', Strategy: 'Auto', WhatIf: true } },
        },
        { id: 'WUT-ACL-010', explainedBy: 'WUT-ACL-100' },
        { id: 'WUT-ACL-010', explainedBy: 'WUT-ACL-100' },
        { id: 'WUT-CTL-004', explainedBy: 'WUT-ACL-100' },
      ],
    },
  },
);
diag(
  'authroot-keys-not-collected',
  'An older snapshot without the other AuthRoot keys: that check is not run, never passed',
  (s) => {
    delete s.acl.authRootKeys;
  },
  { findingIds: [], checks: { 'ACL.AuthRootKeys': 'NotRun' }, result: { status: 'Incomplete' } },
);
diag(
  'authroot-key-absent',
  'An AuthRoot key that does not exist is no finding (crypt32 creates it)',
  (s) => {
    s.acl.authRootKeys.CTLs = { status: 'NotFound' };
  },
  { findingIds: [], checks: { 'ACL.AuthRootKeys': 'Pass' } },
);
diag(
  'diagnose-seed-000-root-cause',
  'Seed 000 end to end (D19): CTL a week old and the protected ACL without CryptSvc: one root cause, counted once',
  (s) => {
    s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex = ft(7 * 24 * HOUR);
    s.acl.autoUpdate.sddl = SEED_BROKEN;
  },
  {
    findingIds: ['WUT-ACL-002', 'WUT-CTL-001', 'WUT-CTL-100'],
    result: {
      summary:
        'Unhealthy: 1 critical, 0 warning, 0 info (+2 explained by a root cause); 19 checks run, 0 not run; first: WUT-CTL-100 Root cause: CryptSvc cannot write the AutoUpdate key, so the disallowed CTL stopped syncing',
      findings: [
        {
          id: 'WUT-CTL-100',
          severity: 'Critical',
          rootCause: true,
          explains: ['WUT-CTL-001', 'WUT-ACL-002'],
          remedy: {
            command: "Repair-WuAutoUpdateAcl -Strategy 'Auto' -Resync",
            name: 'Repair-WuAutoUpdateAcl',
            parameters: { Strategy: 'Auto', Resync: true },
          },
        },
        { id: 'WUT-ACL-002', explainedBy: 'WUT-CTL-100' },
        { id: 'WUT-CTL-001', explainedBy: 'WUT-CTL-100' },
      ],
    },
  },
);
diag(
  'diagnose-acl-broken-ctl-fresh',
  'ACL broken but the CTL still fresh (within a day of the change): the ACL finding, no root cause yet',
  (s) => {
    s.acl.autoUpdate.sddl = SEED_BROKEN;
  },
  { findingIds: ['WUT-ACL-002'], checks: { 'ACL.AutoUpdate': 'Fail' } },
);
diag(
  'diagnose-stale-acl-fine',
  'CTL stale but the ACL is fine: no root-cause finding (look at the network instead)',
  (s) => {
    s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime.hex = ft(3 * 24 * HOUR);
  },
  { findingIds: ['WUT-CTL-001'], checks: { 'ACL.AutoUpdate': 'Pass' } },
);
diag(
  'diagnose-protected-with-grant',
  'Protected but CryptSvc explicitly granted: a Warning only',
  (s) => {
    s.acl.autoUpdate.sddl = `O:SYG:SYD:PAI(A;CI;KA;;;${CS})(A;CI;KA;;;SY)`;
  },
  { findingIds: ['WUT-ACL-001'], result: { findings: [{ severity: 'Warning' }] } },
);
diag(
  'diagnose-deny',
  "A deny entry that takes CryptSvc's write access away",
  (s) => {
    s.acl.autoUpdate.sddl = `O:SYG:SYD:AI(D;;KW;;;SU)(A;OICIID;GA;;;${CS})`;
  },
  {
    findingIds: ['WUT-ACL-002', 'WUT-ACL-003'],
    result: { findings: [{ severity: 'Critical' }, { severity: 'Critical' }] },
  },
);
diag(
  'diagnose-acl-not-collected',
  'No acl section: the ACL check is not run',
  (s) => {
    delete s.acl;
  },
  { findingIds: [], checks: { 'ACL.AutoUpdate': 'NotRun' }, result: { status: 'Incomplete' } },
);
diag(
  'diagnose-acl-access-denied',
  'The SDDL could not be read: not run',
  (s) => {
    s.acl.autoUpdate = { status: 'AccessDenied', message: 'Attempted to perform an unauthorized operation.' };
  },
  { findingIds: [], checks: { 'ACL.AutoUpdate': 'NotRun' } },
);
diag(
  'diagnose-acl-malformed',
  'Garbage SDDL is a finding with the raw text, not a crash',
  (s) => {
    s.acl.autoUpdate.sddl = 'D:(A;;KA;;;';
  },
  {
    findingIds: ['WUT-ACL-005'],
    checks: { 'ACL.AutoUpdate': 'Fail' },
    result: { findings: [{ evidence: [{ value: 'D:(A;;KA;;;' }] }] },
  },
);
diag(
  'diagnose-autoupdate-missing-creatable',
  'AutoUpdate missing; AuthRoot lets CryptSvc create it: Warning',
  (s) => {
    s.acl.autoUpdate = { status: 'NotFound' };
  },
  { findingIds: ['WUT-ACL-004'], result: { findings: [{ severity: 'Warning' }] } },
);
diag(
  'diagnose-autoupdate-missing-blocked',
  'AutoUpdate missing and CryptSvc may not create it: Critical',
  (s) => {
    s.acl.autoUpdate = { status: 'NotFound' };
    s.acl.authRoot.sddl = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KR;;;BU)';
  },
  { findingIds: ['WUT-ACL-004'], result: { findings: [{ severity: 'Critical' }] } },
);
diag(
  'diagnose-null-dacl',
  'A NULL DACL on AutoUpdate: Warning',
  (s) => {
    s.acl.autoUpdate.sddl = 'O:SYG:SYD:NO_ACCESS_CONTROL';
  },
  { findingIds: ['WUT-ACL-006'] },
);
diag(
  'diagnose-parent-malformed',
  'A malformed AuthRoot SDDL is reported; AutoUpdate is still judged',
  (s) => {
    s.acl.authRoot.sddl = 'nonsense';
  },
  { findingIds: ['WUT-ACL-005'], checks: { 'ACL.AutoUpdate': 'Pass' } },
);

export const aclCases = cases;
