/**
 * The instrument definition format: plain JSON that a clinic writes by hand, or converts from a
 * licensed instrument it holds. It maps one to one onto a FHIR Questionnaire: `id` ↔ `url`/`name`,
 * item `id` ↔ `linkId`, options ↔ `answerOption` with their scores.
 */

/** A text: one string for every language, or texts by BCP 47 language tag (`{ "en": "…", "es": "…" }`). */
import type { LocalizedText } from '../core/text.js';

export type { LocalizedText };

/** A continuous line the person marks anywhere between two anchors (e.g. 0–10). */
export interface VisualAnalogScale {
  type: 'visual-analog';
  /** The value at the low anchor. */
  min: number;
  /** The value at the high anchor. */
  max: number;
  /** The precision values are kept at. Defaults to 0.1. */
  step?: number;
}

/** One answer of a Likert or faces item, with the number it scores. */
export interface ScaleOption {
  value: number;
  label: LocalizedText;
  /** The label in easy read (`easy-read`), when it should differ. */
  easyRead?: LocalizedText;
}

/** Labelled points (1–5, 1–7, …), chosen like radio buttons. */
export interface LikertScale {
  type: 'likert';
  options: readonly ScaleOption[];
}

/** Three or five faces, drawn by the library, from saddest (first) to happiest (last). */
export interface FacesScale {
  type: 'faces';
  options: readonly ScaleOption[];
}

export type ScaleDefinition = VisualAnalogScale | LikertScale | FacesScale;
export type ScaleType = ScaleDefinition['type'];

/** The words at either end of a visual-analog line. */
export interface Anchors {
  low: LocalizedText;
  high: LocalizedText;
  /** The anchors in easy read (`easy-read`), when they should differ. */
  easyRead?: { low?: LocalizedText; high?: LocalizedText };
}

export interface ItemDefinition {
  /** Unique within the instrument; the key of the answer (FHIR `linkId`). */
  id: string;
  text: LocalizedText;
  /** The text in easy read (`easy-read`): short sentences, everyday words. */
  easyRead?: LocalizedText;
  /** Required for visual-analog items. */
  anchors?: Anchors;
  /** The subscale this item counts towards (e.g. `bond`, `goals`, `tasks`). */
  subscale?: string;
  /** Scored as `min + max − value`. */
  reverse?: boolean;
  /** Must be answered before the response can be sent. Defaults to true. */
  required?: boolean;
  /** Overrides the instrument's default scale for this item. */
  scale?: ScaleDefinition;
}

export type Aggregate = 'sum' | 'mean';

/** Flags a response for "talk about the relationship" when a score falls below a value. */
export interface CutoffRule {
  /** `total` or the name of a subscale. */
  score: string;
  /** Flag when the score is strictly below this value. */
  below: number;
  /** What the clinician reads when the response is flagged. */
  message: LocalizedText;
}

export interface ScoringDefinition {
  /** How items combine into the total. Defaults to `sum`. */
  total?: Aggregate;
  /** How items combine into each subscale. Defaults to `mean`. */
  subscales?: Aggregate;
  cutoff?: CutoffRule;
}

/** Who holds the rights to an instrument a clinic loads, shown with the instrument. */
export interface Licence {
  holder: string;
  terms?: LocalizedText;
  url?: string;
}

/** How a subscale is shown: its name in each language (a view never shows a raw id). */
export interface SubscaleDefinition {
  label: LocalizedText;
}

export interface InstrumentDefinition {
  id: string;
  /** The version of the wording; any change to what a person reads needs a new version. */
  version: string;
  title: LocalizedText;
  /** Shown under the title: what the person is asked to do. */
  instructions?: LocalizedText;
  /** The title and instructions in easy read (`easy-read`), when they should differ. */
  easyRead?: { title?: LocalizedText; instructions?: LocalizedText };
  /** True for the library's own examples, which are not validated clinical instruments. */
  example?: boolean;
  licence?: Licence;
  /** The default scale of every item. */
  scale?: ScaleDefinition;
  items: readonly ItemDefinition[];
  /**
   * The subscales the items name, by name, with their labels. A subscale without an entry is
   * shown by its name.
   */
  subscales?: Readonly<Record<string, SubscaleDefinition>>;
  scoring?: ScoringDefinition;
}

/** Answers by item id. An item without a key is unanswered. */
export type Answers = Record<string, number>;

/** The outcome of the cutoff rule for one response. */
export interface CutoffOutcome {
  score: string;
  below: number;
  /** The score the rule looked at, or null when it could not be computed. */
  value: number | null;
  /**
   * `true` when the score is below the cutoff, `false` when it is at or above it, and `null`
   * when it is unknown: the score is null because answers it needs are missing. Never `false`
   * for a response without the score.
   */
  flagged: boolean | null;
}

/** Scores of one response. A score is null while a required item it needs is unanswered. */
export interface Scores {
  total: number | null;
  subscales: Record<string, number | null>;
  cutoff?: CutoffOutcome;
}

declare module '../core/context.js' {
  interface RapportContextValue {
    /** Instruments a clinic adds (e.g. a licensed one), found by id like the built-in examples. */
    instruments?: readonly InstrumentDefinition[];
  }
}
