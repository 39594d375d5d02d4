/**
 * The parts of FHIR R4 that Rapport reads and writes, typed as plain JSON. Only the fields these
 * functions use are declared; a resource from elsewhere may carry more, which is kept out of
 * the way rather than rejected.
 */

/** A FHIR extension: a URL and one value, or nested extensions. */
export interface Extension {
  url: string;
  extension?: Extension[];
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueUri?: string;
  valueDateTime?: string;
  valueCoding?: Coding;
  valueCodeableConcept?: CodeableConcept;
  valueExpression?: Expression;
  valueIdentifier?: Identifier;
  valueReference?: Reference;
  valueSignature?: Signature;
  /** Extensions on a primitive value, e.g. translations of `valueString`. */
  _valueString?: PrimitiveExtensions;
}

/** Extensions that sit beside a primitive value (`_text`, `_display`, …). */
export interface PrimitiveExtensions {
  extension?: Extension[];
}

export interface Coding {
  extension?: Extension[];
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  _display?: PrimitiveExtensions;
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
}

export interface Reference {
  reference?: string;
  identifier?: Identifier;
  display?: string;
}

export interface Expression {
  name?: string;
  language: string;
  expression?: string;
  description?: string;
}

export interface Signature {
  type: Coding[];
  when: string;
  who: Reference;
  sigFormat?: string;
  data?: string;
}

export interface Period {
  start?: string;
  end?: string;
}

/** A contained value set, read for the options of a choice item. */
export interface ValueSet {
  resourceType: 'ValueSet';
  id?: string;
  status?: string;
  compose?: {
    include: Array<{
      system?: string;
      concept?: Array<{ extension?: Extension[]; code: string; display?: string }>;
    }>;
  };
  expansion?: {
    timestamp?: string;
    contains?: Array<{ extension?: Extension[]; system?: string; code?: string; display?: string }>;
  };
}

/** The item types of R4 (`http://hl7.org/fhir/item-type`, a required binding). */
export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'question'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface QuestionnaireAnswerOption {
  extension?: Extension[];
  valueCoding?: Coding;
  valueInteger?: number;
  valueString?: string;
  valueDate?: string;
  valueTime?: string;
  valueReference?: Reference;
}

export interface QuestionnaireEnableWhen {
  question: string;
  operator: string;
  [answer: `answer${string}`]: unknown;
}

export interface QuestionnaireItem {
  extension?: Extension[];
  linkId: string;
  text?: string;
  _text?: PrimitiveExtensions;
  prefix?: string;
  type: QuestionnaireItemType;
  enableWhen?: QuestionnaireEnableWhen[];
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  answerValueSet?: string;
  answerOption?: QuestionnaireAnswerOption[];
  item?: QuestionnaireItem[];
}

/** `http://hl7.org/fhir/publication-status`, a required binding. */
export type PublicationStatus = 'draft' | 'active' | 'retired' | 'unknown';

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  language?: string;
  contained?: Array<ValueSet | { resourceType: string; id?: string }>;
  extension?: Extension[];
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  _title?: PrimitiveExtensions;
  status: PublicationStatus;
  experimental?: boolean;
  publisher?: string;
  description?: string;
  copyright?: string;
  _copyright?: PrimitiveExtensions;
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueString?: string;
  valueDateTime?: string;
  valueCoding?: Coding;
  item?: QuestionnaireResponseItem[];
}

export interface QuestionnaireResponseItem {
  extension?: Extension[];
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

/** `http://hl7.org/fhir/questionnaire-answers-status`, a required binding. */
export type QuestionnaireResponseStatus =
  'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  language?: string;
  extension?: Extension[];
  identifier?: Identifier;
  questionnaire?: string;
  status: QuestionnaireResponseStatus;
  subject?: Reference;
  encounter?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  item?: QuestionnaireResponseItem[];
}

/** `http://hl7.org/fhir/consent-state-codes`, a required binding. */
export type ConsentState =
  'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';

/** `http://hl7.org/fhir/consent-provision-type`, a required binding. */
export type ConsentProvisionType = 'deny' | 'permit';

export interface ConsentProvision {
  type?: ConsentProvisionType;
  period?: Period;
  code?: CodeableConcept[];
  provision?: ConsentProvision[];
}

export interface Consent {
  resourceType: 'Consent';
  language?: string;
  extension?: Extension[];
  identifier?: Identifier[];
  status: ConsentState;
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient?: Reference;
  dateTime?: string;
  performer?: Reference[];
  policy?: Array<{ authority?: string; uri?: string }>;
  provision?: ConsentProvision;
}
