/**
 * The shape of the built-in agreement's wording in one language. Plain data only, so a
 * language's module can later be loaded on demand without changing the element.
 */

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

/** Placeholders the built-in wording uses; each has a named attribute on the element. */
export const DEFAULT_PLACEHOLDERS = [
  'hours',
  'channels',
  'responseTime',
  'crisisPhone',
  'emergencyNumber',
  'sessionLength',
  'noticePeriod',
] as const;

export type DefaultPlaceholder = (typeof DEFAULT_PLACEHOLDERS)[number];

export interface ClauseWording {
  title: string;
  /** Plain text; a blank line starts a new paragraph; `{name}` marks a placeholder. */
  text: string;
}

export interface AgreementWording {
  title: string;
  intro: string;
  clauses: Record<DefaultClauseId, ClauseWording>;
  /** The question asked with the contact clause. */
  contactQuestion: { label: string; options: Record<ContactOption, string> };
  /**
   * Shown in place of a placeholder the host did not fill. Each reads as part of the sentence
   * it stands in; the crisis numbers' stand-ins still tell the person where to turn.
   */
  fallbacks: Record<DefaultPlaceholder, string>;
}
