import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type {
  AgreementDefinition,
  BoundaryAgreementValue,
  RapportBoundaryAgreement,
  SignatureMode,
} from '../src/boundary-agreement/define.js';
import { themeOf } from '../.storybook/globals.js';
import { controls, elementIn, log, part, press, submitListener, type BaseArgs } from './support.js';
import '../src/boundary-agreement/define.js';

// ---- Data -------------------------------------------------------------------------------------

/** An invented clinic's details, filling the built-in agreement's placeholders. */
const clinic = {
  hours: 'Monday to Friday, 9am to 5pm',
  channels: 'phone or portal messages',
  responseTime: 'within two working days',
  crisisPhone: '0800 123 4567',
  emergencyNumber: '999',
  sessionLength: '50 minutes',
  noticePeriod: '24 hours',
};

const allClauses = [
  'contact',
  'crisis',
  'gifts',
  'social-media',
  'outside-sessions',
  'sessions',
  'recording',
  'ending',
];

const partlyAgreed: BoundaryAgreementValue = {
  agreed: ['contact', 'crisis', 'gifts', 'social-media', 'outside-sessions'],
  answers: { 'preferred-contact': 'text' },
  signature: null,
  countersignature: null,
};

const readyToSign: BoundaryAgreementValue = {
  agreed: allClauses,
  answers: { 'preferred-contact': 'text' },
  signature: { typedName: 'Sam Taylor' },
  countersignature: null,
};

/** A hand-drawn looking signature, as SVG path data in the pad's 400 × 150 units. */
const drawing = {
  paths: [
    'M 36 104 L 48 82 L 60 70 L 70 72 L 66 90 L 58 108 L 64 112 L 82 96 L 96 80',
    'M 100 100 L 112 84 L 122 92 L 120 106 L 134 96 L 150 80 L 160 88 L 168 104',
    'M 180 104 L 196 64 L 204 100 L 220 86 L 236 98 L 262 92',
  ],
  width: 400,
  height: 150,
};

/** Signed by the client and countersigned, for the record. */
const signedRecord: BoundaryAgreementValue = {
  agreed: allClauses.filter((id) => id !== 'recording'),
  answers: { 'preferred-contact': 'email' },
  signature: { typedName: 'Sam Taylor', drawn: drawing, signedAt: '2026-03-02T10:04:00.000Z' },
  countersignature: { typedName: 'Alex Morgan', signedAt: '2026-03-02T10:06:00.000Z' },
  responseId: '3b241101-e2bb-4255-8caf-4136c566a962',
};

/**
 * A clinic's own agreement as data: its own wording in two languages, a placeholder of its
 * own (`{portal}`), an optional clause and a question. Arabic and French show the English.
 */
const clinicAgreement: AgreementDefinition = {
  id: 'riverside-youth-boundaries',
  version: '2.0.0',
  title: { en: 'How we work together', es: 'Cómo trabajamos juntos' },
  intro: {
    en: 'Please read each point with your worker and tick it when you are happy with it.',
    es: 'Lea cada punto con su profesional y márquelo cuando esté de acuerdo.',
  },
  values: { portal: { en: 'the Riverside app', es: 'la aplicación de Riverside' } },
  clauses: [
    {
      id: 'contact',
      title: { en: 'Messages', es: 'Mensajes' },
      text: {
        en: 'Send me messages through {portal}, {hours}. I will not use my own phone.',
        es: 'Envíeme mensajes por {portal}, {hours}. No usaré mi teléfono personal.',
      },
      question: {
        id: 'reminders',
        label: { en: 'Would you like reminders before sessions?', es: '¿Quiere recordatorios?' },
        options: [
          { value: 'yes', label: { en: 'Yes, please', es: 'Sí, por favor' } },
          { value: 'no', label: { en: 'No, thank you', es: 'No, gracias' } },
        ],
      },
    },
    {
      id: 'crisis',
      crisis: true,
      title: { en: 'If things get too much', es: 'Si todo es demasiado' },
      text: {
        en: 'Call {crisisPhone} at any time, day or night.',
        es: 'Llame al {crisisPhone} a cualquier hora, de día o de noche.',
      },
    },
    {
      id: 'photos',
      required: false,
      title: { en: 'Photos of your work', es: 'Fotos de su trabajo' },
      text: {
        en: 'I may ask to keep a photo of a drawing you made. You can always say no.',
        es: 'Puede que le pida guardar una foto de un dibujo suyo. Siempre puede decir que no.',
      },
    },
  ],
};

