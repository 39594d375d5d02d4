import { ownValue } from '../core/text.js';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { radioGroup } from '../core/radio-group.js';
import { easyPoint, type PictureName } from '../core/easy-read.js';
import type { FilledText, TextPiece } from './placeholders.js';
import type { ShownClause } from './types.js';

/** Placeholders that hold phone numbers: shown as a link that calls, when they are one. */
const PHONE_PLACEHOLDERS = new Set(['crisisPhone', 'emergencyNumber']);
const PHONE_NUMBER = /^\+?[0-9][0-9 ().-]*[0-9]$/;

function piece(p: TextPiece): TemplateResult | string {
  if (p.kind === 'text') return p.text;
  // Each value is isolated from the text around it (`dir`), so a Latin value in an Arabic
  // sentence keeps its order, and a phone number is always read left to right.
  if (p.kind === 'unfilled') {
    return html`<span part="unfilled" class="unfilled" dir="auto">${p.text}</span>`;
  }
  if (PHONE_PLACEHOLDERS.has(p.name) && PHONE_NUMBER.test(p.text)) {
    return html`<a
      part="value"
      class="value"
      dir="ltr"
      href=${`tel:${p.text.replace(/[^+0-9]/g, '')}`}
      >${p.text}</a
    >`;
  }
  return html`<span part="value" class="value" dir="auto">${p.text}</span>`;
}

/** A filled text: paragraphs of lines, every piece as text, never as HTML. */
export function filledText(text: FilledText): TemplateResult[] {
  return text.map(
    (lines) =>
      html`<p>
        ${lines.map((pieces, i) => html`${i > 0 ? html`<br />` : nothing}${pieces.map(piece)}`)}
      </p>`,
  );
}

/** What a clause template needs from the widget. */
export interface ClauseContext {
  localize: LocalizeController;
  dir: 'ltr' | 'rtl';
  /** The heading level of clause titles. */
  level: number;
  agreed: readonly string[];
  answers: Readonly<Record<string, string>>;
  /** Whether what is missing is marked (after Sign was pressed). */
  showMissing: boolean;
  editable: boolean;
  toggle(clause: ShownClause, agreed: boolean): void;
  choose(questionId: string, choice: string): void;
}

const optionalNote = (c: ClauseContext, required: boolean) =>
  required ? nothing : html` <span class="optional">(${c.localize.term('optional')})</span>`;

/** A clinic's clause's picture, by words of its id: the first that fits. */
const PICTURES: ReadonlyArray<[RegExp, PictureName]> = [
  [/safeguard|share|disclos/, 'share'],
  [/crisis|emergenc|unsafe/, 'crisis'],
  [/confidential|privacy|private/, 'private'],
  [/gift|present/, 'gift'],
  [/social|online|internet/, 'social'],
  [/outside|dual|friend/, 'outside'],
  [/record|video|audio/, 'recording'],
  [/contact|touch|message|phone|reach/, 'contact'],
  [/session|appointment|cancel|late|attend/, 'calendar'],
  [/hour|time/, 'time'],
  [/end|clos|finish|discharge/, 'ending'],
  [/sign/, 'signing'],
  [/note|file|document/, 'records'],
];

/**
 * The picture beside a clause in easy read: the built-in clauses' own, the crisis picture for
 * the crisis clause, and for a clinic's clause one found from its id (a tick when none fits).
 */
export function clausePicture(clause: Pick<ShownClause, 'id' | 'crisis'>): PictureName {
  if (clause.crisis) return 'crisis';
  const id = clause.id.toLowerCase();
  return PICTURES.find(([words]) => words.test(id))?.[1] ?? 'agree';
}

/** A clause's title and text; in easy read, with its picture on the start side. */
function head(clause: ShownClause, i: number, c: ClauseContext): unknown {
  return easyPoint(c.localize, clausePicture(clause), headWords(clause, i, c));
}

