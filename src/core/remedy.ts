/**
 * Remedies as data (admin-trial D1). A remedy is one command: its name, a parameters table an
 * administrator or a script can splat (`& $r.name @p`), or for a native program an argument list,
 * and a text form built from that data in which every value is a single-quoted PowerShell string.
 * Text from a snapshot or the registry only ever becomes such a value: it cannot end the string,
 * start a statement or expand. The names (command, parameters, table keys) come from catalogues
 * and are checked to be plain words, so a catalogue typo is an engine fault, not a new command.
 */
import { EngineError } from './errors';

/** A parameter's value: text, a whole number, a switch (true; false is written -Name:$false), or a table. */
export type RemedyValue = string | number | boolean | Readonly<Record<string, string>>;
export type RemedyParameters = Readonly<Record<string, RemedyValue>>;

export interface Remedy {
  /** The text form: one command, every value quoted. */
  command: string;
  /** The command's name (a cmdlet, or a native program such as certutil.exe). */
  name: string;
  /** Named parameters, in order, ready to splat; empty for a native program. */
  parameters: Record<string, RemedyValue>;
  /** Positional arguments of a native program, ready to splat; empty for a cmdlet. */
  arguments: string[];
  description: string;
}

const COMMAND_NAME = /^[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)?(\.exe)?$/;
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
// PowerShell ends a single-quoted string at any of these four characters, and reads each one
// doubled as one literal character (the language specification, 2.3.5.2.2 single-quote-character).
const SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A PowerShell single-quoted string holding exactly `text`. */
export function quote(text: string): string {
  return `'${text.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/**
 * PowerShell's parser takes an argument whose value is exactly --% as the stop-parsing token even
 * when it is quoted, and reads the rest of the line verbatim (found by tests/node/remedyCorpus.ts:
 * `-LiteralPath '--%' -NewName 'x' -WhatIf` lost its -WhatIf). Such a value is bound with a colon
 * (`-Name:'--%'`), or for a native program put in parentheses, where it is an ordinary string.
 */
const STOP_PARSING = '--%';

function name(kind: string, text: string, pattern: RegExp): string {
  if (!pattern.test(text))
    throw new EngineError('InternalError', `Remedy ${kind} ${JSON.stringify(text)} is not a plain name.`);
  return text;
}

function renderValue(value: RemedyValue, parameter: string): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new EngineError('InternalError', `Remedy parameter -${parameter} is not a whole number.`);
    return String(value);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value).map((key) => {
      const item = value[key];
      if (typeof item !== 'string')
        throw new EngineError('InternalError', `Remedy table -${parameter} holds a non-string.`);
      return `${name('table key', key, PARAMETER_NAME)} = ${quote(item)}`;
    });
    return `@{ ${entries.join('; ')} }`;
  }
  throw new EngineError('InternalError', `Remedy parameter -${parameter} has an unsupported value.`);
}

/** The remedy for a command with named parameters (switches as true). */
export function remedyOf(command: string, parameters: RemedyParameters, description: string): Remedy {
  const parts = [name('command', command, COMMAND_NAME)];
  const kept: Record<string, RemedyValue> = {};
  for (const key of Object.keys(parameters)) {
    const value = parameters[key] as RemedyValue;
    name('parameter', key, PARAMETER_NAME);
    kept[key] = typeof value === 'object' ? { ...value } : value;
    if (value === true) parts.push(`-${key}`);
    else if (value === false) parts.push(`-${key}:$false`);
    else if (value === STOP_PARSING) parts.push(`-${key}:${quote(value)}`);
    else parts.push(`-${key} ${renderValue(value, key)}`);
  }
  return { command: parts.join(' '), name: command, parameters: kept, arguments: [], description };
}

/** The remedy for a native program: every argument quoted. */
export function nativeRemedyOf(command: string, args: readonly string[], description: string): Remedy {
  const parts = [
    name('command', command, COMMAND_NAME),
    ...args.map((a) => (a === STOP_PARSING ? `(${quote(a)})` : quote(a))),
  ];
  return { command: parts.join(' '), name: command, parameters: {}, arguments: [...args], description };
}
