// The two forms of the benchmark, and the pages that render them N times: with Rapport
// (dist/rapport.js and the files it loads from dist/rapport/) and as hand-written plain HTML
// (native range inputs and radio buttons) doing the same job. Both pages record when every form
// is in the DOM and a frame has been produced, what a press costs (to the first answer, and to
// the next painted frame), and what the page fetched.

const likertLabels = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];

/** Form A: four visual-analog lines, 0–10. */
export const formA = {
  id: 'bench-form-a',
  version: '1.0.0',
  title: 'Form A',
  scale: { type: 'visual-analog', min: 0, max: 10, step: 0.1 },
  items: Array.from({ length: 4 }, (_, i) => ({
    id: `a${i + 1}`,
    text: `Line question ${i + 1}`,
    anchors: { low: 'Not at all', high: 'Completely' },
  })),
  scoring: { total: 'sum' },
};

/** Form B: twelve Likert items, 1–5. */
export const formB = {
  id: 'bench-form-b',
  version: '1.0.0',
  title: 'Form B',
  scale: { type: 'likert', options: likertLabels.map((label, i) => ({ value: i + 1, label })) },
  items: Array.from({ length: 12 }, (_, i) => ({
    id: `b${i + 1}`,
    text: `Likert question ${i + 1}`,
    subscale: ['bond', 'goals', 'tasks'][i % 3],
  })),
  scoring: { total: 'sum', subscales: 'mean' },
};

export const forms = { A: formA, B: formB };

const escape = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/**
 * The measuring script both pages share.
 *
 * - `markReady()` records when the page is ready: every form in the DOM and a frame produced
 *   (a timeout queued from an animation frame runs once that frame's rendering is done).
 * - `__armPress(eventName)` is called just before the bench presses, and sets
 *   `window.__press` to a promise of what the press cost:
 *   - `toEvent`: from the press (the pointerdown's timestamp, taken by the browser when the
 *     input arrived) to the first `eventName` the page hears (`input` or `rapport-input`);
 *   - `toPaint`: from the press to the next frame painted after it, as the browser's Event
 *     Timing reports it: the pointerdown entry's `startTime + duration` is when that frame was
 *     presented. Durations are rounded to 8 ms by the browser. A `first-input` entry is always
 *     reported, however short, so the press's pointerdown is never missed; `event` entries (at
 *     least 16 ms) add the release and the click, for the breakdown;
 *   - `toFrame`: the same end measured in the page, finer but without the paint itself: a
 *     timeout queued from the first animation frame after the press runs once the main thread
 *     has produced that frame;
 *   - `events`: the press's Event Timing entries (pointerdown, mousedown, pointerup, mouseup,
 *     click, and the input events), relative to the press, to see where the time goes.
 * - `__loaded()` lists every file the page fetched (the document included) with its encoded
 *   body size, i.e. the gzip bytes on the wire.
 */
const measureScript = `
  function markReady() {
    requestAnimationFrame(() => setTimeout(() => { window.__ready = performance.now(); }));
  }
  window.__armPress = (eventName) => {
    const entries = [];
    const collect = (list) => entries.push(...list.getEntries());
    const observers = [new PerformanceObserver(collect), new PerformanceObserver(collect)];
    observers[0].observe({ type: 'first-input', buffered: true });
    observers[1].observe({ type: 'event', durationThreshold: 16 });
    let press;
    const toEvent = new Promise((resolve) => {
      document.addEventListener(eventName, () => resolve(performance.now() - press), { once: true });
    });
    const toFrame = new Promise((resolve) => {
      addEventListener('pointerdown', (e) => {
        press = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - press)));
      }, { capture: true, once: true });
    });
    // Event Timing entries arrive after the frame is presented; wait for the pointerdown's,
    // then one more frame so that the release's and the click's arrive too.
    const pointerdown = new Promise((resolve, reject) => {
      const started = performance.now();
      (function poll() {
        const entry = press !== undefined && entries.find((e) => e.name === 'pointerdown' && Math.abs(e.startTime - press) < 1);
        if (entry) requestAnimationFrame(() => setTimeout(() => resolve(entry), 50));
        else if (performance.now() - started > 10000) reject(new Error('no Event Timing entry for the press'));
        else setTimeout(poll, 10);
      })();
    });
    window.__press = Promise.all([toEvent, toFrame, pointerdown]).then(([toEvent, toFrame, down]) => {
      for (const o of observers) o.disconnect();
      const names = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'input', 'change'];
      const seen = new Set();
      const events = entries
        .filter((e) => names.includes(e.name) && e.startTime >= press - 1)
        .filter((e) => {
          const key = e.name + ' ' + e.startTime;
          return seen.has(key) ? false : seen.add(key);
        })
        .sort((a, b) => a.processingStart - b.processingStart)
        .map((e) => ({
          name: e.name,
          start: e.startTime - press,
          processingStart: e.processingStart - press,
          processingEnd: e.processingEnd - press,
          end: e.startTime + e.duration - press,
        }));
      return { toEvent, toFrame, toPaint: down.startTime + down.duration - press, events };
    });
  };
  // The browser's own request for an icon is not part of the page.
  window.__loaded = () =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .map((e) => ({ url: new URL(e.name).pathname, bytes: e.encodedBodySize }))
      .filter((f) => f.url !== '/favicon.ico');
`;

