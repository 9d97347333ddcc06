// The update-log scenarios (tests/cases/logs, #12): seed 000's WindowsUpdate.log excerpt as a failure
// timeline and as the evidence of its root cause, CBS lines, successes that make failures history, and
// lines in no known form. Expectations are counted by hand from the excerpt (FACTS.md 6).
import { AUTOUPDATE_SDDL, HOUR, bin, emptyLog, ft, diagnoseCase } from './base';

const cases: any[] = [];

/** Seed 000's excerpt as the issue quotes it (the "..." lines included: they are in no known form). */
export const SEED_000_LOG = [
  '...',
  '2023/03/21 22:19:01.4037009 19924 14968 SLS             Making request with URL HTTPS://slscr.update.microsoft.com/SLS/{9482F4B4-E343-43B6-B170-9A65BC822C77}/x64/10.0.19045.2728/0?CH=584&L=ja-JP;en-US&P=&PT=0x65&WUA=10.0.19041.2546&MK=LENOVO&MD=10120 and send SLS events.',
  '2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:01.8143657 19924 14968 Misc            *FAILED* [80072F8F] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)',
  '2023/03/21 22:19:02.2028507 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:02.2028576 19924 14968 Misc            *FAILED* [80072F8F] Library download error. Will retry. Retry Counter:0',
  '2023/03/21 22:19:02.5952173 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:02.5952321 19924 14968 Misc            *FAILED* [80072F8F] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)',
  '2023/03/21 22:19:02.9974552 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:02.9974797 19924 14968 Misc            *FAILED* [80072F8F] Library download error. Will retry. Retry Counter:1',
  '2023/03/21 22:19:03.4057292 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:03.4057399 19924 14968 Misc            *FAILED* [80072F8F] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)',
  '2023/03/21 22:19:03.8002051 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:03.8002199 19924 14968 Misc            *FAILED* [80072F8F] Library download error. Will retry. Retry Counter:2',
  '2023/03/21 22:19:04.2043172 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:04.2043282 19924 14968 Misc            *FAILED* [80072F8F] WinHttp: SendRequestToServerForFileInformation (retrying with default proxy)',
  '2023/03/21 22:19:04.5990215 19924 14968 Misc            *FAILED* [80072F8F] Send request',
  '2023/03/21 22:19:04.5990314 19924 14968 SLS             Complete the request URL HTTPS://slscr.update.microsoft.com/SLS/{9482F4B4-E343-43B6-B170-9A65BC822C77}/x64/10.0.19045.2728/0?CH=584&L=ja-JP;en-US&P=&PT=0x65&WUA=10.0.19041.2546&MK=LENOVO&MD=10120 with [80072F8F] and http status code[0] and send SLS events.',
  '2023/03/21 22:19:04.5990361 19924 14968 SLS             *FAILED* [80072F8F] GetDownloadedOnWeakSSLCert',
  '2023/03/21 22:19:04.5991331 19924 14968 SLS             *FAILED* [80072F8F] Method failed [CSLSClient::GetResponse:625]',
  '2023/03/21 22:19:04.5991367 19924 14968 Misc            *FAILED* [80072F8F] Method failed [CSLSEndpointProvider::GetWUClientData:2275]',
  '2023/03/21 22:19:04.5991383 19924 14968 Misc            *FAILED* [80072F8F] EP: get client data',
  '2023/03/21 22:19:04.5991397 19924 14968 Misc            *FAILED* [80072F8F] Method failed [CSLSEndpointProvider::GetSecondaryServicesEnabledState:1689]',
  '2023/03/21 22:19:04.5991423 19924 14968 Agent           *FAILED* [80072F8F] Method failed [CAgentServiceManager::DetectAndToggleServiceState:2910]',
  '2023/03/21 22:19:04.5991455 19924 14968 Agent           *FAILED* [80072F8F] Failed to resolve federated serviceId 855E8A7C-ECB4-4CA3-B045-1DFA50104289',
  '2023/03/21 22:19:04.5991526 19924 14968 Agent           *FAILED* [80072F8F] Failed to execute service registration call {8AB60E13-99C0-4723-B11F-FBA5A0DB78E1} (cV: BtquFucK3Uq1349eI9rrLw.277.1.1.0.1)',
  '...',
];
/** The same lines re-dated to two days before the base snapshot's collection (2026-11-20). */
export const RECENT_000_LOG = SEED_000_LOG.map((l) => l.replace('2023/03/21', '2026/11/18'));

