/**
 * What a feedback prompt shows at a moment: the note left after "Not now", the floating
 * launcher, or the card with the questions, the finished response or the thank-you.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import type { CommentNews } from './comment.js';
import type { ShownPrompt } from './compose.js';
import { isDefaultChecks, missingQuestions, summaryRows } from './compose.js';
import { card, launcher } from './card.js';
import { summaryList } from './fields.js';
import { promptParts } from './parts.js';
import type { Draft } from './types.js';

/** The prompt's state and what it calls, as its element gives them to the view. */
export interface PromptView {
  /** What the card shows; worked out only when the card is drawn. */
  prompt(): ShownPrompt;
  t: LocalizeController;
  /** Closed inline by the person: only a short note stays. */
  closed: boolean;
  /** Hidden, as the person answered or dismissed it lately. */
  hidden: boolean;
  floating: boolean;
  /** Floating: whether the card is open. */
  open: boolean;
  submitted: boolean;
  readonly: boolean;
  inForm: boolean;
  editable: boolean;
  titleLevel: number;
  /** Whether the questions still unanswered are marked. */
  showMissing: boolean;
  comment: CommentNews;
  readAloud(): unknown;
  status(): unknown;
  send(): unknown;
  openCard(): void;
  close(): void;
  keydown(event: KeyboardEvent): void;
  change(change: Partial<Draft>): void;
  answer(id: string, value: number): void;
}

export function promptView(o: PromptView): TemplateResult | typeof nothing {
  const { t } = o;
  const lang = t.lang();
  const dir = t.dir();
  if (o.closed) {
    return html`<p
      part="closed"
      class="closed"
      tabindex="-1"
      data-focus="closed"
      lang=${lang}
      dir=${dir}
    >
      ${t.term(o.submitted ? 'saved' : 'feedbackClosed')}
    </p>`;
  }
  if (o.hidden) return nothing;
  const { floating } = o;
  if (floating && !o.open) {
    return launcher({ lang, dir, label: t.term('feedbackOpen'), onClick: o.openCard });
  }
  const thanks = o.submitted && !o.inForm && !o.readonly;
  const done = o.submitted || o.readonly;
  const prompt = o.prompt();
  return card({
    lang,
    dir,
    floating,
    title: prompt.title,
    titleLevel: o.titleLevel,
    close: o.readonly && !floating ? undefined : t.term(done ? 'feedbackClose' : 'feedbackNotNow'),
    onClose: o.close,
    onKeydown: o.keydown,
    readAloud: o.readAloud(),
    body: thanks
      ? nothing
      : o.readonly
        ? summary(o, prompt)
        : html`${prompt.intro ? html`<p part="intro" class="intro">${prompt.intro}</p>` : nothing}
          ${questions(o, prompt)}`,
    status: o.readonly ? nothing : o.status(),
    send: thanks ? undefined : o.send(),
  });
}

function questions(o: PromptView, prompt: ShownPrompt): TemplateResult {
  const { t, comment } = o;
  const { draft } = prompt;
  return promptParts({
    ...prompt,
    dir: t.dir(),
    disabled: !o.editable,
    missing: o.showMissing ? missingQuestions(prompt) : [],
    notAnswered: t.term('notAnswered'),
    // A clinic's own questions may be optional; the quick checks all are.
    optional: isDefaultChecks(prompt.questions) ? '' : t.term('optional'),
    counter: t.term(
      'feedbackCharacters',
      t.number(draft.comment.length),
      t.number(prompt.maxlength),
    ),
    announcement: comment.announcement,
    pasteNote: comment.pasteNote,
    rate: (rating) => o.change({ rating }),
    answer: o.answer,
    onCommentInput: comment.input,
    onCommentBeforeInput: comment.beforeInput,
    onContactChange: (event) => {
      const contact = (event.target as HTMLInputElement).checked;
      // Unticked, the details are forgotten at once, not just hidden.
      o.change(contact ? { contact } : { contact, details: '' });
    },
    onDetailsInput: (event) => {
      if (draft.contact) o.change({ details: (event.target as HTMLInputElement).value });
    },
  });
}

/** The finished response, for reading (e.g. by a clinician). */
function summary({ t }: PromptView, prompt: ShownPrompt): TemplateResult {
  const rows = summaryRows(prompt, t.term('notAnswered'), (rating, max) =>
    t.term('scoreOf', t.number(rating), t.number(max)),
  );
  return summaryList(rows);
}
