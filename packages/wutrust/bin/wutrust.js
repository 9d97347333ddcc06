#!/usr/bin/env node
'use strict';
// A reader that stops early (| head) ends the output, not the process with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
require('../lib/cli')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`wutrust: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 1;
    },
  );