/** A definition with a mistake: the second clause has no title. */
const missingTitle = {
  id: 'broken',
  version: '0.1.0',
  clauses: [
    { id: 'gifts', title: 'Gifts', text: 'No gifts, please.' },
    { id: 'calls', text: 'Call only in office hours.' },
  ],
} as unknown as AgreementDefinition;

// ---- Rendering --------------------------------------------------------------------------------

interface AgreementArgs extends BaseArgs {
  agreement?: AgreementDefinition;
  value?: BoundaryAgreementValue;
  signature: SignatureMode;
  countersign: boolean;
  omit: string;
  optional: string;
  hours: string;
  channels: string;
  responseTime: string;
  crisisPhone: string;
  emergencyNumber: string;
  sessionLength: string;
  noticePeriod: string;
  required: boolean;
  easyRead: boolean;
}

type Story = StoryObj<AgreementArgs>;
type Context = StoryContext<AgreementArgs>;

function renderAgreement(
  args: AgreementArgs,
  context: Context,
  children: unknown = nothing,
): TemplateResult {
  return html`<rapport-boundary-agreement
    .agreement=${args.agreement}
    .value=${args.value}
    name=${args.name || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    theme=${themeOf(context)}
    signature=${args.signature}
    omit=${args.omit || nothing}
    optional=${args.optional || nothing}
    hours=${args.hours || nothing}
    channels=${args.channels || nothing}
    response-time=${args.responseTime || nothing}
    crisis-phone=${args.crisisPhone || nothing}
    emergency-number=${args.emergencyNumber || nothing}
    session-length=${args.sessionLength || nothing}
    notice-period=${args.noticePeriod || nothing}
    ?countersign=${args.countersign}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    ?required=${args.required}
    ?easy-read=${args.easyRead}
    @rapport-input=${log.input}
    @rapport-submit=${submitListener(args.saving)}
    @rapport-error=${log.error}
    >${children}</rapport-boundary-agreement
  >`;
}

// ---- Play helpers -------------------------------------------------------------------------------

const agreementIn = (canvasElement: HTMLElement) =>
  elementIn<RapportBoundaryAgreement>(canvasElement, 'rapport-boundary-agreement');

const pressSign = (el: RapportBoundaryAgreement) => press(el, 'send');

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<AgreementArgs> = {
  title: 'Elements/Boundary agreement',
  component: 'rapport-boundary-agreement',
  tags: ['autodocs'],
  render: (args, context) => renderAgreement(args, context),
  args: {
    lang: '',
    dir: '',
    signature: 'typed',
    countersign: false,
    omit: '',
    optional: '',
    ...clinic,
    name: '',
    readonly: false,
    disabled: false,
    required: false,
    easyRead: false,
    saving: 'succeeds',
  },
  argTypes: {
    agreement: {
      description: 'A clinic’s own agreement (data). Empty: the built-in agreement.',
      control: 'select',
      options: ['built-in', 'clinic-agreement', 'missing-title'],
      mapping: {
        'built-in': undefined,
        'clinic-agreement': clinicAgreement,
        'missing-title': missingTitle,
      },
    },
    value: { control: 'object' },
    lang: controls.lang,
    dir: controls.dir,
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    signature: { control: 'inline-radio', options: ['typed', 'both'] },
    saving: controls.saving,
  },
};

export default meta;

// ---- Languages --------------------------------------------------------------------------------

export const English: Story = { args: { lang: 'en' } };

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es' } };

export const French: Story = { name: 'French', args: { lang: 'fr' } };

export const Arabic: Story = {
  name: 'Arabic (right to left)',
  args: { lang: 'ar', signature: 'both', value: partlyAgreed },
  globals: { locale: 'ar' },
};

/**
 * Easy read: short sentences and everyday words, larger text, a picture beside each clause, and
 * "Read this to me" where the device has a voice of its own.
 */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { easyRead: true, value: partlyAgreed },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await waitFor(() => expect(part(el, 'title')?.textContent?.trim()).toBe('Our agreement'));
    await waitFor(() =>
      expect(el.shadowRoot?.querySelectorAll('[part="easy-picture"]').length).toBe(10),
    );
  },
};

// ---- States -----------------------------------------------------------------------------------

export const PartlyAgreed: Story = { args: { value: partlyAgreed } };

