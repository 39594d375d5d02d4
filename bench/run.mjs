/* global window, document -- functions passed to evaluate() run in the page */
// `npm run bench`: how fast and how small Rapport is against plain HTML doing the same job.
//
// A static server on 127.0.0.1 serves the pages of bench/forms.mjs, gzipped; headless Chromium
// (the one installed, through puppeteer-core) opens a fresh page for every measurement,
// alternating Rapport and the baseline, and the median of RUNS measurements is reported. Prints
// a table with the ratio Rapport / baseline and writes bench/results/latest.json.
//
//   BENCH_RUNS=N   measurements per figure (default 7, at least 5)

import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserVersion, findChromium } from '../scripts/browsers.mjs';
import { baselinePage, leakPage, rapportPage } from './forms.mjs';
import { check as checkSizes } from '../scripts/size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const bundle = readFileSync(join(root, 'dist/rapport.js'));

const gz = (text) => gzipSync(text, { level: 9 }).length;

function page(kind, form, n) {
  return kind === 'rapport' ? rapportPage(form, n) : baselinePage(form, n);
}

// ---- server -----------------------------------------------------------------------------------

// Compressed, as any web server sends text: what crosses the wire is the gzip size that the
// table reports, for both sides.
const bundleGz = gzipSync(bundle, { level: 9 });

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const send = (type, body, compressed) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(gzip ? (compressed ?? gzipSync(body, { level: 9 })) : body);
  };
  if (url.pathname === '/dist/rapport.js') return send('text/javascript', bundle, bundleGz);
  if (url.pathname === '/leak') return send('text/html', leakPage());
  const match = url.pathname.match(/^\/(rapport|baseline)$/);
  if (match) {
    const form = url.searchParams.get('form');
    const n = Number(url.searchParams.get('n'));
    return send('text/html', page(match[1], form, n));
  }
  res.writeHead(404).end();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- browser ----------------------------------------------------------------------------------

const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium or Chrome found: install chromium, or set CHROME_PATH.');
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-sync',
    '--no-first-run',
    '--window-size=1024,768',
  ],
});

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** The viewport point of the answer a person presses: the 4th option, or 70 % along the line. */
async function answerPoint(p, kind, form) {
  return p.evaluate(
    (kind, form) => {
      let target;
      if (kind === 'rapport') {
        const root = document.querySelector('rapport-alliance-scale').shadowRoot;
        target =
          form === 'A'
            ? root.querySelector('[part="track"]')
            : root.querySelectorAll('input[type=radio]')[3].nextElementSibling;
      } else {
        target =
          form === 'A'
            ? document.querySelector('input[type=range]')
            : document.querySelectorAll('input[type=radio]')[3].parentElement;
      }
      target.scrollIntoView({ block: 'center' });
      const r = target.getBoundingClientRect();
      return form === 'A'
        ? [r.left + r.width * 0.7, r.top + r.height / 2]
        : [r.left + r.width / 2, r.top + r.height / 2];
    },
    kind,
    form,
  );
}

/** A page in a window of its own: a background tab gets no animation frames. */
async function freshPage() {
  return browser.newPage({ type: 'window' });
}

