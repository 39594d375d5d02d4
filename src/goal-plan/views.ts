import { adoptStyles } from 'lit';
import type { CSSResultOrNative } from 'lit';
import type { RapportErrorDetail } from '../core/events.js';

// The goal plan's review and record views (review.ts) come as a file of their own, fetched the
// first time a plan is reviewed, shown as a record or carries finished goals, once for every goal
// plan on the page.

type Views = typeof import('./review.js');

/** What loading the views asks of the widget (see RapportElement). */
interface ViewsHost {
  mayFetch(): void;
  waitFor(work: Promise<unknown>): void;
  reportOnce(key: string, detail: RapportErrorDetail): void;
}

/**
 * The views: `undefined` until fetched, `null` when they could not be. Only this module sets it;
 * an importer reads it as it is now.
 */
export let views: Views | null | undefined;
let loading: Promise<unknown> | undefined;

/**
 * Runs `update` (the widget's own scheduleUpdate) now, or, when the widget `needs` the views and
 * they have not been fetched yet, once they have: a review or a record is never shown half drawn.
 * `updateComplete` waits for them; if they cannot be fetched, that is reported.
 */
export function afterViews(
  host: ViewsHost,
  needs: boolean,
  update: () => void | Promise<unknown>,
): void | Promise<unknown> {
  if (views !== undefined || !needs) return update();
  host.mayFetch();
  const loaded = (loading ??= import('./review.js').then(
    (module) => (views = module),
    () => (views = null),
  ));
  host.waitFor(loaded);
  return loaded.then(() => {
    if (views === null) {
      host.reportOnce('views', {
        code: 'part-unavailable',
        message: 'review.js (the review and record views) could not be loaded.',
      });
    }
    return update();
  });
}

/** Shadow roots the views' styles have been added to. */
const styled = new WeakSet<ShadowRoot>();

/** Adds the views' styles to a widget's own (`own`), once, as soon as the views are here. */
export function adoptViewStyles(root: ShadowRoot | null, own: CSSResultOrNative[]): void {
  if (views && root && !styled.has(root)) {
    styled.add(root);
    adoptStyles(root, [...own, views.styles]);
  }
}
