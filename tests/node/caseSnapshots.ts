// Writes every diagnose case's snapshot (the base composed with the case's section) to a folder, one
// file per case, so hosts can be compared on them: node caseSnapshots.js <folder> [--all]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCases } from './caseFiles';

const [folder, all] = process.argv.slice(2);
if (folder === undefined) throw new Error('usage: node caseSnapshots.js <folder> [--all]');
mkdirSync(folder, { recursive: true });
let written = 0;
for (const c of loadCases()) {
  if (c.command !== 'diagnose' || (c.expect.ok !== true && all !== '--all')) continue;
  writeFileSync(join(folder, `${c.id.replace(/[\\/]/g, '--')}`), c.requestText);
  written++;
}
process.stdout.write(`${written}\n`);
