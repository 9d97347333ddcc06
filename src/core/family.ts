/**
 * The family contract (ARCHITECTURE.md "Families: the unit of growth"). A failure family is one
 * folder that exports one Family: the snapshot sections it owns (as schemas; their types are
 * inferred), its finding and check catalogue (data), a diagnosis of its sections, the signals it
 * raises for cross-family root causes, and its engine commands. The shared pipelines (snapshot
 * validation, the report, the command table) loop over the list in src/families.ts.
 */
import type * as v from 'valibot';
import type { CatalogueEntry, CheckEntry, CheckResult, Evidence, FamilyId, Finding } from './findings';
import type { RemedyParameters } from './remedy';
import type { Table } from './table';

/** What every diagnosis may know besides its own sections: the envelope's facts, nothing else. */
export interface DiagnoseContext {
  /** The collection time as FILETIME ticks: the engine's only "now". */
  nowTicks: bigint;
  /** The account that collected the snapshot (its HKCU is the snapshot's HKCU), when recorded. */
  collectedBy: { name: string | null; sid: string | null } | null;
  /** Setup-log lines older than this many days before collection are history, not a fault. */
  logMaxAgeDays: number;
  /** Each family's own options from diagnoseWith, by its options key, already checked by its schema. */
  familyOptions: Readonly<Record<string, unknown>>;
}

/**
 * A fact one family states for root-cause rules, with the evidence behind it. A fact about one
 * subject among several (one profile's hive, one profile's setup logs) is named
 * "<signal>#<subject>"; a keyed rule joins the signals of the same subject only.
 */
export interface Signal {
  evidence: Evidence[];
  /** The IDs of the findings that stated it: a root cause built on the signal explains them. */
  findings?: string[];
  /**
   * The very findings that stated it, when the family states it per subject: a root cause then
   * explains these instances only, not every finding with the same ID.
   */
  instances?: Finding[];
  /** Template parameters a root cause's title and remedy may use (e.g. the key to repair). */
  params?: Readonly<Record<string, string>>;
  /** Parameters the root cause's remedy command takes as they are (e.g. -Sid of the hive to fix). */
  remedyParameters?: RemedyParameters;
}

export interface FamilyResult {
  findings: Finding[];
  checks: CheckResult[];
  /** Named signals (e.g. "disallowedCtlStale"), read by src/report/rootCauses.ts. */
  signals: Readonly<Record<string, Signal>>;
}

/** One engine command: a request schema (every field checked before any logic) and its handler. */
export interface EngineCommand<Request = unknown> {
  request: v.GenericSchema<unknown, Request>;
  run(request: Request): unknown;
}

/** A command with its request type erased, as the command table holds it. */
export type AnyCommand = EngineCommand<never>;

export function command<Request>(
  request: v.GenericSchema<unknown, Request>,
  run: (request: Request) => unknown,
): AnyCommand {
  return { request, run } as unknown as AnyCommand;
}

export interface Family<Sections extends v.ObjectEntries = v.ObjectEntries> {
  id: FamilyId;
  /** The top-level snapshot keys this family owns, each with its schema (null or absent = not collected). */
  sections: Sections;
  catalogue: Table<CatalogueEntry>;
  checks: Table<CheckEntry>;
  /** Options a request may give this family (diagnoseWith options.<key>), with their schema. */
  options?: { key: string; schema: v.GenericSchema };
  diagnose(sections: v.InferOutput<v.ObjectSchema<Sections, undefined>>, context: DiagnoseContext): FamilyResult;
  commands: Readonly<Record<string, AnyCommand>>;
}

/** A family with its section types erased, as the list holds it. */
export type AnyFamily = Family<v.ObjectEntries>;

export function defineFamily<Sections extends v.ObjectEntries>(family: Family<Sections>): AnyFamily {
  return family as unknown as AnyFamily;
}

/** A family not built yet: listed in every report as not run, with its reason. */
export interface PlannedFamily {
  family: FamilyId;
  checkId: string;
  title: string;
  reason: string;
}
