// <rapport-alliance-scale> as a person, a host and a clinician use it. The generic contracts
// (event shape, envelope, waitUntil, double send, forms, privacy, axe) are in test/contract/.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import {
  a11ySnapshot,
  executeServerCommand,
  resetMouse,
  sendMouse,
} from '@web/test-runner-commands';
import '../src/index.js';
import { registerTranslation } from '../src/index.js';
import type {
  AllianceScaleResult,
  Answers,
  InstrumentDefinition,
  RapportAllianceScale,
  RapportDraft,
  RapportErrorEvent,
  RapportInputEvent,
  RapportProvider,
} from '../src/index.js';
import en from '../src/core/locales/en.js';
import { watchConsole } from './contract/watchers.js';
import {
  accessibleName,
  allByRole,
  getByRole,
  getRadio,
  textOf,
  visibleText,
} from './helpers/roles.js';
import { press, repeat } from './helpers/keyboard.js';
import { clickAlong, clickOn, dragAlong, pointAlong } from './helpers/pointer.js';
import { highlightColour, settledStyle } from './helpers/colours.js';
import { frames, SLOW, until } from './helpers/wait.js';
import { listen, nextSubmit, stopListening } from './helpers/events.js';

const TAG = 'rapport-alliance-scale';

interface A11yNode {
  role: string;
  name?: string;
  children?: A11yNode[];
}

// ---- What the built-in instruments say (English unless noted) ---------------------------------

const SESSION = {
  title: "How was today's session?",
  comfort: 'How comfortable did you feel with me today?',
  mattered: "Did we spend today's time on what matters most to you?",
  way: 'How well did our way of working suit you today?',
  whole: "Taking everything together, how was today's session for you?",
  cutoffMessage:
    'The total is below 36. Take a few minutes to ask how working together feels, what could be better, and what to change next time.',
};
const SESSION_QUESTIONS = [SESSION.comfort, SESSION.mattered, SESSION.way, SESSION.whole];

/** The working-relationship statements, in the order they are asked. */
const WR = [
  'I feel safe to say what is really on my mind.',
  'We both know what I hope to get from our meetings.',
  'What we do in our meetings makes sense to me.',
  'The person helping me is patient with me, even on hard days.',
  'My own ideas shape what we are aiming for.',
  'I can say so if I would like us to do things differently.',
  'I keep things to myself because I worry what the person helping me will think.',
  'We check together whether I am getting closer to what I want.',
  'The things we do together help me move forward.',
  'I feel at ease when we meet.',
  'I am not sure what we are trying to achieve.',
  'I find it hard to see how what we do will help me.',
];
const WR_IDS = [
  'bond-1',
  'goals-1',
  'tasks-1',
  'bond-2',
  'goals-2',
  'tasks-2',
  'bond-3',
  'goals-3',
  'tasks-3',
  'bond-4',
  'goals-4',
  'tasks-4',
];
const LIKERT_LABELS = ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'];
const WR_CUTOFF_MESSAGE =
  'The total is below 42. Talk together about how the work is going: what helps, what gets in the way, and what you would both like to change.';

const FACES = {
  title: 'How was today?',
  listened: 'Did I listen to what you said?',
  liked: 'Did you like what we did today?',
  comeBack: 'How do you feel about coming back?',
  labels: ['Very sad', 'Sad', 'Okay', 'Happy', 'Very happy'],
};

const UNAVAILABLE = 'This questionnaire cannot be shown right now.';

/** A clinic's own three-line check; the second line is optional. */
function clinicLines(): InstrumentDefinition {
  return {
    id: 'clinic-lines',
    version: '2.1.0',
    title: 'Our check-in',
    scale: { type: 'visual-analog', min: 0, max: 10, step: 0.1 },
    items: [
      {
        id: 'heard',
        text: 'Did you feel heard?',
        anchors: { low: 'Not at all', high: 'Completely' },
      },
      {
        id: 'helpful',
        text: 'Was today helpful?',
        anchors: { low: 'Not helpful', high: 'Very helpful' },
        required: false,
      },
      { id: 'again', text: 'Would you come again?', anchors: { low: 'No', high: 'Yes' } },
    ],
  };
}

// ---- Doing things as a person does ------------------------------------------------------------

/** Presses keys one at a time on whatever has focus. */
function rootOf(el: RapportAllianceScale): ShadowRoot {
  return el.shadowRoot!;
}

function trackOf(line: Element): HTMLElement {
  return line.querySelector<HTMLElement>('[part="track"]')!;
}

function statusOf(el: RapportAllianceScale): string {
  return textOf(rootOf(el).querySelector('[part="status"]'));
}

function sendButton(el: RapportAllianceScale, name = 'Send'): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(rootOf(el), 'button', name);
}

/** Every event of `type` that reaches `target`, until the test ends. */
function answersOf(e: RapportInputEvent): Answers {
  return (e.detail as RapportDraft & { answers: Answers }).answers;
}

/** What each rapport-input changed, as [item id, new value]. */
function changes(inputs: RapportInputEvent[]): Array<[string, number]> {
  let before: Answers = {};
  return inputs.map((e) => {
    const now = answersOf(e);
    const changed = Object.keys(now).filter((k) => now[k] !== before[k]);
    expect(changed, 'one answer changed per rapport-input').to.have.length(1);
    before = now;
    return [changed[0], now[changed[0]]];
  });
}

/** Waits until the response counts as delivered (no listener called waitUntil) and shows it. */
async function saved(el: RapportAllianceScale): Promise<void> {
  await until(() => el.state === 'submitted', 'the response is saved');
  await el.updateComplete;
}

/** A fresh element made from attributes, properties and inner HTML, in the document. */
async function scale(
  attributes: Record<string, string> = {},
  properties: Partial<Pick<RapportAllianceScale, 'instrument' | 'value'>> = {},
  inner = '',
): Promise<RapportAllianceScale> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if ('instrument' in properties) el.instrument = properties.instrument;
  if ('value' in properties) el.value = properties.value;
  el.innerHTML = inner;
  return fixture<RapportAllianceScale>(el);
}

/** The horizontal centre of the mark on a line, in viewport px. */
function markCentre(line: Element): number {
  const rect = line.querySelector('[part="mark"]')!.getBoundingClientRect();
  return rect.left + rect.width / 2;
}

afterEach(async () => {
  stopListening();
  await resetMouse();
});

// ---- Tests ------------------------------------------------------------------------------------

