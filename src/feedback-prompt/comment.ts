import type { LocalizeController } from '../core/localize.js';
import { limitNews, pasteOverflow } from './compose.js';

/** What the comment box needs from its prompt. */
export interface CommentHost {
  /** The comment's `maxlength`. */
  limit(): number;
  readonly localize: LocalizeController;
  /** Whether the person can change answers now. */
  editable(): boolean;
  /** The comment as it stands. */
  comment(): string;
  /** The person changed the comment. */
  change(comment: string): void;
}

/**
 * The comment box's news: how close it is to its limit (announced at a few thresholds, not on
 * every key), and how much of a paste or drop did not fit.
 */
export class CommentNews {
  /** The threshold last announced, and what the live region says. */
  #limit: { at?: number; text: string } = { text: '' };
  /** Characters a paste under way will lose to maxlength, and what was said about the last. */
  #pasteCut = 0;
  #pasteNote = '';

  constructor(private readonly host: CommentHost) {}

  /** What the live region under the comment says. */
  get announcement(): string {
    return this.#limit.text;
  }

  /** What is said, beside the box, about the last paste that did not fit. */
  get pasteNote(): string {
    return this.#pasteNote;
  }

  /** A new value or a reset: nothing to say. */
  forget(): void {
    this.#limit = { text: '' };
    this.#pasteNote = '';
  }

  /** A paste or drop about to be cut by maxlength: how much, said once it lands. */
  beforeInput = (event: InputEvent): void => {
    if (event.inputType !== 'insertFromPaste' && event.inputType !== 'insertFromDrop') return;
    const pasted = event.dataTransfer?.getData('text/plain') ?? event.data ?? '';
    const field = event.target as HTMLTextAreaElement;
    this.#pasteCut = pasteOverflow(field, pasted, this.host.limit());
  };

  input = (event: Event): void => {
    const { host } = this;
    const text = (event.target as HTMLTextAreaElement).value;
    const cut = this.#pasteCut;
    this.#pasteCut = 0;
    // WebKit fires `input` for a key that maxlength refused: nothing changed, nothing to say.
    if (!host.editable() || text === host.comment()) return;
    const { localize } = host;
    this.#pasteNote = cut > 0 ? localize.term('feedbackPasteCut', cut, localize.number(cut)) : '';
    if (cut > 0) {
      this.#limit = { at: 0, text: this.#pasteNote };
      host.change(text);
      return;
    }
    const { at, say } = limitNews(
      text.length,
      host.limit(),
      text.length < host.comment().length,
      this.#limit.at,
    );
    if (say !== 'same') {
      this.#limit = {
        at,
        text:
          say === 'nothing'
            ? ''
            : say === 0
              ? localize.term('feedbackLimitReached', localize.number(host.limit()))
              : localize.term('feedbackCharactersLeft', say, localize.number(say)),
      };
    }
    host.change(text);
  };
}
