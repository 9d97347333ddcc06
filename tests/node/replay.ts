// Prints {"<case id>": "<engine response>", ...} for every case, computed from the TypeScript
// source. Pester compares these strings with what the shipped bundle returns inside Jint.
import { invoke } from '../../src/index';
import { loadCases } from './caseFiles';

const out: Record<string, string> = {};
for (const c of loadCases()) {
  out[c.id] = invoke(c.command, c.requestText);
}
process.stdout.write(JSON.stringify(out));
