'use strict';
// The reading floor of `wutrust report` (bench/Measure-WuNodeReport.ps1): what every run does before
// anything is judged, with the installed package's own code - each file read (readSnapshot), the
// batch request built by lib/fleet.js (batchItem, batchRequest), and the engine's strict read of
// that request and of each snapshot text (the engineInfo command reads its request like every
// command, then answers from a constant). No report can be faster than this on the same machine. Files are sliced over
// worker threads as fleetReportParallel slices them.
// Usage: node report-floor.cjs <package folder> <folder of snapshots> <threads>. Prints one JSON line.
const fs = require('node:fs');
const path = require('node:path');
const { Worker, isMainThread, parentPort, workerData } = require('node:worker_threads');

const BATCH = 200;

function readSlice(packageDir, files) {
  const { readSnapshot, batchItem, requestTail, batchRequest } = require(path.join(packageDir, 'lib', 'fleet.js'));
  const { callText } = require(path.join(packageDir, 'lib', 'engine.js'));
  const tail = requestTail({});
  let bytes = 0;
  for (let start = 0; start < files.length; start += BATCH) {
    const texts = files.slice(start, start + BATCH).map((f) => readSnapshot(f));
    const items = texts.map((t, i) => batchItem(files[start + i], t));
    callText('engineInfo', batchRequest(items, tail, 'null'));
    for (const t of texts) {
      callText('engineInfo', t);
      bytes += t.length;
    }
  }
  return bytes;
}

if (!isMainThread) {
  parentPort.postMessage(readSlice(workerData.packageDir, workerData.files));
} else {
  const [packageArg, folder, threadsText] = process.argv.slice(2);
  const packageDir = path.resolve(packageArg);
  const threads = Math.max(1, Number(threadsText) || 1);
  const files = fs
    .readdirSync(folder)
    .filter((n) => n.toLowerCase().endsWith('.json'))
    .sort()
    .map((n) => path.join(folder, n));
  const started = process.hrtime.bigint();
  const done = (bytes) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const perSec = Math.round((files.length * 10000) / ms) / 10;
    process.stdout.write(
      `${JSON.stringify({ threads, snapshots: files.length, bytes, ms: Math.round(ms), perSec })}\n`,
    );
  };
  if (threads === 1) done(readSlice(packageDir, files));
  else {
    const size = Math.ceil(files.length / threads);
    const parts = [];
    for (let w = 0; w < threads; w++) {
      const slice = files.slice(w * size, (w + 1) * size);
      parts.push(
        new Promise((resolve, reject) => {
          const worker = new Worker(__filename, { workerData: { packageDir, files: slice } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
      );
    }
    Promise.all(parts).then((b) => done(b.reduce((x, y) => x + y, 0)));
  }
}
