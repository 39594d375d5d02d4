import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { RapportFeedbackPrompt } from '../src/feedback-prompt/feedback-prompt.js';
import type { FeedbackPromptValue, RatingStyle } from '../src/feedback-prompt/types.js';
import type { RapportDismissEvent } from '../src/core/events.js';
import type { InstrumentDefinition } from '../src/instruments/types.js';
import { themeOf } from '../.storybook/globals.js';
import { controls, elementIn, log, part, press, submitListener, type BaseArgs } from './support.js';
import '../src/feedback-prompt/define.js';

// ---- Data -------------------------------------------------------------------------------------

/**
 * A clinic's own questions in place of the quick checks, in the instrument format. The clinic
 * and its wording are invented for this story; it has no Arabic text, so Arabic shows English.
 */
const frontDesk: InstrumentDefinition = {
  id: 'northside-front-desk',
  version: '1.2.0',
  title: { en: 'After your visit', es: 'Después de su visita', fr: 'Après votre visite' },
  instructions: {
    en: 'Two questions about our front desk. The second is optional.',
    es: 'Dos preguntas sobre nuestra recepción. La segunda es opcional.',
    fr: 'Deux questions sur notre accueil. La deuxième est facultative.',
  },
  items: [
    {
      id: 'welcome',
      text: {
        en: 'How welcome did you feel when you arrived?',
        es: '¿Cómo de bienvenido se sintió al llegar?',
        fr: 'Vous êtes-vous senti bien accueilli en arrivant\u00a0?',
      },
      scale: {
        type: 'faces',
        options: [
          { value: 1, label: { en: 'Not welcome', es: 'Poco', fr: 'Pas vraiment' } },
          { value: 2, label: { en: 'Somewhat', es: 'Algo', fr: 'Un peu' } },
          { value: 3, label: { en: 'Very welcome', es: 'Mucho', fr: 'Très bien' } },
        ],
      },
    },
    {
      id: 'wait-explained',
      text: {
        en: 'Was any wait explained to you?',
        es: '¿Le explicaron la espera?',
        fr: 'Vous a-t-on expliqué l’attente\u00a0?',
      },
      required: false,
      scale: {
        type: 'likert',
        options: [
          { value: 1, label: { en: 'Yes', es: 'Sí', fr: 'Oui' } },
          { value: 0, label: { en: 'No', es: 'No', fr: 'Non' } },
        ],
      },
    },
  ],
};

const answered: Partial<FeedbackPromptValue> = {
  rating: 4,
  checks: { heard: 'yes', respected: 'yes', whatIWanted: 'partly' },
  comment: 'The waiting room was very cold in the morning.',
};

// ---- Rendering --------------------------------------------------------------------------------

interface FeedbackPromptArgs extends BaseArgs {
  rating: RatingStyle;
  include: string;
  mode: 'inline' | 'floating';
  open: boolean;
  questions?: InstrumentDefinition | string;
  value?: Partial<FeedbackPromptValue>;
  maxlength: number;
  promptKey: string;
  askAgainAfter: string;
  thanks: string;
  easyRead: boolean;
}

type Story = StoryObj<FeedbackPromptArgs>;
type Context = StoryContext<FeedbackPromptArgs>;

function renderPrompt(args: FeedbackPromptArgs, context: Context): TemplateResult {
  return html`<rapport-feedback-prompt
    rating=${args.rating}
    include=${args.include}
    mode=${args.mode}
    ?open=${args.open}
    .questions=${args.questions}
    .value=${args.value}
    maxlength=${args.maxlength}
    name=${args.name || nothing}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    theme=${themeOf(context)}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    ?easy-read=${args.easyRead}
    prompt-key=${args.promptKey || nothing}
    ask-again-after=${args.askAgainAfter || nothing}
    @rapport-input=${log.input}
    @rapport-submit=${submitListener(args.saving)}
    @rapport-dismiss=${log.dismiss}
    @rapport-error=${log.error}
    >${args.thanks ? html`<p slot="thanks">${args.thanks}</p>` : nothing}</rapport-feedback-prompt
  >`;
}

// ---- Play helpers: plain DOM, as a host page would do it ---------------------------------------