function aggregate(name, description, source, lines, result) {
  cases.push({
    name,
    description,
    command: 'aggregateUpdateLog',
    request: { source, lines },
    expect: { ok: true, result },
  });
}

aggregate(
  'seed-000-timeline',
  "Seed 000's excerpt: distinct failures by component, endpoint and marker, with counts",
  'WindowsUpdate',
  SEED_000_LOG,
  {
    linesSeen: 27,
    linesUnparsed: 2,
    radix: { either: 25, hex: 0 },
    failuresDropped: 0,
    first: '2023-03-21T22:19:01.4037009Z',
    last: '2023-03-21T22:19:04.5991526Z',
    failures: [
      // Send request x8, Library download error x3, the three Method failed / EP lines at the end: 14.
      {
        code: '80072F8F',
        component: 'Misc',
        host: null,
        marker: null,
        kind: 'Failed',
        count: 14,
        first: '2023-03-21T22:19:01.8143606Z',
        last: '2023-03-21T22:19:04.5991397Z',
      },
      { code: '80072F8F', component: 'Misc', host: null, marker: 'retrying with default proxy', count: 4 },
      { code: '80072F8F', component: 'SLS', host: 'slscr.update.microsoft.com', marker: null, count: 1 },
      { code: '80072F8F', component: 'SLS', host: null, marker: 'GetDownloadedOnWeakSSLCert', count: 1 },
      { code: '80072F8F', component: 'SLS', host: null, marker: null, count: 1 },
      { code: '80072F8F', component: 'Agent', host: null, marker: null, count: 3 },
    ],
  },
);
aggregate(
  'keeps-three-lines',
  'A group keeps its first two lines and the latest',
  'WindowsUpdate',
  SEED_000_LOG.slice(2, 9),
  {
    failures: [
      {
        // Send request x3 and Library download error x2 (the proxy retries are their own group).
        count: 5,
        lines: [SEED_000_LOG[2], SEED_000_LOG[4], SEED_000_LOG[8]],
      },
    ],
  },
);
aggregate(
  'success-recorded-by-host',
  'A request that completed with 00000000 is a success for its host',
  'WindowsUpdate',
  [
    '2026/11/19 08:00:00.0000000 1234 5678 SLS             Complete the request URL HTTPS://slscr.update.microsoft.com/SLS/x with [00000000] and http status code[200] and send SLS events.',
  ],
  { failures: [], successes: { 'slscr.update.microsoft.com': '2026-11-19T08:00:00.0000000Z' } },
);
aggregate(
  'legacy-format',
  'The legacy tab-separated log (Windows 7/8): hex PID/TID, FATAL and hr =',
  'WindowsUpdate',
  [
    '2016-10-19\t11:23:47:610\t1532\t1f40\tPT\tWARNING: PTError: 0x80072efd',
    '2016-10-19\t11:23:47:611\t1532\t1f40\tAgent\tFATAL: failed, hr = 8024402C',
  ],
  {
    radix: { either: 0, hex: 2 },
    failures: [
      { code: '8024402C', component: 'Agent', kind: 'Fatal', count: 1, first: '2016-10-19T11:23:47.6110000Z' },
    ],
  },
);
aggregate(
  'hex-pid',
  'A PID with hex digits can only be hex (FACTS.md 8.7: both readings accepted, the one used said)',
  'WindowsUpdate',
  ['2026/11/18 10:00:00.1234567 1f40 00a2 Agent           *FAILED* [80240438] Method failed'],
  { radix: { either: 0, hex: 1 }, failures: [{ code: '80240438', component: 'Agent' }] },
);
aggregate(
  'malformed-lines',
  'Cut lines, UTF-16 read as bytes, an impossible date, a 10,000-character line: counted, never an error',
  'WindowsUpdate',
  [
    '2023/03/21 22:19:01.81436',
    '2\u00000\u00002\u00003\u0000/\u00000\u00003',
    '2023/02/30 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request',
    '2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] ' + 'x'.repeat(10000),
    '2023/03/21 22:19:01.8143606 19924 14968 Misc            *FAILED* [80072F8F] Send request\r',
  ],
  {
    linesSeen: 5,
    linesUnparsed: 2,
    failures: [{ code: '80072F8F', component: 'Misc', count: 3, first: '2023-03-21T22:19:01.8143606Z' }],
  },
);
aggregate(
  'cbs-trust-failure',
  'CBS lines: an HRESULT with its name, levels, components',
  'Cbs',
  [
    '2016-09-28 04:30:31, Info                  CBS    Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]',
    '2026-11-18 09:12:01, Error                 CBS    Failed to verify signature of package [HRESULT = 0x800b010e - CERT_E_REVOCATION_FAILURE]',
    '2016-09-28 04:30:31, Info                  CSI    00000001@2016/9/27:20:30:31.455 WcpInitialize (wcp.dll version 0.0.0.6) called',
  ],
  {
    linesSeen: 3,
    linesUnparsed: 0,
    failures: [
      { code: '800F080D', component: 'CBS', kind: 'Failed', count: 1 },
      { code: '800B010E', component: 'CBS', kind: 'Failed', count: 1, first: '2026-11-18T09:12:01.0000000Z' },
    ],
  },
);
cases.push({
  name: 'aggregate-continues',
  description: 'A second batch adds to the aggregate of the first (how a collector streams a large log)',
  command: 'aggregateUpdateLog',
  request: {
    source: 'WindowsUpdate',
    aggregate: {
      ...emptyLog('WindowsUpdate'),
      linesSeen: 1,
      radix: { either: 1, hex: 0 },
      failures: [
        {
          code: '80072F8F',
          component: 'Misc',
          host: null,
          marker: null,
          kind: 'Failed',
          count: 1,
          first: '2023-03-21T22:19:01.8143606Z',
          last: '2023-03-21T22:19:01.8143606Z',
          lines: [SEED_000_LOG[2]],
        },
      ],
      first: '2023-03-21T22:19:01.8143606Z',
      last: '2023-03-21T22:19:01.8143606Z',
    },
    lines: [SEED_000_LOG[4]],
  },
  expect: { ok: true, result: { linesSeen: 2, failures: [{ count: 2, last: '2023-03-21T22:19:02.2028507Z' }] } },
});
cases.push({
  name: 'aggregate-damaged',
  description: 'An aggregate with a code that is not 8 hex digits is refused, naming the path',
  command: 'aggregateUpdateLog',
  request: {
    source: 'WindowsUpdate',
    aggregate: {
      ...emptyLog('WindowsUpdate'),
      failures: [{ code: 'x', component: 'Misc', kind: 'Failed', count: 1, lines: [] }],
    },
    lines: [],
  },
  expect: { ok: false, error: { code: 'InvalidRequest' } },
});

