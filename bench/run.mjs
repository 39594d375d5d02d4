/* global window, document -- functions passed to evaluate() run in the page */
// `npm run bench`: how fast and how small Rapport is against plain HTML doing the same job.
//
// A static server on 127.0.0.1 serves the pages of bench/forms.mjs and every file under dist/,
// gzipped, as a web server serves a no-build page: dist/rapport.js, and the element code, shared
// code, languages and example instruments it fetches from dist/rapport/ when the page needs
// them. Headless Chromium (the one installed, through puppeteer-core) opens a fresh page for
// every measurement, alternating the sides, and the median and the spread (lowest–highest) of
// RUNS measurements are reported. Prints a table with Rapport against the plain-HTML baseline,
// the size budget's rows (scripts/size.mjs), and whether each target of DESIGN.md's
// "Performance and size" is met; writes everything to bench/results/latest.json.
//
//   BENCH_RUNS=N   measurements per figure and side (default 11, at least 5)
//   BENCH_ONLY=B50,A1   only these scenarios (form and count, or T200 for the trend), e.g. while
//                       working on one figure

import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { browserVersion, findChromium } from '../scripts/browsers.mjs';
import { baselinePage, leakPage, rapportPage, trendPage } from './forms.mjs';
import { check as checkSizes, describe as describeSize } from '../scripts/size.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const runs = Math.max(5, Number(process.env.BENCH_RUNS) || 11);

/**
 * The sides compared. `rapport-preload` is the Rapport page with the element's own file also
 * named in a modulepreload, as a host that knows its widget can do: reported on its own rows,
 * and no target is checked on it, so that the figures the targets see are those of the page
 * README's "With one script tag" shows.
 */
const kinds = ['rapport', 'rapport-preload', 'baseline'];

function page(kind, form, n) {
  if (kind === 'baseline') return baselinePage(form, n);
  return rapportPage(form, n, { preloadElement: kind === 'rapport-preload' });
}

// ---- server -----------------------------------------------------------------------------------

const types = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
};

/** Files of dist/, read and gzipped once: the bench builds dist/ before it starts. */
const distFiles = new Map();
function distFile(pathname) {
  const file = resolve(dist, `.${decodeURIComponent(pathname.slice('/dist'.length))}`);
  if (!file.startsWith(dist + sep)) return undefined;
  if (!distFiles.has(file)) {
    let body;
    try {
      if (statSync(file).isFile()) body = readFileSync(file);
    } catch {
      body = undefined;
    }
    distFiles.set(
      file,
      body && {
        type: types[extname(file)] ?? 'application/octet-stream',
        body,
        gzipped: gzipSync(body, { level: 9 }),
      },
    );
  }
  return distFiles.get(file);
}

// Compressed, as any web server sends text, and never cached: every fresh page fetches what it
// needs, and what crosses the wire is the gzip size that the table reports, for both sides.
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const send = (type, body, compressed) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (gzip) headers['content-encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(gzip ? (compressed ?? gzipSync(body, { level: 9 })) : body);
  };
  if (url.pathname.startsWith('/dist/')) {
    const file = distFile(url.pathname);
    if (file) return send(file.type, file.body, file.gzipped);
  }
  // The icon a browser asks every page for: none, without the 404 the bench counts as an error.
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  if (url.pathname === '/leak') return send('text/html', leakPage());
  if (url.pathname === '/trend') return send('text/html', trendPage(200));
  const match = url.pathname.match(/^\/(rapport|rapport-preload|baseline)$/);
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
async function answerPoint(p, rapport, form) {
  return p.evaluate(
    (rapport, form) => {
      let target;
      if (rapport) {
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
    rapport,
    form,
  );
}

/** A page in a window of its own: a background tab gets no animation frames. */
async function freshPage() {
  return browser.newPage({ type: 'window' });
}

/**
 * One fresh page: time to ready, heap after GC, what a press costs, and the gzip bytes of every
 * file the page fetched.
 */
async function measureOnce(kind, form, n) {
  const rapport = kind !== 'baseline';
  const p = await freshPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  // A file the loader cannot fetch leaves a widget in English or undefined, not a page error.
  p.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  p.on('console', (m) => {
    if (m.type() === 'warning' || m.type() === 'error') errors.push(m.text());
  });
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
  const [x, y] = await answerPoint(p, rapport, form);
  // Listen first, then press: the press must not arrive before the page is listening. The
  // press is a real mouse press through the browser's input pipeline (a trusted event), with
  // no hold between down and up.
  await p.evaluate((name) => window.__armPress(name), rapport ? 'rapport-input' : 'input');
  await p.mouse.click(x, y);
  const press = await p.evaluate(() => window.__press);
  // Taken last, so that anything the press made the page fetch counts too.
  const files = await p.evaluate(() => window.__loaded());
  if (errors.length) throw new Error(`${kind} form ${form} ×${n}: ${errors.join('; ')}`);
  await p.close();
  return {
    ready,
    heap,
    pressToEvent: press.toEvent,
    pressToPaint: press.toPaint,
    pressToFrame: press.toFrame,
    pressEvents: press.events,
    bytes: files.reduce((total, f) => total + f.bytes, 0),
    files,
  };
}

const quantile = (sorted, q) => {
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
};

/** Median and spread of a figure's samples. */
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return {
    median: quantile(s, 0.5),
    min: s[0],
    max: s.at(-1),
    q1: quantile(s, 0.25),
    q3: quantile(s, 0.75),
    samples: xs,
  };
}

// ---- scenarios --------------------------------------------------------------------------------

const scenarios = [];
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim().toUpperCase());
for (const form of ['A', 'B']) {
  for (const n of [1, 50]) if (!only || only.includes(`${form}${n}`)) scenarios.push({ form, n });
}

