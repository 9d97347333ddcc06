/**
 * The WuTrust engine facade: one entry point, strings in and strings out.
 *
 *   invoke(command, requestJson) -> '{"ok":true,"result":...}' | '{"ok":false,"error":{"code","message"}}'
 *
 * Nothing is thrown across this boundary, no host object crosses it, and the engine reads neither
 * the clock nor the platform: the same bundle runs under Jint (inside PowerShell) and under Node.
 */
import { assessAutoUpdateAcl, type Strategy } from './acl/autoUpdateAcl';
import { formatDacl, formatSddl, parseSddl, type SecurityDescriptor } from './acl/sddl';
import { serviceSid } from './acl/sid';
import { EngineError } from './core/errors';
import { parseSetupLogLines } from './wintrust/setupLog';
import { type OptionChange, decodeState, planStateChange, readStateFact } from './wintrust/state';
import { formatTicks } from './core/time';
import { decodeFiletime } from './ctl/registryFacts';
import { ENGINE_VERSION } from './engineVersion';
import { buildReport } from './report/report';
import { SNAPSHOT_SCHEMA_VERSION } from './snapshot/types';
import { validateSnapshot } from './snapshot/validate';
import { parseIsoToTicks } from './core/time';

export { ENGINE_VERSION };

type Handler = (request: unknown) => unknown;

function requireObject(request: unknown, command: string): Record<string, unknown> {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new EngineError('InvalidRequest', `The request for "${command}" must be a JSON object.`);
  }
  return request as Record<string, unknown>;
}

function requireString(body: Record<string, unknown>, name: string, command: string, expected: string): string {
  const value = body[name];
  if (typeof value !== 'string') {
    throw new EngineError('InvalidRequest', `"${command}" needs "${name}": ${expected}.`);
  }
  return value;
}

const STRATEGIES: readonly Strategy[] = ['Auto', 'Inherit', 'Grant'];

function controllableDacl(sd: SecurityDescriptor): string {
  if (sd.dacl === null) return 'D:NO_ACCESS_CONTROL';
  const explicit = sd.dacl.aces.filter((a) => !a.flags.includes('ID'));
  return 'D:' + formatDacl({ ...sd.dacl, autoInherited: false, autoInheritReq: false, aces: sd.dacl.protected ? sd.dacl.aces : explicit });
}

