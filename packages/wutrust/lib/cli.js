'use strict';
// wutrust: the WuTrust engine for Node users and reporting boxes. Exit codes as the Intune
// contract: 0 when everything judged is healthy, 1 otherwise (a problem, a check not run, a file
// not analysed, a collection that failed).
const fs = require('node:fs');
const path = require('node:path');
const { callText } = require('./engine');
const { resolveInputs, readSnapshot, fleetReportParallel, fleetHtml } = require('./fleet');
const { detectBridge, collectorFor } = require('./bridge');
const { buildHost, edgeJsDir, edgeJsOutputs, hostDir } = require('./edge');

const PACKAGE = require('../package.json');

const USAGE = `wutrust ${PACKAGE.version}: Windows Update certificate trust, judged by the WuTrust engine

  wutrust analyze <snapshot.json...> [--json]      judge snapshots (as Get-WuTrustStatus -Snapshot)
  wutrust report <folders|files|globs...> [--html <file>] [--jsonl <file>] [--recurse] [--redact [--redact-key <k>]]
                 [--threads <n>]                   engines at once (default: the processors)
                 [--progress]                      files judged so far, on standard error (on a terminal: always)
  wutrust collect [--out <file>] [--skip-network]   this machine's snapshot (Windows; the module's collectors)
  wutrust watch [--interval <s>] [--rounds <n>] [--collector <module.js>]   re-judge, print only what changed
                 collect and watch take --bridge spawn|edge-js (default: edge-js when it loads, else spawn)
  wutrust bridge build                             build the in-process PowerShell host (edge-js installed first)
  wutrust bridge status                            which collector bridge is active, and why
  wutrust --version                                the version, the engine's, and the collector bridge

Exit codes: 0 healthy, 1 otherwise (as Detect-WuTrust.ps1).`;

function parse(args) {
  const out = { _: [], flags: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const name = a.substring(2);
      const takesValue = [
        'html',
        'jsonl',
        'out',
        'interval',
        'rounds',
        'collector',
        'redact-key',
        'batch-size',
        'title',
        'threads',
        'bridge',
      ].includes(name);
      if (takesValue) {
        if (i + 1 >= args.length) throw new Error(`--${name} needs a value.`);
        out.flags[name] = args[++i];
      } else out.flags[name] = true;
    } else out._.push(a);
  }
  return out;
}

const engineVersion = () => JSON.parse(callText('engineInfo', '{}')).engineVersion;

/** One report line as Get-WuTrustStatus -AsJson writes it: source, tool, engine version, the report. */
function asJsonLine(source, resultText) {
  return (
    `{"source":${JSON.stringify(source)},"tool":{"name":"WuTrust","version":${JSON.stringify(PACKAGE.version)}}` +
    `,"engineVersion":${JSON.stringify(engineVersion())},${resultText.substring(1)}`
  );
}

function analyze(argv, write) {
  const { files, missing } = resolveInputs(argv._, false);
  let code = files.length === 0 ? 1 : 0;
  for (const m of missing) {
    process.stderr.write(`wutrust: no snapshot file matches '${m}'.\n`);
    code = 1;
  }
  for (const file of files) {
    let text;
    try {
      text = callText('diagnose', readSnapshot(file));
    } catch (e) {
      process.stderr.write(`wutrust: Snapshot file '${file}': ${e.message}\n`);
      code = 1;
      continue;
    }
    const report = JSON.parse(text);
    if (!report.healthy) code = 1;
    if (argv.flags.json) {
      write(asJsonLine(file, text));
    } else {
      write(`${file}: ${report.summary}`);
      for (const f of report.findings) {
        write(`  ${f.severity.padEnd(8)} ${f.id} ${f.title}${f.explainedBy ? ` (explained by ${f.explainedBy})` : ''}`);
      }
    }
  }
  return code;
}

async function report(argv, write) {
  const { files, missing } = resolveInputs(argv._, argv.flags.recurse === true);
  for (const m of missing) process.stderr.write(`wutrust: nothing matches '${m}'.\n`);
  if (argv._.length === 0) throw new Error('report needs folders, files or globs of snapshots.');
  const redact = argv.flags.redact === true || argv.flags['redact-key'] !== undefined;
  // Progress on standard error: one line rewritten in place on a terminal, a line per batch when
  // asked for elsewhere (--progress); standard output keeps the report alone.
  const terminal = process.stderr.isTTY === true;
  let rewritten = false;
  const progress =
    terminal || argv.flags.progress === true
      ? (done, total) => {
          const line = `wutrust report: ${done} of ${total} snapshot file(s) judged`;
          if (terminal) {
            process.stderr.write(`\r${line}`);
            rewritten = true;
          } else process.stderr.write(`${line}\n`);
        }
      : undefined;
  const run = await fleetReportParallel(files, {
    workers: argv.flags.threads ? Number(argv.flags.threads) : require('node:os').availableParallelism(),
    batchSize: argv.flags['batch-size'] ? Number(argv.flags['batch-size']) : 200,
    redactKey: redact ? String(argv.flags['redact-key'] ?? '') : null,
    progress,
  });
  if (rewritten) process.stderr.write('\n');
  if (argv.flags.jsonl) fs.writeFileSync(argv.flags.jsonl, run.records.map((r) => `${r}\n`).join(''));
  if (argv.flags.html) {
    const meta = {
      title: argv.flags.title || 'WuTrust fleet report',
      generatedAt: `${new Date().toISOString().substring(0, 16).replace('T', ' ')} UTC`,
      version: PACKAGE.version,
      engineVersion: engineVersion(),
      redacted: redact,
    };
    fs.writeFileSync(argv.flags.html, fleetHtml(run, meta));
  }
  const s = run.summary;
  write(
    `${s.machines} machine(s): ${s.byStatus.Healthy} healthy, ${s.byStatus.Unhealthy} unhealthy, ` +
      `${s.byStatus.Incomplete} incomplete; ${run.notAnalysed.length} file(s) not analysed`,
  );
  for (const g of s.findings) {
    write(
      `  ${(g.rootCause ? 'RootCause' : g.severity).padEnd(9)} ${g.id.padEnd(12)} ${String(g.machines).padStart(6)}  ${g.title}`,
    );
  }
  for (const n of run.notAnalysed) write(`  not analysed: ${n.source}: ${n.code}: ${n.reason}`);
  const allHealthy = s.machines > 0 && s.byStatus.Healthy === s.machines;
  return allHealthy && run.notAnalysed.length === 0 && missing.length === 0 ? 0 : 1;
}