const figures = ['ready', 'heap', 'pressToEvent', 'pressToPaint', 'pressToFrame', 'bytes'];

const results = [];
for (const { form, n } of scenarios) {
  const samples = Object.fromEntries(kinds.map((k) => [k, []]));
  // Warm the browser's caches and compilers once for each side, unmeasured.
  for (const kind of kinds) await measureOnce(kind, form, n);
  for (let i = 0; i < runs; i++) {
    // Alternate the order of the sides, so drift in the machine's load falls on all of them.
    const order = i % 2 ? [...kinds].reverse() : kinds;
    for (const kind of order) samples[kind].push(await measureOnce(kind, form, n));
  }
  const result = { form, n };
  for (const figure of figures) {
    result[figure] = Object.fromEntries(
      kinds.map((k) => [k, stats(samples[k].map((s) => s[figure]))]),
    );
  }
  // Rapport against the baseline run by run: the i-th measurements of both sides were taken
  // next to each other, so their ratio (or difference) shows how steady the comparison is.
  const paired = (kind, figure, op) =>
    stats(samples[kind].map((s, i) => op(s[figure], samples.baseline[i][figure])));
  const ratio = (a, b) => a / b;
  const diff = (a, b) => a - b;
  result.vsBaseline = Object.fromEntries(
    kinds
      .filter((k) => k !== 'baseline')
      .map((k) => [
        k,
        {
          readyRatio: paired(k, 'ready', ratio),
          heapRatio: paired(k, 'heap', ratio),
          pressToEventDiff: paired(k, 'pressToEvent', diff),
          pressToPaintDiff: paired(k, 'pressToPaint', diff),
          pressToFrameDiff: paired(k, 'pressToFrame', diff),
        },
      ]),
  );
  result.files = Object.fromEntries(kinds.map((k) => [k, samples[k][0].files]));
  result.pressEvents = Object.fromEntries(
    kinds.map((k) => [k, samples[k].map((s) => s.pressEvents)]),
  );
  results.push(result);
}

// Leaks: create and remove 1,000 widgets; the heap after GC should come back to where it was.
async function leakCheck() {
  const p = await freshPage();
  const cdp = await p.createCDPSession();
  await p.goto(`${origin}/leak`, { waitUntil: 'load' });
  await p.waitForFunction(() => window.__ready === true, { timeout: 60000 });
  // A few widgets first, so one-time caches (templates, styles) count as the start.
  await p.evaluate(() => window.cycle(20));
  const before = await heapAfterGc(cdp);
  await p.evaluate(() => window.cycle(1000));
  const after = await heapAfterGc(cdp);
  await p.close();
  return { before, after, growth: (after - before) / before };
}
const leak = await leakCheck();

