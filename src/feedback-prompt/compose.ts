import type { Checked } from '../core/definition-controller.js';
import { shortText, shownText } from '../core/text.js';
import { checkLoaded } from '../instruments/checker.js';
import { isRegistered } from '../instruments/registry.js';
import { missingRequired, scaleOf } from '../instruments/scoring.js';
import type { FacesScale, InstrumentDefinition, LikertScale } from '../instruments/types.js';
import type { FeedbackContent } from './locales/index.js';
import type { Draft, FeedbackPart, RatingStyle } from './types.js';
import {
  CHECK_IDS,
  CHECK_VALUES,
  answerOf,
  checkAnswerOf,
  contactOf,
  ratingRange,
} from './value.js';

/** Every part, in the order they are shown. */
export const PARTS: readonly FeedbackPart[] = ['rating', 'checks', 'comment', 'contact'];

/** Form field names the prompt uses itself, which a clinic's question ids must not take. */
export const RESERVED_IDS = ['rating', 'rating-style', 'comment', 'contact', 'contact-details'];

/** The id and version of the default question set, as results name it. */
export const DEFAULT_QUESTIONS = { id: 'feedback-prompt', version: '1.0.0' } as const;

/** `include` read: the parts named, in the usual order (all four when none is), and a problem. */
export function readInclude(include: unknown): { parts: FeedbackPart[]; problem?: string } {
  const tokens = String(include ?? '')
    .split(/\s+/)
    .filter((t) => t !== '');
  const unknown = tokens.filter((t) => !(PARTS as readonly string[]).includes(t));
  const parts = PARTS.filter((p) => tokens.includes(p));
  const all = PARTS.join(', ');
  if (parts.length === 0) {
    return {
      parts: [...PARTS],
      problem: `include="${String(include)}" names none of ${all}; showing all four.`,
    };
  }
  if (unknown.length === 0) return { parts };
  return {
    parts,
    problem: `include: ${unknown.map((t) => `"${t}"`).join(', ')} is not one of ${all}; ignored.`,
  };
}

/**
 * The wording of one language with English filling what it lacks: a host that registers a
 * language with only some of the questions still gets a whole prompt.
 */
export function withFallback(
  wording: Partial<FeedbackContent> | undefined,
  english: FeedbackContent,
): FeedbackContent {
  if (!wording || wording === english) return english;
  const merged = { ...english, ...wording } as Record<string, unknown>;
  for (const [key, value] of Object.entries(english)) {
    if (typeof value === 'object' && !Array.isArray(value)) {
      merged[key] = { ...value, ...(wording[key as keyof FeedbackContent] as object | undefined) };
    }
  }
  return merged as unknown as FeedbackContent;
}

const builtIn = new WeakMap<FeedbackContent, InstrumentDefinition>();
const builtInSet = new WeakSet<InstrumentDefinition>();

/**
 * The three quick checks in one language, as an instrument definition (the format of a clinic's
 * own questions), so both are shown, validated and hashed the same way. The same object for the
 * same wording.
 */
export function defaultChecks(w: FeedbackContent): InstrumentDefinition {
  let checks = builtIn.get(w);
  if (!checks) {
    checks = {
      ...DEFAULT_QUESTIONS,
      title: w.title,
      instructions: w.intro,
      scale: {
        type: 'likert',
        options: (['yes', 'partly', 'no'] as const).map((a) => ({
          value: CHECK_VALUES[a],
          label: w.checks[a],
        })),
      },
      items: (Object.keys(CHECK_IDS) as Array<keyof typeof CHECK_IDS>).map((key) => ({
        id: CHECK_IDS[key],
        text: w.checks[key],
        required: false,
      })),
    };
    builtIn.set(w, checks);
    builtInSet.add(checks);
  }
  return checks;
}

/** Whether these are the built-in quick checks (in any language). */
export function isDefaultChecks(questions: InstrumentDefinition | undefined): boolean {
  return questions !== undefined && builtInSet.has(questions);
}

/** A clinic's own questions checked: a valid instrument of Likert or faces items whose ids are free. */
export function checkQuestions(raw: unknown): Checked<InstrumentDefinition> {
  // Registered instruments were checked when registered; the validator is loaded for the rest.
  const check = isRegistered(raw) ? { ok: true as const, instrument: raw } : checkLoaded(raw);
  const problems = check.ok ? [] : check.problems.map((p) => p.message);
  if (check.ok) {
    check.instrument.items.forEach((item, i) => {
      if (scaleOf(check.instrument, item).type === 'visual-analog') {
        problems.push(
          `items[${i}] uses a visual-analog scale; a feedback prompt asks Likert or faces items only`,
        );
      }
      if (RESERVED_IDS.includes(item.id)) {
        problems.push(
          `items[${i}].id "${item.id}" is a field name of the prompt itself (${RESERVED_IDS.join(', ')})`,
        );
      }
    });
  }
  return check.ok && problems.length === 0
    ? { ok: true, value: check.instrument }
    : { ok: false, message: `${problems.join('; ')}; showing the default checks` };
}

