import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { RapportAllianceScale } from '../src/alliance-scale/alliance-scale.js';
import type { Answers, InstrumentDefinition } from '../src/instruments/types.js';
import { localeOf, themeOf } from '../.storybook/globals.js';
import { controls, elementIn, log, part, press, submitListener, type BaseArgs } from './support.js';
import '../src/alliance-scale/define.js';

// ---- Data -------------------------------------------------------------------------------------

/**
 * A clinic's own instrument, as it would load a licensed one: the holder, the wording and the
 * licence are all invented for this story. It has no Arabic text, so Arabic shows the English.
 */
const clinicInstrument: InstrumentDefinition = {
  id: 'northside-our-work',
  version: '2.1.0',
  title: {
    en: 'Our work together',
    es: 'Nuestro trabajo juntos',
    fr: 'Notre travail ensemble',
  },
  instructions: {
    en: 'Choose how much you agree with each sentence about the last few weeks.',
    es: 'Elija cuánto está de acuerdo con cada frase sobre las últimas semanas.',
    fr: 'Indiquez à quel point vous êtes d’accord avec chaque phrase sur les dernières semaines.',
  },
  licence: {
    holder: 'Fictional Measures Ltd',
    terms: {
      en: 'Licensed to Northside Family Service for use with its own clients.',
      es: 'Con licencia para Northside Family Service, para uso con sus propios clientes.',
      fr: 'Sous licence pour Northside Family Service, pour ses propres patients.',
    },
    url: 'https://measures.example/licences/northside',
  },
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: { en: 'Disagree', es: 'En desacuerdo', fr: 'Pas d’accord' } },
      { value: 2, label: { en: 'Partly agree', es: 'En parte de acuerdo', fr: 'Plutôt d’accord' } },
      { value: 3, label: { en: 'Agree', es: 'De acuerdo', fr: 'D’accord' } },
      {
        value: 4,
        label: { en: 'Strongly agree', es: 'Muy de acuerdo', fr: 'Tout à fait d’accord' },
      },
    ],
  },
  items: [
    {
      id: 'plan',
      text: {
        en: 'We made the plan for our work together.',
        es: 'Hicimos juntos el plan de nuestro trabajo.',
        fr: 'Nous avons fait ensemble le plan de notre travail.',
      },
    },
    {
      id: 'pace',
      text: {
        en: 'The pace of our meetings feels right to me.',
        es: 'El ritmo de nuestras reuniones me parece adecuado.',
        fr: 'Le rythme de nos rencontres me convient.',
      },
    },
    {
      id: 'speak-up',
      text: {
        en: 'I know how to say so if something in our work is not right for me.',
        es: 'Sé cómo decirlo si algo de nuestro trabajo no me conviene.',
        fr: 'Je sais comment le dire si quelque chose dans notre travail ne me convient pas.',
      },
      required: false,
    },
  ],
  scoring: { total: 'sum' },
};

/**
 * A definition with a mistake, as it might arrive from hand-written JSON: the second line has
 * no high anchor. The widget shows its fallback and fires `rapport-error` naming the field.
 */
const missingAnchor = {
  id: 'missing-anchor',
  version: '0.1.0',
  title: 'A check with a missing anchor',
  scale: { type: 'visual-analog', min: 0, max: 10 },
  items: [
    { id: 'heard', text: 'I felt heard.', anchors: { low: 'Not at all', high: 'Completely' } },
    { id: 'useful', text: 'Today was useful.', anchors: { low: 'Not at all' } },
  ],
} as unknown as InstrumentDefinition;

/** A short definition a clinic writes by hand into a no-build page. */
const handWritten = {
  id: 'drop-in-check',
  version: '1.0.0',
  title: { en: 'Before you go', es: 'Antes de irse', fr: 'Avant de partir', ar: 'قبل أن تغادر' },
  scale: {
    type: 'faces',
    options: [
      { value: 1, label: { en: 'Not good', es: 'Mal', fr: 'Pas bien', ar: 'ليس جيدًا' } },
      { value: 2, label: { en: 'Okay', es: 'Regular', fr: 'Moyen', ar: 'مقبول' } },
      { value: 3, label: { en: 'Good', es: 'Bien', fr: 'Bien', ar: 'جيد' } },
    ],
  },
  items: [
    {
      id: 'welcome',
      text: {
        en: 'How welcome did you feel at the drop-in today?',
        es: '¿Qué tan bienvenido se sintió hoy en el centro?',
        fr: 'Vous êtes-vous senti bien accueilli aujourd’hui\u00a0?',
        ar: 'إلى أي حد شعرت بالترحيب اليوم؟',
      },
    },
  ],
};

const sessionComplete: Answers = {
  'at-ease': 8.2,
  'what-mattered': 7.5,
  'way-of-working': 9,
  'whole-session': 8.8,
};

const sessionPartly: Answers = { 'at-ease': 7.5, 'what-mattered': 4 };