/** One fresh page: time to ready, heap after GC, and press-to-event latency. */
async function measureOnce(kind, form, n) {
  const p = await freshPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  const cdp = await p.createCDPSession();
  await p.goto(`${origin}/${kind}?form=${form}&n=${n}`, { waitUntil: 'load' });
  await p
    .waitForFunction(() => window.__ready !== undefined, { timeout: 60000 })
    .catch((e) => {
      throw new Error(
        `${kind} form ${form} ×${n} never became ready: ${errors.join('; ') || e.message}`,
      );
    });
  if (errors.length) throw new Error(`${kind} form ${form} ×${n}: ${errors.join('; ')}`);
  const ready = await p.evaluate(() => window.__ready);
  const heap = await heapAfterGc(cdp);
  const [x, y] = await answerPoint(p, kind, form);
  // Listen first, then press: the press must not arrive before the page is listening.
  await p.evaluate(
    (name) => window.__armPress(name),
    kind === 'rapport' ? 'rapport-input' : 'input',
  );
  await p.mouse.click(x, y);
  const pressToEvent = await p.evaluate(() => window.__pressToEvent);
  await p.close();
  return { ready, heap, pressToEvent };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---- scenarios --------------------------------------------------------------------------------

const scenarios = [];
for (const form of ['A', 'B']) for (const n of [1, 50]) scenarios.push({ form, n });

const results = [];
for (const { form, n } of scenarios) {
  const samples = { rapport: [], baseline: [] };
  // Warm the browser's caches and compilers once for each side, unmeasured.
  await measureOnce('rapport', form, n);
  await measureOnce('baseline', form, n);
  for (let i = 0; i < runs; i++) {
    // Alternate which side goes first, so drift in the machine's load falls on both.
    const order = i % 2 ? ['baseline', 'rapport'] : ['rapport', 'baseline'];
    for (const kind of order) samples[kind].push(await measureOnce(kind, form, n));
  }
  const pick = (kind, key) => median(samples[kind].map((s) => s[key]));
  const bytes = {
    rapport: gz(page('rapport', form, n)) + gz(bundle),
    baseline: gz(page('baseline', form, n)),
  };
  results.push({
    form,
    n,
    readyMs: { rapport: pick('rapport', 'ready'), baseline: pick('baseline', 'ready') },
    pressToEventMs: {
      rapport: pick('rapport', 'pressToEvent'),
      baseline: pick('baseline', 'pressToEvent'),
    },
    heapBytes: { rapport: pick('rapport', 'heap'), baseline: pick('baseline', 'heap') },
    gzipBytes: bytes,
  });
}

// Leaks: create and remove 1,000 widgets; the heap after GC should come back to where it was.
async function leakCheck() {
  const p = await freshPage();
  const cdp = await p.createCDPSession();
  await p.goto(`${origin}/leak`, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__ready === true);
  // A few widgets first, so one-time caches (templates, styles) count as the start.
  await p.evaluate(() => window.cycle(20));
  const before = await heapAfterGc(cdp);
  await p.evaluate(() => window.cycle(1000));
  const after = await heapAfterGc(cdp);
  await p.close();
  return { before, after, growth: (after - before) / before };
}
const leak = await leakCheck();

await browser.close();
server.close();

// ---- report -----------------------------------------------------------------------------------

const sizes = await checkSizes();
const fmt = {
  ms: (v) => `${v.toFixed(1)} ms`,
  kb: (v) => `${(v / 1024).toFixed(1)} KB`,
  mb: (v) => `${(v / 1024 / 1024).toFixed(2)} MB`,
};
const rows = [];
for (const r of results) {
  const label = `Form ${r.form} ×${r.n}`;
  rows.push([
    label,
    'ready',
    fmt.ms(r.readyMs.rapport),
    fmt.ms(r.readyMs.baseline),
    (r.readyMs.rapport / r.readyMs.baseline).toFixed(2),
  ]);
  rows.push([
    label,
    'press → event',
    fmt.ms(r.pressToEventMs.rapport),
    fmt.ms(r.pressToEventMs.baseline),
    `${r.pressToEventMs.rapport - r.pressToEventMs.baseline >= 0 ? '+' : ''}${(r.pressToEventMs.rapport - r.pressToEventMs.baseline).toFixed(1)} ms`,
  ]);
  rows.push([
    label,
    'JS heap after GC',
    fmt.mb(r.heapBytes.rapport),
    fmt.mb(r.heapBytes.baseline),
    (r.heapBytes.rapport / r.heapBytes.baseline).toFixed(2),
  ]);
  rows.push([
    label,
    'gzip bytes loaded',
    fmt.kb(r.gzipBytes.rapport),
    fmt.kb(r.gzipBytes.baseline),
    (r.gzipBytes.rapport / r.gzipBytes.baseline).toFixed(2),
  ]);
}
const header = ['scenario', 'figure', 'Rapport', 'plain HTML', 'ratio'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\nMedian of ${runs} fresh pages each, ${browserVersion(executablePath) ?? executablePath}\n`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

const b50 = results.find((r) => r.form === 'B' && r.n === 50);
const targets = [
  [
    'Form B ×50 ready ≤ 1.3 × plain HTML',
    b50.readyMs.rapport / b50.readyMs.baseline <= 1.3,
    `${(b50.readyMs.rapport / b50.readyMs.baseline).toFixed(2)}×`,
  ],
  ...results.map((r) => [
    `Form ${r.form} ×${r.n} press → event within 2 ms of plain HTML`,
    r.pressToEventMs.rapport - r.pressToEventMs.baseline <= 2,
    `${(r.pressToEventMs.rapport - r.pressToEventMs.baseline).toFixed(1)} ms`,
  ]),
  [
    'Form B ×50 JS heap ≤ 4 MB',
    b50.heapBytes.rapport <= 4 * 1024 * 1024,
    fmt.mb(b50.heapBytes.rapport),
  ],
  [
    '1,000 widgets created and removed: heap within 10 %',
    Math.abs(leak.growth) <= 0.1,
    `${(leak.growth * 100).toFixed(1)} % (${fmt.mb(leak.before)} → ${fmt.mb(leak.after)})`,
  ],
  ...sizes.map((row) => [
    `${row.name} ≤ ${fmt.kb(row.target ?? 0)} gzip (target)`,
    row.target !== undefined && row.bytes <= row.target,
    fmt.kb(row.bytes),
  ]),
];
console.log('\nTargets:');
for (const [what, ok, value] of targets)
  console.log(`  ${ok ? 'met   ' : 'MISSED'} ${what}: ${value}`);

const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs,
  chromium: executablePath,
  results,
  leak,
  sizes,
  targets: targets.map(([what, met, value]) => ({ what, met, value })),
};
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/results/latest.json`);
