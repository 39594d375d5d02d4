// Gzip sizes of what pages load, against size-budget.json. Sizes are deterministic, so the budget
// is a test: `npm test` runs `check()` after the browser tests and counts each module as a test.
//
// Each entry has a `limit` (the run fails above it: today's size with a little headroom, so a
// change that adds weight is noticed) and a `target` (where the project wants to be).
//
//   node scripts/size.mjs            print sizes against limits and targets
//   node scripts/size.mjs --check    the same, exiting non-zero when a module is over its limit
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
  'provider',
].filter((name) => existsSync(resolve(root, `src/${name}/define.ts`)));

export const budget = JSON.parse(readFileSync(resolve(root, 'size-budget.json'), 'utf8'));

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** One element's module with everything it imports, Lit included, minified: what a page loads. */
async function bundleOne(entry) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates()],
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'x.js' },
      rollupOptions: { output: { codeSplitting: false, minify: true } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return Buffer.from(
    outputs
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join('\n'),
  );
}

/** Gzip bytes by module name. */
export async function measure() {
  const file = resolve(root, 'dist/rapport.js');
  if (!existsSync(file)) throw new Error('dist/rapport.js is missing: run `npm run build` first.');
  const sizes = { 'dist/rapport.js': gz(readFileSync(file)) };
  for (const name of elements) {
    sizes[`${name} (with Lit)`] = gz(await bundleOne(`src/${name}/define.ts`));
  }
  return sizes;
}

/** Each module against its limit and target. */
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
