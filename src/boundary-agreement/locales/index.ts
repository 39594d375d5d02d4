import { registerLanguageLoader } from '../../core/localize.js';
import type { ContactOption, DefaultClauseId, NamedPlaceholder } from '../builtin.js';
import en from './en.js';

/** The built-in agreement's wording in one language. */
export interface AgreementWording {
  title: string;
  intro: string;
  /** Each clause's title and text (a blank line starts a paragraph; `{name}` is a placeholder). */
  clauses: Record<DefaultClauseId, { title: string; text: string }>;
  /** The question asked with the contact clause. */
  contactQuestion: { label: string; options: Record<ContactOption, string> };
  /**
   * Shown in place of a placeholder the host did not fill. Each reads as part of the sentence
   * it stands in; the crisis numbers' stand-ins still tell the person where to turn.
   */
  fallbacks: Record<NamedPlaceholder, string>;
}

/** The built-in texts of <rapport-boundary-agreement>. */
export interface AgreementTerms {
  /** The box under each clause. */
  agreementAgree: string;
  /** Progress through the clauses, e.g. "5 of 8 agreed". */
  agreementAgreedOf: (agreed: number, total: number) => string;
  /** A clause's state in the signed record and in print. */
  agreementAgreed: string;
  agreementNotAgreed: string;
  /** Under a required clause still unticked after pressing Sign. */
  agreementTickToAgree: string;
  /** Under a clause question still unanswered after pressing Sign. */
  agreementChooseOne: string;
  /** After pressing Sign early: the titles of the clauses still to agree. */
  agreementAgreeBeforeSigning: (titles: string[]) => string;
  /** After pressing Sign early: the titles of the clauses whose question is unanswered. */
  agreementAnswerBeforeSigning: (titles: string[]) => string;
  /** After pressing Sign with no name typed. */
  agreementTypeName: string;
  /** After pressing Countersign with no name typed. */
  agreementTypeClinicianName: string;
  agreementSignatureHeading: string;
  /** The typed-name field: the signature itself. */
  agreementFullName: string;
  agreementFullNameHint: string;
  /** Said once a typed name reaches the longest a name field takes. */
  agreementNameLimit: (max: string) => string;
  /** The optional drawing pad. */
  agreementDraw: string;
  agreementDrawHint: string;
  /** The drawing pad's spoken name; `drawn` is whether anything is drawn on it. */
  agreementDrawingArea: (drawn: boolean) => string;
  agreementClearDrawing: string;
  agreementDate: string;
  /** The button that signs. */
  agreementSign: string;
  agreementCountersignHeading: string;
  agreementClinicianName: string;
  /** The button that countersigns. */
  agreementCountersign: string;
  /** Said once the client's signature is saved and the clinician's step follows. */
  agreementReadyToCountersign: string;
  agreementSignedBy: (name: string, date: string) => string;
  agreementCountersignedBy: (name: string, date: string) => string;
  agreementNotSigned: string;
  /** The spoken name of a drawn signature in the record. */
  agreementDrawnBy: (name: string) => string;
  /** After a failed save: the agreement was not saved; answers and signature are still here. */
  agreementNotSaved: string;
  agreementUnavailable: string;
  /** Shown when the text now differs from the text that was signed. */
  agreementChanged: string;
  /** Stands in for a placeholder of a clinic's own text that has no value. */
  agreementAskService: string;
  /** Print only: the line to sign on paper. */
  agreementPaperSignature: string;
  /** The built-in agreement, shown when the host gives none. */
  agreementContent: AgreementWording;
}

declare module '../../core/localize.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface RapportTranslation extends AgreementTerms {}
}

// English comes with the element; the other languages are loaded when a widget needs them.
registerLanguageLoader('boundary-agreement', {
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  ar: () => import('./ar.js'),
  'en-x-easy': () => import('./easy-en.js'),
});

export { en };
