// The example apps (examples/), proven as a user meets them: each installs the packed package,
// is type-checked and built by its own tools, then driven in Chromium by keyboard alone, and the
// exact lines it shows are checked.
//
// `check()` returns one row per step, `{ name, ok, detail }`; `npm test` counts each as a test.
//
//   node scripts/examples.mjs            run everything, print the rows and the time each took
//   node scripts/examples.mjs --relock   refresh the examples' package-lock.json files (needs the registry)
//
// Every command has a time limit, so a registry that does not answer fails the run, never hangs it.
/* global document -- the walk's functions run in the page. */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { selectEngines } from './browsers.mjs';
import { pack, root } from './pack.mjs';

const examples = join(root, 'examples');
/** The workspace of the built apps, and the plain page, which installs on its own. */
const installs = [
  { name: 'react, vue and angular', dir: examples },
  { name: 'html', dir: join(examples, 'html') },
];

/** The apps: the folder served after the build, and whether it has a build at all. */
const apps = [
  { name: 'react', served: 'react/dist', build: true },
  { name: 'vue', served: 'vue/dist', build: true },
  { name: 'angular', served: 'angular/dist/browser', build: true },
  { name: 'html', served: 'html', build: false },
];

/** What every app shows after the walk below. */
export const expectedLines = [
  'alliance-scale: total 6, answers {"listened":4,"direction":2}',
  'feedback-prompt: rating 4 (faces)',
];
export const expectedHeard = 'Heard on the document: 2';

/**
 * The environment for the apps' commands, without what would steer their own npm to the project
 * root: what npm sets for a script it runs (npm_config_local_prefix, npm_package_*,
 * npm_lifecycle_*), and NODE_ENV, which a Vite build earlier in the same process sets to
 * `production` (then `npm ci` leaves out every devDependency: the compilers and bundlers).
 * Settings the user gave npm through the environment (a registry, a proxy) are kept.
 */
function childEnv() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        key !== 'NODE_ENV' && !/^npm_config_local_prefix$|^npm_(package|lifecycle)_/i.test(key),
    ),
  );
  return { ...env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** Few retries, so that an unreachable registry fails in about a minute. */
const npmFlags = ['--no-audit', '--no-fund', '--fetch-retries=1', '--fetch-timeout=30000'];

/** Runs a command with a time limit; resolves `{ ok, output, seconds }`, never rejects. */
function run(command, args, { cwd = examples, timeout = 300_000 } = {}) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: childEnv(),
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(stopped after ${timeout / 1000} s)`;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, output: error.message, seconds: (Date.now() - started) / 1000 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

/** The last lines of a command's output, for a failure's detail. */
const tail = (output) => output.trim().split('\n').slice(-6).join(' | ');

/**
 * npm records the tarball's checksum in the lock, and it changes with every build of the
 * package: the lock keeps everything else pinned, and the package itself is taken from the
 * tarball as it is.
 */
function unpinTarball(dir) {
  const lockFile = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
  const entry = lock.packages?.['node_modules/rapport-elements'];
  if (entry?.integrity) {
    delete entry.integrity;
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  }
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** A static server for one folder on a free port; an unknown path gets index.html (an SPA). */
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** The accessible-ish name of the focused element, looking through shadow roots. */
function focusedName() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return '';
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.innerText ?? el.innerText ?? '';
  return label.replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the focused control is named `name` (at most 20 times). */
async function tabTo(page, name) {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(focusedName)) === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

async function pressTimes(page, key, times) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/**
 * The person's walk, keyboard only: the scale's two statements (Mostly, A little), Send; the
 * feedback prompt's faces (Good), Send. Returns what the page shows.
 */
async function walk(page) {
  await page.waitForFunction(
    () => {
      const scale = document.querySelector('rapport-alliance-scale');
      const prompt = document.querySelector('rapport-feedback-prompt');
      return Boolean(
        scale?.shadowRoot?.querySelector('input') && prompt?.shadowRoot?.querySelector('input'),
      );
    },
    { timeout: 20_000 },
  );
  await page.evaluate(() => document.body.focus());
  await tabTo(page, 'Not at all');
  await pressTimes(page, 'ArrowRight', 3);
  await tabTo(page, 'Not at all');
  await pressTimes(page, 'ArrowRight', 1);
  await tabTo(page, 'Send');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#results li').length >= 1, {
    timeout: 10_000,
  });
  await tabTo(page, 'Very bad');
  await pressTimes(page, 'ArrowRight', 3);
  await tabTo(page, 'Send');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#results li').length >= 2, {
    timeout: 10_000,
  });
  return page.evaluate(() => ({
    lines: [...document.querySelectorAll('#results li')].map((li) => li.textContent.trim()),
    heard: document.querySelector('#heard').textContent.replace(/\s+/g, ' ').trim(),
  }));
}

async function drive(browser, app) {
  const server = await serve(join(examples, app.served));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    const shown = await walk(page);
    const expected = { lines: expectedLines, heard: expectedHeard };
    if (JSON.stringify(shown) !== JSON.stringify(expected)) {
      problems.push(`shows ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  } finally {
    await page.close().catch(() => {});
    server.close();
  }
  return problems;
}

