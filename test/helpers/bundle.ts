/** A page of its own that loads only dist/rapport.js, as a clinic's no-build page does. */
import { until } from './wait.js';

/**
 * An 800 × 600 frame whose head loads the bundle and whose body is `body`; resolves with its
 * window once every element is defined.
 */
export async function bundleFrame(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script type="module" src="/dist/rapport.js"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await until(
    () =>
      win.customElements.get('rapport-alliance-scale') &&
      win.customElements.get('rapport-feedback-prompt'),
    'bundle loaded',
    30_000,
  );
  return win;
}