// --- The family in diagnose: the timeline tied to the other families --------------------------------------
/** The aggregate of some lines, as the collector would put it in the snapshot (computed here by hand-made rules: the fixture). */
function logFact(aggregateResult) {
  return {
    path: 'C:\\Users\\admin\\Desktop\\WindowsUpdate.log',
    status: 'Ok',
    bytes: 4096,
    encoding: 'utf-8',
    aggregate: aggregateResult,
  };
}
const diag = (name, description, edit, expect) => diagnoseCase(cases, name, description, edit, expect);
// The seed 000 aggregates, written out from the aggregate case above (re-dated for the recent one).
function seedAggregate(year) {
  const d = (s) => s.replace('2023-03-21', year === 2026 ? '2026-11-18' : '2023-03-21');
  const line = (i) => (year === 2026 ? RECENT_000_LOG : SEED_000_LOG)[i] as string;
  const g = (component, host, marker, count, first, last, lines) => ({
    code: '80072F8F',
    component,
    host,
    marker,
    kind: 'Failed',
    count,
    first: d(first),
    last: d(last),
    lines,
  });
  return {
    ...emptyLog('WindowsUpdate'),
    linesSeen: 27,
    linesUnparsed: 2,
    radix: { either: 25, hex: 0 },
    failures: [
      g('Misc', null, null, 14, '2023-03-21T22:19:01.8143606Z', '2023-03-21T22:19:04.5991397Z', [
        line(2),
        line(4),
        line(22),
      ]),
      g(
        'Misc',
        null,
        'retrying with default proxy',
        4,
        '2023-03-21T22:19:01.8143657Z',
        '2023-03-21T22:19:04.2043282Z',
        [line(3), line(7), line(15)],
      ),
      g('SLS', 'slscr.update.microsoft.com', null, 1, '2023-03-21T22:19:04.5990314Z', '2023-03-21T22:19:04.5990314Z', [
        line(17),
      ]),
      g('SLS', null, 'GetDownloadedOnWeakSSLCert', 1, '2023-03-21T22:19:04.5990361Z', '2023-03-21T22:19:04.5990361Z', [
        line(18),
      ]),
      g('SLS', null, null, 1, '2023-03-21T22:19:04.5991331Z', '2023-03-21T22:19:04.5991331Z', [line(19)]),
      g('Agent', null, null, 3, '2023-03-21T22:19:04.5991423Z', '2023-03-21T22:19:04.5991526Z', [
        line(23),
        line(24),
        line(25),
      ]),
    ],
    first: d('2023-03-21T22:19:01.4037009Z'),
    last: d('2023-03-21T22:19:04.5991526Z'),
  };
}
diag('diagnose-no-failures', 'Both logs read, nothing failed: both checks pass', () => {}, {
  findingIds: [],
  checks: { 'LOG.WindowsUpdate': 'Pass', 'LOG.Cbs': 'Pass' },
  result: { status: 'Healthy' },
});
diag(
  'diagnose-seed-000-old-log',
  "Seed 000's 2023 log in a 2026 snapshot: history (Info), the machine stays healthy",
  (s) => {
    s.updateLogs.windowsUpdate = logFact(seedAggregate(2023));
  },
  { findingIds: ['WUT-LOG-003'], checks: { 'LOG.WindowsUpdate': 'Pass' }, result: { status: 'Healthy' } },
);
diag(
  'diagnose-seed-000-recent-log',
  "Seed 000's failures two days old: 0x80072F8F with its cause and checks, and the weak-certificate marker",
  (s) => {
    s.updateLogs.windowsUpdate = logFact(seedAggregate(2026));
  },
  {
    findingIds: ['WUT-LOG-001', 'WUT-LOG-004'],
    checks: { 'LOG.WindowsUpdate': 'Fail' },
    result: {
      findings: [
        {
          id: 'WUT-LOG-001',
          title:
            'Windows Update logged 80072F8F (ERROR_WINHTTP_SECURE_FAILURE) 24 time(s), the latest 35 h 40 min before collection',
          remedy: { command: "Resolve-WuErrorCode -Code '0x80072F8F'" },
        },
      ],
    },
  },
);
diag(
  'diagnose-seed-000-end-to-end',
  'Seed 000 whole: stale CTL, CryptSvc shut out of AutoUpdate, and the log: one root cause explains all of it',
  (s) => {
    s.ctl.autoUpdate.HKLM.values.DisallowedCertLastSyncTime = bin(ft(7 * 24 * HOUR));
    s.acl.autoUpdate.sddl = 'O:SYG:SYD:PAI(A;CI;KA;;;SY)(A;CI;KA;;;BA)(A;CI;KR;;;BU)';
    s.updateLogs.windowsUpdate = logFact(seedAggregate(2026));
  },
  {
    result: {
      findings: [
        {
          id: 'WUT-CTL-100',
          rootCause: true,
          explains: ['WUT-CTL-001', 'WUT-ACL-002', 'WUT-LOG-001', 'WUT-LOG-004'],
        },
      ],
      summary:
        'Unhealthy: 1 critical, 0 warning, 0 info (+4 explained by a root cause); 19 checks run, 0 not run; first: WUT-CTL-100 Root cause: CryptSvc cannot write the AutoUpdate key, so the disallowed CTL stopped syncing',
    },
  },
);
diag(
  'diagnose-success-after-failure',
  'A failure for an endpoint followed by a success for it is history',
  (s) => {
    const agg = seedAggregate(2026);
    agg.failures = [agg.failures[2]];
    agg.successes = { 'slscr.update.microsoft.com': '2026-11-19T08:00:00.0000000Z' };
    s.updateLogs.windowsUpdate = logFact(agg);
  },
  { findingIds: ['WUT-LOG-003'], checks: { 'LOG.WindowsUpdate': 'Pass' } },
);
diag(
  'diagnose-other-codes',
  'Failure codes not tied to trust are listed once, as Info',
  (s) => {
    const agg = seedAggregate(2026);
    agg.failures = [{ ...agg.failures[0], code: '80240022' }];
    s.updateLogs.windowsUpdate = logFact(agg);
  },
  {
    findingIds: ['WUT-LOG-002'],
    result: { findings: [{ title: 'The update logs show 1 other failure code(s): 0x80240022' }] },
  },
);
diag(
  'diagnose-log-not-read',
  'A log that could not be read: its check is not run, with the reason',
  (s) => {
    s.updateLogs.cbs = { path: 'C:\\Windows\\Logs\\CBS\\CBS.log', status: 'AccessDenied', message: 'denied' };
  },
  {
    result: {
      status: 'Incomplete',
      checksNotRun: [{ id: 'LOG.Cbs', reason: 'CBS.log could not be read (AccessDenied: denied)' }],
    },
  },
);
diag(
  'diagnose-log-absent',
  'A log that does not exist is no evidence either way: its check is not run, with the reason',
  (s) => {
    s.updateLogs.windowsUpdate = {
      path: 'C:\\Users\\admin\\Desktop\\WindowsUpdate.log',
      status: 'NotFound',
      message: 'run Get-WindowsUpdateLog',
    };
  },
  {
    checks: { 'LOG.WindowsUpdate': 'NotRun' },
    result: {
      status: 'Incomplete',
      checksNotRun: [
        {
          id: 'LOG.WindowsUpdate',
          reason:
            'WindowsUpdate.log was not found (C:\\Users\\admin\\Desktop\\WindowsUpdate.log): run Get-WindowsUpdateLog',
        },
      ],
    },
  },
);

