/**
 * The WuTrust engine facade: one entry point, strings in and strings out.
 *
 *   invoke(command, requestJson) -> '{"ok":true,"result":...}' | '{"ok":false,"error":{"code","message"}}'
 *
 * Nothing is thrown across this boundary, no host object crosses it, and the engine reads neither
 * the clock nor the platform: the same bundle runs under Jint (inside PowerShell) and under Node.
 */
import { EngineError } from './core/errors';
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

const COMMANDS: Record<string, Handler> = {
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