function headWords(clause: ShownClause, i: number, c: ClauseContext): TemplateResult {
  return html`<div
      part="clause-title"
      class="clause-title"
      id=${`clause-${i}-title`}
      role="heading"
      aria-level=${c.level}
    >
      <span class="number" aria-hidden="true">${c.localize.number(i + 1)}.</span>
      <span class="clause-name">${clause.title}${optionalNote(c, clause.required)}</span>
    </div>
    <div part="clause-text" class="clause-text" id=${`clause-${i}-text`}>
      ${clause.text ? filledText(clause.text) : html`<slot name=${`clause-${clause.id}`}></slot>`}
    </div>`;
}

function status(agreed: boolean, c: ClauseContext, print: boolean): TemplateResult {
  return html`<p
    part=${print ? nothing : 'clause-status'}
    class=${`${print ? 'print-only ' : ''}clause-status${agreed ? ' agreed' : ''}`}
  >
    <span class="mark" aria-hidden="true">${agreed ? '✓' : '–'}</span>
    ${c.localize.term(agreed ? 'agreementAgreed' : 'agreementNotAgreed')}
  </p>`;
}

function answer(label: string, chosen: string | undefined, c: ClauseContext, print: boolean) {
  return html`<p class=${print ? 'print-only answer' : 'answer'}>
    <span class="answer-label">${label}</span>
    <strong>${chosen ?? c.localize.term('notAnswered')}</strong>
  </p>`;
}

const chosenLabel = (clause: ShownClause, c: ClauseContext) => {
  const q = clause.question;
  return q?.options.find((o) => o.value === ownValue(c.answers, q.id))?.label;
};

/** A clause to read and agree to, with its question if it has one. */
export function clauseView(clause: ShownClause, i: number, c: ClauseContext): TemplateResult {
  const agreed = c.agreed.includes(clause.id);
  const missing = c.showMissing && clause.required && !agreed;
  const q = clause.question;
  const id = `agree-${i}`;
  return html`<li
    part="clause"
    class=${`clause${agreed ? ' agreed' : ''}${missing ? ' missing' : ''}`}
  >
    ${head(clause, i, c)}
    ${
      q
        ? radioGroup({
            name: `q-${i}`,
            part: 'question',
            class: 'question',
            legend: html`${q.label}${optionalNote(c, q.required)}`,
            choices: q.options,
            checked: ownValue(c.answers, q.id),
            choose: (choice) => c.choose(q.id, choice),
            dir: c.dir,
            disabled: !c.editable,
            required: q.required,
            missing:
              c.showMissing && q.required && ownValue(c.answers, q.id) === undefined
                ? c.localize.term('agreementChooseOne')
                : false,
            after: answer(q.label, chosenLabel(clause, c), c, true),
          })
        : nothing
    }
    <div part="agree" class="agree">
      <input
        type="checkbox"
        id=${id}
        .checked=${agreed}
        ?disabled=${!c.editable}
        ?required=${clause.required}
        aria-invalid=${missing ? 'true' : 'false'}
        aria-describedby=${missing ? `${id}-error` : nothing}
        @change=${(e: Event) => c.toggle(clause, (e.target as HTMLInputElement).checked)}
      />
      <label for=${id}
        >${c.localize.term('agreementAgree')}<span class="visually-hidden">
          (${clause.title})</span
        ></label
      >
    </div>
    ${
      missing
        ? html`<p class="item-error" id=${`${id}-error`}>
            ${c.localize.term('agreementTickToAgree')}
          </p>`
        : nothing
    }
    ${status(agreed, c, true)}
  </li>`;
}

/** A clause in the signed record: its text, the answer chosen, and whether it was agreed. */
export function clauseRecord(clause: ShownClause, i: number, c: ClauseContext): TemplateResult {
  const agreed = c.agreed.includes(clause.id);
  const q = clause.question;
  return html`<li part="clause" class=${`clause record${agreed ? ' agreed' : ''}`}>
    ${head(clause, i, c)} ${q ? answer(q.label, chosenLabel(clause, c), c, false) : nothing}
    ${status(agreed, c, false)}
  </li>`;
}