export async function check({ log = () => {}, tarball } = {}) {
  const rows = [];
  const add = (name, ok, detail) => rows.push({ name, ok, detail });
  const started = Date.now();

  if (!tarball) pack({ log });

  // From the locks. A lock that no longer matches (the package's own dependencies changed)
  // falls back to a plain install; any other failure (no registry) fails at once.
  for (const { name, dir } of installs) {
    unpinTarball(dir);
    let install = await run('npm', ['ci', ...npmFlags], { cwd: dir, timeout: 300_000 });
    if (!install.ok && /in sync/.test(install.output)) {
      log(`examples (${name}): the lock is out of date; trying npm install --no-save`);
      const again = await run('npm', ['install', '--no-save', ...npmFlags], {
        cwd: dir,
        timeout: 300_000,
      });
      install = { ...again, seconds: install.seconds + again.seconds };
    }
    add(
      `examples (${name}): install the packed package and the dependencies`,
      install.ok,
      install.ok ? `${install.seconds.toFixed(1)} s` : tail(install.output),
    );
  }
  if (rows.some((row) => !row.ok)) return rows;

  let browser;
  try {
    const { found } = selectEngines({ WTR_BROWSERS: 'chromium' });
    browser = await puppeteer.launch({
      executablePath: found.chromium,
      headless: true,
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  } catch (error) {
    add('examples: start Chromium', false, error.message.split('\n')[0]);
    return rows;
  }

  try {
    for (const app of apps) {
      if (app.build) {
        const typecheck = await run('npm', ['run', '--silent', 'typecheck', '-w', app.name]);
        add(
          `examples/${app.name}: type-checks`,
          typecheck.ok,
          typecheck.ok ? `${typecheck.seconds.toFixed(1)} s` : tail(typecheck.output),
        );
        const build = await run('npm', ['run', '--silent', 'build', '-w', app.name]);
        add(
          `examples/${app.name}: builds`,
          build.ok,
          build.ok ? `${build.seconds.toFixed(1)} s` : tail(build.output),
        );
        if (!build.ok) continue;
      }
      const driveStarted = Date.now();
      const problems = await drive(browser, app);
      add(
        `examples/${app.name}: answered by keyboard in Chromium, shows the exact results`,
        problems.length === 0,
        problems.length
          ? problems.join('; ')
          : `${((Date.now() - driveStarted) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await browser.close().catch(() => {});
  }
  log(`examples: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  return rows;
}

export function describe(row) {
  return `${row.name}${row.detail ? `: ${row.detail}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--relock')) {
    for (const { name, dir } of installs) {
      const relock = await run(
        'npm',
        ['install', '--no-audit', '--no-fund', '--package-lock-only'],
        {
          cwd: dir,
          timeout: 600_000,
        },
      );
      unpinTarball(dir);
      console.log(relock.ok ? `lock refreshed: ${name}` : relock.output);
      if (!relock.ok) process.exitCode = 1;
    }
  } else {
    const rows = await check({ log: console.log });
    for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'FAIL'} ${describe(row)}`);
    process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
  }
}
