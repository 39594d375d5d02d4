// Gzip sizes of what pages load, against size-budget.json. Sizes are deterministic, so the budget
// is a test: `npm test` runs `check()` after the browser tests and counts each figure as a test.
//
// Each figure is measured the way a page loads it: every file counted on its own (a browser
// fetches and unzips each file separately), gzip level 9.
//
// - "no build: <element>, English": dist/rapport.js and every file it fetches to show that one
//   element in English (its code and the shared code it imports), as a page with one tag does.
// - "no build: every element, English": the same for a page that shows them all; and for the
//   five elements DESIGN.md's 48 KB figure names (alliance scale, consent, boundary, feedback
//   and provider).
// - "no build: one more language (<lang>)": the files a page of every element fetches for one
//   further language (each element's texts and built-in content, and the core's).
// - "npm: <element> with Lit": `rapport-elements/<element>.js` as an application's bundler
//   builds it, Lit included, minified; what loads on demand (other languages, examples) is left
//   out, as the application's bundler splits it off too.
// - "own code: <element>": the element's own file in the no-build folder (its code, styles and
//   English texts), without the code every element shares.
//
// Each entry of size-budget.json has a `limit` (the run fails above it) and may have a `target`.
//
//   node scripts/size.mjs            print sizes against limits and targets
//   node scripts/size.mjs --check    the same, exiting non-zero when a figure is over its limit
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { build } from 'vite';
import minifyTemplates from './minify-templates.mjs';

const root = resolve(import.meta.dirname, '..');

/** The elements a page can import one at a time. */
export const elements = [
  'alliance-scale',
  'consent-notice',
  'boundary-agreement',
  'feedback-prompt',
  'goal-plan',
  'alliance-trend',
  'provider',
].filter((name) => existsSync(resolve(root, `src/${name}/define.ts`)));

export const languages = ['es', 'fr', 'ar'];

/** The elements of DESIGN.md's "all on one page" figure. */
const FIVE = [
  'alliance-scale',
  'consent-notice',
  'boundary-agreement',
  'feedback-prompt',
  'provider',
];
const FIVE_NAME = 'alliance scale, consent, boundary, feedback and provider';

export const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));

const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** The chunks of a build, by file name. */
function chunksOf(out) {
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return new Map(outputs.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
}

/** `start` and every chunk it imports statically, transitively. */
function staticGraph(chunks, start) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of chunks.get(name)?.imports ?? []) visit(imported);
  };
  for (const name of [start].flat()) visit(name);
  return seen;
}

const sum = (chunks, names) => [...names].reduce((total, n) => total + gz(chunks.get(n).code), 0);

/** The no-build folder as `vite build --mode cdn` makes it, in memory. */
async function cdnChunks() {
  const out = await build({
    configFile: resolve(root, 'vite.config.ts'),
    mode: 'cdn',
    logLevel: 'silent',
    build: { write: false, sourcemap: false, emptyOutDir: false },
  });
  return chunksOf(out);
}

/** One element's npm module with Lit, minified, as an application's bundler builds it. */
async function npmChunks(name) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      minify: true,
      lib: {
        entry: resolve(root, `src/${name}/define.ts`),
        formats: ['es'],
        fileName: () => 'x.js',
      },
      rollupOptions: { output: { minify: true } },
    },
  });
  const chunks = chunksOf(out);
  return sum(chunks, staticGraph(chunks, 'x.js'));
}

/** Gzip bytes by figure. */
export async function measure() {
  const cdn = await cdnChunks();
  const entry = 'rapport.js';
  const elementFile = (name) => `rapport/${name}.js`;
  const sizes = {};
  const shown = elements.filter((name) => name !== 'provider');
  for (const name of shown) {
    sizes[`no build: ${name}, English`] = sum(cdn, staticGraph(cdn, [entry, elementFile(name)]));
  }
  const all = staticGraph(cdn, [entry, ...elements.map(elementFile)]);
  sizes['no build: every element, English'] = sum(cdn, all);
  // DESIGN.md's 48 KB page: the five elements it names, without the goal plan and the trend.
  const five = FIVE.filter((name) => elements.includes(name)).map(elementFile);
  sizes[`no build: ${FIVE_NAME}, English`] = sum(cdn, staticGraph(cdn, [entry, ...five]));
  for (const lang of languages) {
    const files = [...cdn.keys()].filter((f) => f.endsWith(`.${lang}.js`));
    const graph = staticGraph(cdn, files);
    for (const f of all) graph.delete(f);
    sizes[`no build: one more language (${lang})`] = sum(cdn, graph);
  }
  for (const name of elements) {
    sizes[`npm: ${name} with Lit`] = await npmChunks(name);
  }
  for (const name of elements) {
    sizes[`own code: ${name}`] = gz(cdn.get(elementFile(name)).code);
  }
  return sizes;
}

/** Each figure against its limit and target. */
export async function check() {
  const sizes = await measure();
  return Object.entries(sizes).map(([name, bytes]) => {
    const { limit, target } = budget[name] ?? {};
    return { name, bytes, limit, target, ok: limit !== undefined && bytes <= limit };
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function describe(row) {
  if (row.limit === undefined)
    return `no budget for ${row.name} (${kb(row.bytes)}): add it to size-budget.json`;
  const target =
    row.target === undefined
      ? ''
      : `; target ${kb(row.target)}${row.bytes <= row.target ? ' met' : ' not met'}`;
  return `${row.name}: ${kb(row.bytes)} gzip (limit ${kb(row.limit)}${target})`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await check();
  for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'OVER'} ${describe(row)}`);
  if (rows.some((r) => !r.ok) && process.argv.includes('--check')) process.exit(1);
}
