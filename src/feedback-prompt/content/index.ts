import type { InstrumentDefinition, LocalizedText } from '../../instruments/types.js';
import { resolveText } from '../../core/text.js';
import type { FeedbackContent } from './types.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ar from './ar.js';

export type { FeedbackContent } from './types.js';

// English first: the fallback for a language with no content of its own.
const tables = new Map<string, FeedbackContent>([
  ['en', en],
  ['es', es],
  ['fr', fr],
  ['ar', ar],
]);

/**
 * Adds or replaces the default wording for one language (a BCP 47 tag such as `de` or
 * `pt-BR`), for hosts that add a language at run time with `registerTranslation()`.
 * Prompts already on the page pick it up when they next render.
 */
export function registerFeedbackContent(code: string, content: FeedbackContent): void {
  tables.set(code, content);
  resolved.clear();
  checks = undefined;
}

// Worked out once, until wording is registered: a prompt asks for them on every keystroke.
const resolved = new Map<string, FeedbackContent>();
let checks: InstrumentDefinition | undefined;

/** One text in every language there is content for, as a definition's localized text. */
function every(pick: (content: FeedbackContent) => string): LocalizedText {
  return Object.fromEntries([...tables].map(([code, content]) => [code, pick(content)]));
}

/**
 * The default wording in one language: the exact tag, then its language, then English, by the
 * same rule as every other text of the library.
 */
export function feedbackContent(lang: string): FeedbackContent {
  let content = resolved.get(lang);
  if (!content) resolved.set(lang, (content = resolveContent(lang)));
  return content;
}

function resolveContent(lang: string): FeedbackContent {
  const text = (pick: (content: FeedbackContent) => string) => resolveText(every(pick), lang);
  return {
    title: text((c) => c.title),
    intro: text((c) => c.intro),
    rating: {
      question: text((c) => c.rating.question),
      faces: [
        text((c) => c.rating.faces[0]),
        text((c) => c.rating.faces[1]),
        text((c) => c.rating.faces[2]),
        text((c) => c.rating.faces[3]),
        text((c) => c.rating.faces[4]),
      ],
      scaleLow: text((c) => c.rating.scaleLow),
      scaleHigh: text((c) => c.rating.scaleHigh),
    },
    checks: {
      heard: text((c) => c.checks.heard),
      respected: text((c) => c.checks.respected),
      whatIWanted: text((c) => c.checks.whatIWanted),
      yes: text((c) => c.checks.yes),
      partly: text((c) => c.checks.partly),
      no: text((c) => c.checks.no),
    },
    comment: {
      question: text((c) => c.comment.question),
      hint: text((c) => c.comment.hint),
    },
    contact: {
      consent: text((c) => c.contact.consent),
      details: text((c) => c.contact.details),
      hint: text((c) => c.contact.hint),
    },
  };
}

/** The id and version of the default question set, as results name it. */
export const DEFAULT_QUESTIONS = { id: 'feedback-prompt', version: '1.0.0' } as const;

/** The answers of a quick check, and the numbers the instrument format stores them as. */
export const CHECK_VALUES = { yes: 2, partly: 1, no: 0 } as const;

/** The quick checks' item ids, in the order they are asked. */
export const CHECK_ITEMS = ['heard', 'respected', 'what-i-wanted'] as const;

/**
 * The three quick checks as an instrument definition (the same format as the alliance scale's),
 * so the default set and a clinic's own set are shown, validated and hashed the same way.
 */
export function defaultChecks(): InstrumentDefinition {
  return (checks ??= {
    id: DEFAULT_QUESTIONS.id,
    version: DEFAULT_QUESTIONS.version,
    title: every((c) => c.title),
    instructions: every((c) => c.intro),
    scale: {
      type: 'likert',
      options: [
        { value: CHECK_VALUES.yes, label: every((c) => c.checks.yes) },
        { value: CHECK_VALUES.partly, label: every((c) => c.checks.partly) },
        { value: CHECK_VALUES.no, label: every((c) => c.checks.no) },
      ],
    },
    items: [
      { id: 'heard', text: every((c) => c.checks.heard), required: false },
      { id: 'respected', text: every((c) => c.checks.respected), required: false },
      { id: 'what-i-wanted', text: every((c) => c.checks.whatIWanted), required: false },
    ],
  });
}
