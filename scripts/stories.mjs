// Every story as a test: runs Vitest with vitest.config.ts (Storybook's plugin, Chromium, axe
// failing on a violation) and returns one row per story, `{ name, ok, detail }`; `npm test`
// counts each as a test.
//
//   node scripts/stories.mjs    run the stories, print one line per story
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './pack.mjs';

export async function check({ log = () => {}, timeout = 900_000 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'rapport-stories-'));
  const out = join(dir, 'results.json');
  // preview.ts imports custom-elements.json, which the build makes.
  if (!existsSync(join(root, 'custom-elements.json'))) {
    await runCommand(['run', 'analyze'], 'npm', 120_000);
  }
  const { code, output } = await runCommand(
    [
      'vitest',
      'run',
      '--config',
      'vitest.config.ts',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    'npx',
    timeout,
  );
  try {
    if (!existsSync(out)) {
      return [
        { ok: false, name: `stories: Vitest reported nothing (exit ${code}): ${tailOf(output)}` },
      ];
    }
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const rows = report.testResults.flatMap((file) => {
      const tests = file.assertionResults.map((t) => ({
        ok: t.status === 'passed',
        name: `${file.name.replace(`${root}/`, '')} > ${t.fullName}`,
        detail: t.status === 'passed' ? '' : firstLine(t.failureMessages?.[0] ?? t.status),
      }));
      // A file that failed to load has no tests: it counts as one failure.
      return tests.length || file.status === 'passed'
        ? tests
        : [{ ok: false, name: file.name.replace(`${root}/`, ''), detail: firstLine(file.message) }];
    });
    if (rows.length === 0) rows.push({ ok: false, name: 'stories: no story ran' });
    log(`stories: ${rows.length} run`);
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// eslint-disable-next-line no-control-regex
const plain = (text = '') => text.replace(/\x1b\[[0-9;]*m/g, '');
const firstLine = (text) => plain(text).trim().split('\n').filter(Boolean).slice(0, 3).join(' ');
const tailOf = (text) => plain(text).trim().split('\n').slice(-5).join(' | ');

/** Runs a command in the project with a time limit; resolves `{ code, output }`. */
function runCommand(args, command, timeout) {
  return new Promise((resolve) => {
    const env = { ...process.env, FORCE_COLOR: '0' };
    // A Vite build earlier in `npm test` sets NODE_ENV to production; Vitest wants its own.
    delete env.NODE_ENV;
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n(stopped after ${timeout / 1000} s)`;
      child.kill('SIGKILL');
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

export function describe(row) {
  return `${row.name}${row.detail ? `: ${row.detail}` : ''}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await check({ log: console.log });
  for (const row of rows) console.log(`${row.ok ? 'ok  ' : 'FAIL'} ${describe(row)}`);
  const failed = rows.filter((r) => !r.ok).length;
  console.log(`${rows.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
