'use strict';
// The collectors live in PowerShell (the module's own; never a copy here). A bridge runs them and
// returns the snapshot's text: 'spawn' starts PowerShell for each collection; 'edge-js' would host
// it in-process when edge-js is installed and loads (not built yet: see the README).
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/** What the module says off Windows (Export-WuTrustSnapshot), when no PowerShell can say it. */
const NEEDS_WINDOWS =
  'Export-WuTrustSnapshot collects facts from the Windows registry and services, so it needs Windows. Run it on ' +
  'the machine to diagnose and copy the file here.';

/** Which bridge is active and why: edge-js when it is installed and loads, else spawn. */
function detectBridge() {
  try {
    require.resolve('edge-js');
  } catch {
    return { name: 'spawn', why: 'edge-js is not installed (npm install edge-js adds the in-process bridge)' };
  }
  return {
    name: 'spawn',
    why: 'edge-js is installed, but this version of wutrust does not host PowerShell through it yet',
  };
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

/** Collects this machine's snapshot with the module's Export-WuTrustSnapshot in a child PowerShell. */
function spawnCollect(options = {}) {
  const out = path.join(os.tmpdir(), `wutrust-${process.pid}-${Date.now()}.json`);
  const module = process.env.WUTRUST_MODULE || 'WuTrust';
  const quote = (t) => `'${String(t).replace(/'/g, "''")}'`;
  const script =
    `$ErrorActionPreference = 'Stop'; Import-Module ${quote(module)}; ` +
    `Export-WuTrustSnapshot -Path ${quote(out)} -Force` +
    (options.skipNetwork ? ' -SkipNetwork' : '');
  const ps = powershell();
  const run = spawnSync(ps.file, [...ps.prefix, '-NoProfile', '-NonInteractive', '-Command', script], {
    encoding: 'utf8',
    windowsHide: true,
  });
  try {
    if (run.error) {
      if (process.platform !== 'win32') throw new Error(NEEDS_WINDOWS);
      throw new Error(`PowerShell could not be started (${ps.file}): ${run.error.message}`);
    }
    if (run.status !== 0 || !fs.existsSync(out)) {
      const text = `${run.stderr || ''}${run.stdout || ''}`.replace(/\x1b\[[0-9;]*m/g, '');
      const said = text.includes('needs Windows') ? NEEDS_WINDOWS : text.trim().split('\n').slice(-3).join(' ');
      throw new Error(said || `PowerShell exited with ${run.status}`);
    }
    return fs.readFileSync(out, 'utf8');
  } finally {
    fs.rmSync(out, { force: true });
  }
}

/** The collector: a module given with --collector (exports collect(), returning a snapshot's text), or the bridge. */
function collectorFor(file) {
  if (file) {
    const custom = require(path.resolve(file));
    if (typeof custom.collect !== 'function') throw new Error(`--collector ${file}: the module exports no collect() function.`);
    return { name: `custom (${file})`, collect: (o) => custom.collect(o) };
  }
  return { name: detectBridge().name, collect: spawnCollect };
}

module.exports = { detectBridge, collectorFor, spawnCollect, NEEDS_WINDOWS };
