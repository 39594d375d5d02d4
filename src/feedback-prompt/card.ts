import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { starIcon } from './choices.js';

interface Language {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A floating prompt while closed: the "Feedback" button in its corner. */
export function launcher(o: Language & { label: string; onClick(): void }): TemplateResult {
  return html`<button
    type="button"
    part="launcher"
    class="launcher"
    data-focus="launcher"
    aria-haspopup="dialog"
    lang=${o.lang}
    dir=${o.dir}
    @click=${o.onClick}
  >
    <span class="launcher-icon" aria-hidden="true">${starIcon(false)}</span>
    ${o.label}
  </button>`;
}

/**
 * The prompt itself: a group in the page's flow, or a non-modal dialog when floating. Its
 * heading and close button, then `body` (the questions, or the finished response), the status,
 * and Send, or after sending the host's thank-you.
 */
export function card(
  o: Language & {
    floating: boolean;
    title: string;
    titleLevel: number;
    /** The close button's words; none when it is not shown. */
    close?: string;
    onClose(): void;
    onKeydown(event: KeyboardEvent): void;
    /** "Read this to me", under the heading (easy read only). */
    readAloud: unknown;
    body: unknown;
    status: unknown;
    /** Send, while the thank-you is not shown. */
    send?: unknown;
  },
): TemplateResult {
  const { floating } = o;
  return html`<div
    part="base"
    class=${floating ? 'base card' : 'base'}
    role=${floating ? 'dialog' : 'group'}
    aria-labelledby="title"
    tabindex=${floating ? '-1' : nothing}
    data-focus="card"
    lang=${o.lang}
    dir=${o.dir}
    @keydown=${floating ? o.onKeydown : nothing}
  >
    <div part="header" class="header">
      <div part="title" class="title" id="title" role="heading" aria-level=${o.titleLevel}>
        ${o.title}
      </div>
      ${
        o.close === undefined
          ? nothing
          : html`<button
              type="button"
              part="close"
              class="quiet"
              data-focus="close"
              @click=${o.onClose}
            >
              ${o.close}
            </button>`
      }
    </div>
    ${o.readAloud} ${o.body} ${o.status}
    ${
      o.send === undefined
        ? html`<div part="thanks" class="thanks" tabindex="-1" data-focus="thanks">
            <slot name="thanks"></slot>
          </div>`
        : html`<div class="actions">${o.send}</div>`
    }
  </div>`;
}
