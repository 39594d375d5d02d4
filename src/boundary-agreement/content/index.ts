/**
 * The built-in agreement, assembled from the wording of each language. The wording lives in one
 * module per language (plain data) so that languages can later be loaded on demand.
 */
import type { AgreementDefinition, ClauseDefinition } from '../definition.js';
import {
  CONTACT_OPTIONS,
  DEFAULT_CLAUSE_IDS,
  DEFAULT_PLACEHOLDERS,
  type AgreementWording,
  type DefaultPlaceholder,
} from './types.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import ar from './ar.js';

const wordings: Readonly<Record<string, AgreementWording>> = { en, es, fr, ar };

function byLanguage(pick: (w: AgreementWording) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(wordings).map(([lang, w]) => [lang, pick(w)]));
}

/** The id of the built-in agreement, `definition.id` in its results. */
export const DEFAULT_AGREEMENT_ID = 'rapport-boundaries';
/** The version of the built-in wording; it changes whenever any language's wording changes. */
export const DEFAULT_AGREEMENT_VERSION = '1.0.0';

function clause(id: (typeof DEFAULT_CLAUSE_IDS)[number]): ClauseDefinition {
  return {
    id,
    // The built-in wording's own version, also when a clause is lent to a clinic's agreement.
    version: DEFAULT_AGREEMENT_VERSION,
    title: byLanguage((w) => w.clauses[id].title),
    text: byLanguage((w) => w.clauses[id].text),
    required: true,
    ...(id === 'crisis' ? { crisis: true } : {}),
    ...(id === 'contact'
      ? {
          question: {
            id: 'preferred-contact',
            label: byLanguage((w) => w.contactQuestion.label),
            options: CONTACT_OPTIONS.map((value) => ({
              value,
              label: byLanguage((w) => w.contactQuestion.options[value]),
            })),
          },
        }
      : {}),
  };
}

/** The built-in agreement: eight clauses, the contact clause with a question. */
export const defaultAgreement: AgreementDefinition = Object.freeze({
  id: DEFAULT_AGREEMENT_ID,
  version: DEFAULT_AGREEMENT_VERSION,
  title: byLanguage((w) => w.title),
  intro: byLanguage((w) => w.intro),
  clauses: DEFAULT_CLAUSE_IDS.map(clause),
});

/** The built-in crisis clause, added to a clinic's own agreement that has none when crisis contacts are given. */
export const defaultCrisisClause: ClauseDefinition = clause('crisis');

/** Stand-ins for the built-in placeholders, by language. */
export const defaultFallbacks: Readonly<Record<DefaultPlaceholder, Record<string, string>>> =
  Object.fromEntries(
    DEFAULT_PLACEHOLDERS.map((name) => [name, byLanguage((w) => w.fallbacks[name])]),
  ) as Record<DefaultPlaceholder, Record<string, string>>;

export { DEFAULT_PLACEHOLDERS, type DefaultPlaceholder };