const promptIn = (canvasElement: HTMLElement) =>
  elementIn<RapportFeedbackPrompt>(canvasElement, 'rapport-feedback-prompt');

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<FeedbackPromptArgs> = {
  title: 'Elements/Feedback prompt',
  component: 'rapport-feedback-prompt',
  tags: ['autodocs'],
  render: (args, context) => renderPrompt(args, context),
  args: {
    rating: 'faces',
    include: 'rating checks comment contact',
    mode: 'inline',
    open: false,
    maxlength: 1000,
    name: '',
    lang: '',
    dir: '',
    readonly: false,
    disabled: false,
    promptKey: '',
    askAgainAfter: '',
    thanks: '',
    easyRead: false,
    saving: 'succeeds',
  },
  argTypes: {
    rating: { control: 'inline-radio', options: ['faces', 'stars', 'scale'] },
    include: {
      control: 'text',
      description: 'Parts to show, separated by spaces: rating, checks, comment, contact.',
    },
    mode: { control: 'inline-radio', options: ['inline', 'floating'] },
    open: { control: 'boolean', description: 'Floating mode: whether the card is open.' },
    questions: {
      control: 'select',
      options: ['default', 'clinic questions'],
      mapping: { default: undefined, 'clinic questions': frontDesk },
      description: 'A clinic’s own questions in the instrument format, replacing the checks.',
    },
    value: { control: 'object' },
    maxlength: { control: { type: 'number', min: 1 } },
    lang: controls.lang,
    dir: controls.dir,
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    readonly: { control: 'boolean' },
    disabled: { control: 'boolean' },
    easyRead: { name: 'easy-read', control: 'boolean' },
    promptKey: { name: 'prompt-key', control: 'text' },
    askAgainAfter: { name: 'ask-again-after', control: 'text' },
    thanks: {
      control: 'text',
      description: 'Not an attribute: the text this story puts in the `thanks` slot.',
      table: { category: 'story' },
    },
    saving: controls.saving,
  },
};

export default meta;

// ---- Rating styles ----------------------------------------------------------------------------

export const Faces: Story = { name: 'Faces (default)' };

export const Stars: Story = { args: { rating: 'stars' } };

export const Scale: Story = { name: 'Scale 0–10', args: { rating: 'scale' } };

// ---- Parts and questions ----------------------------------------------------------------------

/** The rating and the comment only: the clinic chooses the parts. */
export const RatingAndComment: Story = {
  name: 'Only some parts (rating and comment)',
  args: { include: 'rating comment', rating: 'stars' },
};

/** A clinic's own questions, as data in the instrument format, in place of the quick checks. */
export const ClinicQuestions: Story = {
  name: 'Clinic’s own questions',
  args: { questions: frontDesk },
};

/**
 * Easy read: short sentences and everyday words, larger type, a picture beside each part, and
 * "Read this to me" where the device has a voice of its own. The clinic's questions may carry
 * their own `easyRead` words beside their text.
 */
export const EasyRead: Story = {
  args: { easyRead: true },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await waitFor(() => expect(part(el, 'title')?.textContent?.trim()).toBe('Tell us about today'));
    await expect(el.shadowRoot!.querySelectorAll('[part="easy-picture"]').length).toBe(6);
  },
};

// ---- Modes ------------------------------------------------------------------------------------

/** A "Feedback" button in the corner; it opens a small card. */
export const Floating: Story = {
  name: 'Floating (closed)',
  args: { mode: 'floating' },
  parameters: { layout: 'fullscreen' },
  render: (args, context) =>
    html`<div style="min-height: 40rem; padding: 1rem">
      <p>The page’s own content stays usable: the prompt is only a button in the corner.</p>
      ${renderPrompt(args, context)}
    </div>`,
};

export const FloatingOpen: Story = {
  name: 'Floating (open)',
  args: { mode: 'floating', open: true, rating: 'stars' },
  parameters: { layout: 'fullscreen' },
  render: Floating.render,
};

// ---- States -----------------------------------------------------------------------------------

export const PartlyAnswered: Story = { args: { value: { rating: 3 } } };

/** Send pressed with nothing answered: the status says so and focus goes to the rating. */
export const NothingAnsweredShown: Story = {
  name: 'Send pressed with nothing answered',
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await press(el, 'send');
    await waitFor(() =>
      expect(part(el, 'status')?.textContent).toContain('Please answer at least one question'),
    );
  },
};

/** The comment close to its limit: the count turns to a warning at the limit. */
export const CommentAtLimit: Story = {
  name: 'Comment at its limit',
  args: { include: 'comment', maxlength: 47, value: { comment: answered.comment } },
};

export const ContactTicked: Story = {
  name: 'Contact allowed, with details',
  args: { value: { ...answered, contact: { allowed: true, details: 'sam@example.org' } } },
};

export const Saving: Story = {
  args: { value: answered, saving: 'never' },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await press(el, 'send');
    await waitFor(() => expect(el.state).toBe('submitting'));
  },
};

