// Writes tests/cases from the generators in tests/node/cases (build.ps1 -Task Cases). The test
// 'committed case files equal the generators' output' fails until this has been run after an edit.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CASES_DIR } from './caseFiles';
import { CASE_FOLDERS, generatedCaseFiles } from './cases/compose';

for (const folder of Object.keys(CASE_FOLDERS)) rmSync(join(CASES_DIR, folder), { recursive: true, force: true });
const files = generatedCaseFiles();
for (const [path, text] of files) {
  mkdirSync(dirname(join(CASES_DIR, path)), { recursive: true });
  writeFileSync(join(CASES_DIR, path), text);
}
console.log(`${files.size} case files written to ${CASES_DIR}`);
