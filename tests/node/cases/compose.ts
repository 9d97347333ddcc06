// Turns the generators' cases into case files. A diagnose case keeps only the top-level snapshot
// sections that differ from the one healthy base (base.ts) and the names of those it removes; the
// loader (../caseFiles.ts) composes it back. Node and Pester replay the same composed request text.
import { aclCases } from './acl';
import { healthy } from './base';
import { ctlCases } from './ctl';
import { fleetCases } from './fleet';
import { logCases } from './logs';
import { networkCases } from './network';
import { winTrustCases } from './wintrust';

export const CASE_FOLDERS: Readonly<Record<string, readonly any[]>> = {
  acl: aclCases,
  ctl: ctlCases,
  wintrust: winTrustCases,
  network: networkCases,
  logs: logCases,
  fleet: fleetCases,
};

/** The case file body for one generated case. */
export function caseBody(c: any): Record<string, unknown> {
  const { name: _name, request, ...rest } = c;
  if (c.command !== 'diagnose' || request === undefined) {
    return request === undefined ? rest : { description: c.description, command: c.command, request, expect: c.expect };
  }
  const base = healthy();
  const snapshot: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(request)) {
    if (JSON.stringify(value) !== JSON.stringify(base[key])) snapshot[key] = value;
  }
  const omit = Object.keys(base).filter((key) => !(key in request));
  return {
    description: c.description,
    command: c.command,
    snapshot,
    ...(omit.length > 0 ? { omit } : {}),
    expect: c.expect,
  };
}

/** Every case file the generators make: relative path -> exact file text. */
export function generatedCaseFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [folder, list] of Object.entries(CASE_FOLDERS)) {
    for (const c of list) {
      const path = `${folder}/${c.name}.json`;
      if (files.has(path)) throw new Error(`Two cases are named ${path}`);
      files.set(path, JSON.stringify(caseBody(c), null, 2) + '\n');
    }
  }
  return files;
}

/** A composed diagnose request: the base with the case's sections put in and its omitted ones taken out. */
export function composeSnapshot(
  snapshot: Record<string, unknown>,
  omit: readonly string[] = [],
): Record<string, unknown> {
  const base = healthy();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    if (omit.includes(key)) continue;
    out[key] = key in snapshot ? snapshot[key] : base[key];
  }
  for (const key of Object.keys(snapshot)) if (!(key in out)) out[key] = snapshot[key];
  return out;
}
