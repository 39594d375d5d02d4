import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../core/localize.js';
import { faceIcon } from '../core/faces.js';
import { radioGroup, type RadioGroupView } from '../core/radio-group.js';
import { shownText, type LocalizedText } from '../core/text.js';
import type {
  FacesScale,
  InstrumentDefinition,
  ItemDefinition,
  LikertScale,
  ScaleOption,
} from '../instruments/types.js';

/**
 * What a person reads of an instrument, in one language: each text of the definition, or its
 * `easyRead` text when the widget is in easy read and the definition has one. Every place that
 * shows an instrument's words reads them here, so what is shown and what is hashed agree.
 */
export class ShownTexts {
  constructor(
    readonly lang: string,
    readonly easy: boolean,
  ) {}

  #pick(text: LocalizedText | undefined, easyRead: LocalizedText | undefined): string {
    return shownText(text, easyRead, this.lang, this.easy);
  }

  title(inst: InstrumentDefinition): string {
    return this.#pick(inst.title, inst.easyRead?.title);
  }

  instructions(inst: InstrumentDefinition): string {
    return this.#pick(inst.instructions, inst.easyRead?.instructions);
  }

  item(item: ItemDefinition): string {
    return this.#pick(item.text, item.easyRead);
  }

  option(option: ScaleOption | undefined): string {
    return this.#pick(option?.label, option?.easyRead);
  }

  /** The words at the ends of a line. */
  anchors(item: ItemDefinition): { low: string; high: string } {
    const a = item.anchors;
    return {
      low: this.#pick(a?.low, a?.easyRead?.low),
      high: this.#pick(a?.high, a?.easyRead?.high),
    };
  }
}

/** The widget's texts for the language and easy read it shows. */
export function shownTexts(t: LocalizeController): ShownTexts {
  return new ShownTexts(t.lang(), t.easyRead());
}

/** A question as it is read: its number (not spoken twice), its words, "(optional)". */
export function renderQuestion(
  item: ItemDefinition,
  index: number,
  shown: ShownTexts,
  t: LocalizeController,
): TemplateResult {
  return html`<span class="number" aria-hidden="true">${t.number(index + 1)}.</span>
    <span class="text">${shown.item(item)}</span>${
      item.required === false
        ? html` <span class="optional">(${t.term('optional')})</span>`
        : nothing
    }`;
}

/** What a Likert or faces item needs from the widget around it. */
export interface ChoicesView {
  item: ItemDefinition;
  index: number;
  scale: LikertScale | FacesScale;
  value: number | undefined;
  shown: ShownTexts;
  t: LocalizeController;
  editable: boolean;
  missing: boolean;
  choose(value: number): void;
}

/** A Likert or faces item: the library's radio group, drawn once per wording and cloned. */
export function renderChoices(v: ChoicesView): RadioGroupView {
  const { item, index, scale, shown, t } = v;
  const faces = scale.type === 'faces';
  const count = scale.options.length;
  const labels = scale.options.map((option) => shown.option(option));
  return radioGroup({
    name: `item-${index}`,
    legend: renderQuestion(item, index, shown, t),
    part: 'options',
    class: faces ? 'faces' : 'likert',
    choices: scale.options.map((option, o) => ({
      value: option.value,
      label: labels[o],
      picture: faces
        ? html`<span part="face" class="face">${faceIcon(o, count)}</span>`
        : undefined,
    })),
    checked: v.value,
    choose: v.choose,
    dir: t.dir(),
    disabled: !v.editable,
    required: item.required !== false,
    missing: v.missing,
    errorId: `error-${index}`,
    // The question's words and faces are the same for every widget that asks it.
    stable: [
      scale.type,
      t.number(index + 1),
      shown.item(item),
      item.required === false ? t.term('optional') : '',
      ...labels,
    ].join('\u0000'),
  });
}
