/**
 * The WuTrust engine facade: one entry point, strings in and strings out.
 *
 *   invoke(command, requestJson) -> '{"ok":true,"result":...}' | '{"ok":false,"error":{"code","message"}}'
 *
 * Nothing is thrown across this boundary, no host object crosses it, and the engine reads neither
 * the clock nor the platform: the same bundle runs under Jint (inside PowerShell) and under Node.
 * Every request is read strictly (no repeated keys, bounded nesting) and checked by its command's
 * schema before any logic runs.
 */
import * as v from 'valibot';
import { ACT_COMMANDS } from './act/backup';
import { firstIssue, useAcceptor } from './core/accepts';
import { RESTORE_COMMANDS } from './act/restore';
import { CODE_COMMANDS } from './codes';
import { type EngineErrorCode, EngineError } from './core/errors';
import { type AnyCommand, type AnyFamily, type PlannedFamily, command } from './core/family';
import { issueMessage } from './core/issues';
import { readDocument } from './core/json';
import { ENGINE_VERSION } from './engineVersion';
import { FAMILIES, PLANNED_FAMILIES } from './families';
import { fleetCommands } from './fleet/commands';
import { DEFAULT_OPTIONS, buildReport } from './report/report';
import { expected } from './snapshot/schema';
import { acceptSnapshot } from './snapshot/acceptSnapshot.generated';
import { SNAPSHOT_SCHEMA_VERSION, sectionsSchema, validateSnapshot } from './snapshot/validate';

export { ENGINE_VERSION };

/** diagnoseWith's request: the snapshot, the shared options and each family's own (by its key). */
function diagnoseWithSchema(families: readonly AnyFamily[]) {
  const entries: v.ObjectEntries = {
    logMaxAgeDays: v.optional(
      v.pipe(
        v.number(expected('a number of days')),
        v.integer(expected('a whole number of days')),
        v.minValue(0, expected('0 or more days')),
        v.maxValue(36500, expected('at most 36500 days')),
      ),
    ),
  };
  for (const f of families) if (f.options !== undefined) entries[f.options.key] = v.optional(f.options.schema);
  return v.object(
    { snapshot: v.unknown(), options: v.optional(v.object(entries, expected('an object'))) },
    expected('an object with snapshot and options'),
  );
}

/** The command table for a list of families: the engine's own commands, then each family's. */
export function commandTable(
  families: readonly AnyFamily[],
  planned: readonly PlannedFamily[] = [],
): Readonly<Record<string, AnyCommand>> {
  const table: Record<string, AnyCommand> = Object.create(null) as Record<string, AnyCommand>;
  const add = (name: string, cmd: AnyCommand) => {
    if (name in table) throw new EngineError('InternalError', `Engine command ${name} is defined twice.`);
    table[name] = cmd;
  };
  /** Version and capabilities; the host's smoke test. */
  add(
    'engineInfo',
    command(v.unknown(), () => ({
      engineVersion: ENGINE_VERSION,
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      commands: Object.keys(table).sort(),
    })),
  );
  /** The request is a snapshot document; the result is the report. */
  add(
    'diagnose',
    command(v.unknown(), (request) =>
      buildReport(validateSnapshot(request, families), families, planned, DEFAULT_OPTIONS),
    ),
  );
  /** The same with options: { snapshot, options: { logMaxAgeDays } }. */
  add(
    'diagnoseWith',
    command(diagnoseWithSchema(families), (request: { snapshot: unknown; options?: Record<string, unknown> }) =>
      buildReport(validateSnapshot(request.snapshot, families), families, planned, {
        ...DEFAULT_OPTIONS,
        ...request.options,
      }),
    ),
  );
  for (const [name, cmd] of Object.entries(ACT_COMMANDS)) add(name, cmd);
  for (const [name, cmd] of Object.entries(RESTORE_COMMANDS)) add(name, cmd);
  for (const [name, cmd] of Object.entries(CODE_COMMANDS)) add(name, cmd);
  for (const [name, cmd] of Object.entries(fleetCommands(families, planned))) add(name, cmd);
  for (const family of families) for (const [name, cmd] of Object.entries(family.commands)) add(name, cmd);
  return Object.freeze(table);
}

const COMMANDS = commandTable(FAMILIES, PLANNED_FAMILIES);
// The families' snapshot schema is accepted by its acceptor written out as code (same answers).
useAcceptor(sectionsSchema(FAMILIES), acceptSnapshot);

/** The error code for a document that is not acceptable as a whole, by what the command reads. */
function documentCode(command: string): EngineErrorCode {
  return command === 'diagnose' || command === 'diagnoseWith' || command === 'redactSnapshot'
    ? 'InvalidSnapshot'
    : command === 'validateBackup'
      ? 'InvalidBackup'
      : 'InvalidRequest';
}

function errorResponse(code: string, message: string): string {
  return JSON.stringify({ ok: false, error: { code, message } });
}

/** Runs one command on a request text, with the given table; throws EngineError. */
export function run(table: Readonly<Record<string, AnyCommand>>, commandName: string, requestJson: string): unknown {
  const request = readDocument(requestJson, documentCode(commandName));
  const handler = table[commandName] as AnyCommand;
  const issue = firstIssue(handler.request, request);
  if (issue !== null) throw new EngineError('InvalidRequest', issueMessage(handler.request, issue));
  // The request itself, not valibot's copy: it keeps unknown fields and has no prototype.
  return (handler.run as (r: unknown) => unknown)(request);
}

/** invoke over a given command table (tests register fixture families through commandTable). */
export function invokeWith(table: Readonly<Record<string, AnyCommand>>, command: string, requestJson: string): string {
  try {
    if (typeof command !== 'string' || !Object.prototype.hasOwnProperty.call(table, command)) {
      return errorResponse(
        'UnknownCommand',
        `Unknown engine command ${JSON.stringify(command)}; known: ${Object.keys(table).sort().join(', ')}.`,
      );
    }
    if (typeof requestJson !== 'string') {
      return errorResponse('InvalidRequest', 'The request must be a JSON string.');
    }
    return JSON.stringify({ ok: true, result: run(table, command, requestJson) });
  } catch (e) {
    if (e instanceof EngineError) {
      return errorResponse(e.code, e.message);
    }
    return errorResponse('InternalError', `Engine failure: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** The one entry point. Never throws. */
export function invoke(command: string, requestJson: string): string {
  return invokeWith(COMMANDS, command, requestJson);
}
