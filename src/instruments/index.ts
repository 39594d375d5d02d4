/**
 * Instrument definitions: the format, its validation, scoring, the registry and the library's
 * original example instruments. Entry point `rapport-elements/instruments.js`.
 */
export type {
  Aggregate,
  Anchors,
  Answers,
  CutoffOutcome,
  CutoffRule,
  FacesScale,
  InstrumentDefinition,
  ItemDefinition,
  Licence,
  LikertScale,
  LocalizedText,
  ScaleDefinition,
  ScaleOption,
  ScaleType,
  Scores,
  ScoringDefinition,
  SubscaleDefinition,
  VisualAnalogScale,
} from './types.js';
export type { InstrumentCheck, InstrumentProblem } from './validate.js';
export { InstrumentError, assertInstrument, checkInstrument } from './validate.js';
export {
  DEFAULT_VISUAL_ANALOG_STEP,
  isAnswerValid,
  isComplete,
  missingRequired,
  sanitizeAnswers,
  scaleOf,
  scaleRange,
  scoreResponse,
  scoredValue,
  stepOf,
} from './scoring.js';
export { subscaleLabel, subscaleNames } from './subscales.js';
export { getInstrument, instrumentIds } from './registry.js';
export { registerInstrument } from './register.js';
export { facesCheck } from './examples/faces-check.js';
export { sessionCheck } from './examples/session-check.js';
export { workingRelationship } from './examples/working-relationship.js';
