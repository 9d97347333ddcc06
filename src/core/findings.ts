/**
 * The shared vocabulary of conclusions (ARCHITECTURE.md "Findings"): every family speaks it, none
 * owns it. A family's findings are declared once, as data, in its catalogue; a finding is made
 * only from a catalogue entry, so its ID, title, remedy and references come from one place.
 */
import { EngineError } from './errors';
import { type Remedy, type RemedyParameters, type RemedyValue, nativeRemedyOf, remedyOf } from './remedy';
import { type Table, lookup, table } from './table';

export type { Remedy } from './remedy';

export type Severity = 'Critical' | 'Warning' | 'Info';
/** A family's ID as findings and checks carry it: CtlSync, AclAutoUpdate, WinTrustPolicy, ... */
export type FamilyId = string;

export interface Evidence {
  /** What the item is, e.g. "HKLM DisallowedCertLastSyncTime". */
  item: string;
  /** The value in plain form (a time, a number, a state), or why there is none. */
  value: string;
  path?: string;
  type?: string;
  /** Raw registry bytes as hex, where the evidence is a registry value. */
  raw?: string;
}

export interface Finding {
  id: string;
  severity: Severity;
  family: FamilyId;
  title: string;
  detail: string;
  evidence: Evidence[];
  remedy: Remedy;
  references: string[];
  /** Set on the finding that names the root cause joining other findings; it is listed first. */
  rootCause?: boolean;
  /** On a root cause: the IDs of the findings it explains. */
  explains?: string[];
  /** On a finding a root cause explains: that root cause's ID (not counted again in the summary). */
  explainedBy?: string;
}

export type CheckOutcome = 'Pass' | 'Fail' | 'NotRun';

export interface CheckResult {
  id: string;
  family: FamilyId;
  title: string;
  outcome: CheckOutcome;
  /** Why a check did not run, or a one-line summary of what it saw. */
  reason: string;
  /** Set when the check belongs to a family this version does not have: listed, but not a gap in the data. */
  notImplemented?: boolean;
}

/**
 * A template: literal text with {name} placeholders filled from a finding's parameters. A
 * placeholder without a parameter is an engine fault, never the text "undefined".
 */
export type Template = string;

/**
 * A remedy as a catalogue declares it: a command name (literal), its parameters (string values
 * are templates) or, for a native program, its arguments (templates), and a description.
 */
export interface RemedyTemplate {
  command: string;
  parameters?: RemedyParameters;
  arguments?: readonly Template[];
  description: Template;
}

/** One finding as a catalogue declares it. */
export interface CatalogueEntry {
  id: string;
  /** The usual severity; a diagnosis may raise or lower it and says why in its detail. */
  severity: Severity;
  title: Template;
  remedy: RemedyTemplate;
  references: readonly string[];
  /** Named alternatives of title and remedy for the same finding (e.g. malformed vs REG_BINARY). */
  variants?: Readonly<Record<string, { title?: Template; remedy?: Partial<RemedyTemplate> }>>;
}

export interface CheckEntry {
  id: string;
  title: string;
}

export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** Fills {name} placeholders; only own string or finite-number parameters are accepted. */
export function fill(template: Template, params: Params): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new EngineError('InternalError', `Template parameter {${name}} is missing or not text in "${template}".`);
  });
}

export interface FindingInput {
  detail: string;
  evidence: Evidence[];
  params?: Params;
  severity?: Severity;
  variant?: string;
  /** Parameters from the diagnosis (e.g. -Sid), placed before the catalogue's; values are data. */
  remedyParameters?: RemedyParameters;
}

/** Makes findings and checks of one family from its catalogue. */
export class Reporter {
  readonly findings: Finding[] = [];
  readonly checks: CheckResult[] = [];

  constructor(
    private readonly family: FamilyId,
    private readonly catalogue: Table<CatalogueEntry>,
    private readonly checkCatalogue: Table<CheckEntry>,
  ) {}

  /** A finding from its catalogue entry; returns it so a caller can keep a reference. */
  finding(id: string, input: FindingInput): Finding {
    const made = makeFinding(this.family, catalogueEntry(this.catalogue, id), input);
    this.findings.push(made);
    return made;
  }

  check(id: string, outcome: CheckOutcome, reason: string): void {
    const entry = lookup(this.checkCatalogue, id);
    if (entry === undefined)
      throw new EngineError('InternalError', `Check ${id} is not in the ${this.family} catalogue.`);
    this.checks.push({ id, family: this.family, title: entry.title, outcome, reason });
  }
}

/** A catalogue's entry for `id`; an ID the catalogue does not declare is an engine fault. */
export function catalogueEntry(catalogue: Table<CatalogueEntry>, id: string): CatalogueEntry {
  const entry = lookup(catalogue, id);
  if (entry === undefined) throw new EngineError('InternalError', `Finding ${id} is not in the catalogue.`);
  return entry;
}

export function makeFinding(family: FamilyId, entry: CatalogueEntry, input: FindingInput): Finding {
  const params = input.params ?? {};
  const variant = input.variant === undefined ? undefined : entry.variants?.[input.variant];
  if (input.variant !== undefined && variant === undefined) {
    throw new EngineError('InternalError', `Finding ${entry.id} has no variant ${input.variant}.`);
  }
  const remedy = { ...entry.remedy, ...(variant?.remedy ?? {}) };
  return {
    id: entry.id,
    severity: input.severity ?? entry.severity,
    family,
    title: fill(variant?.title ?? entry.title, params),
    detail: input.detail,
    evidence: input.evidence,
    remedy: buildRemedy(remedy, params, input.remedyParameters ?? {}),
    references: [...entry.references],
  };
}

function buildRemedy(template: RemedyTemplate, params: Params, extra: RemedyParameters): Remedy {
  const description = fill(template.description, params);
  if (template.arguments !== undefined) {
    return nativeRemedyOf(
      template.command,
      template.arguments.map((a) => fill(a, params)),
      description,
    );
  }
  const parameters: Record<string, RemedyValue> = { ...extra };
  const declared = template.parameters ?? {};
  for (const key of Object.keys(declared)) {
    const value = declared[key] as RemedyValue;
    parameters[key] = typeof value === 'string' ? fill(value, params) : value;
  }
  return remedyOf(template.command, parameters, description);
}

/** Entries keyed by their ID, in a table without a prototype; a repeated ID is a programming error. */
function byId<T extends { id: string }>(entries: readonly T[]): Table<T> {
  const out: Record<string, T> = {};
  for (const e of entries) {
    if (Object.prototype.hasOwnProperty.call(out, e.id)) throw new Error(`Duplicate catalogue ID ${e.id}`);
    out[e.id] = e;
  }
  return table(out);
}

/** A finding catalogue keyed by ID. */
export const catalogueOf = (entries: readonly CatalogueEntry[]): Table<CatalogueEntry> => byId(entries);
/** A check catalogue keyed by ID. */
export const checksOf = (entries: readonly CheckEntry[]): Table<CheckEntry> => byId(entries);

const SEVERITY_RANK: Record<Severity, number> = { Critical: 0, Warning: 1, Info: 2 };

/** Findings ordered by severity, then ID; the order within an ID stays as produced. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(b.finding.rootCause === true) - Number(a.finding.rootCause === true) ||
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] ||
        (a.finding.id < b.finding.id ? -1 : a.finding.id > b.finding.id ? 1 : 0) ||
        a.index - b.index,
    )
    .map((entry) => entry.finding);
}