/** Sent: the thank-you, with the clinic's own follow-up text in the `thanks` slot. */
export const ThankYou: Story = {
  name: 'Thank you (with the clinic’s follow-up)',
  args: {
    value: answered,
    thanks:
      'If something went wrong and you would like to talk about it, ask for the practice manager.',
  },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await press(el, 'send');
    await waitFor(() => expect(el.state).toBe('submitted'));
    await expect(part(el, 'thanks')).not.toBeNull();
  },
};

export const Failed: Story = {
  name: 'Failed (retry)',
  args: { value: answered, saving: 'fails' },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await press(el, 'send');
    await waitFor(() => expect(el.state).toBe('failed'));
    await expect(part(el, 'retry')).not.toBeNull();
  },
};

/**
 * "Not now" pressed: the prompt closes to a short note that nothing was sent (focus, if it was in
 * the prompt, goes to the note), and the host hears `rapport-dismiss`.
 */
export const Dismissed: Story = {
  render: (args, context) => {
    const note = (event: RapportDismissEvent) => {
      log.dismiss(event);
      const output = (event.currentTarget as HTMLElement).querySelector('output');
      if (output) output.value = `rapport-dismiss: ${JSON.stringify(event.detail)}`;
    };
    return html`<div @rapport-dismiss=${note}>
      ${renderPrompt(args, context)}
      <p><output aria-live="polite"></output></p>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await press(el, 'close');
    await waitFor(() => {
      const closed = el.shadowRoot!.querySelector<HTMLElement>('[part="closed"]');
      expect(closed?.textContent?.trim()).toBe('Closed. Nothing was sent.');
    });
  },
};

/**
 * Answered or dismissed 3 days ago with `prompt-key`, and `ask-again-after="P30D"`: the prompt
 * stays hidden. The story writes that record itself; "Forget" removes it.
 */
export const AskAgainLater: Story = {
  name: 'Hidden until ask-again-after has passed',
  args: { promptKey: 'storybook-example', askAgainAfter: 'P30D' },
  render: (args, context) => {
    const key = `rapport-elements:feedback-prompt:${args.promptKey}`;
    try {
      localStorage.setItem(
        key,
        JSON.stringify({
          outcome: 'dismissed',
          at: new Date(Date.now() - 3 * 864e5).toISOString(),
        }),
      );
    } catch {
      // Storage blocked: the prompt simply shows.
    }
    const forget = (event: Event) => {
      localStorage.removeItem(key);
      const el = (event.currentTarget as HTMLElement).parentElement?.querySelector(
        'rapport-feedback-prompt',
      );
      if (el) el.promptKey = '';
    };
    return html`<p>
        Stored under <code>${key}</code>: only <code>{ outcome, at }</code>, never an answer.
        <button type="button" @click=${forget}>Forget and show it</button>
      </p>
      ${renderPrompt(args, context)}`;
  },
  play: async ({ canvasElement }) => {
    const el = await promptIn(canvasElement);
    await expect(el.suppressed).toBe(true);
  },
};

export const Disabled: Story = { args: { value: { rating: 2 }, disabled: true } };

/** A finished response shown to a clinician. */
export const ReadonlyClinicianView: Story = {
  name: 'Read-only clinician view',
  args: {
    readonly: true,
    value: { ...answered, contact: { allowed: true, details: '07700 900123' } },
  },
};

export const RightToLeft: Story = {
  name: 'Right to left (Arabic)',
  args: { lang: 'ar', dir: 'rtl', rating: 'scale', value: { rating: 7 } },
  globals: { locale: 'ar' },
};

export const Dark: Story = {
  args: { theme: 'dark', rating: 'stars', value: answered },
  globals: { theme: 'dark' },
};

// ---- Embedding --------------------------------------------------------------------------------

/**
 * A clinic's website with no build: a plain form around the prompt posts its answers as
 * ordinary fields (`feedback.rating`, `feedback.heard`, …). Here the story shows them instead.
 */
export const InsideNativeForm: Story = {
  name: 'Inside a native form (no build)',
  args: { name: 'feedback', rating: 'stars', value: answered },
  render: (args, context) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const output = form.querySelector('output');
      if (!output) return;
      output.value = [...new FormData(form)].map(([k, v]) => `${k} = ${String(v)}`).join('\n');
    };
    return html`<form action="/feedback" method="post" @submit=${show}>
      ${renderPrompt(args, context)}
      <p><button type="submit">Send feedback</button></p>
      <p>The fields the clinic’s server would receive:</p>
      <pre><output aria-live="polite"></output></pre>
    </form>`;
  },
};
