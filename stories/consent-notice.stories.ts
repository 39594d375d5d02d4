import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type {
  ConsentChoice,
  ConsentNoticeMode,
  ConsentNoticeValue,
  RapportConsentNotice,
} from '../src/consent-notice/define.js';
import type { LocalizedText } from '../src/instruments/types.js';
import { themeOf } from '../.storybook/globals.js';
import { controls, elementIn, log, part, press, submitListener, type BaseArgs } from './support.js';
import '../src/consent-notice/define.js';

// ---- Data -------------------------------------------------------------------------------------

/** The choices the issue names, with every language, as a clinic would give them. */
const clinicChoices: ConsentChoice[] = [
  {
    id: 'gp',
    label: {
      en: 'Share a summary with my GP',
      es: 'Compartir un resumen con mi médico de cabecera',
      fr: 'Partager un résumé avec mon médecin traitant',
      ar: 'مشاركة ملخص مع طبيبي العام',
    },
    description: {
      en: 'A short letter each month. Never your session notes.',
      es: 'Una carta breve cada mes. Nunca sus notas de sesión.',
      fr: 'Une courte lettre chaque mois. Jamais vos notes de séance.',
      ar: 'رسالة قصيرة كل شهر. وليس ملاحظات جلساتك أبدًا.',
    },
  },
  {
    id: 'sms',
    label: {
      en: 'Contact me by text message',
      es: 'Contactarme por mensaje de texto',
      fr: 'Me contacter par SMS',
      ar: 'التواصل معي برسالة نصية',
    },
  },
  {
    id: 'email',
    label: {
      en: 'Contact me by email',
      es: 'Contactarme por correo electrónico',
      fr: 'Me contacter par e-mail',
      ar: 'التواصل معي بالبريد الإلكتروني',
    },
  },
  {
    id: 'research',
    label: {
      en: 'Use my answers, without my name, to improve the service',
      es: 'Usar mis respuestas, sin mi nombre, para mejorar el servicio',
      fr: 'Utiliser mes réponses, sans mon nom, pour améliorer le service',
      ar: 'استخدام إجاباتي، دون اسمي، لتحسين الخدمة',
    },
  },
];

/** The clinic's choices with their easy-read words beside them, for `easy-read`. */
const easyChoices: ConsentChoice[] = [
  {
    ...clinicChoices[0],
    easyRead: { en: 'Send a short letter about me to my doctor' },
    easyReadDescription: { en: 'We write to your doctor once a month. We never send our notes.' },
  },
  { ...clinicChoices[1], easyRead: { en: 'Send me text messages on my phone' } },
  { ...clinicChoices[2], easyRead: { en: 'Send me emails' } },
  {
    ...clinicChoices[3],
    easyRead: { en: 'Use my answers to make the service better. We leave out my name.' },
  },
];

const changesSummary: LocalizedText = {
  en: 'We now ask separately about text messages and email.',
  es: 'Ahora preguntamos por separado por los mensajes de texto y el correo electrónico.',
  fr: 'Nous demandons maintenant séparément pour les SMS et les e-mails.',
  ar: 'نسأل الآن بشكل منفصل عن الرسائل النصية والبريد الإلكتروني.',
};

const currentChoices: ConsentNoticeValue = {
  acknowledged: ['limits'],
  choices: { gp: true, sms: true, email: false, research: false },
};

/** A hand-written choice list with a mistake: the second choice has no label. */
const brokenChoices = [
  { id: 'gp', label: 'Share a summary with my GP' },
  { id: 'sms' },
] as unknown as ConsentChoice[];

// ---- Rendering --------------------------------------------------------------------------------

interface ConsentArgs extends BaseArgs {
  mode: ConsentNoticeMode;
  open: boolean;
  noticeId: string;
  version: string;
  acceptedVersion: string;
  acceptedAt: string;
  changes?: LocalizedText;
  choices?: readonly ConsentChoice[];
  value?: ConsentNoticeValue;
  required: boolean;
  easyRead?: boolean;
}

type Story = StoryObj<ConsentArgs>;
type Context = StoryContext<ConsentArgs>;

