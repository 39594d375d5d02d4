/** The fields each part of an instrument definition may have; any other is reported. */
import type {
  Anchors,
  CutoffRule,
  InstrumentDefinition,
  ItemDefinition,
  LikertScale,
  Licence,
  ScaleOption,
  ScoringDefinition,
  SubscaleDefinition,
  VisualAnalogScale,
} from './types.js';

// `satisfies Record<keyof T, true>` fails to compile when a field is added to the types but not
// here, so the "unknown field" check cannot fall behind the format.
export const INSTRUMENT_FIELDS = {
  id: true,
  version: true,
  title: true,
  instructions: true,
  easyRead: true,
  example: true,
  licence: true,
  scale: true,
  items: true,
  subscales: true,
  scoring: true,
} satisfies Record<keyof InstrumentDefinition, true>;
export const LICENCE_FIELDS = { holder: true, terms: true, url: true } satisfies Record<
  keyof Licence,
  true
>;
export const VISUAL_ANALOG_FIELDS = {
  type: true,
  min: true,
  max: true,
  step: true,
} satisfies Record<keyof VisualAnalogScale, true>;
export const OPTIONS_SCALE_FIELDS = { type: true, options: true } satisfies Record<
  keyof LikertScale,
  true
>;
export const OPTION_FIELDS = { value: true, label: true, easyRead: true } satisfies Record<
  keyof ScaleOption,
  true
>;
export const ITEM_FIELDS = {
  id: true,
  text: true,
  easyRead: true,
  anchors: true,
  subscale: true,
  reverse: true,
  required: true,
  scale: true,
} satisfies Record<keyof ItemDefinition, true>;
export const ANCHOR_FIELDS = { low: true, high: true, easyRead: true } satisfies Record<
  keyof Anchors,
  true
>;
export const SCORING_FIELDS = { total: true, subscales: true, cutoff: true } satisfies Record<
  keyof ScoringDefinition,
  true
>;
export const CUTOFF_FIELDS = { score: true, below: true, message: true } satisfies Record<
  keyof CutoffRule,
  true
>;
export const SUBSCALE_FIELDS = { label: true } satisfies Record<keyof SubscaleDefinition, true>;
