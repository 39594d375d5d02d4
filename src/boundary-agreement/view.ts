import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { easyPoint } from '../core/easy-read.js';
import { clauseRecord, clauseView, filledText, type ClauseContext } from './clause.js';
import { signatureRecord, type Signer } from './signature-field.js';
import type { AgreementSignature, ShownAgreement } from './types.js';

/** What the widget shows: the clauses to agree and sign, the clinician's step, or the record. */
export type AgreementMode = 'client' | 'countersign' | 'record';

/** What the agreement's template needs from the widget. */
export interface AgreementViewContext {
  localize: LocalizeController;
  mode: AgreementMode;
  titleLevel: number;
  clause: ClauseContext;
  /** Whether the text shown differs from the text that was signed. */
  textChanged: boolean;
  signature(who: Signer): AgreementSignature | null;
  /** The signing fields of one signer. */
  signing(who: Signer): TemplateResult;
  /** The status and the Sign button. */
  status(): TemplateResult;
  /** In easy read, "Read this to me" (placed under the title). */
  readAloud: unknown;
}

/** The message shown in place of an agreement that cannot be used. */
export function unavailableView(localize: LocalizeController): TemplateResult {
  return html`<div part="base" class="base" lang=${localize.lang()} dir=${localize.dir()}>
    <p part="error" class="unavailable" role="alert">${localize.term('agreementUnavailable')}</p>
  </div>`;
}

/** The agreement: its title and introduction, the clauses, and the signatures. */
export function agreementView(shown: ShownAgreement, c: AgreementViewContext): TemplateResult {
  const { localize, mode } = c;
  const agreed = shown.clauses.filter((cl) => c.clause.agreed.includes(cl.id)).length;
  return html`<div
    part="base"
    class="base"
    role=${shown.title ? 'group' : nothing}
    aria-labelledby=${shown.title ? 'title' : nothing}
    lang=${localize.lang()}
    dir=${localize.dir()}
  >
    <div part="header" class="header">
      ${
        shown.title
          ? html`<div
              part="title"
              class="title"
              id="title"
              role="heading"
              aria-level=${c.titleLevel}
            >
              ${shown.title}
            </div>`
          : nothing
      }
      ${c.readAloud}
      ${
        shown.intro
          ? html`<div part="intro" class="intro">
              ${easyPoint(localize, 'read', filledText(shown.intro))}
            </div>`
          : nothing
      }
    </div>
    ${
      c.textChanged
        ? html`<p part="changed" class="changed" role="alert">
            ${localize.term('agreementChanged')}
          </p>`
        : nothing
    }
    ${
      mode === 'client'
        ? html`<p part="progress" class="progress" aria-live="polite" aria-atomic="true">
            ${localize.term('agreementAgreedOf', agreed, shown.clauses.length)}
          </p>`
        : nothing
    }
    <ol part="clauses" class="clauses">
      ${shown.clauses.map((clause, i) =>
        mode === 'client' ? clauseView(clause, i, c.clause) : clauseRecord(clause, i, c.clause),
      )}
    </ol>
    ${
      mode === 'client'
        ? c.signing('client')
        : html`<div class="records">
            ${signatureRecord(localize, 'client', c.signature('client'))}
            ${
              mode === 'record'
                ? signatureRecord(localize, 'clinician', c.signature('clinician'))
                : nothing
            }
          </div>`
    }
    ${mode === 'countersign' ? c.signing('clinician') : nothing}
    ${mode !== 'record' ? c.status() : nothing}
  </div>`;
}