function renderNotice(
  args: ConsentArgs,
  context: Context,
  children: unknown = nothing,
): TemplateResult {
  return html`<rapport-consent-notice
    mode=${args.mode}
    ?open=${args.open}
    notice-id=${args.noticeId || nothing}
    version=${args.version || nothing}
    accepted-version=${args.acceptedVersion || nothing}
    accepted-at=${args.acceptedAt || nothing}
    .changes=${args.changes}
    .choices=${args.choices}
    .value=${args.value}
    name=${args.name || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    theme=${themeOf(context)}
    ?required=${args.required}
    ?easy-read=${args.easyRead}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    @rapport-input=${log.input}
    @rapport-submit=${submitListener(args.saving)}
    @rapport-dismiss=${log.dismiss}
    @rapport-error=${log.error}
    >${children}</rapport-consent-notice
  >`;
}

/** Banner and dialog cover the page: shown in their own frame, with a page behind them. */
function renderOverPage(args: ConsentArgs, context: Context): TemplateResult {
  const open = (event: Event) =>
    (event.currentTarget as HTMLElement)
      .closest('.mock-page')
      ?.querySelector('rapport-consent-notice')
      ?.show();
  return html`<div class="mock-page">
    <h1>Riverside Community Care</h1>
    <p>Your next appointment is on Tuesday at 10:00.</p>
    <p><button type="button" @click=${open}>Privacy choices</button></p>
    <p>The page’s own controls stay reachable while the banner is open.</p>
    <p><a href="#top">Back to top</a></p>
    ${renderNotice(args, context)}
  </div>`;
}

const inIframe = { docs: { story: { inline: false, iframeHeight: 640 } } };

// ---- Play helpers: plain DOM, as a host page would do it ---------------------------------------

const noticeIn = (canvasElement: HTMLElement) =>
  elementIn<RapportConsentNotice>(canvasElement, 'rapport-consent-notice');

function tick(el: RapportConsentNotice, id: string): void {
  el.shadowRoot?.querySelector<HTMLInputElement>(`input[data-choice="${id}"]`)?.click();
}

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<ConsentArgs> = {
  title: 'Elements/Consent notice',
  component: 'rapport-consent-notice',
  tags: ['autodocs'],
  render: (args, context) => renderNotice(args, context),
  args: {
    mode: 'inline',
    open: false,
    noticeId: '',
    version: '',
    acceptedVersion: '',
    acceptedAt: '',
    choices: clinicChoices,
    name: '',
    lang: '',
    dir: '',
    required: false,
    readonly: false,
    disabled: false,
    saving: 'succeeds',
  },
  argTypes: {
    mode: { control: 'inline-radio', options: ['inline', 'banner', 'dialog'] },
    open: { control: 'boolean', description: 'Dialog: showing. Banner: expanded.' },
    choices: {
      control: 'select',
      options: ['clinic', 'none', 'broken'],
      mapping: { clinic: clinicChoices, none: undefined, broken: brokenChoices },
      description: 'The choices to ask about, besides the acknowledgement that is always asked.',
    },
    value: { control: 'object' },
    changes: { control: 'object' },
    lang: controls.lang,
    dir: controls.dir,
    theme: {
      control: 'inline-radio',
      options: ['auto', 'light', 'dark'],
      description: 'Unset: the toolbar’s theme.',
    },
    saving: controls.saving,
  },
};

export default meta;

// ---- Inline: the built-in notice and its states -----------------------------------------------

export const Inline: Story = {
  name: 'Inline, with four choices',
};

export const BuiltInNoticeOnly: Story = {
  name: 'Inline, the acknowledgement alone',
  args: { choices: undefined },
};

/** “I agree” pressed before the acknowledgement is ticked: it is marked, and focus moves to it. */
export const AcknowledgementMissing: Story = {
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    tick(el, 'sms');
    await press(el, 'send');
    await waitFor(() => expect(part(el, 'status')?.textContent).toContain('To agree, please tick'));
    await expect(el.state).toBe('editing');
  },
};

