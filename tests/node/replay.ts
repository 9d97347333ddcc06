// Prints {"<case id>": {"command", "request", "response"}, ...} for every case, with the response
// computed from the TypeScript source. Pester sends the same request text to the shipped bundle
// inside Jint and requires the identical response text.
import { invoke } from '../../src/index';
import { loadCases } from './caseFiles';

const out: Record<string, { command: string; request: string; response: string }> = {};
for (const c of loadCases()) {
  out[c.id] = { command: c.command, request: c.requestText, response: invoke(c.command, c.requestText) };
}
process.stdout.write(JSON.stringify(out));
