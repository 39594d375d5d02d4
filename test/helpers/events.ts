/**
 * Hearing a widget's events in tests: every event of a kind, in order, and the next submit.
 * Listeners added by `listen` are removed by `stopListening`, which each file calls after
 * every test.
 */
import { oneEvent } from '@open-wc/testing';
import type { RapportResult } from '../../src/core/result.js';
import type { RapportSubmitEvent } from '../../src/core/events.js';

type RapportEventName = 'rapport-input' | 'rapport-submit' | 'rapport-dismiss' | 'rapport-error';

const listeners: Array<() => void> = [];

/** Every `type` event that `target` hears from now until the test ends, in order. */
export function listen<K extends RapportEventName>(
  target: EventTarget,
  type: K,
): Array<GlobalEventHandlersEventMap[K]> {
  const heard: Array<GlobalEventHandlersEventMap[K]> = [];
  const listener = (e: Event) => heard.push(e as GlobalEventHandlersEventMap[K]);
  target.addEventListener(type, listener);
  listeners.push(() => target.removeEventListener(type, listener));
  return heard;
}

/** Removes every listener `listen` added. */
export function stopListening(): void {
  for (const remove of listeners.splice(0)) remove();
}

/** The next `rapport-submit` that `target` hears, with its result typed as `R`. */
export function nextSubmit<R extends RapportResult = RapportResult>(
  target: EventTarget,
): Promise<RapportSubmitEvent<R>> {
  return oneEvent(target, 'rapport-submit') as unknown as Promise<RapportSubmitEvent<R>>;
}