const COMMANDS: Record<string, Handler> = {
  /** { value } -> a Software Publishing State decoded like SetReg, with flags, unknown bits and a verdict. */
  decodeWinTrustState: (request) => {
    const body = requireObject(request, 'decodeWinTrustState');
    const value = body['value'];
    if (typeof value !== 'number') throw new EngineError('InvalidRequest', '"decodeWinTrustState" needs "value": a 32-bit unsigned integer.');
    return decodeState(value);
  },
  /** { fact } -> the State registry fact as wintrust reads it, decoded when present. */
  readWinTrustState: (request) => {
    const body = requireObject(request, 'readWinTrustState');
    const reading = readStateFact(body['fact'] as never);
    return { ...reading, decoded: reading.value === null ? null : decodeState(reading.value) };
  },
  /**
   * { current: number|null | currentFact: registry fact, default?: true | value?: number |
   *   options?: [{option, enabled}], force? } -> the plan.
   */
  planWinTrustState: (request) => {
    const body = requireObject(request, 'planWinTrustState');
    const current = 'currentFact' in body ? readStateFact(body['currentFact'] as never).value : (body['current'] ?? null);
    if (current !== null && typeof current !== 'number') throw new EngineError('InvalidRequest', '"planWinTrustState" takes "current" as a number or null.');
    const options = body['options'];
    if (options !== undefined && !Array.isArray(options)) throw new EngineError('InvalidRequest', '"options" must be a list of { option, enabled }.');
    const value = body['value'];
    if (value !== undefined && typeof value !== 'number') throw new EngineError('InvalidRequest', '"value" must be a number.');
    return planStateChange({
      current: current as number | null,
      default: body['default'] === true,
      ...(value !== undefined ? { value: value as number } : {}),
      ...(options !== undefined ? { options: options as OptionChange[] } : {}),
      force: body['force'] === true,
    });
  },
  /** { lines: string[] } -> signature failures and result codes found in .NET/KB setup log lines. */
  parseSetupLog: (request) => {
    const body = requireObject(request, 'parseSetupLog');
    const lines = body['lines'];
    if (!Array.isArray(lines)) throw new EngineError('InvalidRequest', '"parseSetupLog" needs "lines": a list of strings.');
    return { events: parseSetupLogLines(lines as string[]) };
  },
  /** { sddl } -> the parsed descriptor and its canonical form. */
  parseSddl: (request) => {
    const body = requireObject(request, 'parseSddl');
    const sd = parseSddl(requireString(body, 'sddl', 'parseSddl', 'an SDDL string'));
    return { canonical: formatSddl(sd), descriptor: sd };
  },
  /** { name } -> the service SID the SCM derives for that service name. */
  serviceSid: (request) => {
    const body = requireObject(request, 'serviceSid');
    const name = requireString(body, 'name', 'serviceSid', 'a service name such as CryptSvc');
    if (name.trim() === '') throw new EngineError('InvalidRequest', '"serviceSid" needs a non-empty service name.');
    return { name, sid: serviceSid(name) };
  },
  /**
   * { expected, actual } -> whether the DACL parts a writer controls agree: the protected flag and
   * the explicit entries (inherited entries are recomputed by Windows). Verifies a restore.
   */
  compareSddl: (request) => {
    const body = requireObject(request, 'compareSddl');
    const expected = controllableDacl(parseSddl(requireString(body, 'expected', 'compareSddl', 'an SDDL string')));
    const actual = controllableDacl(parseSddl(requireString(body, 'actual', 'compareSddl', 'an SDDL string')));
    return { equal: expected === actual, expected, actual };
  },
  /** { sddl, parentSddl?, strategy? } -> CryptSvc's access on AutoUpdate, the problems, the repair plan. */
  assessAcl: (request) => {
    const body = requireObject(request, 'assessAcl');
    const sddl = requireString(body, 'sddl', 'assessAcl', "the AutoUpdate key's SDDL");
    const parent = body['parentSddl'];
    if (parent !== undefined && parent !== null && typeof parent !== 'string') {
      throw new EngineError('InvalidRequest', '"assessAcl" takes "parentSddl" as an SDDL string or null.');
    }
    const strategy = body['strategy'] ?? 'Auto';
    if (typeof strategy !== 'string' || !(STRATEGIES as readonly string[]).includes(strategy)) {
      throw new EngineError('InvalidRequest', `"assessAcl" takes "strategy" as one of ${STRATEGIES.join(', ')}; got ${JSON.stringify(strategy)}.`);
    }
    return assessAutoUpdateAcl(sddl, typeof parent === 'string' ? parent : null, strategy as Strategy);
  },
  /** Version and capabilities; the host's smoke test. */
  engineInfo: () => ({
    engineVersion: ENGINE_VERSION,
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    commands: Object.keys(COMMANDS).sort(),
  }),
  /** The request is a snapshot document; the result is the report. */
  diagnose: (request) => buildReport(validateSnapshot(request)),
  /** Decodes one registry FILETIME fact: { "fact": {type, hex, status}, "now": iso }. */
  decodeFiletime: (request) => {
    const body = requireObject(request, 'decodeFiletime');
    const now = typeof body['now'] === 'string' ? parseIsoToTicks(body['now']) : null;
    if (now === null) {
      throw new EngineError('InvalidRequest', 'decodeFiletime needs "now" as an ISO-8601 UTC time.');
    }
    const decoded = decodeFiletime(
      { status: 'Ok', values: { value: body['fact'] as never } },
      'value',
      now,
    );
    switch (decoded.kind) {
      case 'Ok':
        return { kind: 'Ok', utc: decoded.value.utc, ticks: decoded.value.ticks.toString(), now: formatTicks(now) };
      case 'Malformed':
        return { kind: 'Malformed', reason: decoded.why };
      default:
        return { kind: decoded.kind, reason: decoded.why };
    }
  },
};

/** A host-independent description of why a text is not JSON. */
function describeJsonFailure(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') {
    return 'The request is not valid JSON: it is empty.';
  }
  const first = trimmed[0] as string;
  if (first !== '{' && first !== '[' && first !== '"' && !/^(?:-|\d|true|false|null)/.test(trimmed)) {
    return `The request is not valid JSON: it starts with ${JSON.stringify(trimmed.substring(0, 20))}.`;
  }
  return `The request is not valid JSON (${text.length} characters; truncated or damaged).`;
}

function errorResponse(code: string, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } });
}

/** The one entry point. Never throws. */
export function invoke(command: string, requestJson: string): string {
  try {
    if (typeof command !== 'string' || !Object.prototype.hasOwnProperty.call(COMMANDS, command)) {
      return errorResponse(
        'UnknownCommand',
        `Unknown engine command ${JSON.stringify(command)}; known: ${Object.keys(COMMANDS).sort().join(', ')}.`,
      );
    }
    if (typeof requestJson !== 'string') {
      return errorResponse('InvalidRequest', 'The request must be a JSON string.');
    }
    let request: unknown;
    try {
      request = JSON.parse(requestJson);
    } catch {
      // The parser's own message differs between JavaScript engines; the response must not.
      return errorResponse('InvalidJson', describeJsonFailure(requestJson));
    }
    const handler = COMMANDS[command] as Handler;
    return JSON.stringify({ ok: true, result: handler(request) });
  } catch (e) {
    if (e instanceof EngineError) {
      return errorResponse(e.code, e.message);
    }
    return errorResponse('InternalError', `Engine failure: ${e instanceof Error ? e.message : String(e)}`);
  }
}