/** A question's choices (Likert or faces: the only scales `checkQuestions` lets through). */
export function choicesOf(
  questions: InstrumentDefinition,
  index: number,
): LikertScale | FacesScale {
  return scaleOf(questions, questions.items[index]) as LikertScale | FacesScale;
}

/** One choice of the overall rating. */
export interface RatingOption {
  value: number;
  /** The number in the widget's language. */
  number: string;
  /** What it says besides the number: a face's or the stars' words, or the 0–10 scale's end. */
  words: string;
  /** Its accessible name. */
  label: string;
}

/**
 * The overall rating's choices: five faces with their words, five stars ("3 stars"), or 0–10
 * numbers whose two ends carry the scale's words.
 */
export function ratingOptions(
  style: RatingStyle,
  w: FeedbackContent,
  number: (n: number) => string,
  stars: (n: number, formatted: string) => string,
): RatingOption[] {
  const { min, max } = ratingRange(style);
  const options: RatingOption[] = [];
  for (let value = min; value <= max; value++) {
    const n = number(value);
    let words = '';
    if (style === 'faces') words = w.rating.faces[value - 1];
    else if (style === 'stars') words = stars(value, n);
    else if (value === min) words = w.rating.scaleLow;
    else if (value === max) words = w.rating.scaleHigh;
    const label = style !== 'scale' ? words : words ? `${n} ${words}` : n;
    options.push({ value, number: n, words, label });
  }
  return options;
}

/** What is shown and answered, for the rules below. */
export interface Shown {
  parts: readonly FeedbackPart[];
  questions: InstrumentDefinition;
  draft: Draft;
}

/** Everything a prompt shows, in its language: for its view, its summary and its canonical text. */
export interface ShownPrompt extends Shown {
  title: string;
  intro: string;
  style: RatingStyle;
  options: RatingOption[];
  maxlength: number;
  w: FeedbackContent;
  lang: string;
  /** Easy read: the questions' easy-read words. */
  easy: boolean;
}

/** The language a prompt is shown in: the element's localize controller. */
interface Localize {
  term(key: 'feedbackStars', n: number, formatted: string): string;
  number(n: number): string;
  lang(): string;
  easyRead(): boolean;
}

/** What a prompt shows, worked out in the language `t` gives. */
export function shownPrompt(
  shown: Shown,
  style: RatingStyle,
  maxlength: number,
  w: FeedbackContent,
  t: Localize,
): ShownPrompt {
  const { questions } = shown;
  const lang = t.lang();
  const easy = t.easyRead();
  const text = (key: 'title' | 'instructions') =>
    shownText(questions[key], questions.easyRead?.[key], lang, easy);
  return {
    ...shown,
    title: text('title'),
    intro: text('instructions'),
    style,
    options: ratingOptions(
      style,
      w,
      (n) => t.number(n),
      (n, formatted) => t.term('feedbackStars', n, formatted),
    ),
    maxlength,
    w,
    lang,
    easy,
  };
}

/** Whether anything that counts as feedback was given (the contact choice alone does not). */
export function hasAnswer({ parts, draft }: Shown): boolean {
  const shows = (p: FeedbackPart) => parts.includes(p);
  // With only the contact choice shown, ticking it is the answer.
  if (!shows('rating') && !shows('checks') && !shows('comment')) return draft.contact;
  return (
    (shows('rating') && draft.rating !== null) ||
    (shows('checks') && Object.keys(draft.answers).length > 0) ||
    (shows('comment') && draft.comment.trim() !== '')
  );
}

/** The indexes of the required questions still unanswered, when the questions are shown. */
export function missingQuestions({ parts, questions, draft }: Shown): number[] {
  if (!parts.includes('checks')) return [];
  const missing = new Set(missingRequired(questions, draft.answers));
  return questions.items.flatMap((item, i) => (missing.has(item.id) ? [i] : []));
}

/**
 * The required questions still unanswered, each as its position from 1 among the questions
 * shown (the rating is first, when shown) and its text, shortened, as shown.
 */
export function missingNamed(shown: Shown, lang: string, easy: boolean): Array<[number, string]> {
  const first = shown.parts.includes('rating') ? 2 : 1;
  const { items } = shown.questions;
  return missingQuestions(shown).map((i) => [
    first + i,
    shortText(shownText(items[i].text, items[i].easyRead, lang, easy)),
  ]);
}