/** Sign pressed too early: the clauses still to agree are named and marked, focus moves there. */
export const MissingShown: Story = {
  name: 'Sign pressed too early',
  args: { value: partlyAgreed },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await pressSign(el);
    await waitFor(() =>
      expect(el.shadowRoot?.querySelectorAll('input[aria-invalid="true"]').length).toBe(4),
    );
    await expect(el.state).toBe('editing');
  },
};

/** Typed name and an optional drawing, made with a finger, a pen or the mouse. */
export const DrawnSignature: Story = {
  name: 'With a drawn signature',
  args: {
    signature: 'both',
    value: { ...readyToSign, signature: { typedName: 'Sam Taylor', drawn: drawing } },
  },
};

/** No crisis line given: a neutral stand-in shows, and `rapport-error` names the placeholder. */
export const UnfilledPlaceholder: Story = {
  name: 'Placeholder not filled',
  args: { crisisPhone: '' },
};

export const Saving: Story = {
  args: { value: readyToSign, saving: 'never' },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await pressSign(el);
    await waitFor(() => expect(el.state).toBe('submitting'));
  },
};

export const Saved: Story = {
  args: { value: readyToSign, saving: 'succeeds' },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await pressSign(el);
    await waitFor(() => expect(el.state).toBe('submitted'));
  },
};

export const Failed: Story = {
  name: 'Failed (retry)',
  args: { value: readyToSign, saving: 'fails' },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await pressSign(el);
    await waitFor(() => expect(el.state).toBe('failed'));
    await expect(part(el, 'retry')).not.toBeNull();
  },
};

/** The client has signed; the clinician's step follows, as a response of its own. */
export const Countersigning: Story = {
  name: 'Countersignature step',
  args: { value: readyToSign, countersign: true, signature: 'both' },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await pressSign(el);
    await waitFor(() => expect(part(el, 'countersignature')).not.toBeNull());
  },
};

/** The signed record for a clinician or the file: printable (try the browser's Print). */
export const SignedRecord: Story = {
  name: 'Read-only record (signed and countersigned)',
  args: { value: signedRecord, readonly: true },
};

/** A record whose text no longer matches what was signed: the host changed a value since. */
export const TextChanged: Story = {
  name: 'Read-only record, text changed since signing',
  args: {
    value: { ...signedRecord, contentHash: '0'.repeat(64) },
    readonly: true,
  },
};

export const Disabled: Story = { args: { value: partlyAgreed, disabled: true } };

export const Dark: Story = {
  args: { theme: 'dark', signature: 'both', value: partlyAgreed },
  globals: { theme: 'dark' },
};

// ---- A clinic's own agreement -----------------------------------------------------------------

export const ClinicAgreement: Story = {
  name: 'Clinic’s own agreement (data)',
  args: { agreement: clinicAgreement },
};

/** Rich text of the clinic's own, through slots: one built-in clause replaced, one added. */
export const SlottedClauses: Story = {
  name: 'Clauses as child elements (rich text)',
  render: (args, context) =>
    renderAgreement(
      args,
      context,
      html`<div slot="clause-gifts">
          <p>
            A card or something you made is lovely. Please do not give
            <strong>money, vouchers or anything costly</strong>.
          </p>
          <p><a href="https://clinic.example/gifts">Our gifts policy</a></p>
        </div>
        <div slot="clause-pets" data-title="Pets at the centre" data-optional>
          <p>Assistance dogs are welcome. Please leave other pets at home.</p>
        </div>`,
    ),
};

export const DefinitionFromScript: Story = {
  name: 'Definition from a child <script type="application/json">',
  render: (args, context) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(clinicAgreement, null, 2);
    return renderAgreement(args, context, script);
  },
};

export const InvalidDefinition: Story = {
  name: 'Invalid definition (a clause without a title)',
  args: { agreement: missingTitle },
  play: async ({ canvasElement }) => {
    const el = await agreementIn(canvasElement);
    await expect(part(el, 'error')?.getAttribute('role')).toBe('alert');
  },
};

/** Inside a native form: no Sign button of its own; its fields are posted under `name`. */
export const InsideNativeForm: Story = {
  name: 'Inside a native form',
  args: { name: 'agreement', required: true, value: partlyAgreed },
  render: (args, context) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output');
      if (!output) return;
      output.value = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join('\n');
    };
    return html`<form aria-label="Agreement" @submit=${show}>
      ${renderAgreement(args, context)}
      <p>
        <button type="submit">Save to record</button>
        <button type="reset">Clear</button>
      </p>
      <p>The form data the page received:</p>
      <pre><output aria-live="polite"></output></pre>
    </form>`;
  },
};
