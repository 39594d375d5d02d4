/**
 * What a consent notice shows, from its choices and settings: the boxes to tick, where the
 * person starts, and the form fields of a decision. Pure: no DOM.
 */
import type { EnvelopeParts } from '../core/response.js';
import type { RapportResultBase } from '../core/result.js';
import type { LocalizedText } from '../core/text.js';
import { LIMITS_ID, type ConsentChoice, type ConsentNoticeValue } from './choices.js';
import type { NoticeSectionId } from './locales/index.js';

/** What the person decided: agreed, said no, or took back an earlier agreement. */
export type ConsentStatus = 'granted' | 'declined' | 'withdrawn';

/** The result of a consent notice: the envelope, the decision, and each choice. */
export interface ConsentNoticeResult extends RapportResultBase<'consent-notice'> {
  /** `granted` (agreed), `declined` (said no) or `withdrawn` (took back an earlier agreement). */
  status: ConsentStatus;
  /**
   * Every choice of the notice by id. When granted, true for each one ticked; when declined or
   * withdrawn, all false: saying no grants nothing.
   */
  choices: Record<string, boolean>;
  /**
   * The required acknowledgements given, by id, in the order shown: `limits` (the limits of
   * confidentiality, always asked) and the host's required choices. Empty unless granted.
   */
  acknowledged: string[];
}

declare module '../core/result.js' {
  interface RapportResultKinds {
    'consent-notice': ConsentNoticeResult;
  }
}

/**
 * Where the person is: asked to decide (`ask`), agreed to this version (`agreed`), looking
 * again at an agreement (`review`), confirming a withdrawal (`confirm`), or said no or withdrew.
 */
export type Stage = 'ask' | 'agreed' | 'review' | 'confirm' | 'declined' | 'withdrawn';

/** One box to tick: the built-in acknowledgement, or a host's choice. */
export interface Item {
  id: string;
  required: boolean;
  builtIn: boolean;
  /** From data; absent for a choice given only as a child element. */
  label?: LocalizedText;
  description?: LocalizedText;
  /** The label and the description in easy read, when the host gave them. */
  easyRead?: LocalizedText;
  easyReadDescription?: LocalizedText;
}

/** A choice given as a child element (`slot="choice-<id>"`). */
export interface ChildChoice {
  id: string;
  required: boolean;
}

/** The id and version results carry while the built-in notice is shown unchanged. */
export const DEFAULT_NOTICE = { id: 'rapport-confidentiality', version: '1.0.0' } as const;

/** The built-in sections in the order they are shown. Each id is also a slot name. */
export const SECTION_IDS: readonly NoticeSectionId[] = [
  'confidential',
  'limits',
  'records',
  'rights',
];

/** The slot name of a box's label: `choice-<id>`. */
export const choiceSlot = (id: string): string => `choice-${id}`;

/**
 * The boxes to tick: the limits of confidentiality, then the required choices, then the
 * optional ones; a child element's choice joins unless the data already has its id.
 */
export function listItems(
  data: readonly ConsentChoice[],
  children: readonly ChildChoice[],
): Item[] {
  const all: Item[] = [
    ...data.map((c) => ({
      id: c.id,
      required: c.required === true,
      builtIn: false,
      label: c.label,
      description: c.description,
      easyRead: c.easyRead,
      easyReadDescription: c.easyReadDescription,
    })),
    ...children
      .filter((c) => !data.some((d) => d.id === c.id))
      .map((c) => ({ id: c.id, required: c.required, builtIn: false })),
  ];
  return [
    { id: LIMITS_ID, required: true, builtIn: true },
    ...all.filter((i) => i.required),
    ...all.filter((i) => !i.required),
  ];
}

/** `listItems`, giving the same list again while the choices and the children are the same. */
export function itemsCache(): (
  data: readonly ConsentChoice[],
  children: readonly ChildChoice[],
) => Item[] {
  let last: { data: unknown; children: unknown; items: Item[] } | undefined;
  return (data, children) => {
    if (last?.data !== data || last.children !== children) {
      last = { data, children, items: listItems(data, children) };
    }
    return last.items;
  };
}

/** Someone who agreed to this very version sees the short state; anyone else is asked. */
export function initialStage(version: string, acceptedVersion: string): Stage {
  return acceptedVersion !== '' && acceptedVersion === version ? 'agreed' : 'ask';
}

/** `accepted-at` when it is a date JavaScript can read, else null. */
export function validDate(text: string): string | null {
  return text && !Number.isNaN(Date.parse(text)) ? text : null;
}

/**
 * A decision as form fields: `status`, `notice`, `version`, `hash`, one `acknowledged` per
 * required box, and `choice.<id>` for every choice. Saying no grants nothing.
 */
export function formFields(
  decision: { status: ConsentStatus; id: string; version: string; hash: string },
  value: ConsentNoticeValue,
): Array<[string, string]> {
  const granted = decision.status === 'granted';
  return [
    ['status', decision.status],
    ['notice', decision.id],
    ['version', decision.version],
    ['hash', decision.hash],
    ...(granted ? value.acknowledged : []).map((a): [string, string] => ['acknowledged', a]),
    ...Object.entries(value.choices).map(([c, yes]): [string, string] => [
      `choice.${c}`,
      String(granted && yes),
    ]),
  ];
}

/**
 * The result of a decision: the envelope without a duration (a consent is a decision, not a
 * questionnaire), the status, and the choices and acknowledgements. Saying no grants nothing.
 */
export function consentResult(
  envelope: EnvelopeParts,
  status: ConsentStatus,
  value: ConsentNoticeValue,
): ConsentNoticeResult {
  const { durationMs, ...common } = envelope;
  const granted = status === 'granted';
  return {
    kind: 'consent-notice',
    ...common,
    status,
    choices: Object.fromEntries(
      Object.entries(value.choices).map(([id, yes]) => [id, granted && yes]),
    ),
    acknowledged: granted ? value.acknowledged : [],
  };
}
