import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { RapportState } from './response.js';

/** What the status of a form control shows, in order of precedence. */
export interface StatusView {
  state: RapportState;
  /** Inside a form the form's own page says "saved". */
  inForm: boolean;
  /** What is missing after Send was pressed too early; empty when nothing is. */
  missing: string;
  saving: string;
  saved: string;
  notSaved: string;
  retry: string;
  /** The note about answers kept from before, with its Dismiss button; absent when none. */
  draft?: { text: string; dismiss: string; onDismiss(): void };
  /** What an element says when there is nothing else to say. */
  idle: TemplateResult | typeof nothing;
  onRetry(): void;
}

/**
 * The status: a polite live region that says what is missing, saving or saved; or, after a
 * failed save, an alert (announced at once) and "Try again", outside the live region. Saving
 * and saved can take focus (`data-focus="status"`): they replace the Send or "Try again" the
 * person was on.
 */
export function statusRegion(v: StatusView): TemplateResult {
  let content: TemplateResult | typeof nothing = nothing;
  let failure: TemplateResult | typeof nothing = nothing;
  const progress = (kind: string, text: string) =>
    html`<p class="status ${kind}" tabindex="-1" data-focus="status">${text}</p>`;
  if (v.state === 'submitting') {
    content = progress('saving', v.saving);
  } else if (v.state === 'submitted' && !v.inForm) {
    content = progress('saved', v.saved);
  } else if (v.state === 'failed') {
    failure = html`<p class="status failed" role="alert">${v.notSaved}</p>
      <button type="button" class="primary" part="retry" data-focus="retry" @click=${v.onRetry}>
        ${v.retry}
      </button>`;
  } else if (v.missing !== '') {
    content = html`<p class="status missing">${v.missing}</p>`;
  } else if (v.draft) {
    content = html`<p class="status draft">${v.draft.text}</p>
      <button type="button" class="quiet" part="draft-dismiss" @click=${v.draft.onDismiss}>
        ${v.draft.dismiss}
      </button>`;
  } else {
    content = v.idle;
  }
  return html`<div part="status" class="status-region">
    <div role="status" aria-live="polite" class="status-live">${content}</div>
    ${failure}
  </div>`;
}

/** What the Send button shows. */
export interface SendView {
  label: string;
  /** Not ready: the words beside Send that say why (what is still to answer); empty when ready. */
  why: string;
  /** Shown as not available (missing answers, saving, disabled); pressing it still explains. */
  unavailable: boolean;
  disabled: boolean;
  onSend(): void;
}

/** The Send button, with the words that say why it is not ready yet, described to screen readers. */
export function sendButton(v: SendView): TemplateResult {
  return html`<button
      type="button"
      class="primary"
      part="send"
      aria-disabled=${v.unavailable ? 'true' : 'false'}
      aria-describedby=${v.why ? 'send-why' : nothing}
      ?disabled=${v.disabled}
      @click=${v.onSend}
    >
      ${v.label}
    </button>
    ${v.why ? html`<p id="send-why" part="send-why" class="hint send-why">${v.why}</p>` : nothing}`;
}
