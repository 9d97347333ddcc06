/** The WinTrust policy family: its sections, catalogue, diagnosis and commands. */
import * as v from 'valibot';
import { EngineError } from '../core/errors';
import { command, defineFamily } from '../core/family';
import { formatHex32 } from '../core/hex';
import { requestObject } from '../core/request';
import { SID_PATTERN, registryValueFact } from '../snapshot/schema';
import { FAMILY_ID, WINTRUST_CATALOGUE, WINTRUST_CHECKS } from './catalogue';
import { diagnoseWinTrust } from './diagnose';
import { SOFTWARE_PUBLISHING_PATH, winTrustSections } from './section';
import { decodeState, planStateChange, readStateFact } from './state';

const optionChange = v.object(
  {
    option: v.union([v.number(), v.string()], 'Each option change needs "option": 1 to 10 or an option name.'),
    enabled: v.boolean('Each option change needs "enabled": true or false.'),
  },
  'Each option change is { option, enabled }.',
);

const TARGET_SCOPES = ['CurrentUser', 'System', 'NetworkService', 'LocalService', 'AllUsers'] as const;
/** A loaded user hive under HKEY_USERS: S-1-5-21-..., not a _Classes hive (FACTS.md 1.2). */
const USER_HIVE_SID = /^S-1-5-21(?:-\d{1,10}){1,14}$/;

interface Target {
  scope: string;
  sid: string | null;
  hive: 'CurrentUser' | 'Users';
  subKey: string;
  path: string;
}

function target(scope: string, sid: string | null, hive: Target['hive'], root: string | null): Target {
  const subKey = root === null ? SOFTWARE_PUBLISHING_PATH : `${root}\\${SOFTWARE_PUBLISHING_PATH}`;
  return { scope, sid, hive, subKey, path: `${hive === 'CurrentUser' ? 'HKCU' : 'HKU'}\\${subKey}` };
}

/** The hives a scope or SID means (FACTS.md 1.2): SYSTEM is HKU\.DEFAULT, a user HKU\<SID>, CurrentUser HKCU. */
function targetsOf(scope: (typeof TARGET_SCOPES)[number], sid: string | null, userSids: readonly string[]): Target[] {
  if (sid !== null) return [target('User', sid, 'Users', sid)];
  const system = target('System', 'S-1-5-18', 'Users', '.DEFAULT');
  const network = target('NetworkService', 'S-1-5-20', 'Users', 'S-1-5-20');
  const local = target('LocalService', 'S-1-5-19', 'Users', 'S-1-5-19');
  switch (scope) {
    case 'CurrentUser':
      return [target('CurrentUser', null, 'CurrentUser', null)];
    case 'System':
      return [system];
    case 'NetworkService':
      return [network];
    case 'LocalService':
      return [local];
    default:
      return [
        system,
        network,
        local,
        ...userSids.filter((s) => USER_HIVE_SID.test(s)).map((s) => target('User', s, 'Users', s)),
      ];
  }
}

export const winTrustFamily = defineFamily({
  id: FAMILY_ID,
  sections: winTrustSections,
  catalogue: WINTRUST_CATALOGUE,
  checks: WINTRUST_CHECKS,
  diagnose: diagnoseWinTrust,
  commands: {
    /** { value } -> a Software Publishing State decoded like SetReg, with flags, unknown bits and a verdict. */
    decodeWinTrustState: command(
      requestObject('decodeWinTrustState', {
        value: v.number('"decodeWinTrustState" needs "value": a 32-bit unsigned integer.'),
      }),
      (r) => decodeState(r.value),
    ),
    /** { fact } -> the State registry fact as wintrust reads it, decoded when present. */
    readWinTrustState: command(requestObject('readWinTrustState', { fact: v.nullish(registryValueFact) }), (r) => {
      const reading = readStateFact(r.fact);
      return { ...reading, decoded: reading.value === null ? null : decodeState(reading.value) };
    }),
    /**
     * { current: number|null | currentFact: registry fact, default?: true | value?: number |
     *   options?: [{option, enabled}], force? } -> the plan.
     */
    planWinTrustState: command(
      requestObject('planWinTrustState', {
        current: v.nullish(v.number('"planWinTrustState" takes "current" as a number or null.')),
        currentFact: v.nullish(registryValueFact),
        default: v.optional(v.unknown()),
        value: v.optional(v.number('"value" must be a number.')),
        options: v.optional(v.array(optionChange, '"options" must be a list of { option, enabled }.')),
        force: v.optional(v.unknown()),
      }),
      (r) =>
        planStateChange({
          current: 'currentFact' in r ? readStateFact(r.currentFact).value : (r.current ?? null),
          default: r.default === true,
          ...(r.value !== undefined ? { value: r.value } : {}),
          ...(r.options !== undefined ? { options: r.options } : {}),
          force: r.force === true,
        }),
    ),
    /**
     * { after, fact } -> whether a State write of `after` reads back as exactly that REG_DWORD. The
     * verdict Set-WinTrustState acts on (write, re-read, this, roll back when false).
     */
    verifyWinTrustState: command(
      requestObject('verifyWinTrustState', {
        after: v.pipe(
          v.number('"verifyWinTrustState" needs "after": the value written.'),
          v.integer(),
          v.minValue(0),
          v.maxValue(0xffffffff),
        ),
        fact: v.nullish(registryValueFact),
      }),
      (r) => {
        const reading = readStateFact(r.fact);
        const verified = reading.presence === 'Present' && reading.type === 'REG_DWORD' && reading.value === r.after;
        const seen =
          reading.presence === 'Present'
            ? `${reading.type} ${formatHex32(reading.value as number)}`
            : `${reading.presence.toLowerCase()}`;
        return {
          verified,
          reason: verified
            ? `State reads back as ${formatHex32(r.after)} (REG_DWORD)`
            : `expected ${formatHex32(r.after)} as REG_DWORD, read ${seen}`,
        };
      },
    ),
    /**
     * { scope?, sid?, userSids? } -> the hives (HKU path, sub key) Get-/Set-WinTrustState act on. A
     * SID must be a literal SID; user hives are filtered to S-1-5-21-* (no _Classes hives).
     */
    winTrustTargets: command(
      requestObject('winTrustTargets', {
        scope: v.optional(v.picklist(TARGET_SCOPES, `"scope" is one of ${TARGET_SCOPES.join(', ')}.`)),
        sid: v.nullish(v.string('"sid" must be a string.')),
        userSids: v.optional(
          v.array(v.string('"userSids" must be a list of strings.'), '"userSids" must be a list of strings.'),
        ),
      }),
      (r) => {
        const sid = r.sid === undefined || r.sid === null || r.sid === '' ? null : r.sid;
        if (sid !== null && !SID_PATTERN.test(sid)) {
          throw new EngineError(
            'InvalidRequest',
            `-Sid '${sid}' is not a SID; expected a value such as S-1-5-21-1004336348-1177238915-682003330-1001.`,
          );
        }
        return { targets: targetsOf(r.scope ?? 'CurrentUser', sid, r.userSids ?? []) };
      },
    ),
  },
});