export const Saving: Story = {
  args: { saving: 'never' },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    tick(el, 'limits');
    await press(el, 'send');
    await waitFor(() => expect(el.state).toBe('submitting'));
  },
};

/** Agreed and saved: the short state, with “Review or withdraw”. */
export const AgreedJustNow: Story = {
  name: 'Agreed (just now)',
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    tick(el, 'limits');
    tick(el, 'gp');
    await press(el, 'send');
    await waitFor(() => expect(part(el, 'review')).not.toBeNull());
  },
};

export const Failed: Story = {
  name: 'Failed (retry)',
  args: { saving: 'fails' },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    tick(el, 'limits');
    await press(el, 'send');
    await waitFor(() => expect(part(el, 'retry')).not.toBeNull());
  },
};

export const Declined: Story = {
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await press(el, 'decline');
    await waitFor(() => expect(part(el, 'read-again')).not.toBeNull());
  },
};

// ---- Someone who already agreed ---------------------------------------------------------------

/** `accepted-version` equals `version`: “You agreed on …” instead of asking again. */
export const AlreadyAgreed: Story = {
  args: { version: '2.0', acceptedVersion: '2.0', acceptedAt: '2026-03-03', value: currentChoices },
};

/** A new version: asks again and says what changed. */
export const NewVersion: Story = {
  name: 'New version (asks again, with what changed)',
  args: {
    version: '2.0',
    acceptedVersion: '1.0',
    acceptedAt: '2026-03-03',
    changes: changesSummary,
  },
};

export const Reviewing: Story = {
  args: { ...AlreadyAgreed.args },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await press(el, 'review');
    await waitFor(() => expect(part(el, 'withdraw')).not.toBeNull());
  },
};

export const ConfirmWithdrawal: Story = {
  name: 'Withdrawing (confirm)',
  args: { ...AlreadyAgreed.args },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await press(el, 'review');
    await press(el, 'withdraw');
    await waitFor(() => expect(part(el, 'confirm-withdraw')).not.toBeNull());
  },
};

export const Withdrawn: Story = {
  args: { ...AlreadyAgreed.args },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await press(el, 'review');
    await press(el, 'withdraw');
    await press(el, 'confirm-withdraw');
    await waitFor(() => expect(part(el, 'read-again')).not.toBeNull());
  },
};

// ---- Banner and dialog ------------------------------------------------------------------------

/** Fixed to the bottom; the page keeps room for it. “Not now” collapses it. */
export const Banner: Story = {
  args: { mode: 'banner' },
  render: renderOverPage,
  parameters: inIframe,
};

/** Collapsed to “Privacy choices” for someone who agreed; it opens to the short state. */
export const BannerCollapsed: Story = {
  name: 'Banner, collapsed',
  args: { mode: 'banner', acceptedVersion: '1.0.0', acceptedAt: '2026-03-03' },
  render: renderOverPage,
  parameters: inIframe,
};

/** A native modal dialog. Escape closes it (unless required) and focus returns to the opener. */
export const Dialog: Story = {
  args: { mode: 'dialog', open: true },
  render: renderOverPage,
  parameters: inIframe,
};

/** Required: no Close, Escape does nothing; declining is still one press away. */
export const DialogRequired: Story = {
  name: 'Dialog, required',
  args: { mode: 'dialog', open: true, required: true },
  render: renderOverPage,
  parameters: inIframe,
};

// ---- A clinic's own text ----------------------------------------------------------------------

/**
 * Northside's own wording for two sections and a title, with its own links; a choice labelled
 * with its own markup; and one choice given only as a child element. Everything else is built in.
 */
export const ClinicSlottedText: Story = {
  name: 'Clinic’s own text in slots',
  args: { noticeId: 'northside-privacy', version: '4.1', lang: 'en' },
  render: (args, context) =>
    renderNotice(
      args,
      context,
      html`<span slot="heading">Privacy at Northside Family Service</span>
        <div slot="limits">
          <p>
            We share information without your agreement only to keep you or someone else safe, or
            when a court or the law requires it.
            <a href="https://northside.example/privacy#limits">Read the full policy</a>.
          </p>
        </div>
        <div slot="records">
          <p>
            Your records are kept for eight years after our last meeting, then deleted. Only your
            key worker and the duty manager can read them.
          </p>
        </div>
        <span slot="choice-gp">Send a short summary to <strong>your GP practice</strong></span>
        <span slot="choice-post">Post letters to the address I gave</span>`,
    ),
};

