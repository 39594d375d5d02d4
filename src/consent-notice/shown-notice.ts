/**
 * The notice as the person is shown it: the boxes to tick, the built-in text in the widget's
 * language, each box's label, and the SHA-256 of the canonical text, each kept while what it is
 * made from is the same.
 */
import type { DefinitionController } from '../core/definition-controller.js';
import type { LocalizeController } from '../core/localize.js';
import { sha256HexSync } from '../core/sha256.js';
import { foldSpace, shownText } from '../core/text.js';
import { canonicalCache } from './canonical.js';
import type { ConsentChoice } from './choices.js';
import { choiceSlot, itemsCache, type Item } from './compose.js';
import type { HostContent } from './light-dom.js';
import type { NoticeContent } from './locales/index.js';

/** No choices of the host's: the same list each time, so the boxes made from it are kept. */
export const NO_CHOICES: readonly ConsentChoice[] = [];

/** What the notice is made from. */
export interface ShownNoticeSources {
  /** The widget's language and easy read, and the built-in notice in them. */
  localize: LocalizeController;
  /** The choices the host gave as data, once checked. */
  choices: DefinitionController<readonly ConsentChoice[]>;
  /** What the host put inside: child choices and slotted text. */
  light: HostContent;
}

/**
 * Read by the element whenever it renders, fills the form or builds a result: the boxes and
 * the hash are worked out again only when the choices, the host's content, the language or
 * easy read change.
 */
export class ShownNotice {
  #itemsOf = itemsCache();
  #canonical = canonicalCache();
  #hash: { text: string; hash: string } | undefined;

  readonly #host: Element;
  readonly #localize: LocalizeController;
  readonly #choices: DefinitionController<readonly ConsentChoice[]>;
  readonly #light: HostContent;

  constructor(host: Element, { localize, choices, light }: ShownNoticeSources) {
    this.#host = host;
    this.#localize = localize;
    this.#choices = choices;
    this.#light = light;
  }

  /** The boxes to tick, the same list while the choices are the same (it is asked often). */
  get items(): Item[] {
    const children = this.#light.current.children;
    return this.#itemsOf(this.#choices.definition ?? NO_CHOICES, children ?? []);
  }

  /** True when the choices, given as data and as child elements, can be used. */
  get ready(): boolean {
    return this.#choices.status === 'ready' && this.#light.current.children !== null;
  }

  /** The built-in notice in the widget's language (English is always registered). */
  get content(): NoticeContent {
    return this.#localize.content('consentNotice') as NoticeContent;
  }

  /** The label of a box as a plain text: the host's slotted label, its data label, or ours. */
  label(item: Item): string {
    const slot = choiceSlot(item.id);
    const child = [...this.#host.children].find((c) => c.getAttribute('slot') === slot);
    if (child) return foldSpace(child.textContent ?? '');
    if (item.builtIn) return this.content.limitsAcknowledgement;
    return shownText(item.label, item.easyRead, this.#localize.lang(), this.#localize.easyRead());
  }

  /** The canonical text of what the person is shown, for `contentHash`; null while unusable. */
  #canonicalText(): string | null {
    if (!this.ready) return null;
    const { texts, custom } = this.#light.current;
    return this.#canonical({
      content: this.content,
      lang: this.#localize.lang(),
      easy: this.#localize.easyRead(),
      items: this.items,
      texts,
      custom,
    });
  }

  /**
   * The SHA-256 of the canonical text, for the form's fields and the result alike: computed
   * here rather than by `crypto.subtle`, as the form needs it at once; kept while the text is
   * the same.
   */
  hash(): string | null {
    const text = this.#canonicalText();
    if (text === null) return null;
    if (this.#hash?.text !== text) this.#hash = { text, hash: sha256HexSync(text) };
    return this.#hash.hash;
  }
}
