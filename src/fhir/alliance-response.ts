import type { AllianceScaleResult } from '../index.js';
import { sha256HexSync } from '../core/sha256.js';
import { canonicalInstrumentText } from '../instruments/canonical.js';
import { scoreResponse } from '../instruments/scoring.js';
import type { Answers, InstrumentDefinition } from '../instruments/types.js';
import { canonicalOf, readEnvelope, responseEnvelope } from './envelope.js';
import { fromQuestionnaire } from './from-questionnaire.js';
import { toQuestionnaire } from './to-questionnaire.js';
import type {
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './types.js';
import { EXT, findExt } from './urls.js';

/** An instrument, or the Questionnaire it came from (whose codings a response then reuses). */
export type InstrumentSource = InstrumentDefinition | Questionnaire;

function isQuestionnaire(source: InstrumentSource): source is Questionnaire {
  return (source as { resourceType?: unknown }).resourceType === 'Questionnaire';
}

/** Both forms of a source: the Questionnaire for codings and linkIds, the instrument for scores. */
export function bothForms(source: InstrumentSource): {
  questionnaire: Questionnaire;
  instrument: InstrumentDefinition;
} {
  if (!isQuestionnaire(source))
    return { questionnaire: toQuestionnaire(source), instrument: source };
  const { instrument } = fromQuestionnaire(source);
  if (!instrument) throw new TypeError('The Questionnaire has no item that can be asked.');
  return { questionnaire: source, instrument };
}

function* allItems(items: readonly QuestionnaireItem[] | undefined): Generator<QuestionnaireItem> {
  for (const item of items ?? []) {
    yield item;
    yield* allItems(item.item);
  }
}

function weightOf(extensions: readonly Extension[] | undefined): number | undefined {
  const ext = findExt(extensions, EXT.ordinalValue) ?? findExt(extensions, EXT.itemWeight);
  return ext?.valueDecimal ?? ext?.valueInteger;
}

/** The answer a value is given as, in the type and coding the Questionnaire item uses. */
function answerFor(item: QuestionnaireItem, value: number): QuestionnaireResponseAnswer {
  if (item.type === 'integer') return { valueInteger: value };
  if (item.type !== 'choice') return { valueDecimal: value };
  const option = item.answerOption?.find(
    (o) =>
      (weightOf(o.extension) ?? weightOf(o.valueCoding?.extension) ?? o.valueInteger) === value,
  );
  if (option?.valueCoding) {
    const { _display, extension, ...coding } = option.valueCoding;
    const weight = extension?.filter((e) => e.url !== EXT.ordinalValue) ?? [];
    return {
      valueCoding: {
        extension: [{ url: EXT.ordinalValue, valueDecimal: value }, ...weight],
        ...coding,
      },
    };
  }
  return { valueInteger: option?.valueInteger ?? value };
}

/** Which score a calculated item holds: ours say so; a lone calculated item elsewhere is the total. */
function scoreItems(questionnaire: Questionnaire): Map<string, string> {
  const calculated = [...allItems(questionnaire.item)].filter(
    (i) => i.readOnly === true || findExt(i.extension, EXT.calculatedExpression) !== undefined,
  );
  const named = new Map<string, string>();
  for (const item of calculated) {
    const score = findExt(item.extension, EXT.score)?.valueString;
    if (score !== undefined) named.set(score, item.linkId);
  }
  if (named.size === 0 && calculated.length === 1) named.set('total', calculated[0].linkId);
  return named;
}

/** An alliance scale's result as a QuestionnaireResponse to the instrument's Questionnaire. */
export function allianceResponse(
  result: AllianceScaleResult,
  source: InstrumentSource,
): QuestionnaireResponse {
  const { questionnaire, instrument } = bothForms(source);
  const byLinkId = new Map([...allItems(questionnaire.item)].map((i) => [i.linkId, i]));
  const items: QuestionnaireResponseItem[] = [];
  for (const { id } of instrument.items) {
    const item = byLinkId.get(id);
    if (!item || !Object.prototype.hasOwnProperty.call(result.answers, id)) continue;
    items.push({ linkId: id, answer: [answerFor(item, result.answers[id])] });
  }
  const { scores } = result;
  for (const [score, linkId] of scoreItems(questionnaire)) {
    const value = score === 'total' ? scores.total : scores.subscales[score];
    if (typeof value === 'number') items.push({ linkId, answer: [{ valueDecimal: value }] });
  }
  const envelope = responseEnvelope(
    result,
    questionnaire.url !== undefined
      ? `${questionnaire.url}${questionnaire.version !== undefined ? `|${questionnaire.version}` : ''}`
      : canonicalOf(result),
    result.durationMs,
  );
  const cutoff = scores.cutoff;
  if (cutoff) {
    envelope.extension?.push({
      url: EXT.cutoff,
      extension: [
        { url: 'score', valueString: cutoff.score },
        { url: 'below', valueDecimal: cutoff.below },
        ...(cutoff.value !== null ? [{ url: 'value', valueDecimal: cutoff.value }] : []),
        // An unknown flag (no score) is left out rather than written as false.
        ...(cutoff.flagged !== null ? [{ url: 'flagged', valueBoolean: cutoff.flagged }] : []),
      ],
    });
  }
  return { ...envelope, ...(items.length > 0 ? { item: items } : {}) };
}

/** The number an answer stands for, reading codings through the Questionnaire's options. */
function valueOf(
  answer: QuestionnaireResponseAnswer,
  item: QuestionnaireItem | undefined,
): number | undefined {
  if (typeof answer.valueDecimal === 'number') return answer.valueDecimal;
  if (typeof answer.valueInteger === 'number') return answer.valueInteger;
  const coding: Coding | undefined = answer.valueCoding;
  if (!coding) return undefined;
  const option = item?.answerOption?.find(
    (o) => o.valueCoding?.code === coding.code && o.valueCoding?.system === coding.system,
  );
  return (
    weightOf(option?.extension) ??
    weightOf(option?.valueCoding?.extension) ??
    weightOf(coding.extension)
  );
}

/**
 * A QuestionnaireResponse back to an alliance scale's result: the answers by item id and the
 * scores computed again from the instrument (scores in the response are not trusted), so that
 * `<rapport-alliance-trend>` can read an EHR's records. Codings are read through the
 * Questionnaire's options when `source` is one, else through the coding's own `ordinalValue`.
 */
export function fromQuestionnaireResponse(
  qr: QuestionnaireResponse,
  source: InstrumentSource,
): AllianceScaleResult {
  const { questionnaire, instrument } = bothForms(source);
  const byLinkId = new Map([...allItems(questionnaire.item)].map((i) => [i.linkId, i]));
  const asked = new Set(instrument.items.map((i) => i.id));
  const found: [string, number][] = [];
  const walk = (items: readonly QuestionnaireResponseItem[] | undefined): void => {
    for (const item of items ?? []) {
      const answer = item.answer?.[0];
      const value =
        answer && asked.has(item.linkId) ? valueOf(answer, byLinkId.get(item.linkId)) : undefined;
      if (value !== undefined) found.push([item.linkId, value]);
      walk(item.item);
      for (const a of item.answer ?? []) walk(a.item);
    }
  };
  walk(qr.item);
  // fromEntries: an item id is data, `__proto__` included.
  const answers: Answers = Object.fromEntries(found);
  const envelope = readEnvelope(qr);
  const locale = qr.language ?? 'en';
  const completedAt = qr.authored ?? '';
  const startedAt = envelope.startedAt ?? completedAt;
  return {
    kind: 'alliance-scale',
    responseId: envelope.responseId ?? '',
    definition: {
      id: envelope.definition.id ?? instrument.id,
      version: envelope.definition.version ?? instrument.version,
      contentHash:
        envelope.definition.contentHash ??
        sha256HexSync(canonicalInstrumentText(instrument, locale)),
    },
    locale,
    subject: envelope.subject,
    startedAt,
    completedAt,
    answers,
    scores: scoreResponse(instrument, answers),
    durationMs:
      envelope.durationMs ?? Math.max(0, Date.parse(completedAt) - Date.parse(startedAt) || 0),
  };
}
