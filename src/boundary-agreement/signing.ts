import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { PointerDragController } from '../core/pointer-drag.js';
import type { LocalizeController } from '../core/localize.js';
import type { AgreementAnswers } from './answers.js';
import { signingField, type Signer } from './signature-field.js';
import { padPoint } from './signature-pad.js';

/** What signing needs from the widget. */
export interface SigningOptions {
  answers: AgreementAnswers;
  /** Whether the person may type and draw now. */
  editable(): boolean;
  /** A signer's name or drawing changed. */
  changed(): void;
}

/** What the signing fields show, besides the signer's own state. */
export interface SigningView {
  localize: LocalizeController;
  level: number;
  showMissing: boolean;
  editable: boolean;
  /** Whether the drawing pad is offered (`signature="both"`). */
  draw: boolean;
}

/**
 * Signing: the typed name and the drawing pad of each signer, with the pointer drags that draw
 * on the pad. The strokes and names live in the widget's `AgreementAnswers`.
 */
export class SigningController {
  readonly #options: SigningOptions;
  readonly #drag: PointerDragController<Signer>;

  constructor(host: ReactiveControllerHost, options: SigningOptions) {
    this.#options = options;
    const pad = (who: Signer) => options.answers.signers[who].pad;
    this.#drag = new PointerDragController<Signer>(host, {
      touch: 'immediate',
      canStart: () => options.editable(),
      start: (who, e) => {
        if (pad(who).begin(e.pointerId, this.#point(who, e))) host.requestUpdate();
      },
      move: (who, e) => {
        if (pad(who).extend(e.pointerId, this.#point(who, e))) host.requestUpdate();
      },
      end: (who, e) => {
        if (pad(who).end(e.pointerId)) options.changed();
      },
    });
  }

  /** Where `who` signs. */
  field(who: Signer, view: SigningView): TemplateResult {
    const s = this.#options.answers.signers[who];
    return signingField({
      ...view,
      signer: who,
      name: s.name,
      paths: s.pad.strokes,
      box: s.box,
      drag: this.#drag,
      typed: this.#typed,
      clear: this.#clear,
    });
  }

  #typed = (who: Signer, name: string): void => {
    if (!this.#options.editable()) return;
    this.#options.answers.signers[who].name = name;
    this.#options.changed();
  };

  #clear = (who: Signer): void => {
    const { pad } = this.#options.answers.signers[who];
    if (!this.#options.editable() || pad.strokes.length === 0) return;
    pad.clear();
    this.#options.changed();
  };

  #point(who: Signer, event: PointerEvent): [number, number] {
    const { width, height } = this.#options.answers.signers[who].box;
    return padPoint(event.currentTarget as Element, event.clientX, event.clientY, width, height);
  }
}
