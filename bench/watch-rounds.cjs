'use strict';
// One bridge's watch rounds (bench/Measure-WuNodeWatch.ps1): what `wutrust watch` does each round
// (collect through the bridge, then the engine's diagnose), timed with the installed package's own
// code. Usage: node watch-rounds.cjs <package folder> <spawn|edge-js> <rounds>. Prints one JSON line.
const path = require('node:path');

const [packageDir, bridge, roundsText] = process.argv.slice(2);
const { collectorFor } = require(path.join(packageDir, 'lib', 'bridge.js'));
const { callText } = require(path.join(packageDir, 'lib', 'engine.js'));

const started = process.hrtime.bigint();
const collector = collectorFor(undefined, bridge);
const loadMs = Number(process.hrtime.bigint() - started) / 1e6;
const round = () => {
  const t = process.hrtime.bigint();
  const report = JSON.parse(callText('diagnose', collector.collect({ skipNetwork: true })));
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, status: report.status };
};
const first = round();
const warm = [];
for (let i = 0; i < Number(roundsText); i++) warm.push(round());
const sorted = warm.map((r) => r.ms).sort((a, b) => a - b);
const median =
  sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
process.stdout.write(
  JSON.stringify({
    bridge: collector.name,
    why: collector.why,
    loadMs,
    firstMs: first.ms,
    warmMs: warm.map((r) => r.ms),
    medianMs: median,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    statuses: [...new Set(warm.map((r) => r.status).concat(first.status))],
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