/** Scored total 39 of 60 (three statements are reverse-scored): below the cutoff of 42. */
const workingRelationshipBelowCutoff: Answers = {
  'bond-1': 4,
  'goals-1': 3,
  'tasks-1': 4,
  'bond-2': 5,
  'goals-2': 3,
  'tasks-2': 4,
  'bond-3': 4,
  'goals-3': 2,
  'tasks-3': 3,
  'bond-4': 4,
  'goals-4': 4,
  'tasks-4': 3,
};

// ---- Rendering --------------------------------------------------------------------------------

interface AllianceScaleArgs extends BaseArgs {
  instrument?: InstrumentDefinition | string;
  value?: Answers;
  /** With `readonly`: the result before, to show the change since then. */
  previous?: unknown;
  required: boolean;
  /** Easy-read texts, larger type, pictures and "Read this to me". */
  easyRead?: boolean;
}

type Story = StoryObj<AllianceScaleArgs>;
type Context = StoryContext<AllianceScaleArgs>;

function renderScale(
  args: AllianceScaleArgs,
  context: Context,
  children: unknown = nothing,
): TemplateResult {
  return html`<rapport-alliance-scale
    .instrument=${args.instrument}
    .value=${args.value}
    .previous=${args.previous}
    name=${args.name || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    theme=${themeOf(context)}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    ?required=${args.required}
    ?easy-read=${args.easyRead}
    @rapport-input=${log.input}
    @rapport-submit=${submitListener(args.saving)}
    @rapport-error=${log.error}
    >${children}</rapport-alliance-scale
  >`;
}

// ---- Play helpers: plain DOM, as a host page would do it ---------------------------------------

const scaleIn = (canvasElement: HTMLElement) =>
  elementIn<RapportAllianceScale>(canvasElement, 'rapport-alliance-scale');

const pressSend = (el: RapportAllianceScale) => press(el, 'send');

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<AllianceScaleArgs> = {
  title: 'Elements/Alliance scale',
  component: 'rapport-alliance-scale',
  tags: ['autodocs'],
  render: (args, context) => renderScale(args, context),
  args: {
    instrument: 'session-check',
    name: '',
    lang: '',
    dir: '',
    readonly: false,
    disabled: false,
    required: false,
    easyRead: false,
    saving: 'succeeds',
  },
  argTypes: {
    instrument: {
      description:
        'A built-in example by id, a definition object, or an id given to `<rapport-provider>`.',
      control: 'select',
      options: [
        'session-check',
        'working-relationship',
        'faces-check',
        'clinic-instrument',
        'missing-anchor',
        'no-such-instrument',
      ],
      mapping: { 'clinic-instrument': clinicInstrument, 'missing-anchor': missingAnchor },
    },
    value: {
      description: 'Answers by item id: prefill, restore a draft, or show a finished response.',
      control: 'object',
    },
    previous: {
      description: 'With `readonly`: the result before, to show the change since then.',
      control: 'object',
    },
    lang: controls.lang,
    dir: controls.dir,
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'Unset: the toolbar’s theme.',
    },
    readonly: { control: 'boolean' },
    disabled: { control: 'boolean' },
    required: { control: 'boolean' },
    easyRead: {
      name: 'easy-read',
      control: 'boolean',
      description: 'Easy read: short sentences, larger type, pictures, "Read this to me".',
    },
    saving: {
      ...controls.saving,
      description:
        'Not an element property: what this story’s `rapport-submit` listener does with `waitUntil` ' +
        '(none: delivered at once; never: stays saving; fails: rejects, so retry shows).',
    },
  },
};

export default meta;

// ---- The built-in example instruments ---------------------------------------------------------

export const SessionCheck: Story = {
  name: 'Session check (lines)',
  args: { instrument: 'session-check' },
};

/**
 * Easy read: the example's easy-read words (short sentences, everyday words), larger type, a
 * picture by the instructions, and "Read this to me" where the device has a voice of its own.
 */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { instrument: 'session-check', easyRead: true },
};

export const WorkingRelationship: Story = {
  name: 'Working relationship (Likert)',
  args: { instrument: 'working-relationship' },
};

export const FacesCheck: Story = {
  name: 'Faces check (children)',
  args: { instrument: 'faces-check' },
};

// ---- States -----------------------------------------------------------------------------------

/** No instrument and no child script yet: a placeholder until a definition arrives. */
export const Empty: Story = {
  name: 'Empty (no definition yet)',
  args: { instrument: undefined },
};

export const PartlyAnswered: Story = {
  args: { value: sessionPartly },
};

export const InvalidDefinition: Story = {
  name: 'Invalid definition (missing anchor)',
  args: { instrument: 'missing-anchor' },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await expect(part(el, 'error')?.getAttribute('role')).toBe('alert');
    await expect(el.definition).toBeUndefined();
  },
};

export const UnknownInstrument: Story = {
  name: 'Invalid definition (unknown id)',
  args: { instrument: 'no-such-instrument' },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await expect(part(el, 'error')?.getAttribute('role')).toBe('alert');
  },
};

