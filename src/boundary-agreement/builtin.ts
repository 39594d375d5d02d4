import type { AgreementDefinition, ClauseDefinition } from './definition.js';
import type { AgreementWording } from './locales/index.js';

/** The id of the built-in agreement, `definition.id` in its results. */
export const DEFAULT_AGREEMENT_ID = 'rapport-boundaries';
/** The version of the built-in wording; it changes whenever any language's wording changes. */
export const DEFAULT_AGREEMENT_VERSION = '1.0.0';

/** The clauses of the built-in agreement, in the order they are shown. */
export const DEFAULT_CLAUSE_IDS = [
  'contact',
  'crisis',
  'gifts',
  'social-media',
  'outside-sessions',
  'sessions',
  'recording',
  'ending',
] as const;

export type DefaultClauseId = (typeof DEFAULT_CLAUSE_IDS)[number];

/** The choices of the built-in contact question, by their value in the result. */
export const CONTACT_OPTIONS = ['phone', 'text', 'email', 'letter'] as const;

export type ContactOption = (typeof CONTACT_OPTIONS)[number];

/** The placeholders that have a named attribute, with that attribute. */
export const PLACEHOLDER_ATTRIBUTES = {
  hours: 'hours',
  channels: 'channels',
  responseTime: 'response-time',
  crisisPhone: 'crisis-phone',
  emergencyNumber: 'emergency-number',
  sessionLength: 'session-length',
  noticePeriod: 'notice-period',
} as const;

export type NamedPlaceholder = keyof typeof PLACEHOLDER_ATTRIBUTES;

function clause(w: AgreementWording, id: DefaultClauseId): ClauseDefinition {
  return {
    id,
    // The built-in wording's own version, also when a clause is lent to a clinic's agreement.
    version: DEFAULT_AGREEMENT_VERSION,
    ...w.clauses[id],
    required: true,
    ...(id === 'crisis' ? { crisis: true } : {}),
    ...(id === 'contact'
      ? {
          question: {
            id: 'preferred-contact',
            label: w.contactQuestion.label,
            options: CONTACT_OPTIONS.map((value) => ({
              value,
              label: w.contactQuestion.options[value],
            })),
          },
        }
      : {}),
  };
}

const built = new WeakMap<AgreementWording, AgreementDefinition>();

/**
 * The built-in agreement in one language: eight clauses, the contact clause with a question.
 * The same object for the same wording, so a widget sees it as the same definition.
 */
export function builtInAgreement(w: AgreementWording): AgreementDefinition {
  let agreement = built.get(w);
  if (!agreement) {
    agreement = Object.freeze({
      id: DEFAULT_AGREEMENT_ID,
      version: DEFAULT_AGREEMENT_VERSION,
      title: w.title,
      intro: w.intro,
      clauses: DEFAULT_CLAUSE_IDS.map((id) => clause(w, id)),
    });
    built.set(w, agreement);
  }
  return agreement;
}

/** The built-in crisis clause, added to a clinic's agreement that has none when crisis contacts are given. */
export function builtInCrisisClause(w: AgreementWording): ClauseDefinition {
  return builtInAgreement(w).clauses[1];
}