export const logCases = cases;
export { AUTOUPDATE_SDDL };

// --- Event logs (Get-WinEvent ... | ForEach-Object ToXml) ---------------------------------------------
const event = (id: number, provider: string, time: string, data: Record<string, string>) =>
  `<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='${provider}' Guid='{945a8954-c147-4acd-923f-40c45405a658}'/>` +
  `<EventID>${id}</EventID><Level>2</Level><TimeCreated SystemTime='${time}'/><Channel>System</Channel></System>` +
  `<EventData>${Object.entries(data)
    .map(([k, v]) => `<Data Name='${k}'>${v}</Data>`)
    .join('')}</EventData></Event>`;
export const EVENT_20 = event(20, 'Microsoft-Windows-WindowsUpdateClient', '2026-11-18T08:54:51.1234567Z', {
  errorCode: '0x80070643',
  updateTitle: '2026-11 Cumulative Update for .NET Framework 3.5 and 4.8.1 (KB5046742) &amp; more',
  updateGuid: '{BA5F3C2E-5B14-4D11-9C2C-7C7A1E5C6F2D}',
  updateRevisionNumber: '200',
});
export const EVENT_25 = event(25, 'Microsoft-Windows-WindowsUpdateClient', '2026-11-18T09:00:00.0000000Z', {
  errorCode: '0x80072f8f',
});
export const EVENT_CAPI2 = event(11, 'Microsoft-Windows-CAPI2', '2026-11-18T09:00:01.0000000Z', {
  Result: '-2146885613',
});
aggregate(
  'events-20-25-capi2',
  'Event 20 (install failed 0x80070643, with its title), event 25 (scan failed 0x80072F8F), a CAPI2 result in decimal',
  'Events',
  [EVENT_20, EVENT_25, EVENT_CAPI2, '<Event><System>cut'],
  {
    linesSeen: 4,
    linesUnparsed: 1,
    failures: [
      {
        code: '80070643',
        component: 'WindowsUpdateClient/20',
        kind: 'Failed',
        count: 1,
        first: '2026-11-18T08:54:51.1234567Z',
        lines: [
          'Event 20 Microsoft-Windows-WindowsUpdateClient 0x80070643: 2026-11 Cumulative Update for .NET Framework 3.5 and 4.8.1 (KB5046742) & more',
        ],
      },
      { code: '80072F8F', component: 'WindowsUpdateClient/25', count: 1 },
      { code: '80092013', component: 'CAPI2/11', count: 1 },
    ],
  },
);
diag(
  'diagnose-event-20',
  'An event 20 with 0x80070643 two days old: the .NET install failure, pointing at the setup logs and the State',
  (s) => {
    s.updateLogs.events = {
      path: 'System',
      status: 'Ok',
      aggregate: {
        ...emptyLog('Events'),
        linesSeen: 1,
        failures: [
          {
            code: '80070643',
            component: 'WindowsUpdateClient/20',
            host: null,
            marker: null,
            kind: 'Failed',
            count: 1,
            first: '2026-11-18T08:54:51.1234567Z',
            last: '2026-11-18T08:54:51.1234567Z',
            lines: ['Event 20 Microsoft-Windows-WindowsUpdateClient 0x80070643: .NET Framework update'],
          },
        ],
      },
    };
  },
  {
    findingIds: ['WUT-LOG-001'],
    checks: { 'LOG.Events': 'Fail' },
    result: {
      findings: [
        {
          title:
            'Windows Update logged 80070643 (ERROR_INSTALL_FAILURE) 1 time(s), the latest 2 d 1 h before collection',
        },
      ],
    },
  },
);