/** The whole notice replaced by the clinic's own (no slot): the acknowledgement is still asked. */
export const ClinicWholeNotice: Story = {
  name: 'Clinic’s whole notice',
  args: { noticeId: 'harbour-youth', version: '1', choices: undefined, lang: 'en' },
  render: (args, context) =>
    renderNotice(
      args,
      context,
      html`<p>
          Harbour Youth Counselling keeps what you tell us private. We may share it only if you or
          someone else could be seriously hurt, or if a court tells us to.
        </p>
        <p>
          See <a href="https://harbour.example/privacy">our privacy page</a> for how we keep notes
          and how to see them.
        </p>`,
    ),
};

/** Choices as JSON in a child script, for pages with no build. */
export const ChoicesFromScript: Story = {
  name: 'Choices from a child <script type="application/json">',
  args: { choices: undefined },
  render: (args, context) => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ choices: clinicChoices.slice(1, 3) });
    return renderNotice(args, context, script);
  },
};

export const InvalidChoices: Story = {
  name: 'Invalid choices (a label missing)',
  args: { choices: brokenChoices },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await expect(part(el, 'error')?.getAttribute('role')).toBe('alert');
  },
};

// ---- Languages, themes, forms -----------------------------------------------------------------

export const Spanish: Story = {
  name: 'Español',
  args: { lang: 'es' },
  globals: { locale: 'es' },
};

export const French: Story = {
  name: 'Français',
  args: { lang: 'fr', version: '2.0', acceptedVersion: '1.0', changes: changesSummary },
  globals: { locale: 'fr' },
};

export const Arabic: Story = {
  name: 'العربية (right to left)',
  args: { lang: 'ar', dir: 'rtl' },
  globals: { locale: 'ar' },
};

export const ArabicAgreed: Story = {
  name: 'العربية, agreed',
  args: { lang: 'ar', dir: 'rtl', ...AlreadyAgreed.args },
  globals: { locale: 'ar' },
};

/**
 * Easy read: short sentences and everyday words, larger type, a picture beside each section and
 * the acknowledgement, the clinic's easy-read labels, and “Read this to me” where the device has
 * a voice of its own.
 */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { easyRead: true, choices: easyChoices },
  play: async ({ canvasElement }) => {
    const el = await noticeIn(canvasElement);
    await waitFor(() =>
      expect(part(el, 'title')?.textContent?.trim()).toBe('What we keep private'),
    );
    await expect(el.shadowRoot?.querySelectorAll('[part="easy-picture"]').length).toBe(5);
  },
};

export const Dark: Story = {
  args: { theme: 'dark', value: { acknowledged: [], choices: { gp: true } } },
  globals: { theme: 'dark' },
};

export const Disabled: Story = {
  args: { disabled: true },
};

/** A decision on the record, shown to a clinician. */
export const ReadonlyRecord: Story = {
  name: 'Read-only record',
  args: { readonly: true, value: currentChoices },
};

/**
 * Inside a native `<form>`: the form's own button agrees, `required` blocks it until the
 * acknowledgement is ticked, and the decisions are submitted under `name`.
 */
export const InsideNativeForm: Story = {
  name: 'Inside a native form',
  args: { name: 'privacy', required: true },
  render: (args, context) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output');
      if (!output) return;
      output.value = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join('\n');
    };
    return html`<form aria-label="Registration" @submit=${show}>
      ${renderNotice(args, context)}
      <p>
        <button type="submit">Register</button>
        <button type="reset">Clear</button>
      </p>
      <p>The form data the page received:</p>
      <pre><output aria-live="polite"></output></pre>
    </form>`;
  },
};