function collect(argv, write) {
  let text;
  try {
    const collector = collectorFor(argv.flags.collector, argv.flags.bridge);
    text = collector.collect({ skipNetwork: argv.flags['skip-network'] === true });
  } catch (e) {
    process.stderr.write(`wutrust: ${e.message}\n`);
    return 1;
  }
  if (argv.flags.out) {
    fs.writeFileSync(argv.flags.out, text);
    write(`Snapshot written to ${path.resolve(argv.flags.out)}`);
  } else write(text);
  return 0;
}

/** What changed between two reports: the status, and findings that came or went. */
function changes(before, after) {
  const lines = [];
  if (before === null || before.status !== after.status) {
    lines.push(`status ${before ? before.status + ' -> ' : ''}${after.status}: ${after.summary}`);
  }
  const key = (f) => `${f.id} ${f.title}`;
  const was = new Map((before ? before.findings : []).map((f) => [key(f), f]));
  const now = new Map(after.findings.map((f) => [key(f), f]));
  for (const [k, f] of now) if (!was.has(k)) lines.push(`+ ${f.severity} ${k}`);
  for (const [k, f] of was) if (!now.has(k)) lines.push(`- ${f.severity} ${k} (gone)`);
  return lines;
}

async function watch(argv, write) {
  const collector = collectorFor(argv.flags.collector, argv.flags.bridge);
  const interval = Math.max(1, Number(argv.flags.interval ?? 60));
  const rounds = argv.flags.rounds ? Number(argv.flags.rounds) : Infinity;
  let previous = null;
  let code = 1;
  const how = collector.why
    ? `the ${collector.name} collector bridge (${collector.why})`
    : `the ${collector.name} collector`;
  write(`${new Date().toISOString().substring(11, 19)} watching every ${interval} s with ${how}`);
  for (let round = 1; round <= rounds; round++) {
    const stamp = new Date().toISOString().substring(11, 19);
    try {
      const current = JSON.parse(
        callText('diagnose', await collector.collect({ skipNetwork: argv.flags['skip-network'] === true })),
      );
      for (const line of changes(previous, current)) write(`${stamp} ${line}`);
      previous = current;
      code = current.healthy ? 0 : 1;
    } catch (e) {
      write(`${stamp} could not collect or judge: ${e.message}`);
      code = 1;
    }
    if (round < rounds) await new Promise((r) => setTimeout(r, interval * 1000));
  }
  return code;
}

/** wutrust bridge build | status: the in-process bridge's host, and which bridge is active. */
function bridgeCommand(argv, write) {
  const what = argv._.shift();
  if (what === 'build') {
    buildHost(write);
    const bridge = detectBridge('edge-js');
    write(`collector bridge: ${bridge.name} (${bridge.why})`);
    return 0;
  }
  if (what === 'status' || what === undefined) {
    const bridge = detectBridge(argv.flags.bridge);
    write(`collector bridge: ${bridge.name} (${bridge.why})`);
    const dir = edgeJsDir();
    write(`edge-js: ${dir || 'not installed'}`);
    if (dir) for (const o of edgeJsOutputs(dir)) write(`  ${o.exists ? 'present' : 'MISSING'} ${o.file}`);
    write(`PowerShell host: ${hostDir()}`);
    return bridge.name === 'edge-js' ? 0 : 1;
  }
  throw new Error(`bridge ${what}: not an action; expected build or status.`);
}

async function main(args) {
  const write = (line) => process.stdout.write(`${line}\n`);
  const argv = parse(args);
  if (argv.flags.version) {
    const bridge = detectBridge(argv.flags.bridge);
    write(`wutrust ${PACKAGE.version} (engine ${engineVersion()}); collector bridge: ${bridge.name} (${bridge.why})`);
    return 0;
  }
  const command = argv._.shift();
  switch (command) {
    case 'analyze':
      return analyze(argv, write);
    case 'report':
      return report(argv, write);
    case 'collect':
      return collect(argv, write);
    case 'watch':
      return watch(argv, write);
    case 'bridge':
      return bridgeCommand(argv, write);
    case undefined:
    case 'help':
      write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`wutrust: unknown command '${command}'.\n${USAGE}\n`);
      return 1;
  }
}

module.exports = { main, changes, asJsonLine };
