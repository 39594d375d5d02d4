/**
 * The canonical text of what the person is shown, whose SHA-256 is the result's `contentHash`.
 * Pure: the host's slotted text comes in already read.
 */
import { canonicalJson } from '../core/hash.js';
import { foldSpace, shownText } from '../core/text.js';
import { SECTION_IDS, choiceSlot, type Item } from './compose.js';
import type { NoticeContent } from './locales/index.js';

export interface CanonicalInput {
  /** The built-in notice in the widget's language. */
  content: NoticeContent;
  lang: string;
  /** Easy read: the host's easy-read labels and descriptions are what is shown. Default false. */
  easy?: boolean;
  items: readonly Item[];
  /** The host's text by slot name, for each slot it fills; `''` is the default slot. */
  texts: ReadonlyMap<string, string>;
  /** True when the host's unslotted content replaces the whole notice. */
  custom: boolean;
}

/**
 * The title, the opening, each section (the host's slotted text where it replaces ours), and
 * every box with its label, description and whether it is required, as shown (easy read
 * included: `content` is then the easy-read notice). Not the buttons, the version line, or the
 * summary of changes, so everyone who agreed to one wording has the same hash.
 */
export function canonicalText({
  content,
  lang,
  easy = false,
  items,
  texts,
  custom,
}: CanonicalInput): string {
  const slotOr = (name: string, fallback: string) => texts.get(name) ?? fallback;
  const body = custom
    ? [{ id: 'notice', text: texts.get('') ?? '' }]
    : [
        { id: 'intro', text: slotOr('intro', foldSpace(content.intro)) },
        ...SECTION_IDS.map((id) => ({
          id,
          heading: content.sections[id].heading,
          text: slotOr(id, foldSpace(content.sections[id].blocks.flat().join(' '))),
        })),
      ];
  return canonicalJson({
    title: slotOr('heading', content.title),
    body,
    boxes: items.map((item) => ({
      id: item.id,
      required: item.required,
      label: slotOr(
        choiceSlot(item.id),
        item.builtIn
          ? content.limitsAcknowledgement
          : shownText(item.label, item.easyRead, lang, easy),
      ),
      description: item.description
        ? shownText(item.description, item.easyReadDescription, lang, easy)
        : undefined,
    })),
  });
}

/** Remembers the last text by its inputs: the same inputs give it again without rebuilding. */
export function canonicalCache(): (input: CanonicalInput) => string {
  let last: { input: CanonicalInput; text: string } | undefined;
  return (input) => {
    const same =
      last !== undefined &&
      (Object.keys(input) as Array<keyof CanonicalInput>).every((k) => last!.input[k] === input[k]);
    if (!same) last = { input, text: canonicalText(input) };
    return last!.text;
  };
}
