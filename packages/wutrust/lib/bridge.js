'use strict';
// The collectors live in PowerShell (the module's own; never a copy here). A bridge runs them and
// returns the snapshot's text: 'spawn' starts PowerShell for each collection; 'edge-js' hosts it in
// this process (lib/edge.js) when edge-js is installed, its host built, and it loads.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const edge = require('./edge');

/** What the module says off Windows (Export-WuTrustSnapshot), when no PowerShell can say it. */
const NEEDS_WINDOWS =
  'Export-WuTrustSnapshot collects facts from the Windows registry and services, so it needs Windows. Run it on ' +
  'the machine to diagnose and copy the file here.';

/**
 * Which bridge is active and why. preference: 'spawn', 'edge-js', or auto (undefined: edge-js when it
 * is installed, built and loads, else spawn). Asking for edge-js when it cannot load is an error.
 */
function detectBridge(preference = process.env.WUTRUST_BRIDGE) {
  const wanted = preference === undefined || preference === '' ? 'auto' : String(preference);
  if (!['auto', 'spawn', 'edge-js'].includes(wanted)) {
    throw new Error(`--bridge ${wanted}: not a collector bridge; expected spawn, edge-js or auto.`);
  }
  if (wanted === 'spawn') return { name: 'spawn', why: 'asked for (--bridge spawn or WUTRUST_BRIDGE=spawn)' };
  const reason = edge.unavailableReason();
  if (reason) {
    if (wanted === 'edge-js') throw new Error(`The edge-js bridge was asked for and cannot be used: ${reason}.`);
    return { name: 'spawn', why: reason };
  }
  try {
    const d = edge.load().describe;
    const edgeVersion = require('edge-js/package.json').version;
    return {
      name: 'edge-js',
      why: `edge-js ${edgeVersion} loaded; PowerShell ${d.powershell} on .NET ${d.dotnet} in this process, from ${d.psHome}`,
    };
  } catch (e) {
    if (wanted === 'edge-js') throw e;
    return { name: 'spawn', why: e.message };
  }
}

/**
 * The module the bridges import: WUTRUST_MODULE (a name or a path), else WuTrust. A path is made
 * absolute here, so both bridges read it from this process's folder (a hosted PowerShell does not
 * start in it).
 */
function moduleName() {
  const configured = process.env.WUTRUST_MODULE;
  if (!configured) return 'WuTrust';
  const isPath = /[\\/]/.test(configured) || /\.ps[dm]1$/i.test(configured);
  return isPath ? path.resolve(configured) : configured;
}

/** The PowerShell to start: WUTRUST_PWSH (a command line, e.g. "dotnet /path/pwsh.dll"), else pwsh or powershell.exe. */
function powershell() {
  const configured = process.env.WUTRUST_PWSH;
  if (configured) {
    const parts = configured.split(' ').filter((p) => p.length > 0);
    return { file: parts[0], prefix: parts.slice(1) };
  }
  return { file: process.platform === 'win32' ? 'powershell.exe' : 'pwsh', prefix: [] };
}

/**
 * Runs `exportTo(file)` (a bridge writing the snapshot to file) and returns the file's text. The file
 * lies in a private folder (mode 0700, a name no one can guess), not under a fixed name in the shared
 * temp folder, and the folder is removed afterwards.
 */
function exportSnapshot(exportTo) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'wutrust-collect-'));
  const out = path.join(folder, 'snapshot.json');
  try {
    exportTo(out);
    return fs.readFileSync(out, 'utf8');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** The module's Export-WuTrustSnapshot in a child PowerShell, writing to `out`. */
function spawnExport(options, out) {
  const quote = (t) => `'${String(t).replace(/'/g, "''")}'`;
  const script =
    `$ErrorActionPreference = 'Stop'; Import-Module ${quote(moduleName())}; ` +
    `Export-WuTrustSnapshot -Path ${quote(out)} -Force` +
    (options.skipNetwork ? ' -SkipNetwork' : '');
  const ps = powershell();
  const run = spawnSync(ps.file, [...ps.prefix, '-NoProfile', '-NonInteractive', '-Command', script], {
    encoding: 'utf8',
    windowsHide: true,
  });
  if (run.error) {
    if (process.platform !== 'win32') throw new Error(NEEDS_WINDOWS);
    throw new Error(`PowerShell could not be started (${ps.file}): ${run.error.message}`);
  }
  if (run.status !== 0 || !fs.existsSync(out)) {
    const text = `${run.stderr || ''}${run.stdout || ''}`.replace(/\x1b\[[0-9;]*m/g, '');
    const said = text.includes('needs Windows') ? NEEDS_WINDOWS : text.trim().split('\n').slice(-3).join(' ');
    throw new Error(said || `PowerShell exited with ${run.status}`);
  }
}

/** Collects this machine's snapshot with the module's Export-WuTrustSnapshot in a child PowerShell. */
function spawnCollect(options = {}) {
  return exportSnapshot((out) => spawnExport(options, out));
}

/** The same in this process (lib/edge.js); the module's NeedsWindows error becomes the same message. */
function edgeCollect(options = {}) {
  return exportSnapshot((out) => {
    try {
      edge.edgeExport(options, moduleName(), out);
    } catch (e) {
      if (e.id && e.id.startsWith('WuTrust.LiveCollectionNeedsWindows')) throw new Error(NEEDS_WINDOWS);
      throw e;
    }
  });
}

/** The collector: a module given with --collector (exports collect(), returning a snapshot's text), or a bridge. */
function collectorFor(file, preference) {
  if (file) {
    const custom = require(path.resolve(file));
    if (typeof custom.collect !== 'function')
      throw new Error(`--collector ${file}: the module exports no collect() function.`);
    return { name: `custom (${file})`, collect: (o) => custom.collect(o) };
  }
  const bridge = detectBridge(preference);
  if (bridge.name === 'edge-js') {
    return { name: 'edge-js', why: bridge.why, collect: edgeCollect };
  }
  return { name: 'spawn', why: bridge.why, collect: spawnCollect };
}

module.exports = { detectBridge, collectorFor, spawnCollect, NEEDS_WINDOWS };
