'use strict';
// The fleet report, as Get-WuTrustFleetReport makes it: the same engine command (fleetReport) in
// batches with the summary carried over, the same HTML template and data blocks.
const fs = require('node:fs');
const path = require('node:path');
const { callText } = require('./engine');

const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;

/** Files, folders (their *.json files) and simple globs (* and ? in the last segment), in a stable order. */
function resolveInputs(inputs, recurse) {
  const out = [];
  const missing = [];
  const walk = (dir) => {
    const entries = fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (recurse) walk(full);
      } else if (e.name.toLowerCase().endsWith('.json')) out.push(full);
    }
  };
  for (const input of inputs) {
    const full = path.resolve(input);
    if (fs.existsSync(full)) {
      if (fs.statSync(full).isDirectory()) walk(full);
      else out.push(full);
      continue;
    }
    const base = path.basename(full);
    if (/[*?]/.test(base) && fs.existsSync(path.dirname(full))) {
      const pattern = new RegExp(
        `^${base
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
        'i',
      );
      const matched = fs
        .readdirSync(path.dirname(full))
        .filter((n) => pattern.test(n))
        .sort()
        .map((n) => path.join(path.dirname(full), n));
      if (matched.length > 0) {
        out.push(...matched);
        continue;
      }
    }
    missing.push(input);
  }
  return { files: out, missing };
}

function readSnapshot(file) {
  const size = fs.statSync(file).size;
  if (size > MAX_SNAPSHOT_BYTES) {
    throw new Error(
      `Snapshot file '${file}' holds ${size} bytes, more than a snapshot ever does (${MAX_SNAPSHOT_BYTES}).`,
    );
  }
  return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

/** One file's item in a fleetReport request: its name and its text as JSON strings (the text stays data). */
function batchItem(file, text) {
  return `{"source":${JSON.stringify(file)},"text":${JSON.stringify(text)}}`;
}

/** The part of every fleetReport request after its items: the options and the redaction key. */
function requestTail(options) {
  return (
    `,"options":{"logMaxAgeDays":${options.logMaxAgeDays ?? 30}}` +
    (options.redactKey !== undefined && options.redactKey !== null
      ? `,"redactKey":${JSON.stringify(options.redactKey)}`
      : '')
  );
}

/** A batch's fleetReport request: its items, the tail, and the summary carried over (JSON text). */
function batchRequest(items, tail, summaryJson) {
  return `{"items":[${items.join(',')}]${tail},"summary":${summaryJson}}`;
}

/** Judges the files in batches; returns { summary, summaryJson, records: [jsonl chunks], machines, notAnalysed }. */
function fleetReport(files, options = {}) {
  const batchSize = options.batchSize || 200;
  const tail = requestTail(options);
  let summaryJson = 'null';
  let summary = null;
  const records = [];
  const machines = [];
  const notAnalysed = [];
  for (let start = 0; start < files.length || summary === null; start += batchSize) {
    const items = [];
    for (const file of files.slice(start, start + batchSize)) {
      try {
        items.push(batchItem(file, readSnapshot(file)));
      } catch (e) {
        notAnalysed.push({ source: file, code: 'Unreadable', reason: e.message });
      }
    }
    const result = JSON.parse(callText('fleetReport', batchRequest(items, tail, summaryJson)));
    summary = result.summary;
    summaryJson = result.summaryJson;
    machines.push(...result.machines);
    notAnalysed.push(...result.notAnalysed);
    if (result.records.length > 0) records.push(result.records);
    if (options.progress) options.progress(Math.min(files.length, start + batchSize), files.length);
    if (files.length === 0) break;
  }
  return { summary, summaryJson, records, machines, notAnalysed };
}

/** The HTML report from the module's template (dist/FleetReport.html), cut at its markers first. */
function fleetHtml(run, meta) {
  const template = fs.readFileSync(path.join(__dirname, '..', 'dist', 'FleetReport.html'), 'utf8');
  const safe = (json) => json.replace(/</g, '\\u003c');
  const escapeHtml = (t) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const machines = `[${run.records.map((r) => r.replace(/\n/g, ',')).join(',')}]`;
  const values = [
    ['<title>WuTrust report</title>', `<title>${escapeHtml(meta.title)}</title>`],
    ['/*WU-SUMMARY*/', safe(run.summaryJson)],
    ['/*WU-MACHINES*/', safe(machines)],
    [
      '/*WU-NOTANALYSED*/',
      safe(JSON.stringify(run.notAnalysed.map((n) => ({ source: n.source, code: n.code, reason: n.reason })))),
    ],
    ['/*WU-META*/', safe(JSON.stringify(meta))],
  ];
  let at = 0;
  let out = '';
  for (const [marker, value] of values) {
    const found = template.indexOf(marker, at);
    if (found < 0) throw new Error(`The report template has no ${marker}.`);
    out += template.substring(at, found) + value;
    at = found + marker.length;
  }
  return out + template.substring(at);
}

/**
 * The same report on several engines at once: contiguous slices of the files in worker threads,
 * each with its own copy of the engine; results joined in file order, summaries merged by the
 * engine (mergeFleetSummaries), as Get-WuTrustFleetReport -ThrottleLimit does.
 */
async function fleetReportParallel(files, options = {}) {
  const { Worker } = require('node:worker_threads');
  const batchSize = options.batchSize || 200;
  const workers = Math.min(options.workers || 1, Math.ceil(files.length / batchSize));
  if (workers <= 1) return fleetReport(files, options);
  const size = Math.ceil(files.length / workers);
  const slices = [];
  for (let w = 0; w < workers; w++) slices.push(files.slice(w * size, (w + 1) * size));
  const done = slices.map(() => 0);
  const parts = await Promise.all(
    slices.map(
      (slice, index) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(__filename, {
            workerData: {
              slice,
              options: { batchSize, logMaxAgeDays: options.logMaxAgeDays, redactKey: options.redactKey },
              progress: typeof options.progress === 'function',
            },
          });
          // Messages: { progress } after each batch (when asked), then the slice's report.
          worker.on('message', (m) => {
            if (m !== null && typeof m === 'object' && 'progress' in m) {
              done[index] = m.progress;
              options.progress(
                done.reduce((a, b) => a + b, 0),
                files.length,
              );
            } else resolve(m);
          });
          worker.once('error', reject);
        }),
    ),
  );
  const merged = JSON.parse(
    callText('mergeFleetSummaries', `{"summaries":[${parts.map((p) => p.summaryJson).join(',')}]}`),
  );
  return {
    summary: merged.summary,
    summaryJson: merged.summaryJson,
    records: parts.flatMap((p) => p.records),
    machines: parts.flatMap((p) => p.machines),
    notAnalysed: parts.flatMap((p) => p.notAnalysed),
  };
}

const threads = require('node:worker_threads');
if (!threads.isMainThread && threads.workerData && threads.workerData.slice) {
  const { slice, options, progress } = threads.workerData;
  const report = (n) => threads.parentPort.postMessage({ progress: n });
  threads.parentPort.postMessage(fleetReport(slice, progress ? { ...options, progress: report } : options));
}

module.exports = {
  resolveInputs,
  readSnapshot,
  batchItem,
  requestTail,
  batchRequest,
  fleetReport,
  fleetReportParallel,
  fleetHtml,
};
