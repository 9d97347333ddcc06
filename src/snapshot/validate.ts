import { EngineError } from '../core/errors';
import { parseIsoToTicks } from '../core/time';
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from './types';

export interface ValidSnapshot {
  snapshot: Snapshot;
  /** The collection time as FILETIME ticks: the engine's only "now". */
  nowTicks: bigint;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the envelope of a snapshot; sections inside are checked by the families that read them. */
export function validateSnapshot(value: unknown): ValidSnapshot {
  if (!isObject(value)) {
    throw new EngineError('InvalidSnapshot', 'The snapshot must be a JSON object.');
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
  for (const section of ['machine', 'ctl', 'services', 'acl', 'wintrust', 'logs']) {
    if (section in value && value[section] !== null && !isObject(value[section])) {
      throw new EngineError('InvalidSnapshot', `The snapshot's "${section}" section must be an object.`);
    }
  }
  return { snapshot: value as unknown as Snapshot, nowTicks };
}
