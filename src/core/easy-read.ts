import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { PictureName } from './pictures.js';
import type { ReadAloud, ReadAloudHost } from './read-aloud.js';
import type { LocalizeController } from './localize.js';

export type { PictureName } from './pictures.js';

/** What `easyPicture` and `easyPoint` need of a widget: whether it is in easy read. */
interface EasyReader {
  easyRead(): boolean;
}

type Drawings = typeof import('./pictures.js');
type Reading = typeof import('./read-aloud.js');
let drawings: Drawings | undefined;
let reading: Reading | undefined;
let loading: Promise<void> | undefined;

/**
 * Fetches what only easy read uses (the pictures and "Read this to me"), once for the page. A
 * widget in easy read waits for it (with its texts) before it renders; when it cannot be
 * fetched the widget shows the words alone.
 */
export function loadEasyParts(): Promise<void> | undefined {
  if (drawings && reading) return undefined;
  return (loading ??= Promise.all([import('./pictures.js'), import('./read-aloud.js')]).then(
    ([pictures, reader]) => {
      drawings = pictures;
      reading = reader;
    },
    () => {
      loading = undefined;
    },
  ));
}

const readers = new WeakMap<ReadAloudHost, ReadAloud>();

/**
 * In easy read, "Read this to me" for the widget (when the device has a voice of its own for
 * its language); otherwise nothing. A widget places it under its title.
 */
export function readAloudButton(
  host: ReadAloudHost,
  t: LocalizeController,
): TemplateResult | typeof nothing {
  if (!t.easyRead() || !reading) return nothing;
  let reader = readers.get(host);
  if (!reader) readers.set(host, (reader = new reading.ReadAloud(host, t)));
  if (!reader.voice()) return nothing;
  const r = reader;
  const button = (part: string, words: string, press: () => void) =>
    html`<button type="button" class="quiet" part=${part} @click=${press}>${words}</button>`;
  return html`<div class="read-aloud" part="read-aloud">
    ${
      r.state === 'idle'
        ? button('read-aloud-start', t.term('readAloud'), () => r.start())
        : html`${
            r.state === 'reading'
              ? button('read-aloud-pause', t.term('readAloudPause'), () => r.pause())
              : button('read-aloud-resume', t.term('readAloudResume'), () => r.resume())
          }
          ${button('read-aloud-stop', t.term('readAloudStop'), () => r.stop())}`
    }
  </div>`;
}

/** Stops reading a widget aloud (it left the page, or left easy read). */
export function stopReading(host: ReadAloudHost): void {
  readers.get(host)?.stop();
}

/**
 * In easy read, the picture of a key point, drawn by the library (inline SVG in the text
 * colour, no request) and hidden from screen readers: the words beside it carry the meaning.
 * Outside easy read, nothing.
 */
export function easyPicture(t: EasyReader, name: PictureName): TemplateResult | typeof nothing {
  if (!t.easyRead() || !drawings) return nothing;
  const d = drawings.PATHS[name] ?? drawings.PATHS.question;
  return html`<span class="easy-picture" part="easy-picture" aria-hidden="true"
    ><svg
      viewBox="0 0 24 24"
      width="100%"
      height="100%"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d=${d} /></svg
  ></span>`;
}

/**
 * A key point: in easy read its picture on the start side with the words beside it; outside
 * easy read the words alone, exactly as they would be without this wrapper.
 */
export function easyPoint(
  t: EasyReader,
  name: PictureName,
  content: unknown,
): TemplateResult | unknown {
  const picture = easyPicture(t, name);
  if (picture === nothing) return content;
  return html`<div class="easy-point">
    ${picture}
    <div class="easy-words">${content}</div>
  </div>`;
}
