// The WebKit launcher for @web/test-runner: WebKitWebDriver (Linux, with Xvfb when there is no
// display) or safaridriver (macOS), started when the run starts and stopped when it ends.
//
// On a loaded 2-core machine WebKitWebDriver has, about once in five full runs, stopped
// answering a navigation: the request hung for 300 s and the uncaught error ended the whole
// run. Here every navigation is bounded; one that does not finish in time stops the driver,
// starts a fresh one (new driver, new browser, new Xvfb) and tries the page once more. A page
// that fails twice fails only its own test file, with a message that says so.
//
// This wraps @web/test-runner-webdriver 0.9 (pinned): it relies on the launcher's `driver`,
// `driverManager` and `ensureManagerInitialized()` and on the session manager's `urlMap`.
// The sessions' pages are also kept here, so the runner's questions (is a session active, what
// page is it on) never reach a manager that a restart has just replaced.

import { webdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitDriver } from './browsers.mjs';

/** How long one navigation may take before the driver is thought stuck (ms). */
export const NAVIGATION_TIMEOUT = Number(process.env.WTR_WEBKIT_NAVIGATION_TIMEOUT) || 45_000;

function bounded(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`WebKit: ${what} took longer than ${ms} ms`)), ms);
  });
  // The losing request rejects later, when its driver is stopped; that is expected.
  promise.catch(() => {});
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * @param {object} webkit where WebKit is (from `selectEngines().found.webkit`)
 * @param {{ navigationTimeout?: number, log?: (message: string) => void }} [settings]
 */
export function webkitLauncher(webkit, settings = {}) {
  const navigationTimeout = settings.navigationTimeout ?? NAVIGATION_TIMEOUT;
  const log = settings.log ?? ((message) => console.warn(message));
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    logLevel: 'error',
    capabilities: {},
  };
  const launcher = webdriverLauncher(options);
  const initialize = launcher.initialize.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  const stopSession = launcher.stopSession.bind(launcher);
  let helper = null;
  let restarts = 0;
  /** The page each session was sent to; kept here, so a restart loses none. */
  const urls = new Map();

  async function startDriver() {
    helper = await startWebKitDriver(webkit);
    options.port = helper.port;
    // Navigation returns at once ('none'): the test runner has its own timeouts for a page that
    // does not start its tests. With the default ('normal') a page whose load event never came
    // held the driver's answer, once while that page's tests had already run.
    options.capabilities = {
      ...helper.capabilities,
      pageLoadStrategy: 'none',
      timeouts: { pageLoad: navigationTimeout - 5_000 },
    };
  }

  async function restart(reason) {
    restarts += 1;
    log(`${reason}; starting a fresh WebKitWebDriver (restart ${restarts}).`);
    if (launcher.pendingHeartbeat != null) clearInterval(launcher.pendingHeartbeat);
    // The old session is not deleted: its driver is not answering. Stopping the driver
    // process ends its browser with it.
    launcher.driver = undefined;
    launcher.driverManager = undefined;
    const old = helper;
    helper = null;
    await old?.stop();
    await startDriver();
    await launcher.ensureManagerInitialized();
  }

  launcher.initialize = async (...args) => {
    await startDriver();
    await initialize(...args);
    launcher.name = 'WebKit';
  };

  // Replaces the manager's queueStartSession, which does not wait for its navigation (so a
  // failed one was an uncaught error) and has no bound on it.
  launcher.startSession = async (id, url) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await launcher.ensureManagerInitialized();
        urls.set(id, url);
        launcher.driverManager.urlMap.set(id, url);
        await bounded(launcher.driver.navigateTo(url), navigationTimeout, 'opening a test page');
        return;
      } catch (error) {
        if (attempt === 2) {
          throw new Error(`WebKit could not open the test page twice: ${error.message}`);
        }
        await restart(error.message);
      }
    }
  };

  launcher.stopSession = async (id) => {
    try {
      return await bounded(stopSession(id), navigationTimeout, 'closing a test page');
    } catch (error) {
      launcher.driverManager?.urlMap.delete(id);
      await restart(error.message);
      return {};
    } finally {
      urls.delete(id);
    }
  };

  // Asked by the runner at any time, a restart included: answered from what was kept here.
  launcher.isActive = (id) => urls.has(id);
  launcher.getBrowserUrl = async (id) => urls.get(id);

  launcher.stop = async () => {
    try {
      // A stuck driver must not hold the end of the run either.
      await bounded(stop(), navigationTimeout, 'ending the session').catch(() => {});
    } finally {
      await helper?.stop();
      helper = null;
    }
  };

  launcher.name = 'WebKit';
  return launcher;
}
