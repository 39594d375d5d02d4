/** A page of its own that loads only dist/rapport.js, as a clinic's no-build page does. */
import { until } from './wait.js';

/**
 * An 800 × 600 frame whose head loads the bundle and whose body is `body`; resolves with its
 * window once every Rapport element in the body is defined (dist/rapport.js fetches each
 * element's code when its tag appears). `missing`: a file of the folder its server cannot
 * find (404), e.g. `goal-plan.review.js`.
 */
export async function bundleFrame(body: string, missing?: string): Promise<Window> {
  const src = missing ? `/__without/${missing}/dist/rapport.js` : '/dist/rapport.js';
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script type="module" src="${src}"></script></head><body>${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const tags = [...new Set([...win.document.body.querySelectorAll('*')].map((e) => e.localName))];
  await until(
    () => tags.filter((t) => t.startsWith('rapport-')).every((t) => win.customElements.get(t)),
    'every Rapport element on the page is loaded',
    30_000,
  );
  return win;
}
