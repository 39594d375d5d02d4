// The two forms of the benchmark, and the pages that render them N times: with Rapport
// (dist/rapport.js) and as hand-written plain HTML (native range inputs and radio buttons)
// doing the same job. Both pages record when every form is in the DOM and a frame has been
// produced, and when the first answer arrives after a press.

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

/** Marks the page ready after the next frame has been produced. */
const readyScript = `
  function markReady() {
    requestAnimationFrame(() => setTimeout(() => { window.__ready = performance.now(); }));
  }
  window.__armPress = (eventName) => {
    let pressed = 0;
    document.addEventListener('pointerdown', (e) => { pressed = e.timeStamp; }, { capture: true, once: true });
    window.__pressToEvent = new Promise((resolve) => {
      document.addEventListener(eventName, () => resolve(performance.now() - pressed), { once: true });
    });
  };
`;

/**
 * The page with N Rapport forms. It loads the library as README asks a page to: fetched from the
 * head, while the page is read (here a modulepreload, so that the properties can still be set
 * before the elements upgrade, as a host page often does).
 */
export function rapportPage(formKey, n) {
  const def = forms[formKey];
  const expected = formKey === 'A' ? 4 : 60;
  const selector = formKey === 'A' ? '[role=slider]' : 'input[type=radio]';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rapport ×${n}, form ${formKey}</title>
<link rel="modulepreload" href="/dist/rapport.js"></head><body>
${Array.from({ length: n }, () => '<rapport-alliance-scale></rapport-alliance-scale>').join('\n')}
<script>${readyScript}</script>
<script type="module">
  const def = ${JSON.stringify(def)};
  const els = [...document.querySelectorAll('rapport-alliance-scale')];
  // Properties set before the definition upgrades the elements, as a host page would.
  for (const el of els) el.instrument = def;
  await import('/dist/rapport.js');
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
<script>${readyScript} markReady();</script></body></html>`;
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
      await el.updateComplete;
      el.remove();
    }
  };
  window.__ready = true;
</script></body></html>`;
}
