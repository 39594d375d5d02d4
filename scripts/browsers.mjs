// Finds the browser engines installed on this machine, and starts the helpers
// (Xvfb, WebKitWebDriver / safaridriver) that WebKit needs. Nothing here downloads
// a browser: an engine that is not installed is reported as missing.
//
// Used by web-test-runner.config.mjs; bench code can reuse findChromium().

import { spawn, execFileSync } from 'node:child_process';
import { accessSync, constants as fsConstants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

export const INSTALL_HINT =
  'On Debian/Ubuntu: apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb\n' +
  'On a laptop: install Google Chrome (or Chromium) and/or Firefox; on macOS run ' +
  '`safaridriver --enable` once for WebKit.\n' +
  'Override paths with CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH.';

const isMac = process.platform === 'darwin';
const isWindows = process.platform === 'win32';

function isExecutable(file) {
  if (!file) return false;
  try {
    accessSync(file, isWindows ? fsConstants.F_OK : fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Looks a command up on PATH (like `command -v`). */
export function which(command) {
  const exts = isWindows ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, command + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

function firstExisting(candidates) {
  for (const c of candidates) {
    if (!c) continue;
    const file = c.includes('/') || c.includes('\\') ? c : which(c);
    if (file && isExecutable(file)) return file;
  }
  return null;
}

function envPath(name) {
  const value = process.env[name];
  if (!value) return null;
  if (!isExecutable(value)) {
    throw new Error(`${name}=${value} is not an executable file.`);
  }
  return value;
}

/** Chromium or Chrome: CHROME_PATH, then the usual install locations. */
export function findChromium() {
  const fromEnv = envPath('CHROME_PATH');
  if (fromEnv) return fromEnv;
  const local = process.env.LOCALAPPDATA ?? '';
  const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], local];
  return firstExisting([
    'chromium',
    'chromium-browser',
    'google-chrome-stable',
    'google-chrome',
    '/snap/bin/chromium',
    ...(isMac
      ? [
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
          `${process.env.HOME}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
        ]
      : []),
    ...(isWindows
      ? programFiles
          .filter(Boolean)
          .map((p) => join(p, 'Google', 'Chrome', 'Application', 'chrome.exe'))
      : []),
  ]);
}

/** Firefox (ESR or release): FIREFOX_PATH, then the usual install locations. */
export function findFirefox() {
  const fromEnv = envPath('FIREFOX_PATH');
  if (fromEnv) return fromEnv;
  return firstExisting([
    'firefox-esr',
    'firefox',
    ...(isMac
      ? [
          '/Applications/Firefox.app/Contents/MacOS/firefox',
          `${process.env.HOME}/Applications/Firefox.app/Contents/MacOS/firefox`,
        ]
      : []),
    ...(isWindows
      ? [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']]
          .filter(Boolean)
          .map((p) => join(p, 'Mozilla Firefox', 'firefox.exe'))
      : []),
  ]);
}

function webkitLibDirs() {
  const arches = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu'];
  const dirs = [];
  for (const arch of arches) {
    dirs.push(
      `/usr/lib/${arch}/webkit2gtk-4.1`,
      `/usr/lib/${arch}/webkit2gtk-4.0`,
      `/usr/lib/${arch}/webkitgtk-6.0`,
    );
  }
  dirs.push(
    '/usr/libexec/webkit2gtk-4.1',
    '/usr/libexec/webkit2gtk-4.0',
    '/usr/libexec/webkitgtk-6.0',
  );
  return dirs;
}

/**
 * WebKit: on Linux WebKitGTK's WebKitWebDriver + MiniBrowser (plus an X display:
 * DISPLAY or Xvfb); on macOS safaridriver.
 * Returns { kind, driver, browser?, xvfb? } or { missing: 'reason' }.
 */
export function findWebKit() {
  if (isMac) {
    const driver = envPath('WEBKIT_WEBDRIVER_PATH') ?? firstExisting(['/usr/bin/safaridriver']);
    return driver ? { kind: 'safari', driver } : { missing: 'safaridriver not found' };
  }
  if (isWindows) return { missing: 'WebKit is not available on Windows' };
  const libDirs = webkitLibDirs();
  const driver =
    envPath('WEBKIT_WEBDRIVER_PATH') ??
    firstExisting(['WebKitWebDriver', ...libDirs.map((d) => join(d, 'WebKitWebDriver'))]);
  if (!driver) return { missing: 'WebKitWebDriver not found (package webkit2gtk-driver)' };
  const browser = firstExisting(libDirs.map((d) => join(d, 'MiniBrowser')));
  if (!browser) return { missing: 'MiniBrowser not found (package libwebkit2gtk-4.1-0)' };
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const xvfb = hasDisplay ? null : which('Xvfb');
  if (!hasDisplay && !xvfb) {
    return { missing: 'no X display: DISPLAY is unset and Xvfb is not installed (package xvfb)' };
  }
  return { kind: 'webkitgtk', driver, browser, xvfb };
}

/** What is installed: { chromium: path|null, firefox: path|null, webkit: info }. */
export function detectBrowsers() {
  const webkit = findWebKit();
  return {
    chromium: findChromium(),
    firefox: findFirefox(),
    webkit: webkit.missing ? null : webkit,
    webkitMissing: webkit.missing ?? null,
  };
}

/**
 * The engines to run: WTR_BROWSERS (comma separated) or every installed engine.
 * Throws an Error with a readable message when nothing usable is found, or when
 * WTR_BROWSERS names an engine that is not installed.
 */
export function selectEngines(env = process.env) {
  const found = detectBrowsers();
  const requested = (env.WTR_BROWSERS ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (requested.length > 0) {
    const unknown = requested.filter((e) => !ENGINES.includes(e));
    if (unknown.length) {
      throw new Error(
        `WTR_BROWSERS names unknown engine(s): ${unknown.join(', ')}. Use any of: ${ENGINES.join(', ')}.`,
      );
    }
    const missing = requested.filter((e) => !found[e]);
    if (missing.length) {
      const why = missing.map((e) =>
        e === 'webkit' && found.webkitMissing ? `webkit (${found.webkitMissing})` : e,
      );
      throw new Error(
        `WTR_BROWSERS asks for ${why.join(', ')}, which is not installed.\n${INSTALL_HINT}`,
      );
    }
    return { engines: [...new Set(requested)], found };
  }
  const engines = ENGINES.filter((e) => found[e]);
  if (engines.length === 0) {
    throw new Error(`No browser engine found (Chromium, Firefox or WebKit).\n${INSTALL_HINT}`);
  }
  return { engines, found };
}

/** A TCP port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const children = new Set();
let exitHookInstalled = false;
function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // Last resort: never leave Xvfb or a driver behind, even on a crash or Ctrl-C.
    process.once('exit', () => {
      for (const c of children) {
        try {
          c.kill('SIGKILL');
        } catch {
          /* already gone */
        }
      }
    });
  }
  return child;
}

function stopChild(child, timeoutMs = 3000) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      try {
        child.kill('SIGKILL');
      } catch {
        /* gone */
      }
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts Xvfb on a display it picks itself (-displayfd). Returns
 * { display: ':N', stop() }.
 */
export function startXvfb(xvfbPath = which('Xvfb')) {
  return new Promise((resolve, reject) => {
    if (!xvfbPath) return reject(new Error('Xvfb not found (apt-get install -y xvfb).'));
    const child = track(
      spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      }),
    );
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => fail(new Error(`Xvfb did not report a display within 15 s.\n${err}`)),
      15000,
    );
    function fail(e) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    }
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb exited early (code ${code}).\n${err}`)));
    child.stdio[3].on('data', (d) => {
      out += d;
      const m = /^(\d+)\s*$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ display: `:${m[1]}`, process: child, stop: () => stopChild(child) });
      }
    });
  });
}

