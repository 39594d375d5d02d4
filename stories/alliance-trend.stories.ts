import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import type { RapportAllianceTrend } from '../src/alliance-trend/alliance-trend.js';
import type { RapportSelectEvent } from '../src/core/events.js';
import type { AllianceScaleResult } from '../src/index.js';
import { scoreResponse } from '../src/instruments/scoring.js';
import { workingRelationship } from '../src/instruments/examples/working-relationship.js';
import { generateSessions } from '../demo/sessions.js';
import { themeOf, type Theme } from '../.storybook/globals.js';
import { controls, elementIn, log, part } from './support.js';
import '../src/alliance-trend/define.js';

// ---- Data: made up for these stories ----------------------------------------------------------

const year = generateSessions(52);

/** Eight weekly sessions of the working-relationship example (12 statements, 1–5), with subscales. */
const subscaleSessions: AllianceScaleResult[] = [4, 4, 5, 3, 3, 2, 4, 5].map((level, i) => {
  const answers = Object.fromEntries(
    workingRelationship.items.map((item) => {
      // The bond holds; agreement on goals follows the session; tasks lag a point behind.
      const base =
        item.subscale === 'bond' ? 5 : item.subscale === 'goals' ? level : Math.max(1, level - 1);
      return [item.id, item.reverse ? 6 - base : base];
    }),
  );
  const date = new Date(Date.UTC(2026, 2, 2 + i * 7)).toISOString().slice(0, 10);
  return {
    kind: 'alliance-scale',
    responseId: `00000000-0000-4000-8000-0000000010${i}`,
    definition: { id: 'working-relationship', version: '1.0.0', contentHash: 'c'.repeat(64) },
    locale: 'en',
    subject: { clientId: 'c-story' },
    startedAt: `${date}T09:00:00.000Z`,
    completedAt: `${date}T09:06:00.000Z`,
    answers,
    scores: scoreResponse(workingRelationship, answers),
    durationMs: 360_000,
  };
});

// ---- Rendering --------------------------------------------------------------------------------

interface TrendArgs {
  instrument: string;
  results: readonly unknown[];
  dropAlert: number;
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  theme?: Theme;
  /** Easy-read texts, larger type, a picture by the summary and "Read this to me". */
  easyRead?: boolean;
}

type Story = StoryObj<TrendArgs>;

const logSelect = action('rapport-select');

function renderTrend(args: TrendArgs, context: StoryContext<TrendArgs>): TemplateResult {
  return html`<rapport-alliance-trend
    instrument=${args.instrument}
    .results=${args.results}
    drop-alert=${args.dropAlert}
    lang=${args.lang || nothing}
    dir=${args.dir || nothing}
    theme=${themeOf(context)}
    ?easy-read=${args.easyRead}
    @rapport-select=${(event: RapportSelectEvent) => logSelect(event.detail)}
    @rapport-error=${log.error}
  ></rapport-alliance-trend>`;
}

/** Presses one of the trend's toggles: the subscales (first, when there are any) or the table (last). */
async function toggle(canvasElement: HTMLElement, which: 'subscales' | 'table'): Promise<void> {
  const el = await elementIn<RapportAllianceTrend>(canvasElement, 'rapport-alliance-trend');
  const buttons = [...(part(el, 'controls')?.querySelectorAll('button') ?? [])];
  const button = which === 'table' ? buttons.at(-1) : buttons[0];
  if (!button) throw new Error(`The trend has no ${which} toggle.`);
  button.click();
  await el.updateComplete;
}

// ---- Meta -------------------------------------------------------------------------------------

const meta: Meta<TrendArgs> = {
  title: 'Elements/Alliance trend',
  component: 'rapport-alliance-trend',
  tags: ['autodocs'],
  render: (args, context) => renderTrend(args, context),
  args: {
    instrument: 'session-check',
    results: year.slice(0, 30),
    dropAlert: 1,
    lang: '',
    dir: '',
    easyRead: false,
  },
  argTypes: {
    instrument: {
      control: 'select',
      options: ['session-check', 'working-relationship'],
      description: 'The instrument the results answered (here, a built-in example by id).',
    },
    results: { control: 'object', description: 'The results of `<rapport-alliance-scale>`.' },
    dropAlert: { name: 'drop-alert', control: { type: 'number', min: 0.5, step: 0.5 } },
    lang: controls.lang,
    dir: controls.dir,
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    easyRead: { name: 'easy-read', control: 'boolean' },
  },
};

export default meta;

// ---- Stories ----------------------------------------------------------------------------------

/** Thirty weekly sessions: a hard patch in spring shows as drops and totals below the cutoff. */
export const Default: Story = { name: 'Thirty sessions (default)' };

/** A year of weekly sessions; the wording of the instrument changed halfway, and is marked. */
export const AYear: Story = { name: 'A year, wording changed', args: { results: year } };

/** The most the trend shows: 200 sessions. */
export const TwoHundred: Story = {
  name: '200 sessions',
  args: { results: generateSessions(200) },
};

/**
 * Easy read, for a person and their clinician looking together: "meeting" for a session, the
 * cutoff said as what it means, a picture by the summary, larger type.
 */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { results: year.slice(0, 8), easyRead: true },
};

/** The subscales' lines, added with the toggle. */
export const Subscales: Story = {
  name: 'Subscales shown',
  args: { instrument: 'working-relationship', results: subscaleSessions },
  play: ({ canvasElement }) => toggle(canvasElement, 'subscales'),
};

/** The same data as a table. */
export const Table: Story = {
  name: 'As a table',
  args: { results: year.slice(0, 12) },
  play: ({ canvasElement }) => toggle(canvasElement, 'table'),
};

/** A drop alert only for a fall of 3 points or more. */
export const DropOfThree: Story = {
  name: 'Drop alert of 3 points',
  args: { dropAlert: 3 },
};

/** Right to left: the sessions run from the right, the score axis on the right. */
export const Arabic: Story = { name: 'Arabic (right to left)', args: { lang: 'ar' } };

export const Spanish: Story = { name: 'Spanish', args: { lang: 'es' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** One session: a point, no line. */
export const OneSession: Story = { name: 'One session', args: { results: year.slice(0, 1) } };

export const Empty: Story = { name: 'No sessions yet', args: { results: [] } };

/** Entries it cannot use are named in `rapport-error` (see the actions); the others show. */
export const BadEntries: Story = {
  name: 'Some entries unusable',
  args: {
    results: [
      ...year.slice(0, 6),
      { ...year[6], completedAt: 'next week' },
      { ...year[7], answers: { 'at-ease': 12 } },
      'not a result',
    ],
  },
};

/** An instrument it cannot find: a short notice, and `rapport-error`. */
export const UnknownInstrument: Story = {
  name: 'Unknown instrument',
  args: { instrument: 'no-such-instrument' },
};
