/** The parts of the notice's template: the text, the boxes, the decisions, the short state. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { resolveText, shownText, type LocalizedText } from '../core/text.js';
import { easyPoint, type PictureName } from '../core/easy-read.js';
import { SECTION_IDS, choiceSlot, type Item, type Stage } from './compose.js';
import type { DecisionHandlers } from './decision.js';
import type { NoticeBlock, NoticeContent, NoticeSectionId } from './locales/index.js';

/** In easy read, the picture beside each section of the notice. */
const PICTURES: Readonly<Record<NoticeSectionId, PictureName>> = {
  confidential: 'private',
  limits: 'share',
  records: 'records',
  rights: 'rights',
};

/** What the template needs from the element for one render. */
export interface NoticeView {
  localize: LocalizeController;
  lang: string;
  content: NoticeContent;
  /** The title's heading level; sections are one below. */
  level: number;
  stage: Stage;
  items: readonly Item[];
  ticked: ReadonlySet<string>;
  /** The required boxes still unticked are marked. */
  markMissing: boolean;
  readonly: boolean;
  disabled: boolean;
  /** Boxes can be ticked. */
  editable: boolean;
  busy: boolean;
  /** The decision is made or failed: no decision buttons. */
  settled: boolean;
  inForm: boolean;
  custom: boolean;
  version: string;
  /** A new version is asked: when the old one was agreed (or null), and the host's summary. */
  changed: { at: string | null; summary: LocalizedText | undefined; slot: boolean } | null;
  agreedAt: string | null;
  /** "Read this to me" in easy read (placed under the title), or nothing. */
  readAloud: unknown;
  /** A banner's first view: the summary, the boxes that must be ticked and the decisions. */
  brief: boolean;
  readFull(): void;
  toggle(item: Item, event: Event): void;
  on: DecisionHandlers;
}

/** Shown in place of a notice whose choices cannot be used. */
export function renderUnavailable(text: string): TemplateResult {
  return html`<p part="error" id="error" class="unavailable" role="alert" data-focus="title">
    ${text}
  </p>`;
}

/** The panel: the title, then the notice or the short state, then the status. */
export function renderPanel(v: NoticeView, status: TemplateResult): TemplateResult {
  const { stage } = v;
  return html`<div class="panel">
    <div
      part="title"
      class="title"
      id="title"
      role="heading"
      aria-level=${v.level}
      tabindex="-1"
      data-focus="title"
    >
      <slot name="heading">${v.content.title}</slot>
    </div>
    ${v.readAloud}
    ${
      stage === 'agreed' || stage === 'declined' || stage === 'withdrawn'
        ? renderOutcome(v, stage)
        : renderNotice(v)
    }
    ${status}
  </div>`;
}

function renderBlock(block: NoticeBlock): TemplateResult {
  return typeof block === 'string'
    ? html`<p>${block}</p>`
    : html`<ul>
        ${block.map((point) => html`<li>${point}</li>`)}
      </ul>`;
}

/** The short state: agreed (with "Review or withdraw"), declined or withdrawn. */
function renderOutcome(v: NoticeView, stage: 'agreed' | 'declined' | 'withdrawn'): TemplateResult {
  const { localize: l } = v;
  const text =
    stage === 'agreed'
      ? l.term('consentAgreedOn', v.agreedAt ? l.date(v.agreedAt, { dateStyle: 'long' }) : null)
      : l.term(stage === 'declined' ? 'consentDeclined' : 'consentWithdrawn');
  const [part, label, onClick] =
    stage === 'agreed'
      ? ['review', l.term('consentReview'), v.on.review]
      : ['read-again', l.term('consentReadAgain'), v.on.readAgain];
  return html`<p part="outcome" class="outcome" tabindex="-1" data-focus="outcome">${text}</p>
    <div class="actions">
      <button
        type="button"
        part=${part}
        class="secondary"
        data-focus=${part}
        ?disabled=${v.disabled}
        @click=${onClick}
      >
        ${label}
      </button>
    </div>`;
}

/** The notice itself: what changed, the text, the version, the boxes and the decisions. */
function renderNotice(v: NoticeView): TemplateResult {
  const { localize: l } = v;
  const sub = Math.min(6, v.level + 1);
  const optional = v.items.filter((i) => !i.required);
  const brief = v.brief && v.stage === 'ask';
  return html`
    ${v.stage === 'ask' && !v.readonly && v.changed ? renderChanges(v, sub) : nothing}
    ${brief ? renderSummary(v, optional.length > 0) : renderText(v, sub)}
    <p part="version" class="version">${l.term('consentVersion', v.version)}</p>
    <fieldset part="acknowledgements" class="boxes">
      <legend>${l.term('consentConfirm')}</legend>
      ${v.items.filter((i) => i.required).map((item) => renderBox(v, item))}
    </fieldset>
    ${
      optional.length > 0 && !brief
        ? html`<fieldset part="choices" class="boxes" aria-describedby="choices-hint">
            <legend>${l.term('consentChoices')}</legend>
            <p class="hint" id="choices-hint">${l.term('consentChoicesHint')}</p>
            ${optional.map((item) => renderBox(v, item))}
          </fieldset>`
        : nothing
    }
    ${renderDecisions(v)}
  `;
}

