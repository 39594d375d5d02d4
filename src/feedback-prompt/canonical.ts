import { canonicalJson } from '../core/hash.js';
import { canonicalInstrumentText } from '../instruments/canonical.js';
import type { RatingOption, Shown } from './compose.js';
import type { FeedbackContent } from './locales/index.js';
import type { RatingStyle } from './types.js';

/**
 * The canonical text of everything the person was shown, in their language: the heading, each
 * part's question and choices, the questions (as the instrument format hashes them), the
 * comment's limit; in easy read, the easy-read words that were shown. Its SHA-256 is the result's `contentHash`.
 */
export function canonicalText(
  shown: Omit<Shown, 'draft'> & {
    title: string;
    intro: string;
    style: RatingStyle;
    options: readonly RatingOption[];
    maxlength: number;
    w: FeedbackContent;
    lang: string;
    /** Easy read: the easy-read words of the questions. */
    easy?: boolean;
  },
): string {
  const { parts, questions, w } = shown;
  const shows = (part: (typeof parts)[number]) => parts.includes(part);
  return canonicalJson({
    id: questions.id,
    version: questions.version,
    include: parts,
    title: shown.title,
    intro: shown.intro || undefined,
    rating: shows('rating')
      ? {
          style: shown.style,
          question: w.rating.question,
          options: shown.options.map(({ value, label }) => ({ value, label })),
        }
      : undefined,
    questions: shows('checks')
      ? (JSON.parse(canonicalInstrumentText(questions, shown.lang, shown.easy)) as unknown)
      : undefined,
    comment: shows('comment')
      ? { question: w.comment.question, hint: w.comment.hint, maxlength: shown.maxlength }
      : undefined,
    contact: shows('contact') ? { ...w.contact } : undefined,
  });
}
