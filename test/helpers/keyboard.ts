import { sendKeys } from '@web/test-runner-commands';

/**
 * Types text into the focused element, one key press at a time.
 *
 * WebKitWebDriver drops a repeated character inside one `sendKeys({ type })` string
 * ('hello' arrives as 'helo'); single presses arrive whole in every engine.
 */
export async function typeText(text: string): Promise<void> {
  for (const key of text) {
    await sendKeys({ press: key });
  }
}

/** Presses each key in turn, as a person does. */
export async function press(...keys: string[]): Promise<void> {
  for (const key of keys) await sendKeys({ press: key });
}

/** `key`, `times` times over, for press(). */
export function repeat(key: string, times: number): string[] {
  return Array.from({ length: times }, () => key);
}