/** The whole text: the host's own, or ours by section. Focus lands on its start. */
function renderText(v: NoticeView, sub: number): TemplateResult {
  const { content, localize: l } = v;
  return v.custom
    ? html`<div part="custom" class="custom" tabindex="-1" data-focus="start"><slot></slot></div>`
    : html`<div class="intro" tabindex="-1" data-focus="start">
          <slot name="intro"><p>${content.intro}</p></slot>
        </div>
        ${SECTION_IDS.map(
          (id) =>
            html`<div part="section section-${id}" class="section">
              ${easyPoint(
                l,
                PICTURES[id],
                html`<div class="section-heading" role="heading" aria-level=${sub}>
                    ${content.sections[id].heading}
                  </div>
                  <div class="section-body">
                    <slot name=${id}>${content.sections[id].blocks.map(renderBlock)}</slot>
                  </div>`,
              )}
            </div>`,
        )}`;
}

/**
 * The banner's short version: the summary (the host's `summary` slot, or ours; a notice of the
 * host's own text falls back to the opening paragraph) and the way to the whole text.
 */
function renderSummary(v: NoticeView, choices: boolean): TemplateResult {
  const { content, localize: l } = v;
  const text = v.custom ? content.intro : (content.summary ?? content.intro);
  return html`<div part="summary" class="intro summary">
      <slot name="summary"><p>${text}</p></slot>
    </div>
    <div class="actions read-full">
      <button
        type="button"
        part="read-full"
        class="secondary"
        aria-expanded="false"
        ?disabled=${v.disabled}
        @click=${v.readFull}
      >
        ${l.term('consentReadFull', choices)}
      </button>
    </div>`;
}

function renderChanges(v: NoticeView, level: number): TemplateResult {
  const { localize: l } = v;
  const { at, summary, slot } = v.changed!;
  const text = resolveText(summary, v.lang);
  return html`<div part="changes" class="changes">
    <p class="changed">
      ${l.term('consentChanged', at ? l.date(at, { dateStyle: 'long' }) : null)}
    </p>
    ${
      slot || text !== ''
        ? html`<div class="changes-heading" role="heading" aria-level=${level}>
              ${l.term('consentWhatChanged')}
            </div>
            <div class="changes-body">
              <slot name="changes">${text ? html`<p>${text}</p>` : nothing}</slot>
            </div>`
        : nothing
    }
  </div>`;
}

/**
 * One box with its label; a required one is required for assistive technology too. In easy
 * read the acknowledgement of the limits has its picture beside it.
 */
function renderBox(v: NoticeView, item: Item): unknown {
  const easy = v.localize.easyRead();
  const key = `box-${item.id}`;
  const missing = v.markMissing && item.required && !v.ticked.has(item.id);
  const described = [item.description ? `${key}-description` : '', missing ? `${key}-error` : '']
    .filter(Boolean)
    .join(' ');
  const box = html`<div part="choice" class=${missing ? 'box missing' : 'box'}>
    <input
      type="checkbox"
      id=${key}
      data-choice=${item.id}
      .checked=${v.ticked.has(item.id)}
      ?required=${item.required}
      ?disabled=${!v.editable}
      aria-invalid=${missing ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @change=${(e: Event) => v.toggle(item, e)}
    />
    <label for=${key}>
      <slot name=${choiceSlot(item.id)}
        >${
          item.builtIn
            ? v.content.limitsAcknowledgement
            : shownText(item.label, item.easyRead, v.lang, easy)
        }</slot
      >
      ${
        item.required
          ? html`<span class="needed">(${v.localize.term('consentNeeded')})</span>`
          : nothing
      }
    </label>
    ${
      item.description
        ? html`<p class="description" id=${`${key}-description`}>
            ${shownText(item.description, item.easyReadDescription, v.lang, easy)}
          </p>`
        : nothing
    }
    ${
      missing
        ? html`<p class="box-error item-error" id=${`${key}-error`}>
            ${v.localize.term('consentNotTicked')}
          </p>`
        : nothing
    }
  </div>`;
  return item.builtIn ? easyPoint(v.localize, 'agree', box) : box;
}

/** Agree and decline (or save and withdraw): the same size, side by side, the same look. */
function renderDecisions(v: NoticeView): TemplateResult | typeof nothing {
  if (v.readonly || v.settled) return nothing;
  const term = v.localize.term.bind(v.localize);
  const decision = (part: string, label: string, onClick: () => void) =>
    html`<button
      type="button"
      part=${part}
      class="decision"
      data-focus=${part}
      aria-disabled=${v.busy ? 'true' : 'false'}
      ?disabled=${v.disabled}
      @click=${onClick}
    >
      ${label}
    </button>`;
  if (v.stage === 'confirm') {
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-q">
      <p class="question" id="confirm-q" tabindex="-1" data-focus="confirm">
        ${term('consentWithdrawQuestion')}
      </p>
      <p class="explain">${term('consentWithdrawExplain')}</p>
      <div part="decisions" class="decisions">
        ${decision('confirm-withdraw', term('consentWithdrawYes'), v.on.withdraw)}
        ${decision('keep', term('consentWithdrawNo'), v.on.keep)}
      </div>
    </div>`;
  }
  if (v.stage === 'review') {
    return html`<div part="decisions" class="decisions">
        ${v.inForm ? nothing : decision('send', term('consentSaveChoices'), v.on.agree)}
        ${decision('withdraw', term('consentWithdraw'), v.on.askWithdraw)}
      </div>
      <div class="actions">
        <button type="button" part="back" class="quiet" ?disabled=${v.disabled} @click=${v.on.back}>
          ${term('consentBack')}
        </button>
      </div>`;
  }
  // Inside a form the form's own button sends: ticking the required boxes is agreeing.
  if (v.inForm) return nothing;
  return html`<div part="decisions" class="decisions">
    ${decision('send', term('consentAgree'), v.on.agree)}
    ${decision('decline', term('consentDecline'), v.on.decline)}
  </div>`;
}
