// @web/test-runner config: TypeScript tests in Chromium, Firefox and WebKit, using only
// browsers installed on this machine (nothing is downloaded).
//
//   WTR_BROWSERS=chromium,firefox,webkit   which engines (default: every installed one)
//   CHROME_PATH / FIREFOX_PATH / WEBKIT_WEBDRIVER_PATH   override where they are
//   WTR_CONCURRENCY=N   test files at once in Chromium (default 2; Firefox and WebKit run one)
//   WTR_WEBKIT_NAVIGATION_TIMEOUT=ms   how long WebKit may take to open a page before its driver
//                       is replaced (default 45000; see scripts/webkit-launcher.mjs)
//
// WebKit runs through WebKitWebDriver (Linux, with Xvfb when DISPLAY is unset) or
// safaridriver (macOS); the driver and Xvfb are started here and stopped when the run ends.

import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { selectEngines } from './scripts/browsers.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
// FHIR: `executeServerCommand('fhir-validate', resource)` for test/fhir/ (a real R4 validator).
import { fhirValidatorPlugin } from './scripts/fhir-validator.mjs';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const pageConcurrency = Math.max(1, Number(process.env.WTR_CONCURRENCY) || 2);

let selection;
try {
  selection = selectEngines();
} catch (error) {
  // Plain message, no stack: this is a setup problem, not a bug.
  console.error(`\n${error.message}\n`);
  process.exit(1);
}
const { engines, found } = selection;

function named(launcher, name) {
  launcher.name = name;
  return launcher;
}

function chromium() {
  return named(
    chromeLauncher({
      concurrency: pageConcurrency,
      // A window per page: a second tab would be a background tab, where
      // requestAnimationFrame never fires and focus events are lost. Headless Chromium
      // gives every window focus, so parallel pages are safe.
      createPage: ({ context }) => context.newPage({ type: 'window' }),
      launchOptions: {
        executablePath: found.chromium,
        headless: true,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-default-apps',
          '--disable-sync',
          '--disable-extensions',
          '--no-first-run',
          '--no-default-browser-check',
          '--metrics-recording-only',
          '--mute-audio',
        ],
      },
    }),
    'Chromium',
  );
}

function firefox() {
  return named(
    chromeLauncher({
      // One page at a time. A second tab is a background tab (timers and animation frames
      // throttled: two files took 11 s instead of 4 s), and a second window never has focus
      // (element.focus() fires no focus event), so parallel pages break focus tests.
      concurrency: 1,
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: found.firefox,
        headless: true,
        extraPrefsFirefox: {
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
        },
      },
    }),
    'Firefox',
  );
}

function webkit() {
  // Every navigation is bounded and a stuck driver is replaced: see scripts/webkit-launcher.mjs.
  return webkitLauncher(found.webkit);
}

const make = { chromium, firefox, webkit };

/**
 * `POST /__feedback-echo`: a stand-in for a clinic's server, for the no-build feedback test
 * (test/feedback-prompt.test.ts). It answers with a page that shows, as JSON in
 * `<pre id="received">`, the content type and every url-encoded field it received, in order.
 */
function feedbackEcho() {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return async (context, next) => {
    if (context.method !== 'POST' || context.path !== '/__feedback-echo') return next();
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const body = Buffer.concat(chunks).toString('utf8');
    const received = {
      contentType: context.get('content-type'),
      fields: [...new URLSearchParams(body)],
    };
    context.status = 200;
    context.type = 'html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Received</title></head><body><pre id="received">${escape(JSON.stringify(received))}</pre></body></html>`;
  };
}

/**
 * `/__without/<file>/dist/…`: the no-build folder as a clinic's server would serve it with one
 * file missing (404), for the tests of what a widget does when a part cannot be fetched.
 */
function withoutFile() {
  return (context, next) => {
    const match = /^\/__without\/([\w.-]+)(\/dist\/.*)$/.exec(context.path);
    if (!match) return next();
    if (match[2].endsWith(`/${match[1]}`)) {
      context.status = 404;
      return undefined;
    }
    context.url = match[2];
    return next();
  };
}

/**
 * The `forced-colors` command: `executeServerCommand('forced-colors', { active })` makes the page
 * match `(forced-colors: active)`, as Windows High Contrast does. Chromium emulates it through
 * the DevTools protocol; the WebDriver launchers have no way to, so there it is an error.
 */
const forcedColorsSessions = new WeakMap();

function forcedColorsPlugin() {
  return {
    name: 'rapport-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') {
        throw new Error(`forced colors cannot be emulated in ${session.browser.name}`);
      }
      const page = session.browser.getPage(session.id);
      // Puppeteer's emulateMediaFeatures() does not know this feature; the protocol does. The
      // override lasts as long as the protocol session that set it, so one is kept per page.
      let cdp = forcedColorsSessions.get(page);
      if (!cdp) forcedColorsSessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  // test/helpers/setup.ts runs first in every page: a failed comparison of two elements fails
  // the test at once instead of hanging the file (see the file).
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head></head><body>` +
    `<script type="module" src="/test/helpers/setup.ts"></script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  nodeResolve: true,
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  // a11ySnapshot(): the browser's accessibility tree (Chromium, through the DevTools protocol).
  plugins: [
    esbuildPlugin({ ts: true, tsconfig, target: 'auto' }),
    a11ySnapshotPlugin(),
    forcedColorsPlugin(),
    fhirValidatorPlugin(),
  ],
  middleware: [feedbackEcho(), withoutFile()],
  browsers: engines.map((e) => make[e]()),
  // Global concurrency 1: the WebDriver launcher then runs one session in its own window,
  // which device actions (sendKeys, sendMouse) require. Chromium and Firefox set their
  // own page concurrency above.
  concurrency: 1,
  // All three engines at once, also on 2 cores: WebKit runs one file at a time and is the long
  // pole (on a loaded 2-core machine Chromium and Firefox were done in under 4 minutes,
  // WebKit after about 13), so running the engines one after another would only add their
  // time to WebKit's.
  concurrentBrowsers: 3,
  // Room for WebKit to replace a stuck driver and open the page again (2 × 45 s and a restart).
  browserStartTimeout: 120_000,
  testsStartTimeout: 60_000,
  // A file may take minutes in WebKit on a busy machine; a stuck one still fails.
  testsFinishTimeout: Number(process.env.WTR_FILE_TIMEOUT) || 600_000,
  // Slow steps (axe, long keyboard walks, bundles in frames) set their own, longer timeout.
  testFramework: {
    config: { ui: 'bdd', timeout: 30_000 },
  },
  // Every test by name in CI (or with WTR_SUMMARY=1); counts for scripts/test.mjs always.
  reporters: [
    defaultReporter(),
    ...(process.env.CI || process.env.WTR_SUMMARY ? [summaryReporter({ flatten: false })] : []),
    countReporter(),
  ],
  // Lit's dev build (picked by nodeResolve's "development" condition) says so once per
  // file; keep every other log, including Lit's other dev-mode warnings.
  filterBrowserLogs: ({ type, args }) =>
    type !== 'debug' && !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
};
