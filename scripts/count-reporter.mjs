// A @web/test-runner reporter that counts real per-test results, per engine.
//
// With WTR_COUNT_FILE set (scripts/test.mjs sets it) it writes JSON there when the run
// stops; otherwise it prints the count lines itself.
//
// A test file that failed without reporting a failing test (a syntax error, a failed
// import, a timeout, an uncaught error between tests) counts as one failed test named
// after the file, so a broken file can never look green.

import { writeFileSync } from 'node:fs';

function walk(suite, counts, failures, file, engine, path = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      failures.push({
        engine,
        file,
        test: [...here, test.name].join(' > '),
        message: test.error?.message,
      });
    }
  }
  for (const child of suite.suites ?? []) walk(child, counts, failures, file, engine, here);
}

/** Counts from a list of WTR TestSessions. */
export function countSessions(sessions) {
  const byEngine = {};
  const failures = [];
  for (const session of sessions) {
    const engine = String(session.browser?.name ?? 'unknown').toLowerCase();
    const counts = (byEngine[engine] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
    counts.files++;
    const before = counts.failed;
    walk(session.testResults, counts, failures, session.testFile, engine);
    const fileFailed = session.passed === false || (session.errors?.length ?? 0) > 0;
    if (fileFailed && counts.failed === before) {
      counts.failed++;
      failures.push({
        engine,
        file: session.testFile,
        test: '(test file)',
        message:
          session.errors?.map((e) => e.message).join('; ') ||
          'the file failed without a test result',
      });
    }
  }
  const total = { passed: 0, failed: 0, skipped: 0, files: 0 };
  for (const c of Object.values(byEngine)) {
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    total.files += c.files;
  }
  return { byEngine, total, failures };
}

export function formatCounts({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

/** The lines `engine: N passed, N failed` … then the total line last. */
export function countLines(result) {
  const lines = Object.entries(result.byEngine).map(
    ([engine, c]) => `${engine}: ${formatCounts(c)}`,
  );
  lines.push(formatCounts(result.total));
  return lines;
}

export function countReporter({ file = process.env.WTR_COUNT_FILE } = {}) {
  return {
    stop({ sessions }) {
      const result = countSessions(sessions);
      if (file) writeFileSync(file, JSON.stringify(result, null, 2));
      else console.log(`\n${countLines(result).join('\n')}`);
    },
  };
}
