// Gzip sizes of what pages load, against the budget. Sizes are deterministic, so the budget can
// be a test: `node scripts/size.mjs --check` exits non-zero when a module is over it.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Bytes, gzip level 9. */
export const budget = {
  /** Every element, Lit inlined. */
  'dist/rapport.js': 20 * 1024,
  /** One element with Lit, as a page that imports only it would load. */
  'alliance-scale (with Lit)': 10 * 1024,
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

async function bundleOne(entry) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: resolve(root, entry), formats: ['es'], fileName: () => 'x.js' },
      rollupOptions: { output: { codeSplitting: false } },
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

export async function measure() {
  const file = resolve(root, 'dist/rapport.js');
  if (!existsSync(file)) throw new Error('dist/rapport.js is missing: run `npm run build` first.');
  return {
    'dist/rapport.js': gz(readFileSync(file)),
    'alliance-scale (with Lit)': gz(await bundleOne('src/alliance-scale/define.ts')),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measure();
  let over = 0;
  for (const [name, bytes] of Object.entries(sizes)) {
    const limit = budget[name];
    const ok = bytes <= limit;
    if (!ok) over++;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${name}: ${(bytes / 1024).toFixed(2)} KB gzip (budget ${(limit / 1024).toFixed(0)} KB)`,
    );
  }
  // The budget is enforced with --check (by `npm test`); a plain build only reports.
  if (over && process.argv.includes('--check')) process.exit(1);
}
