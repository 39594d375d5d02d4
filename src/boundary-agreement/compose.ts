import { isLocalizedText, isRecord, resolveText, shownText } from '../core/text.js';
import { PLACEHOLDER_ATTRIBUTES, type NamedPlaceholder } from './builtin.js';
import { ID_PATTERN, type AgreementDefinition, type ClauseDefinition } from './definition.js';
import { fillText, unfilledIn } from './placeholders.js';
import type { ChildClause, Problem, ShownAgreement, ShownClause } from './types.js';

/** What the shown agreement is worked out from. */
export interface ComposeInput {
  agreement: AgreementDefinition;
  /** The widget's language. */
  lang: string;
  /** Easy read: each part's `easyRead` text is shown where it has one. */
  easy?: boolean;
  /** Clauses given as light-DOM children, in document order. */
  children: readonly ChildClause[];
  /** The `omit` and `optional` attributes: clause ids, space-separated. */
  omit: unknown;
  optional: unknown;
  /** The named attributes' values (`hours`, …), as the host left them (null when removed). */
  attributes: Readonly<Record<NamedPlaceholder, unknown>>;
  /** The `values` property, as the host gave it. */
  values: unknown;
  /** The provider's clinic name, which fills `{clinicName}` when nothing else does. */
  clinicName?: string;
  /** The crisis clause to add when crisis contacts are given and the agreement has none. */
  crisisClause: ClauseDefinition;
  /** The stand-in for a placeholder with no value. */
  standIn(name: string): string;
}

