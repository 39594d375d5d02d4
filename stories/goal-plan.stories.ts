import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { RapportGoalPlan } from '../src/goal-plan/goal-plan.js';
import type { GoalPlanMode, GoalPlanValue } from '../src/goal-plan/types.js';
import { themeOf } from '../.storybook/globals.js';
import { controls, elementIn, log, part, submitListener, type BaseArgs } from './support.js';
import '../src/goal-plan/define.js';

// ---- Data -------------------------------------------------------------------------------------

/** An example plan, written for these stories: two goals being worked on, one achieved. */
const plan: GoalPlanValue = {
  goals: [
    {
      id: '6f1d2a9e-3b4c-4d5e-8f60-718293a4b5c6',
      text: 'Sleep through the night more often',
      howWeKnow: 'Fewer nights awake after 3 am',
      firstStep: 'No phone in the bedroom',
      proposedBy: 'person',
      status: 'active',
      reason: '',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [
        { at: '2026-09-01T10:00:00.000Z', rating: 2 },
        { at: '2026-10-06T10:00:00.000Z', rating: 4 },
        { at: '2026-11-03T10:00:00.000Z', rating: 5 },
      ],
      rating: null,
    },
    {
      id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      text: 'Talk to my sister again',
      howWeKnow: '',
      firstStep: 'Send her a message on her birthday',
      proposedBy: 'together',
      status: 'active',
      reason: '',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [
        { at: '2026-09-01T10:00:00.000Z', rating: 1 },
        { at: '2026-10-06T10:00:00.000Z', rating: 1 },
      ],
      rating: null,
    },
    {
      id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      text: 'Get back to the swimming club',
      howWeKnow: '',
      firstStep: '',
      proposedBy: 'clinician',
      status: 'achieved',
      reason: 'Going every Tuesday now',
      createdAt: '2026-09-01T10:00:00.000Z',
      history: [
        { at: '2026-09-01T10:00:00.000Z', rating: 3 },
        { at: '2026-10-06T10:00:00.000Z', rating: 10 },
      ],
      rating: null,
    },
  ],
};

/** The same plan, rated today: what a clinician reads afterwards. */
const reviewed: GoalPlanValue = {
  goals: plan.goals.map((g, i) => ({ ...g, rating: [7, 3, null][i] })),
};

// ---- Rendering --------------------------------------------------------------------------------

interface GoalPlanArgs extends BaseArgs {
  mode: GoalPlanMode;
  maxGoals: number;
  changeThreshold: number | undefined;
  value: GoalPlanValue | undefined;
  required: boolean;
  easyRead: boolean;
}

type Story = StoryObj<GoalPlanArgs>;
type Context = StoryContext<GoalPlanArgs>;

function renderPlan(args: GoalPlanArgs, context: Context): TemplateResult {
  return html`<rapport-goal-plan
    mode=${args.mode}
    max-goals=${args.maxGoals}
    change-threshold=${args.changeThreshold ?? nothing}
    .value=${args.value}
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
  ></rapport-goal-plan>`;
}

const planIn = (canvasElement: HTMLElement) =>
  elementIn<RapportGoalPlan>(canvasElement, 'rapport-goal-plan');

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<GoalPlanArgs> = {
  title: 'Elements/Goal plan',
  component: 'rapport-goal-plan',
  tags: ['autodocs'],
  render: (args, context) => renderPlan(args, context),
  args: {
    mode: 'set',
    maxGoals: 3,
    changeThreshold: undefined,
    value: undefined,
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
    mode: { control: 'inline-radio', options: ['set', 'review'] },
    maxGoals: { name: 'max-goals', control: { type: 'number', min: 1, max: 10 } },
    changeThreshold: { name: 'change-threshold', control: { type: 'number', min: 0 } },
    value: { control: 'object' },
    lang: controls.lang,
    dir: controls.dir,
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    readonly: { control: 'boolean' },
    disabled: { control: 'boolean' },
    required: { control: 'boolean' },
    easyRead: { name: 'easy-read', control: 'boolean' },
    saving: controls.saving,
  },
};

export default meta;

// ---- Setting goals ----------------------------------------------------------------------------

export const SetGoals: Story = {
  name: 'Setting goals (default)',
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await expect(part(el, 'goal-text')?.localName).toBe('textarea');
  },
};

export const SetGoalsFull: Story = {
  name: 'Setting goals: the plan full',
  args: {
    maxGoals: 2,
    value: {
      goals: plan.goals.slice(0, 2).map((g) => ({ ...g, createdAt: '', history: [] })),
    },
  },
};

export const SetGoalsMissing: Story = {
  name: 'Setting goals: Send pressed too early',
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await el.submit();
    await el.updateComplete;
    await expect(part(el, 'status')?.textContent).toContain('at least one goal');
  },
};

// ---- Reviewing --------------------------------------------------------------------------------

export const Review: Story = { name: 'Review with history', args: { mode: 'review', value: plan } };

export const ReviewRated: Story = {
  name: 'Review: rated today',
  args: { mode: 'review', value: reviewed },
};

export const ReviewMissing: Story = {
  name: 'Review: ratings missing',
  args: { mode: 'review', value: plan },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await el.submit();
    await el.updateComplete;
    await expect(el.shadowRoot!.querySelectorAll('.options.missing').length).toBe(2);
  },
};

export const ReviewArabic: Story = {
  name: 'Review in Arabic (right to left)',
  args: { mode: 'review', value: plan, lang: 'ar' },
};

/**
 * Easy read: short sentences and everyday words, larger type, a flag beside each goal and a line
 * going up beside its progress, and "Read this to me" where the device has a voice of its own.
 */
export const EasyRead: Story = {
  name: 'Easy read (review)',
  args: { mode: 'review', value: plan, easyRead: true },
  play: async ({ canvasElement }) => {
    const el = await planIn(canvasElement);
    await waitFor(() =>
      expect(part(el, 'intro')?.textContent?.trim()).toBe(
        'Look at each goal. Choose a number for how close you are today. 0 means nothing has changed yet. 10 means you reached the goal.',
      ),
    );
  },
};

// ---- The record -------------------------------------------------------------------------------

export const Record: Story = {
  name: 'Record for the clinician',
  args: { readonly: true, value: reviewed },
};

export const RecordThreshold: Story = {
  name: 'Record with a change threshold of 3',
  args: { readonly: true, value: reviewed, changeThreshold: 3 },
};

// ---- States -----------------------------------------------------------------------------------

export const Disabled: Story = { args: { mode: 'review', value: reviewed, disabled: true } };

export const SaveFails: Story = {
  name: 'Saving fails',
  args: { mode: 'review', value: reviewed, saving: 'fails' },
};

export const Dark: Story = {
  args: { mode: 'review', value: plan, theme: 'dark' },
  globals: { theme: 'dark' },
};
