import { canonicalJson } from '../core/hash.js';
import { plainText } from './placeholders.js';
import type { ShownAgreement, ShownClause } from './types.js';

/**
 * The text that is hashed: the agreement as shown, as canonical JSON — its id and version,
 * title, introduction, and each clause's id, version, title, text (placeholders filled, or the
 * host's slotted text from `slotted`) and required flag, with its question and choices.
 */
export function canonicalText(
  shown: ShownAgreement,
  slotted: (clause: ShownClause) => string,
): string {
  return canonicalJson({
    id: shown.id,
    version: shown.version,
    title: shown.title,
    intro: shown.intro ? plainText(shown.intro) : '',
    clauses: shown.clauses.map((clause) => ({
      id: clause.id,
      version: clause.version,
      title: clause.title,
      text: clause.text ? plainText(clause.text) : slotted(clause),
      required: clause.required,
      question: clause.question && {
        id: clause.question.id,
        label: clause.question.label,
        required: clause.question.required,
        options: clause.question.options,
      },
    })),
  });
}
