/**
 * `rapport.js`: the one script a page without a build adds. It defines nothing by itself: the
 * first time a Rapport tag appears on the page (in the HTML, or added later), it fetches that
 * element's code from the folder `rapport.js` was loaded from, so a page pays only for the
 * widgets it shows. Texts in another language than English, and the example instruments, are
 * fetched the same way when a widget first needs them.
 *
 * ```html
 * <script type="module" src="/assets/rapport.js"></script>
 * <rapport-feedback-prompt></rapport-feedback-prompt>
 * ```
 */

const elements: Readonly<Record<string, () => Promise<unknown>>> = {
  'rapport-provider': () => import('./provider/define.js'),
  'rapport-alliance-scale': () => import('./alliance-scale/define.js'),
  'rapport-consent-notice': () => import('./consent-notice/define.js'),
  'rapport-boundary-agreement': () => import('./boundary-agreement/define.js'),
  'rapport-feedback-prompt': () => import('./feedback-prompt/define.js'),
  'rapport-goal-plan': () => import('./goal-plan/define.js'),
  'rapport-alliance-trend': () => import('./alliance-trend/define.js'),
};

const loads = new Map<string, Promise<void>>();

/** Loads one element's code once; a failed fetch is tried again the next time the tag appears. */
function load(tag: string): Promise<void> {
  let loading = loads.get(tag);
  if (!loading) {
    const provider = tag !== 'rapport-provider' && document.querySelector('rapport-provider');
    // A provider is defined before the widgets inside it, so they find its settings at once.
    const before = provider ? load('rapport-provider') : Promise.resolve();
    loading = before
      .then(() => elements[tag]())
      .then(
        () => undefined,
        (error: unknown) => {
          loads.delete(tag);
          console.warn(`rapport-elements: the code of <${tag}> could not be loaded.`, error);
        },
      );
    loads.set(tag, loading);
  }
  return loading;
}

/**
 * Loads every Rapport element used in `root` and not defined yet. Called for the page when this
 * script runs and for everything added to it later; call it yourself for a shadow root of your
 * own that holds Rapport tags. Resolves once their code has arrived.
 */
export function discover(root: ParentNode = document): Promise<void> {
  const found = new Set<string>();
  if (root instanceof Element && Object.hasOwn(elements, root.localName)) found.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) {
    if (Object.hasOwn(elements, el.localName)) found.add(el.localName);
  }
  return Promise.all(
    [...found].filter((tag) => !customElements.get(tag)).map((tag) => load(tag)),
  ).then(() => undefined);
}

if (typeof document !== 'undefined') {
  void discover();
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) void discover(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