// The trend with its most sessions: 200 results given to a ready element, to the next frame.
async function trendOnce() {
  const p = await freshPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(`${origin}/trend`, { waitUntil: 'load' });
  await p
    .waitForFunction(() => window.__trend !== undefined, { timeout: 60000 })
    .catch((e) => {
      throw new Error(`the trend never rendered: ${errors.join('; ') || e.message}`);
    });
  const trend = await p.evaluate(() => window.__trend);
  await p.close();
  return trend;
}
const trendRuns = [];
if (!only || only.includes('T200')) {
  for (let i = 0; i < runs; i++) trendRuns.push(await trendOnce());
}
const trend = trendRuns.length
  ? {
      render: stats(trendRuns.map((t) => t.render)),
      ready: stats(trendRuns.map((t) => t.ready)),
      samples: trendRuns,
    }
  : null;

await browser.close();
server.close();

// ---- report -----------------------------------------------------------------------------------

const sizes = await checkSizes();
const fmt = {
  ms: (v) => `${v.toFixed(1)} ms`,
  kb: (v) => `${(v / 1024).toFixed(1)} KB`,
  mb: (v) => `${(v / 1024 / 1024).toFixed(2)} MB`,
  ratio: (v) => v.toFixed(2),
  diff: (v) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)} ms`,
};
/** The number alone, for the figures in brackets: the median before them gives the unit. */
const bare = (text) => text.replace(/ (ms|KB|MB)$/, '');
/** "median (lowest–highest)", or the median alone when every sample is the same. */
const spread = (st, f) =>
  st.min === st.max ? f(st.median) : `${f(st.median)} (${bare(f(st.min))}–${bare(f(st.max))})`;

const rows = [];
for (const r of results) {
  const label = `Form ${r.form} ×${r.n}`;
  const vs = r.vsBaseline.rapport;
  const pre = r.vsBaseline['rapport-preload'];
  // The ratio column is the ratio (or difference) of the medians; in brackets, the lowest and
  // highest of the run-by-run ratios (differences).
  const compare = (median, paired, f) =>
    paired.min === paired.max
      ? f(median)
      : `${f(median)} (${bare(f(paired.min))}–${bare(f(paired.max))})`;
  const row = (figure, kind, key, f, vsStats, op, of) => [
    label,
    figure,
    spread(r[key][kind], f),
    spread(r[key].baseline, f),
    vsStats ? compare(op(r[key][kind].median, r[key].baseline.median), vsStats, of) : '',
  ];
  const ratio = (a, b) => a / b;
  const diff = (a, b) => a - b;
  rows.push(row('ready', 'rapport', 'ready', fmt.ms, vs.readyRatio, ratio, fmt.ratio));
  rows.push(
    row(
      'ready, element file preloaded',
      'rapport-preload',
      'ready',
      fmt.ms,
      pre.readyRatio,
      ratio,
      fmt.ratio,
    ),
  );
  rows.push(
    row('press → event', 'rapport', 'pressToEvent', fmt.ms, vs.pressToEventDiff, diff, fmt.diff),
  );
  rows.push(
    row(
      'press → next painted frame',
      'rapport',
      'pressToPaint',
      fmt.ms,
      vs.pressToPaintDiff,
      diff,
      fmt.diff,
    ),
  );
  rows.push(row('JS heap after GC', 'rapport', 'heap', fmt.mb, vs.heapRatio, ratio, fmt.ratio));
  rows.push([
    label,
    'gzip bytes loaded',
    spread(r.bytes.rapport, fmt.kb),
    spread(r.bytes.baseline, fmt.kb),
    fmt.ratio(r.bytes.rapport.median / r.bytes.baseline.median),
  ]);
}
rows.push([
  '1,000 widgets created and removed',
  'JS heap after GC',
  `${fmt.mb(leak.before)} → ${fmt.mb(leak.after)}`,
  '',
  `${leak.growth >= 0 ? '+' : '−'}${Math.abs(leak.growth * 100).toFixed(1)} %`,
]);
if (trend) {
  rows.push([
    'Alliance trend, 200 sessions',
    'results given → drawn, next frame',
    spread(trend.render, fmt.ms),
    '',
    '',
  ]);
  rows.push([
    'Alliance trend, 200 sessions',
    'ready (loading included)',
    spread(trend.ready, fmt.ms),
    '',
    '',
  ]);
}
const header = ['scenario', 'figure', 'Rapport', 'plain HTML', 'Rapport vs plain'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(
  `\nMedian (lowest–highest) of ${runs} fresh pages per side, ${browserVersion(executablePath) ?? executablePath}\n`,
);
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows) console.log(line(r));

// Where a press's time goes up to its next painted frame, from the Event Timing entries of the
// median press: waiting before the first handler, the handlers of the events processed before
// that frame (pointerdown to click), and what follows them until the frame is painted (style,
// layout, paint, compositing). Event Timing rounds the end to 8 ms.
function pressBreakdown(events, paint) {
  const before = events.filter((e) => e.processingStart < paint);
  if (!before.length) return undefined;
  const handlers = before.reduce((t, e) => t + (e.processingEnd - e.processingStart), 0);
  const lastEnd = Math.max(...before.map((e) => e.processingEnd));
  return {
    inputDelay: before[0].processingStart,
    handlers,
    afterHandlers: paint - lastEnd,
    events: before.map((e) => e.name).join(' '),
  };
}
console.log('\nPress → next painted frame, the median press:');
for (const r of results) {
  for (const kind of ['rapport', 'baseline']) {
    const paints = r.pressToPaint[kind].samples;
    const i = paints.indexOf([...paints].sort((a, b) => a - b)[Math.floor(paints.length / 2)]);
    const b = pressBreakdown(r.pressEvents[kind][i], paints[i]);
    r.pressBreakdown = { ...r.pressBreakdown, [kind]: b };
    if (!b) continue;
    console.log(
      `  Form ${r.form} ×${r.n} ${kind === 'rapport' ? 'Rapport   ' : 'plain HTML'}: ` +
        `${fmt.ms(paints[i])} = ${fmt.ms(b.inputDelay)} before the first handler, ` +
        `${fmt.ms(b.handlers)} in handlers (${b.events}), ` +
        `${fmt.ms(b.afterHandlers)} after them to the paint`,
    );
  }
}

console.log('\nSizes (scripts/size.mjs, gzip -9, each file as a page loads it):');
for (const row of sizes) console.log(`  ${row.ok ? 'ok  ' : 'OVER'} ${describeSize(row)}`);

// DESIGN.md's targets for times and heap, checked on the medians of the page without the
// element preload.
const ratioOf = (r, key) => r[key].rapport.median / r[key].baseline.median;
const diffOf = (r, key) => r[key].rapport.median - r[key].baseline.median;
const b50 = results.find((r) => r.form === 'B' && r.n === 50);
const targets = [
  ...results.map((r) => [
    `Form ${r.form} ×${r.n} ready ≤ 1.5 × plain HTML`,
    ratioOf(r, 'ready') <= 1.5,
    `${ratioOf(r, 'ready').toFixed(2)}×`,
  ]),
  ...results.map((r) => [
    `Form ${r.form} ×${r.n} press → event ≤ plain HTML + 2 ms`,
    diffOf(r, 'pressToEvent') <= 2,
    fmt.diff(diffOf(r, 'pressToEvent')),
  ]),
  ...results.map((r) => [
    `Form ${r.form} ×${r.n} press → next painted frame ≤ plain HTML + 16 ms`,
    diffOf(r, 'pressToPaint') <= 16,
    `${fmt.diff(diffOf(r, 'pressToPaint'))} (${fmt.ms(r.pressToPaint.rapport.median)} against ${fmt.ms(r.pressToPaint.baseline.median)})`,
  ]),
  // Only when Form B ×50 was measured (BENCH_ONLY may leave it out).
  ...(b50
    ? [
        [
          'Form B ×50 JS heap ≤ 2.5 MB',
          b50.heap.rapport.median <= 2.5 * 1024 * 1024,
          fmt.mb(b50.heap.rapport.median),
        ],
      ]
    : []),
  [
    '1,000 widgets created and removed: heap within 10 %',
    Math.abs(leak.growth) <= 0.1,
    `${(leak.growth * 100).toFixed(1)} % (${fmt.mb(leak.before)} → ${fmt.mb(leak.after)})`,
  ],
];
console.log('\nTargets (DESIGN.md, "Performance and size"):');
for (const [what, ok, value] of targets)
  console.log(`  ${ok ? 'met   ' : 'MISSED'} ${what}: ${value}`);

const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
const report = {
  date: new Date().toISOString(),
  runs,
  chromium: browserVersion(executablePath) ?? executablePath,
  results,
  leak,
  trend,
  sizes,
  targets: targets.map(([what, met, value]) => ({ what, met, value })),
};
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWrote bench/results/latest.json`);
