/**
 * Snapshot validation: the envelope (schemaVersion, collectedAt) and then every section by the
 * schema of the family that owns it. A damaged file is an InvalidSnapshot error naming the JSON
 * path and what was expected; malformed registry data inside a well-formed fact stays data and
 * becomes a finding. Version 1 snapshots written by WuTrust 0.1.0 are this schema.
 */
import * as v from 'valibot';
import { firstIssue } from '../core/accepts';
import { EngineError } from '../core/errors';
import type { AnyFamily } from '../core/family';
import { issueMessage } from '../core/issues';
import { formatPath } from '../core/json';
import { TICKS_PER_SECOND, UNIX_EPOCH_TICKS, parseIsoToTicks } from '../core/time';
import { type MachineFacts, expected, machineFacts, optionalText } from './schema';

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** Collection times outside [2001-01-01, 2200-01-01) are not times a Windows machine reported. */
const EARLIEST_COLLECTION_TICKS = UNIX_EPOCH_TICKS + 978_307_200n * TICKS_PER_SECOND;
const LATEST_COLLECTION_TICKS = UNIX_EPOCH_TICKS + 7_258_118_400n * TICKS_PER_SECOND;

export interface Snapshot {
  schemaVersion: number;
  collectedAt: string;
  machine?: MachineFacts | null | undefined;
  [section: string]: unknown;
}

export interface ValidSnapshot {
  snapshot: Snapshot;
  /** The collection time as FILETIME ticks: the engine's only "now". */
  nowTicks: bigint;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first issue of a failed parse as "path: message". */
export function describeIssue(root: v.GenericSchema, issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => p.key as string | number);
  return `${formatPath(path)}: ${issueMessage(root, issue)}`;
}

const schemas = new WeakMap<readonly AnyFamily[], v.GenericSchema>();

/** One schema for the sections of every family in the list (built once per list). */
export function sectionsSchema(families: readonly AnyFamily[]): v.GenericSchema {
  let schema = schemas.get(families);
  if (schema === undefined) {
    const entries: v.ObjectEntries = {
      machine: v.nullish(machineFacts),
      tool: v.nullish(v.object({ name: optionalText(), version: optionalText() }, expected('an object'))),
    };
    for (const family of families) {
      for (const [key, section] of Object.entries(family.sections)) {
        if (key in entries)
          throw new EngineError('InternalError', `Snapshot section "${key}" is claimed twice (${family.id}).`);
        entries[key] = v.nullish(section as v.GenericSchema);
      }
    }
    schema = v.object(entries);
    schemas.set(families, schema);
  }
  return schema;
}

/** A report (Get-WuTrustStatus -AsJson) has these; a snapshot never does. */
function looksLikeReport(value: Record<string, unknown>): boolean {
  return Array.isArray(value['findings']) && Array.isArray(value['checksRun']) && typeof value['summary'] === 'string';
}

export function validateSnapshot(value: unknown, families: readonly AnyFamily[]): ValidSnapshot {
  if (!isObject(value)) {
    throw new EngineError('InvalidSnapshot', 'The snapshot must be a JSON object.');
  }
  if (looksLikeReport(value)) {
    throw new EngineError(
      'InvalidSnapshot',
      'This is a WuTrust report (the output of Get-WuTrustStatus -AsJson), not a snapshot: give the file written by Export-WuTrustSnapshot.',
    );
  }
  const version = value['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new EngineError(
      'InvalidSnapshot',
      `The snapshot has no valid schemaVersion (found ${JSON.stringify(version) ?? 'nothing'}); expected the integer ${SNAPSHOT_SCHEMA_VERSION}.`,
    );
  }
  if (version > SNAPSHOT_SCHEMA_VERSION) {
    throw new EngineError(
      'UnsupportedSchemaVersion',
      `The snapshot has schemaVersion ${version}, newer than this engine understands (${SNAPSHOT_SCHEMA_VERSION}); update WuTrust to read it.`,
    );
  }
  const collectedAt = value['collectedAt'];
  const nowTicks = typeof collectedAt === 'string' ? parseIsoToTicks(collectedAt) : null;
  if (nowTicks === null) {
    throw new EngineError(
      'InvalidSnapshot',
      `The snapshot's collectedAt is ${JSON.stringify(collectedAt) ?? 'missing'}; expected an ISO-8601 UTC time such as "2026-11-25T07:03:51.0000000Z".`,
    );
  }
  if (nowTicks < EARLIEST_COLLECTION_TICKS || nowTicks >= LATEST_COLLECTION_TICKS) {
    throw new EngineError(
      'InvalidSnapshot',
      `collectedAt: expected a time from 2001 to 2199 (when the snapshot was taken), got ${JSON.stringify(collectedAt)}.`,
    );
  }
  const schema = sectionsSchema(families);
  const issue = firstIssue(schema, value);
  if (issue !== null) throw new EngineError('InvalidSnapshot', describeIssue(schema, issue));
  // The input itself, not valibot's copy: it keeps unknown fields and has no prototype.
  return { snapshot: value as Snapshot, nowTicks };
}
