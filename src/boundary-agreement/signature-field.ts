import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import type { PointerDragController } from '../core/pointer-drag.js';
import { foldSpace } from '../core/text.js';
import { easyPoint } from '../core/easy-read.js';
import type { AgreementSignature } from './types.js';
import { NAME_MAX } from './value.js';

/** Who signs: the client, or the clinician who countersigns. */
export type Signer = 'client' | 'clinician';

/** What the signing template needs from the widget. */
export interface SigningContext {
  localize: LocalizeController;
  signer: Signer;
  level: number;
  name: string;
  /** The strokes drawn so far, and the pad's box. */
  paths: readonly string[];
  box: { width: number; height: number };
  /** Whether the drawing pad is offered (`signature="both"`). */
  draw: boolean;
  showMissing: boolean;
  editable: boolean;
  drag: PointerDragController<Signer>;
  typed(signer: Signer, name: string): void;
  clear(signer: Signer): void;
}

function today(localize: LocalizeController): TemplateResult {
  const now = new Date();
  const iso = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return html`<p part="date" class="date">
    <span class="date-label">${localize.term('agreementDate')}</span>
    <time datetime=${iso}>${localize.date(now, { dateStyle: 'long' })}</time>
  </p>`;
}

function nameField(c: SigningContext): TemplateResult {
  const client = c.signer === 'client';
  const id = client ? 'name' : 'counter-name';
  const label = c.localize.term(client ? 'agreementFullName' : 'agreementClinicianName');
  const missing = c.showMissing && foldSpace(c.name) === '';
  const full = c.name.length >= NAME_MAX;
  const describedBy = [
    client ? 'name-hint' : '',
    full ? `${id}-limit` : '',
    missing ? `${id}-error` : '',
  ]
    .filter((x) => x !== '')
    .join(' ');
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${
      client
        ? html`<p class="hint" id="name-hint">${c.localize.term('agreementFullNameHint')}</p>`
        : nothing
    }
    <input
      part="name"
      id=${id}
      type="text"
      autocomplete=${client ? 'name' : 'off'}
      spellcheck="false"
      dir="auto"
      .value=${c.name}
      maxlength=${NAME_MAX}
      ?disabled=${!c.editable}
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(e: Event) => c.typed(c.signer, (e.target as HTMLInputElement).value)}
    />
    ${
      full
        ? html`<p class="hint" id=${`${id}-limit`}>
            ${c.localize.term('agreementNameLimit', c.localize.number(NAME_MAX))}
          </p>`
        : nothing
    }
    ${
      missing
        ? html`<p class="item-error" id=${`${id}-error`}>
            ${c.localize.term(client ? 'agreementTypeName' : 'agreementTypeClinicianName')}
          </p>`
        : nothing
    }
    <p class="print-only paper-line">
      <span class="date-label">${label}</span>
      <span class="paper-value">${foldSpace(c.name)}</span>
    </p>
  </div>`;
}

const strokes = (paths: readonly string[]) =>
  paths.map((d) => svg`<path class="stroke" d=${d}></path>`);

function pad(c: SigningContext): TemplateResult {
  const { box, drag } = c;
  const prefix = c.signer === 'client' ? 'pad' : 'counter-pad';
  return html`<div class="pad-field">
    <p class="pad-label" id=${`${prefix}-label`}>${c.localize.term('agreementDraw')}</p>
    <p class="hint" id=${`${prefix}-hint`}>${c.localize.term('agreementDrawHint')}</p>
    <svg
      part="pad"
      class=${c.editable ? 'pad' : 'pad locked'}
      id=${prefix}
      role="img"
      aria-label=${c.localize.term('agreementDrawingArea', c.paths.length > 0)}
      aria-describedby=${`${prefix}-hint`}
      viewBox=${`0 0 ${box.width} ${box.height}`}
      preserveAspectRatio="none"
      @pointerdown=${drag.down(c.signer)}
      @pointermove=${drag.move}
      @pointerup=${drag.up}
      @pointercancel=${drag.cancel}
      @lostpointercapture=${drag.cancel}
    >
      <line
        class="baseline"
        x1=${box.width * 0.05}
        x2=${box.width * 0.95}
        y1=${box.height * 0.78}
        y2=${box.height * 0.78}
      ></line>
      ${strokes(c.paths)}
    </svg>
    <button
      type="button"
      class="secondary"
      part="clear"
      ?disabled=${!c.editable}
      @click=${() => c.clear(c.signer)}
    >
      ${c.localize.term('agreementClearDrawing')}
    </button>
  </div>`;
}

/** Where the client signs, or the clinician countersigns (its heading takes focus then). */
export function signingField(c: SigningContext): TemplateResult {
  const client = c.signer === 'client';
  const titleId = client ? 'sign-title' : 'counter-title';
  return html`<div
    part=${client ? 'signature' : 'countersignature'}
    class="signing"
    role="group"
    aria-labelledby=${titleId}
  >
    ${easyPoint(
      c.localize,
      'signing',
      html`<div
        class="section-title"
        id=${titleId}
        role="heading"
        aria-level=${c.level}
        tabindex=${client ? nothing : '-1'}
        data-focus=${titleId}
      >
        ${c.localize.term(client ? 'agreementSignatureHeading' : 'agreementCountersignHeading')}
      </div>`,
    )}
    ${nameField(c)} ${c.draw ? pad(c) : nothing}
    <div class="print-only paper">
      <p class="paper-line">
        <span class="date-label">${c.localize.term('agreementPaperSignature')}</span>
        <span class="paper-value"></span>
      </p>
    </div>
    ${today(c.localize)}
  </div>`;
}

/** A signature in the record: who signed, when, and the drawing; "not signed" for the client. */
export function signatureRecord(
  localize: LocalizeController,
  signer: Signer,
  signature: AgreementSignature | null,
): TemplateResult | typeof nothing {
  if (!signature?.signedAt) {
    return signer === 'client'
      ? html`<p part="signature-record" class="signature-record unsigned">
          ${localize.term('agreementNotSigned')}
        </p>`
      : nothing;
  }
  const name = foldSpace(signature.typedName);
  const date = localize.date(signature.signedAt, { dateStyle: 'long' });
  const drawn = signature.drawn;
  return html`<div part="signature-record" class="signature-record">
    <p class="signed-by">
      ${localize.term(
        signer === 'client' ? 'agreementSignedBy' : 'agreementCountersignedBy',
        name,
        date,
      )}
    </p>
    ${
      drawn
        ? html`<svg
            part="drawn"
            class="drawn"
            role="img"
            aria-label=${localize.term('agreementDrawnBy', name)}
            viewBox=${`0 0 ${drawn.width} ${drawn.height}`}
          >
            ${strokes(drawn.paths)}
          </svg>`
        : nothing
    }
  </div>`;
}
