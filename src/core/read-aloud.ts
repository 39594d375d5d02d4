import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from './localize.js';

// No import of Lit here: this module loads on demand, and an application's bundler would
// otherwise split Lit into a file of its own.

/** What the reader needs of a widget. */
export interface ReadAloudHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The parts of a widget read aloud, in the order they are shown. */
const BLOCKS =
  '[part~="title"], [role="heading"], p, legend, label, li, dt, dd, summary, th, td, .easy-words, [data-read]';

/** A voice on the device itself for `lang` (exact tag first, then its language), if any. */
export function localVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const lower = lang.toLowerCase();
  const language = lower.split('-')[0];
  // Only a voice that runs on the device: one that would send the text to a server never reads.
  const local = voices.filter((v) => v.localService === true);
  const tag = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    local.find((v) => tag(v) === lower) ??
    local.find((v) => tag(v).split('-')[0] === language && v.default) ??
    local.find((v) => tag(v).split('-')[0] === language)
  );
}

/** The text of a block as it is shown: hidden words left out, spaces folded. */
function shownWords(block: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent;
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.getAttribute('aria-hidden') === 'true' || node.classList.contains('visually-hidden'))
      return;
    if (node instanceof HTMLElement && node.hidden) return;
    const root = node.shadowRoot;
    const children = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [];
    for (const child of children.length ? children : (root ?? node).childNodes) walk(child);
  };
  walk(block);
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * "Read this to me": reads a widget's shown text aloud, block by block, with the block being
 * read highlighted, in the widget's language, with a voice on the device only (none: no
 * button). Pause, go on, and stop.
 */
export class ReadAloud {
  readonly #host: ReadAloudHost;
  readonly #t: LocalizeController;
  #state: 'idle' | 'reading' | 'paused' = 'idle';
  #queue: Array<{ block: Element; text: string }> = [];
  #current: Element | null = null;
  #listening = false;
  /** Bumped on every start and stop, so the events of an older reading are ignored. */
  #run = 0;

  constructor(host: ReadAloudHost, t: LocalizeController) {
    this.#host = host;
    this.#t = t;
  }

  get state(): 'idle' | 'reading' | 'paused' {
    return this.#state;
  }

  #synth(): SpeechSynthesis | undefined {
    return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  }

  /** The voice this widget would read with; none when the device has none for its language. */
  voice(): SpeechSynthesisVoice | undefined {
    const synth = this.#synth();
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
    if (!this.#listening) {
      // Voices often arrive after the page loads: the button appears when they do.
      this.#listening = true;
      synth.addEventListener?.('voiceschanged', () => this.#host.requestUpdate());
    }
    return localVoice(synth.getVoices(), this.#t.lang());
  }

  /** The blocks to read, outermost only, in document order, with their words. */
  #blocks(): Array<{ block: Element; text: string }> {
    const root = this.#host.renderRoot;
    const all = [...root.querySelectorAll(BLOCKS)].filter(
      (b) => !b.closest('[aria-hidden="true"], .visually-hidden, .read-aloud'),
    );
    const outer = all.filter((b) => !all.some((other) => other !== b && other.contains(b)));
    return outer
      .map((block) => ({ block, text: shownWords(block) }))
      .filter(({ block, text }) => text !== '' && block.getClientRects().length > 0);
  }

  start(): void {
    const synth = this.#synth();
    const voice = this.voice();
    if (!synth || !voice) return;
    this.stop();
    const run = ++this.#run;
    this.#queue = this.#blocks();
    this.#state = 'reading';
    this.#next(synth, voice, run);
    this.#host.requestUpdate();
  }

  #next(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, run: number): void {
    if (run !== this.#run) return;
    this.#mark(null);
    const part = this.#queue.shift();
    if (!part) {
      this.#state = 'idle';
      this.#host.requestUpdate();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => {
      if (run === this.#run) this.#mark(part.block);
    };
    const done = () => this.#next(synth, voice, run);
    utterance.onend = done;
    utterance.onerror = done;
    synth.speak(utterance);
  }

  #mark(block: Element | null): void {
    this.#current?.removeAttribute('data-reading');
    this.#current = block;
    block?.setAttribute('data-reading', '');
  }

  pause(): void {
    if (this.#state !== 'reading') return;
    this.#synth()?.pause();
    this.#state = 'paused';
    this.#host.requestUpdate();
  }

  resume(): void {
    if (this.#state !== 'paused') return;
    this.#synth()?.resume();
    this.#state = 'reading';
    this.#host.requestUpdate();
  }

  stop(): void {
    this.#run++;
    this.#queue = [];
    this.#mark(null);
    if (this.#state !== 'idle') this.#synth()?.cancel();
    this.#state = 'idle';
    this.#host.requestUpdate();
  }
}