/** The answers as form fields: quick checks as words, a clinic's answers as numbers. */
export function formEntries(shown: Shown, style: RatingStyle): Array<[string, string]> {
  const { parts, questions, draft } = shown;
  const entries: Array<[string, string]> = [];
  if (parts.includes('rating') && draft.rating !== null) {
    entries.push(['rating', String(draft.rating)], ['rating-style', style]);
  }
  if (parts.includes('checks')) {
    const words = isDefaultChecks(questions);
    for (const item of questions.items) {
      const answer = answerOf(draft.answers, item.id);
      if (answer === undefined) continue;
      entries.push([item.id, (words && checkAnswerOf(answer)) || String(answer)]);
    }
  }
  if (parts.includes('comment') && draft.comment.trim() !== '') {
    entries.push(['comment', draft.comment]);
  }
  if (parts.includes('contact') && draft.contact) {
    entries.push(['contact', 'yes']);
    if (draft.details.trim() !== '') entries.push(['contact-details', draft.details]);
  }
  return entries;
}

/** How close to the limit the comment's remaining length is announced, in characters. */
const ANNOUNCE_AT = [100, 50, 20, 10, 0];

/**
 * What the comment's live region does after an edit: `at` is the threshold now reached (to pass
 * back as `last` next time), `say` is `'nothing'` (clear it), `'same'` (leave it), or the
 * characters left to announce (0: the limit itself).
 *
 * Only a threshold crossed on the way to the limit is said (100, 50, 20, 10 left, then the limit):
 * a count on every key would drown out the person's own typing in a screen reader. Deleting is
 * silent (and clears what was said), so the count is said again if the person comes back.
 */
export function limitNews(
  length: number,
  maxlength: number,
  shrank: boolean,
  last: number | undefined,
): { at: number | undefined; say: 'nothing' | 'same' | number } {
  const left = maxlength - length;
  const at = ANNOUNCE_AT.filter((t) => t < maxlength && left <= t).at(-1);
  if (at === undefined || shrank) return { at, say: 'nothing' };
  return { at, say: at === last ? 'same' : left };
}

/**
 * How many characters of a paste (or a drop) into `field` the field's `maxlength` will leave
 * out: the browser cuts the end off silently, so the widget says how much.
 */
export function pasteOverflow(
  field: Pick<HTMLTextAreaElement, 'value' | 'selectionStart' | 'selectionEnd'>,
  pasted: string,
  maxlength: number,
): number {
  const replaced = Math.abs((field.selectionEnd ?? 0) - (field.selectionStart ?? 0));
  const room = maxlength - (field.value.length - replaced);
  // A text area keeps one character for each line break, however the clipboard wrote it.
  return Math.max(0, pasted.replace(/\r\n?/g, '\n').length - room);
}

/**
 * The read-only view's rows, question and answer, of the parts shown. `none` is what an
 * unanswered question says; `outOf` says a rating out of its maximum.
 */
export function summaryRows(
  shown: Shown & {
    style: RatingStyle;
    options: RatingOption[];
    w: FeedbackContent;
    lang: string;
    /** Easy read: the questions' easy-read words. */
    easy?: boolean;
  },
  none: string,
  outOf: (rating: number, max: number) => string,
): Array<[string, string]> {
  const { parts, questions, draft, style, options, w, lang, easy = false } = shown;
  const rows: Array<[string, string]> = [];
  if (parts.includes('rating')) {
    let answer = none;
    if (draft.rating !== null) {
      answer = outOf(draft.rating, ratingRange(style).max);
      const face = options.find((o) => o.value === draft.rating);
      if (style === 'faces' && face) answer = `${answer} · ${face.words}`;
    }
    rows.push([w.rating.question, answer]);
  }
  if (parts.includes('checks')) {
    questions.items.forEach((item, i) => {
      const chosen = choicesOf(questions, i).options.find(
        (o) => o.value === answerOf(draft.answers, item.id),
      );
      rows.push([
        shownText(item.text, item.easyRead, lang, easy),
        chosen ? shownText(chosen.label, chosen.easyRead, lang, easy) : none,
      ]);
    });
  }
  if (parts.includes('comment')) {
    rows.push([w.comment.question, draft.comment.trim() === '' ? none : draft.comment]);
  }
  if (parts.includes('contact')) {
    const { allowed, details } = contactOf(draft);
    const yes = details ? `${w.checks.yes} · ${details}` : w.checks.yes;
    rows.push([w.contact.consent, allowed ? yes : w.checks.no]);
  }
  return rows;
}
