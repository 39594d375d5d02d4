/**
 * Waiting in tests: always for a condition, with room for a busy machine (the suite runs three
 * browser engines at once, often beside other builds).
 */
import { nextFrame, waitUntil } from '@open-wc/testing';

/** How long a condition may take to come true before the test fails with its message. */
export const PATIENCE = 10_000;

/**
 * The mocha timeout of a slow step: an axe run, a long keyboard or pointer walk, a bundle
 * loaded into a frame. Use it in a `function ()` callback: `this.timeout(SLOW)`.
 */
export const SLOW = 60_000;

/** Resolves once `condition` holds; fails with `message` after `timeout` ms. */
export function until(
  condition: () => unknown,
  message: string,
  timeout: number = PATIENCE,
): Promise<void> {
  return waitUntil(condition, message, { timeout });
}

/**
 * `count` animation frames. Only after the condition that marks the end of what a test
 * watches (a state, a settled promise): a frame or two lets anything that would wrongly
 * follow it happen, for a test that proves something does not.
 */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrame();
}