async function waitForDriver(port, child, getLog, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`WebDriver exited early (code ${child.exitCode}).\n${getLog()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `WebDriver did not answer on port ${port} within ${timeoutMs / 1000} s.\n${getLog()}`,
  );
}

/**
 * Starts the WebKit WebDriver (and Xvfb when needed) on a free port. Returns
 * { port, capabilities, stop() }. `webkit` is the object from findWebKit().
 */
export async function startWebKitDriver(webkit = findWebKit()) {
  if (webkit.missing)
    throw new Error(`WebKit is not available: ${webkit.missing}.\n${INSTALL_HINT}`);
  const env = { ...process.env };
  let xvfb = null;
  if (webkit.kind === 'webkitgtk' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    xvfb = await startXvfb(webkit.xvfb ?? undefined);
    env.DISPLAY = xvfb.display;
  }
  if (webkit.kind === 'webkitgtk') {
    // Quieter, and no GPU in a container/VM.
    env.WEBKIT_DISABLE_COMPOSITING_MODE ??= '1';
    env.LIBGL_ALWAYS_SOFTWARE ??= '1';
  }
  const port = await freePort();
  const args =
    webkit.kind === 'safari' ? ['--port', String(port)] : [`--port=${port}`, '--host=127.0.0.1'];
  const driver = track(spawn(webkit.driver, args, { env, stdio: ['ignore', 'pipe', 'pipe'] }));
  let log = '';
  driver.stdout.on('data', (d) => (log = (log + d).slice(-4000)));
  driver.stderr.on('data', (d) => (log = (log + d).slice(-4000)));
  driver.on('error', (e) => (log += String(e)));
  try {
    await waitForDriver(port, driver, () => log);
  } catch (e) {
    await stopChild(driver);
    await xvfb?.stop();
    throw e;
  }
  const capabilities =
    webkit.kind === 'safari'
      ? { browserName: 'safari', 'wdio:enforceWebDriverClassic': true }
      : {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
        };
  return {
    port,
    capabilities,
    async stop() {
      await stopChild(driver);
      await xvfb?.stop();
    },
  };
}

/** Version string of an executable (e.g. `Chromium 156.0…`), or null. Handy for logs and benches. */
export function browserVersion(executable) {
  try {
    return execFileSync(executable, ['--version'], {
      encoding: 'utf8',
      timeout: 10000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
