// Opens a WuTrust HTML report in headless Chromium (playwright-core driving Debian's chromium) and
// checks it against the data it was made from: node fleet-report.cjs <html> <jsonl|-> <screenshot> [single]
// Prints one JSON object: what was checked, what the page showed, every request the page made.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

async function main() {
  const [html, jsonl, screenshot, mode] = process.argv.slice(2);
  const records =
    jsonl === '-'
      ? []
      : fs
          .readFileSync(jsonl, 'utf8')
          .split('\n')
          .filter((l) => l.length > 0)
          .map((l) => JSON.parse(l));
  const executablePath = process.env.WUTRUST_CHROMIUM || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const out = { problems: [], requests: [], shown: {}, expected: {} };
  const problem = (text) => out.problems.push(text);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (r) => out.requests.push(r.url()));
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const started = Date.now();
    await page.goto('file://' + path.resolve(html));
    await page.waitForSelector('body[data-ready="true"]', { timeout: 180000 });
    out.renderMs = Date.now() - started;
    if (errors.length > 0) problem(`script errors: ${errors.join('; ')}`);
    // The page as it opens (before any click), for the test output.
    await page.screenshot({ path: screenshot, fullPage: false });
    out.screenshot = screenshot;
    if (mode === 'single') {
      out.shown.single = await page.textContent('#single-name');
      out.shown.fleetHidden = await page.$eval('#fleet', (e) => getComputedStyle(e).display === 'none');
      out.shown.findings = await page.$$eval('#single .finding', (n) => n.length);
      out.shown.remedies = await page.$$eval('#single .finding code', (n) => n.map((c) => c.textContent));
    } else {
      // The counts shown against the records.
      const statuses = { Healthy: 0, Unhealthy: 0, Incomplete: 0 };
      const byId = {};
      for (const r of records) {
        statuses[r.status]++;
        for (const id of new Set(r.findings.map((f) => f.id))) byId[id] = (byId[id] || 0) + 1;
      }
      out.expected = { machines: records.length, statuses, findings: Object.keys(byId).length };
      out.shown.machines = Number(await page.textContent('#count-machines'));
      if (out.shown.machines !== records.length) problem(`machines: shown ${out.shown.machines}, data ${records.length}`);
      for (const s of Object.keys(statuses)) {
        const shown = Number(await page.textContent(`#count-${s}`));
        out.shown[s] = shown;
        if (shown !== statuses[s]) problem(`${s}: shown ${shown}, data ${statuses[s]}`);
      }
      const groups = await page.$$eval('#findings details', (ds) =>
        ds.map((d) => ({ id: d.id.replace('finding-', ''), count: Number(d.querySelector('.finding-count').textContent) })),
      );
      out.shown.findings = groups.length;
      if (groups.length !== Object.keys(byId).length) problem(`finding groups: shown ${groups.length}, data ${Object.keys(byId).length}`);
      for (const g of groups) if (byId[g.id] !== g.count) problem(`${g.id}: shown ${g.count} machines, data ${byId[g.id]}`);
      const rows = await page.$$eval('#machines tbody tr', (r) => r.length);
      out.shown.rows = rows;
      if (rows !== records.length) problem(`machine rows: ${rows}, data ${records.length}`);
      // Sorting: by name ascending, then descending; by the Critical column as numbers.
      const column = (i) => page.$$eval(`#machines tbody tr td:nth-child(${i})`, (c) => c.map((x) => x.textContent));
      const header = (i) => page.click(`#machines thead th:nth-child(${i})`);
      await header(1);
      const asc = await column(1);
      await header(1);
      const desc = await column(1);
      const sorted = [...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      out.shown.sortAscending = JSON.stringify(asc) === JSON.stringify(sorted);
      out.shown.sortDescending = JSON.stringify(desc) === JSON.stringify([...sorted].reverse());
      if (!out.shown.sortAscending) problem('the machine column did not sort ascending');
      if (!out.shown.sortDescending) problem('the machine column did not sort descending');
      await header(4);
      const critical = (await column(4)).map(Number);
      out.shown.sortNumeric = critical.every((v, i) => i === 0 || critical[i - 1] <= v);
      if (!out.shown.sortNumeric) problem('the Critical column did not sort as numbers');
      // Evidence on demand: a click on the first row shows that machine.
      if (records.length > 0) {
        const first = (await column(1))[0];
        await page.click('#machines tbody tr:first-child');
        out.shown.evidenceFor = await page.textContent('#evidence-name');
        if (!out.shown.evidenceFor.startsWith(first + ':')) problem(`evidence shows ${out.shown.evidenceFor}, clicked ${first}`);
        // A finding's table appears when it is opened.
        const firstGroup = groups[0];
        if (firstGroup) {
          await page.click(`#finding-${firstGroup.id} > summary`);
          // The details' toggle event comes as a task after the click: wait for the table it makes.
          await page.waitForSelector(`#finding-${firstGroup.id} tbody tr`, { timeout: 30000 });
          const groupRows = await page.$$eval(`#finding-${firstGroup.id} tbody tr`, (r) => r.length);
          out.shown.firstGroupRows = groupRows;
          if (groupRows !== firstGroup.count) problem(`${firstGroup.id} table: ${groupRows} rows, ${firstGroup.count} machines`);
        }
      }
    }
    // Everything the page made after the clicks too: still only the file itself.
    for (const url of out.requests) if (!url.startsWith('file://')) problem(`fetched ${url}`);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ problems: [`the browser test failed: ${e && e.stack ? e.stack : e}`] }) + '\n');
  process.exitCode = 1;
});