describe('<rapport-alliance-scale>', () => {
  describe('session check (visual-analog lines)', () => {
    it('is completed by keyboard alone: Tab in, keys set each line, Tab to Send, Enter', async function () {
      this.timeout(SLOW);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Your name <input /></label>
          <rapport-alliance-scale instrument="session-check"></rapport-alliance-scale>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      const [comfort, mattered, way, whole] = SESSION_QUESTIONS.map((q) =>
        getByRole(root, 'slider', q),
      );
      const inputs = listen(el, 'rapport-input');
      const submits = listen(el, 'rapport-submit');

      page.querySelector('input')!.focus();
      await press('Tab');
      expect(document.activeElement).to.equal(el);
      expect(root.activeElement).to.equal(comfort);
      // The first arrow on an empty line puts the mark in the middle; Home, at the low end.
      await press('ArrowRight');
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuenow')).to.equal('5');
      await press('Home', ...repeat('ArrowRight', 3));
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuenow')).to.equal('0.3');
      expect(comfort.getAttribute('aria-valuetext')).to.equal(
        '0.3 of 10, nearer “Not comfortable at all”',
      );

      await press('Tab');
      expect(root.activeElement).to.equal(mattered);
      await press('End');
      await el.updateComplete;
      expect(mattered.getAttribute('aria-valuenow')).to.equal('10');

      await press('Tab');
      expect(root.activeElement).to.equal(way);
      await press('PageUp', 'PageUp');
      await el.updateComplete;
      expect(way.getAttribute('aria-valuenow')).to.equal('6');
      await press('ArrowLeft');
      await el.updateComplete;
      expect(way.getAttribute('aria-valuenow')).to.equal('5.9');

      await press('Tab');
      expect(root.activeElement).to.equal(whole);
      await press('Home');
      await el.updateComplete;
      expect(whole.getAttribute('aria-valuenow')).to.equal('0');
      expect(whole.getAttribute('aria-valuetext')).to.equal('0.0 of 10, nearer “It went badly”');
      await press(...repeat('ArrowUp', 5));
      await el.updateComplete;
      expect(whole.getAttribute('aria-valuenow')).to.equal('0.5');

      await press('Tab');
      const send = sendButton(el);
      expect(root.activeElement).to.equal(send);
      expect(send.getAttribute('aria-disabled')).to.equal('false');
      const submitted = nextSubmit<AllianceScaleResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      await el.updateComplete;

      expect(submits).to.have.length(1);
      expect(detail.kind).to.equal('alliance-scale');
      expect(detail.definition.id).to.equal('session-check');
      expect(detail.definition.version).to.equal('1.0.0');
      expect(detail.locale).to.equal('en');
      expect(detail.answers).to.deep.equal({
        'at-ease': 0.3,
        'what-mattered': 10,
        'way-of-working': 5.9,
        'whole-session': 0.5,
      });
      expect(detail.scores).to.deep.equal({
        total: 16.7,
        subscales: {},
        cutoff: { score: 'total', below: 36, value: 16.7, flagged: true },
      });
      expect(detail.durationMs).to.be.a('number').and.at.least(0);

      expect(changes(inputs)).to.deep.equal([
        ['at-ease', 5],
        ['at-ease', 0],
        ['at-ease', 0.1],
        ['at-ease', 0.2],
        ['at-ease', 0.3],
        ['what-mattered', 10],
        ['way-of-working', 5],
        ['way-of-working', 6],
        ['way-of-working', 5.9],
        ['whole-session', 0],
        ['whole-session', 0.1],
        ['whole-session', 0.2],
        ['whole-session', 0.3],
        ['whole-session', 0.4],
        ['whole-session', 0.5],
      ]);
      // Complete from the moment the last line has a mark (Home on line 4).
      expect(inputs.map((e) => e.detail.complete)).to.deep.equal([
        ...Array<boolean>(9).fill(false),
        ...Array<boolean>(6).fill(true),
      ]);
      await saved(el);
      expect(statusOf(el)).to.equal('Saved. Thank you.');
    });

    it('is completed by pointer alone: clicks set exact values, a drag moves the mark, a click sends', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'session-check' });
      const root = rootOf(el);
      const [comfort, mattered, way, whole] = SESSION_QUESTIONS.map((q) =>
        getByRole(root, 'slider', q),
      );
      const inputs = listen(el, 'rapport-input');

      await clickAlong(trackOf(comfort), 0.73);
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuenow')).to.equal('7.3');
      expect(root.activeElement, 'pressing a line focuses it').to.equal(comfort);
      expect(Math.abs(markCentre(comfort) - pointAlong(trackOf(comfort), 0.73)[0])).to.be.below(
        1.5,
      );

      await clickAlong(trackOf(mattered), 0.25);
      await el.updateComplete;
      expect(mattered.getAttribute('aria-valuenow')).to.equal('2.5');

      const before = inputs.length;
      await dragAlong(trackOf(way), 0.2, [0.3, 0.4, 0.5, 0.6]);
      await el.updateComplete;
      expect(way.getAttribute('aria-valuenow')).to.equal('6');
      expect(root.activeElement).to.equal(way);
      expect(
        changes(inputs)
          .slice(before)
          .map(([id, v]) => `${id}=${v}`),
        'one rapport-input for the drag, when the line is let go, with where it settled',
      ).to.deep.equal(['way-of-working=6']);
      // Released: moving on no longer moves the mark.
      const afterDrag = inputs.length;
      await sendMouse({ type: 'move', position: pointAlong(trackOf(way), 0.9) });
      await el.updateComplete;
      expect(way.getAttribute('aria-valuenow')).to.equal('6');
      expect(inputs.length).to.equal(afterDrag);

      await clickAlong(trackOf(whole), 0.88);
      await el.updateComplete;
      expect(whole.getAttribute('aria-valuenow')).to.equal('8.8');

      const submits = listen(el, 'rapport-submit');
      const submitted = nextSubmit<AllianceScaleResult>(el);
      await clickOn(sendButton(el));
      const { detail } = await submitted;
      expect(submits).to.have.length(1);
      expect(detail.answers).to.deep.equal({
        'at-ease': 7.3,
        'what-mattered': 2.5,
        'way-of-working': 6,
        'whole-session': 8.8,
      });
      expect(detail.scores).to.deep.equal({
        total: 24.6,
        subscales: {},
        cutoff: { score: 'total', below: 36, value: 24.6, flagged: true },
      });
    });
  });

  describe('working relationship (Likert)', () => {
    it('is completed by keyboard: Tab into each group, arrows choose, Space chooses the focused option', async function () {
      this.timeout(SLOW);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Your name <input /></label>
          <rapport-alliance-scale instrument="working-relationship"></rapport-alliance-scale>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      const plan: Array<[keys: string[], chosen: string]> = [
        [repeat('ArrowRight', 3), 'Often'],
        [repeat('ArrowRight', 4), 'Always'],
        [repeat('ArrowRight', 2), 'Sometimes'],
        [[' '], 'Never'],
        [['ArrowRight'], 'Rarely'],
        [repeat('ArrowDown', 3), 'Often'],
        [['ArrowDown'], 'Rarely'],
        [repeat('ArrowDown', 2), 'Sometimes'],
        [[...repeat('ArrowRight', 4), 'ArrowLeft'], 'Often'],
        [repeat('ArrowRight', 3), 'Often'],
        [[' '], 'Never'],
        [repeat('ArrowRight', 4), 'Always'],
      ];
      page.querySelector('input')!.focus();
      for (const [i, [keys, chosen]] of plan.entries()) {
        await press('Tab');
        expect(root.activeElement, `Tab reaches statement ${i + 1}`).to.equal(
          getRadio(root, WR[i], 'Never'),
        );
        await press(...keys);
        await el.updateComplete;
        const radio = getRadio(root, WR[i], chosen);
        expect(radio.checked, `statement ${i + 1}: ${chosen}`).to.equal(true);
        expect(root.activeElement).to.equal(radio);
        const checked = allByRole<HTMLInputElement>(getByRole(root, 'group', WR[i]), 'radio')
          .filter((r) => r.checked)
          .map(accessibleName);
        expect(checked).to.deep.equal([chosen]);
      }

      await press('Tab');
      expect(root.activeElement).to.equal(sendButton(el));
      const submitted = nextSubmit<AllianceScaleResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.answers).to.deep.equal({
        'bond-1': 4,
        'goals-1': 5,
        'tasks-1': 3,
        'bond-2': 1,
        'goals-2': 2,
        'tasks-2': 4,
        'bond-3': 2,
        'goals-3': 3,
        'tasks-3': 4,
        'bond-4': 4,
        'goals-4': 1,
        'tasks-4': 5,
      });
      // Reverse items (bond-3, goals-4, tasks-4) count as 6 − value:
      // bond 4+1+4+4 = 13 → 3.25; goals 5+2+3+5 = 15 → 3.75; tasks 3+4+4+1 = 12 → 3.
      expect(detail.scores).to.deep.equal({
        total: 40,
        subscales: { bond: 3.25, goals: 3.75, tasks: 3 },
        cutoff: { score: 'total', below: 42, value: 40, flagged: true },
      });
    });

    it('is completed by pointer: clicking option labels, changing one answer on the way', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'working-relationship' });
      const root = rootOf(el);
      const inputs = listen(el, 'rapport-input');
      const label = (question: string, option: string) =>
        getRadio(root, question, option).closest('label')!;
      const plan = [
        'Always',
        'Always',
        'Often',
        'Always',
        'Often',
        'Always',
        'Never',
        'Often',
        'Always',
        'Often',
        'Rarely',
        'Never',
      ];
      await clickOn(label(WR[0], 'Sometimes'));
      await el.updateComplete;
      expect(getRadio(root, WR[0], 'Sometimes').checked).to.equal(true);
      for (const [i, option] of plan.entries()) {
        await clickOn(label(WR[i], option));
        await el.updateComplete;
        expect(getRadio(root, WR[i], option).checked, `statement ${i + 1}: ${option}`).to.equal(
          true,
        );
      }
      expect(changes(inputs)).to.deep.equal([
        ['bond-1', 3],
        ...plan.map((option, i): [string, number] => [
          WR_IDS[i],
          LIKERT_LABELS.indexOf(option) + 1,
        ]),
      ]);

      const submitted = nextSubmit<AllianceScaleResult>(el);
      await clickOn(sendButton(el));
      const { detail } = await submitted;
      expect(detail.answers).to.deep.equal({
        'bond-1': 5,
        'goals-1': 5,
        'tasks-1': 4,
        'bond-2': 5,
        'goals-2': 4,
        'tasks-2': 5,
        'bond-3': 1,
        'goals-3': 4,
        'tasks-3': 5,
        'bond-4': 4,
        'goals-4': 2,
        'tasks-4': 1,
      });
      // bond 5+5+5+4 = 19 → 4.75; goals 5+4+4+4 = 17 → 4.25; tasks 4+5+5+5 = 19 → 4.75.
      expect(detail.scores).to.deep.equal({
        total: 55,
        subscales: { bond: 4.75, goals: 4.25, tasks: 4.75 },
        cutoff: { score: 'total', below: 42, value: 55, flagged: false },
      });
    });
  });

  describe('faces check', () => {
    it('names each face by its label, and is completed by pointer', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'faces-check' });
      const root = rootOf(el);
      const questions = [FACES.listened, FACES.liked, FACES.comeBack];
      for (const question of questions) {
        const radios = allByRole<HTMLInputElement>(getByRole(root, 'group', question), 'radio');
        expect(radios.map(accessibleName), question).to.deep.equal(FACES.labels);
      }
      const choose = async (question: string, option: string) => {
        const radio = getRadio(root, question, option);
        await clickOn(radio.closest('label')!);
        await el.updateComplete;
        expect(radio.checked, `${question} ${option}`).to.equal(true);
      };
      await choose(FACES.listened, 'Happy');
      await choose(FACES.liked, 'Very happy');
      await choose(FACES.comeBack, 'Okay');

      const submitted = nextSubmit<AllianceScaleResult>(el);
      await clickOn(sendButton(el));
      const { detail } = await submitted;
      expect(detail.definition.id).to.equal('faces-check');
      expect(detail.answers).to.deep.equal({ listened: 4, 'liked-it': 5, 'come-back': 3 });
      expect(detail.scores).to.deep.equal({
        total: 12,
        subscales: {},
        cutoff: { score: 'total', below: 9, value: 12, flagged: false },
      });
    });
  });

  describe('the accessibility tree', () => {
    // The browser's own accessibility tree, as a screen reader gets it. The test runner reads it
    // in Chromium only (through the DevTools protocol), so the test exists there alone.
    const chromium = /Chrome\//.test(navigator.userAgent);
    if (chromium) {
      it('holds every radio of every question, also those below the fold', async () => {
        const el = await scale({ instrument: 'working-relationship' });
        await el.updateComplete;
        await nextFrame();
        const snapshot = (await a11ySnapshot({})) as unknown as A11yNode;
        const radios: string[] = [];
        const walk = (node: A11yNode) => {
          if (node.role === 'radio') radios.push(node.name ?? '');
          node.children?.forEach(walk);
        };
        walk(snapshot);
        expect(radios).to.deep.equal(WR.flatMap(() => LIKERT_LABELS));
      });
    }
  });

  describe('forced colours (Windows High Contrast)', () => {
    // Emulated through the DevTools protocol, so in Chromium only.
    if (/Chrome\//.test(navigator.userAgent)) {
      afterEach(() => executeServerCommand('forced-colors', { active: false }));

      it('a chosen answer is filled, the focused one has a ring, and both show together', async () => {
        await executeServerCommand('forced-colors', { active: true });
        const el = await scale({ instrument: 'working-relationship' });
        const root = rootOf(el);
        const highlight = highlightColour();
        const box = (question: string, option: string) =>
          settledStyle(getRadio(root, question, option).nextElementSibling!);

        getRadio(root, WR[0], 'Sometimes').focus();
        await press('ArrowRight');
        await el.updateComplete;
        expect(el.value).to.deep.equal({ 'bond-1': 4 });
        // Chosen and focused: filled, and ringed.
        expect(box(WR[0], 'Often').backgroundColor).to.equal(highlight);
        expect(box(WR[0], 'Often').outlineStyle).to.equal('solid');

        getRadio(root, WR[1], 'Never').focus();
        await press('ArrowRight');
        await el.updateComplete;
        // Chosen, focus gone elsewhere: filled, no ring.
        expect(box(WR[0], 'Often').backgroundColor).to.equal(highlight);
        expect(box(WR[0], 'Often').outlineStyle).to.equal('none');
        // Not chosen: neither.
        expect(box(WR[0], 'Always').backgroundColor).not.to.equal(highlight);
        expect(box(WR[0], 'Always').outlineStyle).to.equal('none');
        expect(box(WR[1], 'Rarely').outlineStyle).to.equal('solid');
      });
    }
  });

  describe('a line whose ends are not whole numbers', () => {
    it('keeps every value on its own grid: 0.5, 1.5 … 10.5, never 11', async function () {
      this.timeout(SLOW);
      const el = await scale(
        {},
        {
          instrument: {
            id: 'half-offset',
            version: '1.0.0',
            title: 'Offset line',
            scale: { type: 'visual-analog', min: 0.5, max: 10.5, step: 1 },
            items: [{ id: 'x', text: 'How far?', anchors: { low: 'Low', high: 'High' } }],
            scoring: { total: 'sum' },
          },
        },
      );
      const line = getByRole(rootOf(el), 'slider', 'How far?');
      const seen: number[] = [];
      line.focus();
      for (const key of ['Home', 'ArrowUp', 'ArrowUp', 'End', 'ArrowDown']) {
        await press(key);
        await el.updateComplete;
        seen.push(el.value.x);
      }
      expect(seen).to.deep.equal([0.5, 1.5, 2.5, 10.5, 9.5]);
      expect(line.getAttribute('aria-valuenow')).to.equal('9.5');
      expect(el.scores?.total).to.equal(9.5);
      await clickAlong(line.querySelector('[part="track"]')!, 1);
      expect(el.value.x).to.equal(10.5);
    });
  });

  describe('accessibility of the lines', () => {
    it('a line is a slider named by its question, saying its value and anchors', async () => {
      const el = await scale({ instrument: 'session-check' });
      const root = rootOf(el);
      const sliders = allByRole(root, 'slider');
      expect(sliders.map(accessibleName)).to.deep.equal(SESSION_QUESTIONS);
      const comfort = getByRole(root, 'slider', SESSION.comfort);
      const labelledBy = root.getElementById(comfort.getAttribute('aria-labelledby')!)!;
      expect(textOf(labelledBy)).to.equal(SESSION.comfort);

      expect(comfort.getAttribute('aria-valuetext')).to.equal(
        'Not answered. From “Not comfortable at all” to “Completely comfortable”',
      );
      expect(comfort.getAttribute('aria-valuenow')).to.equal('0');
      expect(comfort.getAttribute('aria-valuemin')).to.equal('0');
      expect(comfort.getAttribute('aria-valuemax')).to.equal('10');
      expect(comfort.getAttribute('aria-orientation')).to.equal('horizontal');
      expect(comfort.querySelector('[part="mark"]')).to.equal(null);

      el.value = { 'at-ease': 7.3 };
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuenow')).to.equal('7.3');
      expect(comfort.getAttribute('aria-valuetext')).to.equal(
        '7.3 of 10, nearer “Completely comfortable”',
      );
      expect(comfort.querySelector('[part="mark"]')).not.to.equal(null);

      el.value = { 'at-ease': 5 };
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuenow')).to.equal('5');
      expect(comfort.getAttribute('aria-valuetext')).to.equal('5.0 of 10, in the middle');

      el.value = { 'at-ease': 2.4 };
      await el.updateComplete;
      expect(comfort.getAttribute('aria-valuetext')).to.equal(
        '2.4 of 10, nearer “Not comfortable at all”',
      );
    });
  });

  describe('right to left', () => {
    const cases: Array<{ name: string; attributes: Record<string, string>; questions: string[] }> =
      [
        {
          name: 'dir="rtl"',
          attributes: { dir: 'rtl' },
          questions: [SESSION.comfort, SESSION.mattered],
        },
        {
          name: 'lang="ar" without dir',
          attributes: { lang: 'ar' },
          questions: ['إلى أي حد شعرت بالارتياح معي اليوم؟', 'هل خصّصنا وقت اليوم لما يهمّك أكثر؟'],
        },
      ];
    for (const { name, attributes, questions } of cases) {
      it(`${name}: ArrowLeft raises, ArrowRight lowers, and 25 % from the left is 7.5`, async () => {
        const el = await scale({ instrument: 'session-check', ...attributes });
        const root = rootOf(el);
        expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
        const [first, second] = questions.map((q) => getByRole(root, 'slider', q));

        first.focus();
        await press('Home', ...repeat('ArrowLeft', 3));
        await el.updateComplete;
        expect(first.getAttribute('aria-valuenow')).to.equal('0.3');
        await press('ArrowRight');
        await el.updateComplete;
        expect(first.getAttribute('aria-valuenow')).to.equal('0.2');

        await clickAlong(trackOf(second), 0.25);
        await el.updateComplete;
        expect(second.getAttribute('aria-valuenow')).to.equal('7.5');
        expect(Math.abs(markCentre(second) - pointAlong(trackOf(second), 0.25)[0])).to.be.below(
          1.5,
        );
        expect(el.value).to.deep.equal({ 'at-ease': 0.2, 'what-mattered': 7.5 });
      });
    }
  });

  describe('sending too early', () => {
    it('says what is missing, moves focus to it and marks it, until it is answered', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'session-check' });
      const root = rootOf(el);
      const lines = SESSION_QUESTIONS.map((q) => getByRole(root, 'slider', q));
      const submits = listen(el, 'rapport-submit');
      const send = sendButton(el);
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(statusOf(el)).to.equal('');

      send.focus();
      await press('Enter');
      await until(() => root.activeElement === lines[0], 'focus moves to the first line');
      expect(submits).to.have.length(0);
      expect(el.state).to.equal('editing');
      // Four or more: the count and where to start (a long list is hard to hear).
      expect(statusOf(el)).to.equal(
        'Please answer the 4 questions marked “Not answered” before sending, starting with question 1, “How comfortable did you feel with me…”.',
      );
      const status = root.querySelector('[part="status"] [role="status"]')!;
      expect(textOf(status)).to.match(/^Please answer the 4/);
      expect(status.getAttribute('aria-live')).to.equal('polite');
      for (const line of lines) {
        expect(line.getAttribute('aria-invalid')).to.equal('true');
        const described = root.getElementById(line.getAttribute('aria-describedby')!);
        expect(textOf(described)).to.equal('Not answered');
      }

      // The first line is answered where focus already is; its mark goes at once.
      await press('End');
      await el.updateComplete;
      expect(lines[0].getAttribute('aria-invalid')).to.equal('false');
      expect(lines[0].hasAttribute('aria-describedby')).to.equal(false);
      // Named by number and by the start of their text: the numbers alone are not read out.
      expect(statusOf(el)).to.equal(
        "Please answer these before sending: question 2, “Did we spend today's time on what…”, question 3, “How well did our way of working suit you…”, and question 4, “Taking everything together, how was…”.",
      );

      send.focus();
      await press('Enter');
      await until(() => root.activeElement === lines[1], 'focus moves to question 2');
      expect(submits).to.have.length(0);

      for (const line of lines.slice(1)) {
        line.focus();
        await press('End');
      }
      await el.updateComplete;
      const submitted = nextSubmit<AllianceScaleResult>(el);
      send.focus();
      await press('Enter');
      await submitted;
      await el.updateComplete;
      expect(submits).to.have.length(1);
      for (const line of lines) expect(line.getAttribute('aria-invalid')).to.equal('false');
      await saved(el);
      expect(statusOf(el)).to.equal('Saved. Thank you.');
    });

    it('Likert: no radio is called invalid before Send; the missing ones are after it', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'working-relationship' }, { value: { 'bond-1': 3 } });
      const root = rootOf(el);
      const invalidOf = (question: string) =>
        allByRole(getByRole(root, 'group', question), 'radio').map((r) =>
          r.getAttribute('aria-invalid'),
        );
      const allFalse = ['false', 'false', 'false', 'false', 'false'];
      for (const question of WR) expect(invalidOf(question), question).to.deep.equal(allFalse);

      sendButton(el).focus();
      await press('Enter');
      await until(
        () => root.activeElement === getRadio(root, WR[1], 'Never'),
        'focus moves to the first radio of statement 2',
      );
      expect(invalidOf(WR[0])).to.deep.equal(allFalse);
      for (const question of WR.slice(1)) {
        expect(invalidOf(question), question).to.deep.equal(allFalse.map(() => 'true'));
      }

      await press('ArrowRight');
      await el.updateComplete;
      expect(el.value).to.deep.equal({ 'bond-1': 3, 'goals-1': 2 });
      expect(invalidOf(WR[1])).to.deep.equal(allFalse);
      expect(invalidOf(WR[2])).to.deep.equal(allFalse.map(() => 'true'));
    });

    it('names question 2 alone, by number and text, when one is missing', async () => {
      const el = await scale(
        { instrument: 'session-check' },
        {
          value: { 'at-ease': 1, 'way-of-working': 3, 'whole-session': 4 },
        },
      );
      sendButton(el).focus();
      await press('Enter');
      const root = rootOf(el);
      await until(
        () => root.activeElement === getByRole(root, 'slider', SESSION.mattered),
        'focus moves to question 2',
      );
      expect(statusOf(el)).to.equal(
        "Please answer question 2, “Did we spend today's time on what…” before sending.",
      );
    });
  });

  describe('optional items', () => {
    it('say "(optional)" and do not block sending', async () => {
      const el = await scale({}, { instrument: clinicLines() });
      const root = rootOf(el);
      const helpful = getByRole(root, 'slider', 'Was today helpful? (optional)');
      // What a sighted person reads above the line.
      expect(visibleText(root.getElementById(helpful.getAttribute('aria-labelledby')!))).to.equal(
        '2. Was today helpful? (optional)',
      );
      expect(allByRole(root, 'slider').map(accessibleName)).to.deep.equal([
        'Did you feel heard?',
        'Was today helpful? (optional)',
        'Would you come again?',
      ]);

      getByRole(root, 'slider', 'Did you feel heard?').focus();
      await press('End');
      getByRole(root, 'slider', 'Would you come again?').focus();
      await press('Home');
      await el.updateComplete;
      expect(sendButton(el).getAttribute('aria-disabled')).to.equal('false');

      const submitted = nextSubmit<AllianceScaleResult>(el);
      sendButton(el).focus();
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.definition.id).to.equal('clinic-lines');
      expect(detail.definition.version).to.equal('2.1.0');
      expect(detail.answers).to.deep.equal({ heard: 10, again: 0 });
      expect(detail.scores).to.deep.equal({ total: 10, subscales: {} });
    });
  });

  describe('where the definition comes from', () => {
    it('an object given as the instrument property', async () => {
      const el = await scale({}, { instrument: clinicLines() });
      const root = rootOf(el);
      expect(getByRole(root, 'heading', 'Our check-in').isConnected).to.equal(true);
      expect(allByRole(root, 'slider').map(accessibleName)).to.deep.equal([
        'Did you feel heard?',
        'Was today helpful? (optional)',
        'Would you come again?',
      ]);
    });

    it('the id of a built-in instrument', async () => {
      const el = await scale({ instrument: 'faces-check' });
      const root = rootOf(el);
      expect(getByRole(root, 'heading', FACES.title).isConnected).to.equal(true);
      expect(allByRole(root, 'group').map(accessibleName)).to.deep.equal([
        FACES.title,
        FACES.listened,
        FACES.liked,
        FACES.comeBack,
      ]);
    });

    it('a child <script type="application/json">', async () => {
      const el = await scale(
        {},
        {},
        `<script type="application/json">${JSON.stringify(clinicLines())}</script>`,
      );
      const root = rootOf(el);
      expect(getByRole(root, 'heading', 'Our check-in').isConnected).to.equal(true);
      expect(allByRole(root, 'slider')).to.have.length(3);
    });

    it('a child script written after the element is on the page', async () => {
      const errors = listen(document, 'rapport-error');
      const el = await scale();
      const root = rootOf(el);
      expect(getByRole(root, 'status', 'Loading the questionnaire…').isConnected).to.equal(true);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(clinicLines());
      el.append(script);
      await until(() => allByRole(root, 'slider').length === 3, 'the lines appear');
      expect(getByRole(root, 'heading', 'Our check-in').isConnected).to.equal(true);
      expect(errors).to.have.length(0);
    });

    it('a misspelt instrument attribute: after missing-after ms it says so, once, and a later definition still shows', async () => {
      const errors = listen(document, 'rapport-error');
      const plain = await scale();
      expect(plain.missingAfter).to.equal(5000);
      const el = await scale({ instrumnet: 'session-check', 'missing-after': '40' });
      const root = rootOf(el);
      expect(getByRole(root, 'status', 'Loading the questionnaire…').isConnected).to.equal(true);
      await until(() => errors.length > 0, 'rapport-error for the missing instrument');
      await el.updateComplete;
      expect(errors.map((e) => [e.target, e.detail.code])).to.deep.equal([
        [el, 'definition-missing'],
      ]);
      expect(errors[0].detail.message).to.equal(
        'no instrument arrived within 40 ms: set `instrument` (is the attribute spelt right?) or add a child <script type="application/json">.',
      );
      expect(allByRole(root, 'alert').map(textOf)).to.deep.equal([
        'This questionnaire cannot be shown right now.',
      ]);
      expect(allByRole(root, 'status')).to.have.length(0);
      // Something unrelated re-renders it: still missing, and not reported again.
      el.lang = 'en-GB';
      await el.updateComplete;
      expect(allByRole(root, 'alert')).to.have.length(1);
      // The host fixes its markup: the instrument shows, and the error is not repeated.
      el.instrument = 'session-check';
      await el.updateComplete;
      expect(allByRole(root, 'slider')).to.have.length(4);
      expect(allByRole(root, 'alert')).to.have.length(0);
      expect(errors).to.have.length(1);
    });

    it('a broken child script in the HTML: a listener added by a later module script hears one rapport-error', async function () {
      this.timeout(SLOW);
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><head></head><body>
        <rapport-alliance-scale><script type="application/json">{ "id": </script></rapport-alliance-scale>
        <script type="module" src="/src/alliance-scale/define.ts"></script>
        <script type="module">
          window.heard = [];
          document.addEventListener('rapport-error', (e) => window.heard.push(e.detail.code));
        </script></body></html>`;
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { heard?: string[] };
        await until(() => win.customElements.get(TAG) !== undefined, 'the module loaded', 30_000);
        const el = win.document.querySelector(TAG)!;
        await el.updateComplete;
        await until(() => (win.heard?.length ?? 0) > 0, 'the later listener heard the error');
        await frames();
        expect(win.heard).to.deep.equal(['invalid-json']);
        expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.equal(
          'This questionnaire cannot be shown right now.',
        );
      } finally {
        frame.remove();
      }
    });

    it("a clinic's instrument given to <rapport-provider>, found by id", async () => {
      const errors = listen(document, 'rapport-error');
      const licensed: InstrumentDefinition = {
        ...clinicLines(),
        id: 'clinic-licensed',
        title: 'Licensed check-in',
      };
      const provider = await fixture<RapportProvider>(
        html`<rapport-provider .instruments=${[licensed]}
          ><rapport-alliance-scale instrument="clinic-licensed"></rapport-alliance-scale
        ></rapport-provider>`,
      );
      const el = provider.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      expect(getByRole(root, 'heading', 'Licensed check-in').isConnected).to.equal(true);
      expect(allByRole(root, 'slider')).to.have.length(3);
      expect(errors.map((e) => e.detail.code)).to.deep.equal([]);
      el.value = { heard: 5, again: 6 };
      const submitted = nextSubmit<AllianceScaleResult>(el);
      await el.submit();
      expect((await submitted).detail.definition.id).to.equal('clinic-licensed');
    });

    const bad: Array<{
      name: string;
      make: () => Promise<RapportAllianceScale>;
      code: string;
      mentions: string[];
    }> = [
      {
        name: 'an unknown id',
        make: () => scale({ instrument: 'no-such-instrument' }),
        code: 'unknown-instrument',
        mentions: ['instrument "no-such-instrument"'],
      },
      {
        name: 'a child script that is not JSON',
        make: () => scale({}, {}, '<script type="application/json">{ "id": "x", </script>'),
        code: 'invalid-json',
        mentions: ['<script type="application/json"> is not valid JSON'],
      },
      {
        name: 'a definition with a missing anchor and a missing item id',
        make: () => {
          const broken = clinicLines() as unknown as {
            items: Array<Record<string, unknown>>;
          };
          broken.items[0].anchors = { low: 'Not at all' };
          delete broken.items[2].id;
          return scale({}, { instrument: broken as unknown as InstrumentDefinition });
        },
        code: 'invalid-instrument',
        mentions: ['items[0].anchors.high is missing', 'items[2].id is missing'],
      },
    ];
    for (const { name, make, code, mentions } of bad) {
      it(`${name}: rapport-error "${code}" naming the field, and a fallback alert`, async () => {
        const errors = listen(document, 'rapport-error');
        const console = watchConsole();
        let el: RapportAllianceScale;
        try {
          el = await make();
        } finally {
          console.restore();
        }
        expect(errors.map((e) => e.detail.code)).to.deep.equal([code]);
        for (const text of mentions) expect(errors[0].detail.message).to.contain(text);
        const root = rootOf(el);
        expect(getByRole(root, 'alert', UNAVAILABLE).isConnected).to.equal(true);
        expect(allByRole(root, 'slider')).to.have.length(0);
        expect(allByRole(root, 'button')).to.have.length(0);
      });
    }
  });

  describe('text from data is shown as text', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const hostile: InstrumentDefinition = {
      id: 'hostile',
      version: '1',
      title: `Check-in ${payload}`,
      instructions: `Read ${payload}`,
      items: [
        {
          id: 'a',
          text: `Line ${payload}`,
          scale: { type: 'visual-analog', min: 0, max: 10 },
          anchors: { low: `Low ${payload}`, high: 'High' },
        },
        {
          id: 'b',
          text: `Choice ${payload}`,
          scale: {
            type: 'likert',
            options: [
              { value: 1, label: `No ${payload}` },
              { value: 2, label: 'Yes' },
            ],
          },
        },
      ],
    };

    for (const how of ['property', 'child script'] as const) {
      it(`from a ${how}: markup appears literally and never runs`, async () => {
        const w = window as unknown as { __pwned?: number };
        delete w.__pwned;
        const el =
          how === 'property'
            ? await scale({}, { instrument: hostile })
            : await scale(
                {},
                {},
                `<script type="application/json">${JSON.stringify(hostile)}</script>`,
              );
        const root = rootOf(el);
        expect(getByRole(root, 'heading', `Check-in ${payload}`).isConnected).to.equal(true);
        expect(textOf(root.querySelector('[part="instructions"]'))).to.equal(`Read ${payload}`);
        const line = getByRole(root, 'slider', `Line ${payload}`);
        expect(line.getAttribute('aria-valuetext')).to.equal(
          `Not answered. From “Low ${payload}” to “High”`,
        );
        expect(getRadio(root, `Choice ${payload}`, `No ${payload}`).isConnected).to.equal(true);
        expect(root.querySelector('img')).to.equal(null);
        expect(el.querySelector('img')).to.equal(null);
        await nextFrame();
        await nextFrame();
        expect(w.__pwned).to.equal(undefined);
      });
    }
  });

  describe('value', () => {
    it('prefills marks and checked radios without firing rapport-input', async () => {
      const inputs = listen(document, 'rapport-input');
      const lines = await scale(
        { instrument: 'session-check' },
        { value: { 'at-ease': 7.3, 'what-mattered': 2 } },
      );
      const root = rootOf(lines);
      const comfort = getByRole(root, 'slider', SESSION.comfort);
      expect(comfort.getAttribute('aria-valuenow')).to.equal('7.3');
      expect(comfort.querySelector('[part="mark"]')).not.to.equal(null);
      expect(getByRole(root, 'slider', SESSION.mattered).getAttribute('aria-valuenow')).to.equal(
        '2',
      );
      expect(getByRole(root, 'slider', SESSION.way).querySelector('[part="mark"]')).to.equal(null);
      expect(textOf(root.querySelector('[part="progress"]'))).to.equal('2 of 4 answered');

      lines.value = { ...lines.value, 'whole-session': 9.9 };
      await lines.updateComplete;
      expect(getByRole(root, 'slider', SESSION.whole).getAttribute('aria-valuenow')).to.equal(
        '9.9',
      );

      const likert = await scale(
        { instrument: 'working-relationship' },
        { value: { 'bond-1': 4, 'goals-4': 1 } },
      );
      const lroot = rootOf(likert);
      const checked = (q: string) =>
        allByRole<HTMLInputElement>(getByRole(lroot, 'group', q), 'radio')
          .filter((r) => r.checked)
          .map(accessibleName);
      expect(checked(WR[0])).to.deep.equal(['Often']);
      expect(checked(WR[10])).to.deep.equal(['Never']);
      expect(checked(WR[1])).to.deep.equal([]);
      likert.value = { 'bond-1': 2 };
      await likert.updateComplete;
      expect(checked(WR[0])).to.deep.equal(['Rarely']);
      expect(checked(WR[10])).to.deep.equal([]);

      expect(inputs).to.have.length(0);
    });

    it('two widgets given one definition keep their own answers, and a new language keeps the choice', async () => {
      const first = await scale({ instrument: 'working-relationship' });
      const second = await scale({ instrument: 'working-relationship' });
      const checkedIn = (el: RapportAllianceScale, question: string) =>
        allByRole<HTMLInputElement>(getByRole(rootOf(el), 'group', question), 'radio')
          .filter((r) => r.checked)
          .map(accessibleName);
      const radios = (el: RapportAllianceScale, question: string) =>
        allByRole<HTMLInputElement>(getByRole(rootOf(el), 'group', question), 'radio');
      expect(radios(first, WR[0]).map(accessibleName)).to.deep.equal(LIKERT_LABELS);
      expect(radios(second, WR[0]).map(accessibleName)).to.deep.equal(LIKERT_LABELS);
      expect(radios(first, WR[0])[0]).not.to.equal(radios(second, WR[0])[0]);

      await clickOn(getRadio(rootOf(first), WR[0], 'Often').closest('label')!);
      await first.updateComplete;
      expect(first.value).to.deep.equal({ 'bond-1': 4 });
      expect(checkedIn(first, WR[0])).to.deep.equal(['Often']);
      expect(second.value).to.deep.equal({});
      expect(checkedIn(second, WR[0])).to.deep.equal([]);
      // Each group is its own set of radios: choosing in one question leaves the next alone.
      expect(checkedIn(first, WR[1])).to.deep.equal([]);

      first.lang = 'es';
      await first.updateComplete;
      const spanish = 'Siento confianza para decir lo que de verdad pienso.';
      expect(radios(first, spanish).map(accessibleName)).to.deep.equal([
        'Nunca',
        'Pocas veces',
        'A veces',
        'A menudo',
        'Siempre',
      ]);
      expect(checkedIn(first, spanish)).to.deep.equal(['A menudo']);
      expect(checkedIn(second, WR[0])).to.deep.equal([]);
    });

    it('each radio carries its option value, and keeps focus when the language changes', async () => {
      const el = await scale({ instrument: 'working-relationship' });
      const root = rootOf(el);
      const radios = allByRole<HTMLInputElement>(getByRole(root, 'group', WR[2]), 'radio');
      expect(radios.map((r) => r.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      radios[3].focus();
      await press('ArrowRight');
      await el.updateComplete;
      expect(el.value).to.deep.equal({ 'tasks-1': 5 });

      el.lang = 'fr';
      await el.updateComplete;
      const focused = root.activeElement as HTMLInputElement;
      expect(focused.localName).to.equal('input');
      expect(accessibleName(focused)).to.equal('Toujours');
      expect(focused.checked).to.equal(true);
      await press('ArrowLeft');
      await el.updateComplete;
      expect(el.value).to.deep.equal({ 'tasks-1': 4 });
    });

    it('drops values out of range and unknown ids with rapport-error naming the item, never the value', async () => {
      const el = await scale({ instrument: 'session-check' });
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      try {
        el.value = {
          'at-ease': 13.7,
          'what-mattered': 6.5,
          'no-such-item': 987,
          'whole-session': 7.34,
        };
        await el.updateComplete;
      } finally {
        console.restore();
      }
      expect(el.value).to.deep.equal({ 'what-mattered': 6.5, 'whole-session': 7.3 });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
      const { message } = errors[0].detail;
      expect(message).to.contain('"at-ease"');
      expect(message).to.contain('"no-such-item"');
      expect(message).not.to.contain('what-mattered');
      for (const secret of ['13.7', '987', '6.5']) {
        expect(message).not.to.contain(secret);
        expect(console.all().join('\n')).not.to.contain(secret);
      }
      const root = rootOf(el);
      expect(getByRole(root, 'slider', SESSION.comfort).getAttribute('aria-valuetext')).to.equal(
        'Not answered. From “Not comfortable at all” to “Completely comfortable”',
      );

      const likert = await scale({ instrument: 'working-relationship' });
      const likertErrors = listen(likert, 'rapport-error');
      const quiet = watchConsole();
      try {
        likert.value = { 'bond-1': 6, 'goals-1': 2 };
      } finally {
        quiet.restore();
      }
      expect(likert.value).to.deep.equal({ 'goals-1': 2 });
      expect(likertErrors.map((e: RapportErrorEvent) => e.detail.code)).to.deep.equal([
        'invalid-value',
      ]);
      expect(likertErrors[0].detail.message).to.contain('"bond-1"');
      expect(likertErrors[0].detail.message).not.to.contain('6');
    });
  });

  describe('read-only view for a clinician', () => {
    /**
     * Every term and its description, in reading order: the answers first, then (after the
     * "Scores" heading) the total and the subscales.
     */
    function termsAndValues(el: RapportAllianceScale): string[][] {
      return [...rootOf(el).querySelectorAll('dt')].map((dt) => [
        textOf(dt),
        textOf(dt.nextElementSibling),
      ]);
    }
    function summary(el: RapportAllianceScale): string[][] {
      const count = el.definition!.items.length;
      return termsAndValues(el).slice(0, count);
    }
    function scoreRows(el: RapportAllianceScale): string[][] {
      const count = el.definition!.items.length;
      const scoresTitle = [...rootOf(el).querySelectorAll('p')].find((p) => textOf(p) === 'Scores');
      expect(scoresTitle, 'a "Scores" title').not.to.equal(undefined);
      return termsAndValues(el).slice(count);
    }
    /** The line that says whether the score is below the cutoff. */
    function cutoffLine(el: RapportAllianceScale): string {
      const lines = [...rootOf(el).querySelectorAll('p')]
        .map(visibleText)
        .filter((t) => /the cutoff/.test(t));
      expect(lines, 'one cutoff line').to.have.length(1);
      return lines[0];
    }

    it('shows each answer, the total and the flagged cutoff, with nothing to change or send', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Before <input id="before" /></label>
          <rapport-alliance-scale
            instrument="session-check"
            readonly
            .value=${{ 'at-ease': 7.3, 'what-mattered': 9, 'way-of-working': 8.5, 'whole-session': 6 }}
          ></rapport-alliance-scale>
          <label>After <input id="after" /></label>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      expect(summary(el)).to.deep.equal([
        [SESSION.comfort, '7.3 of 10'],
        [SESSION.mattered, '9 of 10'],
        [SESSION.way, '8.5 of 10'],
        [SESSION.whole, '6 of 10'],
      ]);
      expect(scoreRows(el)).to.deep.equal([['Total', '30.8 of 40']]);
      expect(cutoffLine(el)).to.equal(
        `Below the cutoff (flagged when the total is below 36): ${SESSION.cutoffMessage}`,
      );

      const root = rootOf(el);
      expect(allByRole(root, 'slider')).to.have.length(0);
      expect(allByRole(root, 'button')).to.have.length(0);
      expect(root.querySelectorAll('input, button, [tabindex]')).to.have.length(0);
      page.querySelector<HTMLInputElement>('#before')!.focus();
      await press('Tab');
      expect(document.activeElement).to.equal(page.querySelector('#after'));
    });

    it('a total at the cutoff is not flagged and has no message', async () => {
      const el = await scale(
        { instrument: 'session-check', readonly: '' },
        { value: { 'at-ease': 9, 'what-mattered': 9, 'way-of-working': 9, 'whole-session': 9 } },
      );
      expect(scoreRows(el)).to.deep.equal([['Total', '36 of 40']]);
      expect(cutoffLine(el)).to.match(/^At or above the cutoff\b/);
      expect(cutoffLine(el)).not.to.contain('Below the cutoff');
      expect(cutoffLine(el)).not.to.contain(SESSION.cutoffMessage);
    });

    it('1 of 12 answered: the total is not answered and the cutoff is unknown, never "at or above"', async () => {
      const el = await scale(
        { instrument: 'working-relationship', readonly: '' },
        { value: { [WR_IDS[0]]: 5 } },
      );
      expect(scoreRows(el)).to.deep.equal([
        ['Total', 'Not answered'],
        ['Bond', 'Not answered'],
        ['Agreement on goals', 'Not answered'],
        ['Agreement on tasks', 'Not answered'],
      ]);
      expect(cutoffLine(el)).to.equal(
        'Not enough answers to compare with the cutoff (flagged when the total is below 42)',
      );
      expect(el.scores?.cutoff).to.deep.equal({
        score: 'total',
        below: 42,
        value: null,
        flagged: null,
      });
    });

    it('Likert answers show their number and label, with subscales', async () => {
      const values = [4, 5, 3, 1, 2, 4, 2, 3, 4, 4, 1, 5];
      const el = await scale(
        { instrument: 'working-relationship', readonly: '' },
        { value: Object.fromEntries(WR_IDS.map((id, i) => [id, values[i]])) },
      );
      expect(summary(el)).to.deep.equal(
        WR.map((text, i) => [text, `${values[i]} · ${LIKERT_LABELS[values[i] - 1]}`]),
      );
      expect(scoreRows(el)).to.deep.equal([
        ['Total', '40 of 60'],
        ['Bond', '3.25'],
        ['Agreement on goals', '3.75'],
        ['Agreement on tasks', '3'],
      ]);
      expect(cutoffLine(el)).to.equal(
        `Below the cutoff (flagged when the total is below 42): ${WR_CUTOFF_MESSAGE}`,
      );
    });
  });

  describe('languages', () => {
    it('lang="es" shows Spanish, and the result says es', async function () {
      this.timeout(SLOW);
      const el = await scale({ instrument: 'session-check', lang: 'es' });
      const root = rootOf(el);
      expect(getByRole(root, 'heading', '¿Cómo fue la sesión de hoy?').isConnected).to.equal(true);
      const first = getByRole(root, 'slider', '¿Qué tan a gusto se sintió conmigo hoy?');
      for (const line of allByRole(root, 'slider')) {
        line.focus();
        await press('End');
      }
      await el.updateComplete;
      expect(first.getAttribute('aria-valuenow')).to.equal('10');
      const submitted = nextSubmit<AllianceScaleResult>(el);
      sendButton(el, 'Enviar').focus();
      await press('Enter');
      expect((await submitted).detail.locale).to.equal('es');
    });

    it('<rapport-provider locale="fr"> gives French', async () => {
      const provider = await fixture<RapportProvider>(
        html`<rapport-provider locale="fr"
          ><rapport-alliance-scale
            instrument="session-check"
            .value=${{ 'at-ease': 1, 'what-mattered': 2, 'way-of-working': 3, 'whole-session': 4 }}
          ></rapport-alliance-scale
        ></rapport-provider>`,
      );
      const el = provider.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      expect(
        getByRole(root, 'heading', "Comment s'est passée la séance d'aujourd'hui\u00a0?")
          .isConnected,
      ).to.equal(true);
      const submitted = nextSubmit<AllianceScaleResult>(el);
      sendButton(el, 'Envoyer').focus();
      await press('Enter');
      expect((await submitted).detail.locale).to.equal('fr');
    });

    it('registerTranslation() adds German to an element already on the page', async () => {
      const el = await scale({ instrument: 'session-check', lang: 'de' });
      expect(sendButton(el, 'Send').isConnected).to.equal(true);
      registerTranslation({ ...en, $code: 'de', $name: 'Deutsch', send: 'Senden' });
      await el.updateComplete;
      expect(allByRole(rootOf(el), 'button').map(accessibleName)).to.deep.equal(['Senden']);
      el.value = { 'at-ease': 1, 'what-mattered': 2, 'way-of-working': 3, 'whole-session': 4 };
      await el.updateComplete;
      const submitted = nextSubmit<AllianceScaleResult>(el);
      sendButton(el, 'Senden').focus();
      await press('Enter');
      expect((await submitted).detail.locale).to.equal('de');
    });

    it('the provider’s texts replace a built-in text', async () => {
      const provider = await fixture<RapportProvider>(
        html`<rapport-provider .texts=${{ en: { send: 'Submit answers' } }}
          ><rapport-alliance-scale instrument="session-check"></rapport-alliance-scale
        ></rapport-provider>`,
      );
      const el = provider.querySelector(TAG)!;
      await el.updateComplete;
      expect(allByRole(rootOf(el), 'button').map(accessibleName)).to.deep.equal(['Submit answers']);
      expect(textOf(rootOf(el).querySelector('[part="progress"]'))).to.equal('0 of 4 answered');
    });
  });

  describe('badge and licence', () => {
    const badge = (el: RapportAllianceScale) => rootOf(el).querySelector('[part="badge"]');
    const licence = (el: RapportAllianceScale) => rootOf(el).querySelector('[part="licence"]');

    it('a built-in instrument says it is an example', async () => {
      const el = await scale({ instrument: 'working-relationship' });
      expect(textOf(badge(el))).to.equal('Example, not a validated instrument');
      expect(licence(el)).to.equal(null);
    });

    it('a licensed instrument names its holder, and is not called an example', async () => {
      const el = await scale(
        {},
        {
          instrument: {
            ...clinicLines(),
            licence: {
              holder: 'Northfield Press',
              terms: 'Licensed to Riverside Clinic until 2027',
            },
          },
        },
      );
      expect(visibleText(licence(el))).to.equal(
        'Used under licence from Northfield Press. Licensed to Riverside Clinic until 2027',
      );
      expect(badge(el)).to.equal(null);
    });

    it('a plain custom instrument shows neither', async () => {
      const el = await scale({}, { instrument: clinicLines() });
      expect(badge(el)).to.equal(null);
      expect(licence(el)).to.equal(null);
      expect(visibleText(rootOf(el))).not.to.contain('Example, not a validated instrument');
      expect(visibleText(rootOf(el))).not.to.contain('Used under licence');
    });
  });

  describe('heading', () => {
    it('heading-level="3" gives a level-3 heading named by the title, which names the widget', async () => {
      const el = await scale({ instrument: 'session-check', 'heading-level': '3' });
      const root = rootOf(el);
      expect(getByRole(root, 'heading', SESSION.title).getAttribute('aria-level')).to.equal('3');
      expect(getByRole(root, 'group', SESSION.title).isConnected).to.equal(true);
      const plain = await scale({ instrument: 'session-check' });
      expect(
        getByRole(rootOf(plain), 'heading', SESSION.title).getAttribute('aria-level'),
      ).to.equal('2');
    });
  });

  describe('contentHash', () => {
    async function hashOf(
      attributes: Record<string, string>,
      instrument: InstrumentDefinition | string,
      value: Answers,
    ): Promise<string> {
      const el = await scale(attributes, { instrument, value });
      const submitted = nextSubmit<AllianceScaleResult>(el);
      expect(await el.submit()).to.equal(true);
      const hash = (await submitted).detail.definition.contentHash;
      expect(hash).to.match(/^[0-9a-f]{64}$/);
      return hash;
    }
    const full = { 'at-ease': 1, 'what-mattered': 2, 'way-of-working': 3, 'whole-session': 4 };

    it('is the same for the same instrument and language, and differs by language', async () => {
      const a = await hashOf({}, 'session-check', full);
      const b = await hashOf({}, 'session-check', { ...full, 'at-ease': 9 });
      const es = await hashOf({ lang: 'es' }, 'session-check', full);
      expect(b).to.equal(a);
      expect(es).not.to.equal(a);
    });

    it('changes when one item text of a custom instrument changes', async () => {
      const answers = { heard: 1, again: 2 };
      const original = await hashOf({}, clinicLines(), answers);
      const same = await hashOf({}, clinicLines(), answers);
      const edited = clinicLines();
      edited.items = [
        { ...edited.items[0], text: 'Did you feel listened to?' },
        ...edited.items.slice(1),
      ];
      const changed = await hashOf({}, edited, answers);
      expect(same).to.equal(original);
      expect(changed).not.to.equal(original);
    });
  });
});