/** Send pressed with every answer given; the host's save never finishes. */
export const Saving: Story = {
  args: { value: sessionComplete, saving: 'never' },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await pressSend(el);
    await waitFor(() => expect(el.state).toBe('submitting'));
  },
};

export const Saved: Story = {
  args: { value: sessionComplete, saving: 'succeeds' },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await pressSend(el);
    await waitFor(() => expect(el.state).toBe('submitted'));
    await expect(part(el, 'send')).toBeNull();
  },
};

/** The host's save rejected: every answer is kept and "Try again" is offered. */
export const Failed: Story = {
  name: 'Failed (retry)',
  args: { value: sessionComplete, saving: 'fails' },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await pressSend(el);
    await waitFor(() => expect(el.state).toBe('failed'));
    await expect(part(el, 'retry')).not.toBeNull();
    await expect(el.value).toEqual(sessionComplete);
  },
};

/** Send pressed with two lines unanswered: they are marked, and the status names them. */
export const MissingAnswersShown: Story = {
  args: { value: sessionPartly },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await pressSend(el);
    await waitFor(() =>
      expect(el.shadowRoot?.querySelectorAll('[role="slider"][aria-invalid="true"]').length).toBe(
        2,
      ),
    );
    await expect(el.state).toBe('editing');
  },
};

export const Disabled: Story = {
  args: { value: sessionPartly, disabled: true },
};

/** A finished response shown to a clinician: answers, subscales, and the cutoff flagged. */
export const ReadonlyClinicianView: Story = {
  name: 'Read-only clinician view (cutoff flagged)',
  args: {
    instrument: 'working-relationship',
    value: workingRelationshipBelowCutoff,
    readonly: true,
  },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await expect(el.scores?.total).toBe(39);
    await expect(el.scores?.cutoff?.flagged).toBe(true);
  },
};

/** A finished response beside the one before it: the total says how it changed since then. */
export const ReadonlyWithPrevious: Story = {
  name: 'Read-only, compared with the session before',
  args: {
    instrument: 'session-check',
    value: { 'at-ease': 7.5, 'what-mattered': 8, 'way-of-working': 8, 'whole-session': 8 },
    previous: {
      kind: 'alliance-scale',
      definition: { id: 'session-check', version: '1.0.0' },
      completedAt: '2026-04-28',
      answers: { 'at-ease': 9, 'what-mattered': 9, 'way-of-working': 9, 'whole-session': 9 },
    },
    readonly: true,
  },
  play: async ({ canvasElement }) => {
    const el = await scaleIn(canvasElement);
    await expect(el.scores?.total).toBe(31.5);
    // "down 4.5 since …", in whichever language the toolbar chose.
    await expect(part(el, 'change')).not.toBeNull();
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { lang: 'ar', dir: 'rtl', value: sessionPartly },
  globals: { locale: 'ar' },
};

export const Dark: Story = {
  args: { theme: 'dark', instrument: 'working-relationship', value: { 'bond-1': 4, 'goals-1': 5 } },
  globals: { theme: 'dark' },
};

// ---- Embedding --------------------------------------------------------------------------------

/**
 * Inside a native `<form>`: the widget hides its own Send, `required` blocks submission while
 * lines are unanswered, its answers are submitted under `name`, and Clear resets it.
 */
export const InsideNativeForm: Story = {
  name: 'Inside a native form',
  args: { name: 'alliance', required: true, value: sessionPartly },
  render: (args, context) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output');
      if (!output) return;
      output.value = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join('\n');
    };
    return html`<form aria-label="Session feedback" @submit=${show}>
      ${renderScale(args, context)}
      <p>
        <button type="submit">Save to record</button>
        <button type="reset">Clear</button>
      </p>
      <p>The form data the page received:</p>
      <pre><output aria-live="polite"></output></pre>
    </form>`;
  },
};

/** No build, no script of your own: the definition is JSON in a child script element. */
export const DefinitionFromScript: Story = {
  name: 'Definition from a child <script type="application/json">',
  args: { instrument: undefined },
  render: (args, context) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(handWritten, null, 2);
    return renderScale(args, context, script);
  },
  parameters: {
    docs: {
      source: {
        language: 'html',
        code: `<rapport-alliance-scale>
  <script type="application/json">
${JSON.stringify(handWritten, null, 2).replace(/^/gm, '    ')}
  </script>
</rapport-alliance-scale>`,
      },
    },
  },
};

/**
 * A clinic's own instrument with a licence, given to `<rapport-provider>` and chosen by id.
 * The holder and wording are invented: the library never ships licensed wording.
 */
export const ClinicInstrumentWithLicence: Story = {
  name: 'Clinic’s own instrument with a licence',
  args: { instrument: clinicInstrument.id },
  render: (args, context) =>
    html`<rapport-provider locale=${localeOf(context)} .instruments=${[clinicInstrument]}>
      ${renderScale(args, context)}
    </rapport-provider>`,
};