/** A text attribute's value: an attribute removed, or set to null by a framework, is unset. */
export function attributeText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** The space-separated words of an attribute (none when it is not a text). */
export function words(list: unknown): string[] {
  return attributeText(list)
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Whether `values` is an object of texts (or texts by language) by placeholder name. */
export function valuesUsable(values: unknown): boolean {
  return isRecord(values) && Object.values(values).every(isLocalizedText);
}

/**
 * A placeholder's value in `lang`: the named attribute, then `values`, then the definition's own
 * `values`, then (for `{clinicName}`) the provider's clinic name; undefined when none has one.
 */
export function placeholderValue(
  name: string,
  input: Pick<ComposeInput, 'agreement' | 'lang' | 'attributes' | 'values' | 'clinicName'>,
): string | undefined {
  if (Object.hasOwn(PLACEHOLDER_ATTRIBUTES, name)) {
    const own = attributeText(input.attributes[name as NamedPlaceholder]);
    if (own !== '') return own;
  }
  const own = (record: unknown): unknown =>
    isRecord(record) && Object.hasOwn(record, name) ? record[name] : undefined;
  for (const text of [own(input.values), own(input.agreement.values)]) {
    if (isLocalizedText(text)) {
      const resolved = resolveText(text, input.lang).trim();
      if (resolved !== '') return resolved;
    }
  }
  return name === 'clinicName' && input.clinicName ? input.clinicName : undefined;
}

/** The clauses of the agreement and the children, and the ids of those the children give text for. */
function gather(input: ComposeInput, crisisGiven: boolean, problems: Problem[]) {
  const clauses: ClauseDefinition[] = [...input.agreement.clauses];
  const known = new Set(clauses.map((c) => c.id));
  const slotted = new Set<string>();
  for (const child of input.children) {
    const slot = `slot="clause-${child.id}"`;
    if (!ID_PATTERN.test(child.id)) {
      problems.push({
        code: 'invalid-definition',
        message: `${slot}: a clause id is letters, digits, "-" and "_"; the child is not shown.`,
      });
    } else if (known.has(child.id)) {
      slotted.add(child.id);
    } else if (child.title === '') {
      problems.push({
        code: 'invalid-definition',
        message: `the child element with ${slot} needs a data-title attribute; it is not shown.`,
      });
    } else {
      clauses.push({
        id: child.id,
        title: child.title,
        ...(child.version ? { version: child.version } : {}),
        required: !child.optional,
      });
      known.add(child.id);
      slotted.add(child.id);
    }
  }
  const crisis = input.crisisClause;
  if (crisisGiven && !clauses.some((c) => c.crisis) && !known.has(crisis.id)) {
    // Crisis contacts given to an agreement that does not say what to do in a crisis.
    clauses.unshift(crisis);
    known.add(crisis.id);
  }
  return { clauses, known, slotted };
}

/**
 * Works out what is shown from the definition, the clause children, the attributes and the
 * language, and lists every problem met on the way. `shown` is null when nothing can be shown.
 */
export function composeAgreement(input: ComposeInput): {
  shown: ShownAgreement | null;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const { agreement, lang } = input;
  const easy = input.easy === true;
  const valueOf = (name: string) => placeholderValue(name, input);
  const fill = (text: string) => fillText(text, valueOf, input.standIn);
  const crisisGiven =
    valueOf('crisisPhone') !== undefined || valueOf('emergencyNumber') !== undefined;
  const { clauses, known, slotted } = gather(input, crisisGiven, problems);

  const omit = words(input.omit);
  const optional = words(input.optional);
  for (const [attribute, ids, given] of [
    ['omit', omit, input.omit],
    ['optional', optional, input.optional],
  ] as const) {
    for (const id of ids.filter((i) => !known.has(i))) {
      problems.push({
        code: 'invalid-attribute',
        message: `${attribute}="${String(given)}": there is no clause "${id}".`,
      });
    }
  }

  const shown: ShownClause[] = [];
  for (const clause of clauses) {
    const crisis = clause.crisis === true;
    if (omit.includes(clause.id)) {
      if (!(crisis && crisisGiven)) continue;
      problems.push({
        code: 'invalid-attribute',
        message: `omit: the crisis clause "${clause.id}" cannot be left out while crisis contacts are given; it is shown.`,
      });
    }
    let required = clause.required !== false && !optional.includes(clause.id);
    if (crisis && crisisGiven && !required) {
      problems.push({
        code: 'invalid-attribute',
        message: `the crisis clause "${clause.id}" stays required while crisis contacts are given.`,
      });
      required = true;
    }
    if (!slotted.has(clause.id) && clause.text === undefined) {
      problems.push({
        code: 'invalid-definition',
        message: `clause "${clause.id}" has no text and no child element with slot="clause-${clause.id}".`,
      });
      return { shown: null, problems };
    }
    const question = clause.question;
    shown.push({
      id: clause.id,
      version: clause.version ?? agreement.version,
      title: shownText(clause.title, clause.easyReadTitle, lang, easy),
      required,
      crisis,
      text: slotted.has(clause.id)
        ? null
        : fill(shownText(clause.text, clause.easyRead, lang, easy)),
      ...(question && {
        question: {
          id: question.id,
          label: shownText(question.label, question.easyRead, lang, easy),
          required: question.required ?? required,
          options: question.options.map((o) => ({
            value: o.value,
            label: shownText(o.label, o.easyRead, lang, easy),
          })),
        },
      }),
    });
  }
  if (shown.length === 0) {
    problems.push({ code: 'invalid-definition', message: 'the agreement has no clauses to show.' });
    return { shown: null, problems };
  }

  const intro = agreement.intro
    ? fill(shownText(agreement.intro, agreement.easyRead?.intro, lang, easy))
    : null;
  const unfilled = new Map<string, Set<string>>();
  const note = (names: string[], where: string) => {
    for (const name of names) unfilled.set(name, (unfilled.get(name) ?? new Set()).add(where));
  };
  if (intro) note(unfilledIn(intro), 'intro');
  for (const c of shown) if (c.text) note(unfilledIn(c.text), `clause "${c.id}"`);
  for (const [name, where] of unfilled) {
    const attribute = Object.hasOwn(PLACEHOLDER_ATTRIBUTES, name)
      ? PLACEHOLDER_ATTRIBUTES[name as NamedPlaceholder]
      : undefined;
    const how = attribute ? `the ${attribute} attribute or values.${name}` : `values.${name}`;
    problems.push({
      code: 'unfilled-placeholder',
      message: `placeholder {${name}} has no value (${[...where].join(', ')}); set ${how}. A neutral stand-in is shown.`,
    });
  }

  return {
    shown: {
      id: agreement.id,
      version: agreement.version,
      title: agreement.title
        ? shownText(agreement.title, agreement.easyRead?.title, lang, easy)
        : '',
      intro,
      clauses: shown,
    },
    problems,
  };
}

/** A clause of the clinic's own given as a light-DOM child (`slot="clause-{id}"`); null for other children. */
export function childClause(child: Element): ChildClause | null {
  const slot = child.getAttribute('slot') ?? '';
  if (!slot.startsWith('clause-')) return null;
  return {
    id: slot.slice('clause-'.length),
    title: (child.getAttribute('data-title') ?? '').trim(),
    version: (child.getAttribute('data-version') ?? '').trim(),
    optional: child.hasAttribute('data-optional'),
  };
}

/**
 * `composeAgreement`, worked out again only when an input changed (each compared by identity,
 * the named attributes one by one, and `also`, what the stand-ins are made from). When nothing
 * changed, the last agreement comes back with no problems, so each is reported once.
 */
export class AgreementComposer {
  #from: readonly unknown[] = [];
  #shown: ShownAgreement | null = null;

  compose(
    input: ComposeInput,
    also: readonly unknown[],
  ): { shown: ShownAgreement | null; problems: Problem[] } {
    const { agreement, lang, easy, children, omit, optional, values, clinicName, crisisClause } =
      input;
    const from = [
      ...[agreement, lang, easy, children, omit, optional, values, clinicName, crisisClause],
      ...also,
      ...Object.values(input.attributes),
    ];
    if (from.length === this.#from.length && from.every((v, i) => v === this.#from[i])) {
      return { shown: this.#shown, problems: [] };
    }
    this.#from = from;
    const composed = composeAgreement(input);
    this.#shown = composed.shown;
    return composed;
  }
}
