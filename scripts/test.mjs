// `npm test`: runs @web/test-runner with web-test-runner.config.mjs (extra arguments pass
// through, e.g. `npm test -- --files test/rig.test.ts`), then prints per-engine counts and,
// alone on the last line, `N passed, N failed` from the runner's real results.
//
// After a full run it also checks the size budget, the packed package, the example apps and
// every story (scripts/size.mjs, package-check.mjs, examples.mjs, stories.mjs); RAPPORT_CHECKS=1
// adds them to a run with --files too.
//
// Exits non-zero when a test failed, when no test ran, or when the runner failed.

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectEngines } from './browsers.mjs';
import { countLines } from './count-reporter.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const wtrBin = findBin('@web/test-runner', 'wtr');

/** A package's bin script (the package does not export its package.json). */
function findBin(name, bin) {
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const pkgFile = join(dir, 'package.json');
    if (existsSync(pkgFile)) {
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
      if (pkg.name === name) return join(dir, typeof pkg.bin === 'string' ? pkg.bin : pkg.bin[bin]);
    }
    dir = dirname(dir);
  }
  throw new Error(`Cannot find the ${bin} script of ${name}; run npm install.`);
}

// Fail early and plainly when no usable browser is installed.
try {
  const { engines } = selectEngines();
  console.log(`Engines: ${engines.join(', ')}`);
} catch (error) {
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

// Tests of no-build pages load the one-file bundle, dist/rapport.js: build it when it is missing
// or older than the sources (about 3 s), so `npm test` works on a fresh clone.
ensureBundle();

const tmp = mkdtempSync(join(tmpdir(), 'rapport-wtr-'));
const countFile = join(tmp, 'counts.json');
const args = process.argv.slice(2);
const started = Date.now();

const child = spawn(
  process.execPath,
  [wtrBin, '--config', join(root, 'web-test-runner.config.mjs'), ...args],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, WTR_COUNT_FILE: countFile },
  },
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

child.on('exit', async (code, signal) => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let result = null;
  if (existsSync(countFile)) {
    try {
      result = JSON.parse(readFileSync(countFile, 'utf8'));
    } catch {
      result = null;
    }
  }
  rmSync(tmp, { recursive: true, force: true });

  // On full runs (not with --files or --group, unless RAPPORT_CHECKS=1), the checks that are not
  // browser tests count as tests of their own: the size budget, the packed package, the examples
  // and the stories.
  const fullRun =
    process.env.RAPPORT_CHECKS === '1' ||
    !args.some((a) => a.startsWith('--files') || a.startsWith('--group'));
  if (result && fullRun) {
    const size = await import('./size.mjs');
    const sizeRows = (await size.check()).map((row) => ({ ...row, text: size.describe(row) }));
    report(result, 'size budget', 'size-budget.json', 'Size budget (gzip):', sizeRows);

    const pkg = await import('./package-check.mjs');
    let packageRows;
    try {
      packageRows = (await pkg.check({ log: console.log })).map((row) => ({
        ...row,
        text: pkg.describe(row),
      }));
    } catch (error) {
      packageRows = [{ ok: false, text: `packing or unpacking failed: ${error.message}` }];
    }
    report(result, 'package', 'package.json', 'Packed package:', packageRows);

    // The example apps install the tarball just packed.
    const examples = await import('./examples.mjs');
    const exampleStarted = Date.now();
    let exampleRows;
    try {
      exampleRows = await examples.check({ log: console.log, tarball: true });
    } catch (error) {
      exampleRows = [{ ok: false, name: `examples: ${error.message}` }];
    }
    report(
      result,
      'examples',
      'examples/',
      `Example apps (${((Date.now() - exampleStarted) / 1000).toFixed(1)} s):`,
      exampleRows.map((row) => ({ ...row, text: examples.describe(row) })),
    );

    // Every story, with axe failing on a violation.
    const stories = await import('./stories.mjs');
    const storyStarted = Date.now();
    let storyRows;
    try {
      storyRows = await stories.check({ log: console.log });
    } catch (error) {
      storyRows = [{ ok: false, name: `stories: ${error.message}` }];
    }
    report(
      result,
      'stories',
      'stories/',
      `Stories in Chromium, with axe (${((Date.now() - storyStarted) / 1000).toFixed(1)} s):`,
      storyRows.map((row) => ({ ...row, text: stories.describe(row) })),
    );
  }

  const problems = [];
  if (signal) problems.push(`web-test-runner was killed by ${signal}`);
  else if (code !== 0) problems.push(`web-test-runner exited with code ${code}`);
  if (!result) problems.push('no test results were reported');
  else if (result.total.passed + result.total.failed === 0) problems.push('no test ran');

  console.log('');
  if (result?.failures?.length) {
    console.log('Failed:');
    for (const f of result.failures) {
      console.log(
        `  [${f.engine}] ${f.file.replace(root + '/', '')}: ${f.test}${f.message ? ` — ${f.message.split('\n')[0]}` : ''}`,
      );
    }
  }
  for (const p of problems) console.log(`Error: ${p}.`);
  console.log(`Test run took ${seconds} s.`);

  console.log((result ? countLines(result) : ['0 passed, 0 failed']).join('\n'));

  const failed = problems.length > 0 || (result?.total.failed ?? 1) > 0;
  process.exitCode = failed ? 1 : 0;
});

/** Prints a stage's rows and counts each one as a test under `label`. */
function report(result, label, file, heading, rows) {
  console.log(`\n${heading}`);
  for (const row of rows) console.log(`  ${row.ok ? 'ok  ' : 'FAIL'} ${row.text}`);
  const counts = {
    passed: rows.filter((r) => r.ok).length,
    failed: rows.filter((r) => !r.ok).length,
  };
  result.byEngine[label] = counts;
  result.total.passed += counts.passed;
  result.total.failed += counts.failed;
  for (const row of rows.filter((r) => !r.ok)) {
    (result.failures ??= []).push({ engine: label, file, test: row.text });
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function ensureBundle() {
  const bundle = join(root, 'dist', 'rapport.js');
  const inputs = Math.max(
    newestSource(join(root, 'src')),
    ...['vite.config.ts', 'scripts/minify-templates.mjs'].map(
      (f) => statSync(join(root, f)).mtimeMs,
    ),
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= inputs) return;
  console.log('Building dist/rapport.js for the no-build tests…');
  const vite = findBin('vite', 'vite');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--mode', 'cdn', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error('Building dist/rapport.js failed.');
    process.exit(1);
  }
}
