/**
 * Watchers for the privacy and robustness contracts: what a widget sends, stores, logs and
 * throws while a test runs. Each patches the page's own APIs and restores them afterwards, so
 * the browser's background traffic (which the page never sees) cannot make a test flaky.
 */

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'trace';
const methods: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug', 'trace'];

export function watchConsole() {
  const calls = Object.fromEntries(methods.map((m) => [m, [] as unknown[][]])) as Record<
    ConsoleMethod,
    unknown[][]
  >;
  const originals = methods.map((m) => [m, console[m]] as const);
  for (const m of methods) {
    console[m] = (...args: unknown[]) => {
      calls[m].push(args);
    };
  }
  return {
    calls,
    /** Every call, as `method: text`. */
    all: () =>
      methods.flatMap((m) => calls[m].map((args) => `${m}: ${args.map(String).join(' ')}`)),
    restore() {
      for (const [m, fn] of originals) console[m] = fn;
    },
  };
}

export function watchNetworkAndStorage() {
  const requests: string[] = [];
  const resourcesBefore = new Set(performance.getEntriesByType('resource').map((e) => e.name));
  const originalFetch = window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalBeacon = navigator.sendBeacon;
  const OriginalWebSocket = window.WebSocket;
  const OriginalEventSource = window.EventSource;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(`fetch ${String(input instanceof Request ? input.url : input)}`);
    return originalFetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    requests.push(`xhr ${String(args[0])} ${String(args[1])}`);
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  navigator.sendBeacon = (url: string | URL) => {
    requests.push(`beacon ${String(url)}`);
    return true;
  };
  window.WebSocket = class extends OriginalWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      requests.push(`websocket ${String(url)}`);
      super(url, protocols);
    }
  };
  window.EventSource = class extends OriginalEventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      requests.push(`eventsource ${String(url)}`);
      super(url, init);
    }
  };
  const snapshot = () => ({
    local: JSON.stringify(Object.entries(localStorage)),
    session: JSON.stringify(Object.entries(sessionStorage)),
    cookie: document.cookie,
  });
  const before = snapshot();
  return {
    /** Requests the page made: through its APIs, or any resource it loaded (images, styles, fonts). */
    requests: () => [
      ...requests,
      ...performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => !resourcesBefore.has(name))
        .map((name) => `resource ${name}`),
    ],
    storageChanges: () => {
      const after = snapshot();
      return (Object.keys(before) as Array<keyof typeof before>).filter(
        (k) => before[k] !== after[k],
      );
    },
    restore() {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      navigator.sendBeacon = originalBeacon;
      window.WebSocket = OriginalWebSocket;
      window.EventSource = OriginalEventSource;
    },
  };
}

export function watchUncaught() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
