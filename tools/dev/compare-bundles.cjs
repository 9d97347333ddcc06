// Replays every case of a cases folder through two engine bundles and lists the responses that differ.
//   node tools/dev/compare-bundles.cjs <old bundle> <new bundle> <cases folder> [<cases folder of the new bundle>]
// With a second folder, each case id is looked up there (composed requests) for the new bundle.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
function load(file) {
  const context = {};
  vm.createContext(context);
  vm.runInContext(fs.readFileSync(file, 'utf8') + '\n;this.WuTrustEngine = WuTrustEngine;', context);
  return context.WuTrustEngine;
}
function walk(dir) {
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const full = path.join(dir, n);
      return fs.statSync(full).isDirectory() ? walk(full) : n.endsWith('.json') ? [full] : [];
    });
}
const [oldFile, newFile, casesDir, newRequests] = process.argv.slice(2);
const oldEngine = load(oldFile);
const newEngine = load(newFile);
const requests = newRequests ? JSON.parse(fs.readFileSync(newRequests, 'utf8')) : null;
let same = 0;
const differ = [];
for (const file of walk(casesDir)) {
  const id = path.relative(casesDir, file).split(path.sep).join('/');
  const body = JSON.parse(fs.readFileSync(file, 'utf8'));
  const text = typeof body.requestText === 'string' ? body.requestText : JSON.stringify(body.request);
  const before = oldEngine.invoke(body.command, text);
  const newText = requests && requests[id] ? requests[id].request : text;
  const after = newEngine.invoke(body.command, newText);
  if (before === after) same++;
  else differ.push({ id, before: before.substring(0, 300), after: after.substring(0, 300) });
}
console.log(JSON.stringify({ same, differ }, null, 1));
