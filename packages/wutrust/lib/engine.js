'use strict';
// The engine: the very bundle the PowerShell module runs in Jint (dist/WuTrust.Engine.js, copied
// at build time), evaluated once. Strings in, strings out, as in the module.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

let invoke = null;

function engine() {
  if (invoke === null) {
    const file = path.join(__dirname, '..', 'dist', 'WuTrust.Engine.js');
    const code = fs.readFileSync(file, 'utf8');
    // The bundle is compiled as the body of a function in this context and its entry returned; its
    // top-level names stay local to that function. It ran in a new vm context before, whose global
    // object answers every use of a built-in (JSON, Object, Math, Map, ...) through Node's
    // interceptors: the engine took 1.3-1.4 x the time there (bench/README.md 0j). The engine's code
    // names only ECMAScript built-ins (tsconfig: lib es2022, no types), so Node's globals beside
    // them are never read, and the answers are the same byte for byte.
    invoke = vm.compileFunction(`${code}\nreturn WuTrustInvoke;`, [], { filename: file })();
  }
  return invoke;
}

const OK_PREFIX = '{"ok":true,"result":';

/** The result's JSON text, or throws an Error with the engine's code and message. */
function callText(command, requestJson) {
  const response = engine()(command, requestJson);
  if (response.startsWith(OK_PREFIX)) return response.substring(OK_PREFIX.length, response.length - 1);
  const { error } = JSON.parse(response);
  const e = new Error(error.message);
  e.code = error.code;
  throw e;
}

function call(command, request) {
  return JSON.parse(callText(command, typeof request === 'string' ? request : JSON.stringify(request)));
}

module.exports = { callText, call, OK_PREFIX };