/**
 * The page with N Rapport forms. It loads the library as README asks a page to: fetched from the
 * head, while the page is read (here a modulepreload, so that the properties can still be set
 * before the elements upgrade, as a host page often does). `dist/rapport.js` then fetches the
 * element's code and the code it shares from `dist/rapport/` when it finds the tags.
 *
 * With `preloadElement`, the head also names the element's own file
 * (`/dist/rapport/alliance-scale.js`), as a host page that knows which widget it shows can do.
 * Only that file: the names of the shared files are the bundler's, not something a host can
 * rely on. The bench reports this page separately and checks no target on it.
 */
export function rapportPage(formKey, n, { preloadElement = false } = {}) {
  const def = forms[formKey];
  const expected = formKey === 'A' ? 4 : 60;
  const selector = formKey === 'A' ? '[role=slider]' : 'input[type=radio]';
  const preload = preloadElement
    ? '\n<link rel="modulepreload" href="/dist/rapport/alliance-scale.js">'
    : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport ×${n}, form ${formKey}</title>
<link rel="modulepreload" href="/dist/rapport.js">${preload}</head><body>
${Array.from({ length: n }, () => '<rapport-alliance-scale></rapport-alliance-scale>').join('\n')}
<script>${measureScript}</script>
<script type="module">
  const def = ${JSON.stringify(def)};
  const els = [...document.querySelectorAll('rapport-alliance-scale')];
  // Properties set before the definition upgrades the elements, as a host page would.
  for (const el of els) el.instrument = def;
  // The loader finds the tags and fetches their code; the tag is defined once it has arrived.
  await import('/dist/rapport.js');
  await customElements.whenDefined('rapport-alliance-scale');
  await Promise.all(els.map((el) => el.updateComplete));
  const missing = els.filter((el) => el.shadowRoot.querySelectorAll('${selector}').length !== ${expected});
  if (missing.length) throw new Error(missing.length + ' forms did not render');
  markReady();
</script></body></html>`;
}

function baselineForm(formKey, index) {
  const def = forms[formKey];
  const items = def.items
    .map((item, i) => {
      const name = `f${index}-${item.id}`;
      if (formKey === 'A') {
        return `<li><label for="${name}">${escape(item.text)}</label>
<input type="range" id="${name}" name="${name}" min="0" max="10" step="0.1" value="0" style="width:100%">
<div class="anchors"><span>${escape(item.anchors.low)}</span><span>${escape(item.anchors.high)}</span></div></li>`;
      }
      const options = def.scale.options
        .map(
          (o) =>
            `<label><input type="radio" name="${name}" value="${o.value}" required> ${escape(o.label)}</label>`,
        )
        .join(' ');
      return `<li><fieldset><legend>${i + 1}. ${escape(item.text)}</legend>${options}</fieldset></li>`;
    })
    .join('\n');
  return `<form class="form"><h2>${escape(def.title)}</h2><ol>${items}</ol><button>Send</button></form>`;
}

/** The same N forms as plain HTML, written out in full. */
export function baselinePage(formKey, n) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Plain HTML ×${n}, form ${formKey}</title></head><body>
${Array.from({ length: n }, (_, i) => baselineForm(formKey, i)).join('\n')}
<script>${measureScript} markReady();</script></body></html>`;
}

/** A page that creates and removes widgets on request, to look for leaks. */
export function leakPage() {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leak check</title></head><body>
<div id="host"></div>
<script type="module">
  await import('/dist/rapport.js');
  const def = ${JSON.stringify(formB)};
  const host = document.getElementById('host');
  window.cycle = async (count) => {
    for (let i = 0; i < count; i++) {
      const el = document.createElement('rapport-alliance-scale');
      el.instrument = def;
      host.append(el);
      // The first tag added makes the loader fetch the element's code.
      await customElements.whenDefined('rapport-alliance-scale');
      await el.updateComplete;
      el.remove();
    }
  };
  await window.cycle(1);
  window.__ready = true;
</script></body></html>`;
}

/**
 * A page with one `<rapport-alliance-trend>` of `n` weekly sessions (generated, the same on every
 * run). It records `window.__trend`: `render`, from giving the results to an element whose
 * instrument is ready to the frame after it drew them; and `ready`, from navigation start to
 * that frame, loading included.
 */
export function trendPage(n) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alliance trend, ${n} sessions</title>
<link rel="modulepreload" href="/dist/rapport.js"></head><body>
<rapport-alliance-trend instrument="session-check"></rapport-alliance-trend>
<script type="module">
  const ids = ['at-ease', 'what-mattered', 'way-of-working', 'whole-session'];
  const start = Date.UTC(2026, 0, 5);
  const results = Array.from({ length: ${n} }, (_, i) => {
    const date = new Date(start + i * 7 * 86400000).toISOString().slice(0, 10);
    const level = 7 + ((i * 37) % 30) / 10; // 7.0 to 9.9, in a fixed pattern
    return {
      kind: 'alliance-scale',
      responseId: 'r-' + i,
      definition: { id: 'session-check', version: '1.0.0', contentHash: 'a'.repeat(64) },
      locale: 'en',
      completedAt: date + 'T10:04:00.000Z',
      answers: Object.fromEntries(ids.map((id) => [id, level])),
    };
  });
  const el = document.querySelector('rapport-alliance-trend');
  el.results = [];
  await import('/dist/rapport.js');
  await customElements.whenDefined('rapport-alliance-trend');
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  while (!el.definition) await frame();
  await el.updateComplete;
  const given = performance.now();
  el.results = results;
  await el.updateComplete;
  const points = el.shadowRoot.querySelectorAll('svg .mark').length;
  await frame();
  const drawn = performance.now();
  if (el.series.sessions.length !== ${n}) throw new Error('the trend did not show every session');
  window.__trend = { render: drawn - given, ready: drawn, points };
  window.__ready = drawn;
</script></body></html>`;
}
