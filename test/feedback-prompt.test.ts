// <rapport-feedback-prompt> as a person, a host page and a clinic's no-build website use it. The
// generic contracts (event shape, envelope, waitUntil, double send, forms, privacy, bad input)
// are in test/contract/feedback-prompt.contract.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/feedback-prompt/define.js';
import type {
  FeedbackPromptResult,
  FeedbackPromptValue,
  RapportFeedbackPrompt,
} from '../src/feedback-prompt/define.js';
import type {
  InstrumentDefinition,
  RapportDismissEvent,
  RapportErrorEvent,
  RapportInputEvent,
} from '../src/index.js';
import { addDuration, parseDuration } from '../src/feedback-prompt/duration.js';
import { watchNetworkAndStorage, watchUncaught } from './contract/watchers.js';
import { accessibleName, allByRole, getByRole, getRadio, textOf } from './helpers/roles.js';
import { clickOn } from './helpers/pointer.js';
import { highlightColour, settledStyle } from './helpers/colours.js';
import { press, repeat, typeText } from './helpers/keyboard.js';
import { SLOW, until } from './helpers/wait.js';
import { strictPage } from './helpers/csp.js';
import { listen, nextSubmit, stopListening } from './helpers/events.js';

const TAG = 'rapport-feedback-prompt';

// ---- What the prompt says (English unless noted) ----------------------------------------------

const EN = {
  title: 'Your feedback',
  intro: 'A few quick questions about today. Answer only what you want to.',
  rating: 'Overall, how was today?',
  faces: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'],
  stars: ['1 star', '2 stars', '3 stars', '4 stars', '5 stars'],
  scale: ['0 Very bad', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10 Very good'],
  heard: 'I felt heard.',
  respected: 'I felt respected.',
  wanted: 'We worked on what I wanted to work on.',
  comment: 'What could we do better?',
  consent: 'You may contact me about this.',
  details: 'How can we reach you?',
};

const AR = {
  title: 'رأيك',
  rating: 'بشكل عام، كيف كان اليوم؟',
  faces: ['سيئ جدًا', 'سيئ', 'مقبول', 'جيد', 'جيد جدًا'],
};

const NOTHING_ANSWERED = 'Please answer at least one question before sending.';
const PREFIX = 'rapport-elements:feedback-prompt:';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const DAY = 24 * 60 * 60 * 1000;

/** A clinic's own questions, in the instrument format: a required faces item and an optional one. */
function frontDesk(): InstrumentDefinition {
  return {
    id: 'riverside-front-desk',
    version: '2.0.0',
    title: { en: 'After your visit', es: 'Después de su visita' },
    instructions: 'Two questions about our front desk.',
    items: [
      {
        id: 'welcome',
        text: 'How welcome did you feel at the front desk?',
        scale: {
          type: 'faces',
          options: [
            { value: 1, label: 'Not welcome' },
            { value: 2, label: 'Somewhat welcome' },
            { value: 3, label: 'Very welcome' },
          ],
        },
      },
      {
        id: 'wait-explained',
        text: 'Was the wait explained to you?',
        required: false,
        scale: {
          type: 'likert',
          options: [
            { value: 1, label: 'Yes' },
            { value: 0, label: 'No' },
          ],
        },
      },
    ],
  };
}

// ---- Doing things as a person does ------------------------------------------------------------

function rootOf(el: RapportFeedbackPrompt): ShadowRoot {
  return el.shadowRoot!;
}

/** The text box or checkbox whose `<label for>` says `name`. */
function field<T extends HTMLElement = HTMLInputElement>(root: ShadowRoot, name: string): T {
  const found = [...root.querySelectorAll<T>('input:not([type="radio"]), textarea')].filter(
    (c) => accessibleName(c) === name,
  );
  if (found.length !== 1)
    throw new Error(`expected one field named "${name}", found ${found.length}`);
  return found[0];
}

/**
 * The radio named `option` in the question named `question`, by the texts of the legend and the
 * label. Unlike `getRadio` it works inside a frame, where `instanceof` checks see another window.
 */
function radioIn(root: ShadowRoot, question: string, option: string): HTMLInputElement {
  const group = [...root.querySelectorAll('fieldset')].find(
    (f) => textOf(f.querySelector(':scope > legend')) === question,
  );
  const radio = [...(group?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].find(
    (r) => accessibleName(r) === option,
  );
  if (!radio) throw new Error(`no radio "${option}" in a question "${question}"`);
  return radio;
}

/** The questions asked as choices (each a fieldset named by its legend), in order. */
function questionNames(root: ShadowRoot): string[] {
  return [...root.querySelectorAll('fieldset')].map(accessibleName);
}

function hasField(root: ShadowRoot, name: string): boolean {
  return [...root.querySelectorAll('input:not([type="radio"]), textarea')].some(
    (c) => accessibleName(c) === name,
  );
}

function statusOf(el: RapportFeedbackPrompt): string {
  return textOf(rootOf(el).querySelector('[part="status"]'));
}

function announcementOf(el: RapportFeedbackPrompt): string {
  return textOf(rootOf(el).querySelector('[data-announce="comment"]'));
}

function counterOf(el: RapportFeedbackPrompt): string {
  return textOf(rootOf(el).querySelector('[part="counter"]'));
}

function button(el: RapportFeedbackPrompt, name: string): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(rootOf(el), 'button', name);
}

function checkedIn(root: ShadowRoot, group: string): string | null {
  const radios = allByRole<HTMLInputElement>(getByRole(root, 'group', group), 'radio');
  const checked = radios.find((r) => r.checked);
  return checked ? accessibleName(checked) : null;
}

async function prompt(
  attributes: Record<string, string> = {},
  properties: {
    questions?: RapportFeedbackPrompt['questions'];
    value?: Partial<FeedbackPromptValue>;
  } = {},
  inner = '',
): Promise<RapportFeedbackPrompt> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if ('questions' in properties) el.questions = properties.questions;
  if ('value' in properties) el.value = properties.value;
  el.innerHTML = inner;
  return fixture<RapportFeedbackPrompt>(el);
}

/** A prompt after an input on a page, so that Tab starts where a person would. */
async function promptAfterInput(
  attributes: Record<string, string> = {},
): Promise<{ el: RapportFeedbackPrompt; input: HTMLInputElement }> {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <label>Your name <input /></label>
    </div>`,
  );
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.append(el);
  await el.updateComplete;
  return { el, input: page.querySelector('input')! };
}

async function saved(el: RapportFeedbackPrompt): Promise<void> {
  await until(() => el.state === 'submitted', 'the response is saved');
  await el.updateComplete;
}

/** The result without the fields that differ on every run. */
function stable(result: FeedbackPromptResult): Record<string, unknown> {
  const { responseId, startedAt, completedAt, durationMs, definition, ...rest } = result;
  expect(responseId).to.match(UUID_V4);
  expect(startedAt).to.match(ISO);
  expect(completedAt).to.match(ISO);
  expect(durationMs).to.be.a('number').and.at.least(0);
  expect(definition.contentHash).to.match(/^[0-9a-f]{64}$/);
  return { ...rest, definition: { id: definition.id, version: definition.version } };
}

function clearRecords(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  }
}

const realNow = Date.now;

afterEach(async () => {
  stopListening();
  Date.now = realNow;
  clearRecords();
  await resetMouse();
});

// ---- Tests ------------------------------------------------------------------------------------

describe('<rapport-feedback-prompt>', () => {
  describe('by keyboard alone', () => {
    it('faces, checks, comment and contact: Tab through, arrows and Space choose, Enter sends the exact result', async function () {
      this.timeout(SLOW);
      const { el, input } = await promptAfterInput({ 'client-id': 'c-9', 'session-id': 's-3' });
      const root = rootOf(el);
      const inputs = listen(el, 'rapport-input');
      const submits = listen(el, 'rapport-submit');

      input.focus();
      await press('Tab');
      expect(root.activeElement).to.equal(button(el, 'Not now'));
      await press('Tab');
      expect(root.activeElement).to.equal(getRadio(root, EN.rating, 'Very bad'));
      await press(' ');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('Very bad');
      await press(...repeat('ArrowRight', 3));
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('Good');
      expect(root.activeElement).to.equal(getRadio(root, EN.rating, 'Good'));

      await press('Tab');
      expect(root.activeElement).to.equal(getRadio(root, EN.heard, 'Yes'));
      await press(' ');
      await press('Tab');
      expect(root.activeElement).to.equal(getRadio(root, EN.respected, 'Yes'));
      await press('ArrowRight');
      await press('Tab');
      await press('ArrowDown', 'ArrowDown');
      await el.updateComplete;
      expect(checkedIn(root, EN.heard)).to.equal('Yes');
      expect(checkedIn(root, EN.respected)).to.equal('Partly');
      expect(checkedIn(root, EN.wanted)).to.equal('No');

      await press('Tab');
      expect(root.activeElement).to.equal(field(root, EN.comment));
      await typeText('Shorter wait');
      await press('Tab');
      expect(root.activeElement).to.equal(field(root, EN.consent));
      expect(hasField(root, EN.details), 'no contact field before ticking').to.equal(false);
      await press(' ');
      await el.updateComplete;
      await press('Tab');
      expect(root.activeElement).to.equal(field(root, EN.details));
      await typeText('07700 900123');

      await press('Tab');
      expect(root.activeElement).to.equal(button(el, 'Send'));
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await press('Enter');
      const { detail } = await submitted;

      expect(submits).to.have.length(1);
      expect(stable(detail)).to.deep.equal({
        kind: 'feedback-prompt',
        definition: { id: 'feedback-prompt', version: '1.0.0' },
        locale: 'en',
        subject: { clientId: 'c-9', sessionId: 's-3' },
        include: ['rating', 'checks', 'comment', 'contact'],
        rating: { style: 'faces', value: 4 },
        checks: { heard: 'yes', respected: 'partly', whatIWanted: 'no' },
        answers: {},
        comment: 'Shorter wait',
        contact: { allowed: true, details: '07700 900123' },
      });
      expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);

      const ratings = inputs
        .map((e) => (e.detail as unknown as { rating: number | null }).rating)
        .filter((r, i, all) => r !== all[i - 1]);
      expect(ratings).to.deep.equal([1, 2, 3, 4]);
      // Any answer is enough to send: complete from the first one.
      expect(inputs.every((e) => e.detail.complete)).to.equal(true);
      expect(inputs.at(-1)!.detail.responseId).to.equal(detail.responseId);
      await saved(el);
      expect(statusOf(el)).to.equal('Saved. Thank you.');
    });

    it('stars: Space takes the first, arrows wrap round, and the stars up to the choice fill', async function () {
      this.timeout(SLOW);
      const { el, input } = await promptAfterInput({ rating: 'stars', include: 'rating' });
      const root = rootOf(el);
      const radios = allByRole<HTMLInputElement>(getByRole(root, 'group', EN.rating), 'radio');
      expect(radios.map(accessibleName)).to.deep.equal(EN.stars);

      input.focus();
      await press('Tab', 'Tab', ' ');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('1 star');
      await press('ArrowLeft');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating), 'ArrowLeft on the first wraps to the last').to.equal(
        '5 stars',
      );
      await press('ArrowLeft', 'ArrowLeft');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('3 stars');
      expect(root.querySelectorAll('[part="star"].filled')).to.have.length(3);

      await press('Tab');
      expect(root.activeElement).to.equal(button(el, 'Send'));
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.rating).to.deep.equal({ style: 'stars', value: 3 });
      expect(detail.include).to.deep.equal(['rating']);
      expect(detail.checks).to.deep.equal({ heard: null, respected: null, whatIWanted: null });
      expect(detail.comment).to.equal('');
      expect(detail.contact).to.deep.equal({ allowed: false });
    });

    it('0–10 scale: the ends carry their words, Right and Down go up, Up goes down', async function () {
      this.timeout(SLOW);
      const { el, input } = await promptAfterInput({ rating: 'scale', include: 'rating' });
      const root = rootOf(el);
      const radios = allByRole<HTMLInputElement>(getByRole(root, 'group', EN.rating), 'radio');
      expect(radios.map(accessibleName)).to.deep.equal(EN.scale);

      input.focus();
      await press('Tab', 'Tab', ' ');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('0 Very bad');
      await press(...repeat('ArrowRight', 7), 'ArrowDown');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('8');
      await press('ArrowUp', 'ArrowUp');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('6');
      await press('Tab');
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await press('Enter');
      expect((await submitted).detail.rating).to.deep.equal({ style: 'scale', value: 6 });
    });
  });

  describe('by pointer alone', () => {
    it('faces and a quick check by clicking, the contact box by its label, Send by click', async function () {
      this.timeout(SLOW);
      const el = await prompt();
      const root = rootOf(el);
      await clickOn(getRadio(root, EN.rating, 'Very good'));
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('Very good');
      await clickOn(getRadio(root, EN.rating, 'Bad'));
      await clickOn(getRadio(root, EN.respected, 'Partly'));
      await clickOn(root.querySelector('label[for="contact"]')!);
      await el.updateComplete;
      expect(field(root, EN.consent).checked).to.equal(true);
      // Ticked without details: the clinic may already know how to reach the person.
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await clickOn(button(el, 'Send'));
      const { detail } = await submitted;
      expect(detail.rating).to.deep.equal({ style: 'faces', value: 2 });
      expect(detail.checks).to.deep.equal({ heard: null, respected: 'partly', whatIWanted: null });
      expect(detail.contact).to.deep.equal({ allowed: true });
    });

    it('stars by clicking: the fourth star, then the second', async () => {
      const el = await prompt({ rating: 'stars', include: 'rating' });
      const root = rootOf(el);
      await clickOn(getRadio(root, EN.rating, '4 stars'));
      await el.updateComplete;
      expect(root.querySelectorAll('[part="star"].filled')).to.have.length(4);
      await clickOn(getRadio(root, EN.rating, '2 stars'));
      await el.updateComplete;
      expect(root.querySelectorAll('[part="star"].filled')).to.have.length(2);
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await clickOn(button(el, 'Send'));
      expect((await submitted).detail.rating).to.deep.equal({ style: 'stars', value: 2 });
    });

    it('0–10 by clicking: 9, then 10', async () => {
      const el = await prompt({ rating: 'scale', include: 'rating' });
      const root = rootOf(el);
      await clickOn(getRadio(root, EN.rating, '9'));
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('9');
      await clickOn(getRadio(root, EN.rating, '10 Very good'));
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await clickOn(button(el, 'Send'));
      expect((await submitted).detail.rating).to.deep.equal({ style: 'scale', value: 10 });
    });
  });

  describe('the comment', () => {
    it('shows its count and limit, stops at the limit, and announces only near it', async function () {
      this.timeout(SLOW);
      const el = await prompt({ include: 'comment', maxlength: '12' });
      const root = rootOf(el);
      const box = field<HTMLTextAreaElement>(root, EN.comment);
      expect(box.getAttribute('maxlength')).to.equal('12');
      expect(counterOf(el)).to.equal('0 of 12 characters');
      expect(box.getAttribute('aria-describedby')!.split(' ')).to.include(
        root.querySelector('[part="counter"]')!.id,
      );
      const live = root.querySelector('[data-announce="comment"]')!;
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.getAttribute('aria-live')).to.equal('polite');

      box.focus();
      const said: string[] = [];
      for (const key of 'Kind staff, thank you') {
        await sendKeys({ press: key });
        await el.updateComplete;
        said.push(announcementOf(el));
      }
      expect(box.value).to.equal('Kind staff, ');
      expect(el.value.comment).to.equal('Kind staff, ');
      expect(counterOf(el)).to.equal('12 of 12 characters');
      expect(root.querySelector('[part="counter"]')!.classList.contains('at-limit')).to.equal(true);
      // 21 keys, two announcements: at 10 left and at the limit.
      const changes = said.filter((text, i) => text !== (i === 0 ? '' : said[i - 1]));
      expect(changes).to.deep.equal([
        '10 characters left',
        'You have reached the limit of 12 characters.',
      ]);

      // Deleting is silent; coming back to the limit says so again.
      await press('Backspace', 'Backspace', 'Backspace');
      await el.updateComplete;
      expect(counterOf(el)).to.equal('9 of 12 characters');
      expect(announcementOf(el)).to.equal('');
      await typeText('me');
      await el.updateComplete;
      expect(announcementOf(el)).to.equal('');
      await typeText('!');
      await el.updateComplete;
      expect(announcementOf(el)).to.equal('You have reached the limit of 12 characters.');
      await press('Backspace');
      await typeText('?');
      await el.updateComplete;
      expect(announcementOf(el), 'one character away and back').to.equal(
        'You have reached the limit of 12 characters.',
      );

      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await el.submit();
      expect((await submitted).detail.comment).to.equal('Kind stafme?');
    });

    it('defaults to 1000 characters and says nothing while far from the limit', async function () {
      this.timeout(SLOW);
      const el = await prompt({ include: 'comment' });
      const box = field<HTMLTextAreaElement>(rootOf(el), EN.comment);
      expect(box.maxLength).to.equal(1000);
      expect(counterOf(el)).to.equal('0 of 1,000 characters');
      box.focus();
      await typeText('Thanks');
      await el.updateComplete;
      expect(counterOf(el)).to.equal('6 of 1,000 characters');
      expect(announcementOf(el)).to.equal('');
    });

    it('a comment set longer than the limit is shortened, with rapport-error', async () => {
      const errors = listen(document, 'rapport-error');
      const el = await prompt({ maxlength: '5' });
      el.value = { comment: 'Much too long' };
      await el.updateComplete;
      expect(el.value.comment).to.equal('Much ');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
      expect(errors[0].detail.message).to.contain('value.comment');
      expect(errors[0].detail.message).not.to.contain('Much too long');
    });
  });

  describe('"you may contact me"', () => {
    it('shows the contact field only when ticked, and forgets what was typed when unticked', async function () {
      this.timeout(SLOW);
      const el = await prompt({ include: 'comment contact', name: 'fb' });
      const form = document.createElement('form');
      el.replaceWith(form);
      form.append(el);
      await el.updateComplete;
      const root = rootOf(el);
      const inputs = listen(el, 'rapport-input');
      expect(hasField(root, EN.details)).to.equal(false);

      field(root, EN.consent).focus();
      await press(' ');
      await el.updateComplete;
      field(root, EN.details).focus();
      await typeText('sam@example.org');
      await el.updateComplete;
      expect(el.value.contact).to.deep.equal({ allowed: true, details: 'sam@example.org' });
      expect([...new FormData(form)]).to.deep.equal([
        ['fb.contact', 'yes'],
        ['fb.contact-details', 'sam@example.org'],
      ]);

      field(root, EN.consent).focus();
      await press(' ');
      await el.updateComplete;
      expect(hasField(root, EN.details)).to.equal(false);
      expect(el.value.contact).to.deep.equal({ allowed: false });
      expect(inputs.at(-1)!.detail).to.include.keys('contact');
      expect((inputs.at(-1)!.detail as unknown as { contact: unknown }).contact).to.deep.equal({
        allowed: false,
      });
      expect([...new FormData(form)]).to.deep.equal([]);

      await press(' ');
      await el.updateComplete;
      expect(field(root, EN.details).value, 'ticked again: the field starts empty').to.equal('');
    });

    it('details given by value without permission are not kept', async () => {
      const el = await prompt();
      el.value = { rating: 3, contact: { allowed: false, details: 'sam@example.org' } };
      await el.updateComplete;
      expect(el.value.contact).to.deep.equal({ allowed: false });
    });
  });

  describe('sending too early', () => {
    it('with nothing answered: says so, moves focus to the rating, sends nothing', async function () {
      this.timeout(SLOW);
      const el = await prompt();
      const root = rootOf(el);
      const submits = listen(el, 'rapport-submit');
      const send = button(el, 'Send');
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      send.focus();
      await press('Enter');
      await until(
        () => root.activeElement === getRadio(root, EN.rating, 'Very bad'),
        'focus moves to the rating',
      );
      expect(statusOf(el)).to.equal(NOTHING_ANSWERED);
      expect(submits).to.have.length(0);
      await expect(el).to.be.accessible();

      // A comment alone is feedback enough.
      field(root, EN.comment).focus();
      await typeText('Nice');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      button(el, 'Send').focus();
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.rating).to.deep.equal({ style: 'faces', value: null });
      expect(detail.comment).to.equal('Nice');
    });
  });

  describe('which parts', () => {
    it('include shows only the parts named, in the usual order, and the result says which', async () => {
      const el = await prompt({ include: 'comment rating', name: 'fb' });
      const root = rootOf(el);
      expect(questionNames(root)).to.deep.equal([EN.rating]);
      expect(hasField(root, EN.comment)).to.equal(true);
      expect(hasField(root, EN.consent)).to.equal(false);
      el.value = { rating: 5, comment: 'All good' };
      await el.updateComplete;
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await el.submit();
      const { detail } = await submitted;
      expect(detail.include).to.deep.equal(['rating', 'comment']);
      expect(detail.rating).to.deep.equal({ style: 'faces', value: 5 });
      expect(detail.comment).to.equal('All good');
    });

    it('the content hash follows what was shown: parts, rating style and language', async () => {
      async function hashOf(attributes: Record<string, string>): Promise<string> {
        const el = await prompt(attributes, { value: { rating: 3 } });
        const submitted = nextSubmit<FeedbackPromptResult>(el);
        await el.submit();
        return (await submitted).detail.definition.contentHash;
      }
      const plain = await hashOf({});
      expect(await hashOf({}), 'the same prompt, the same hash').to.equal(plain);
      const others = [
        await hashOf({ include: 'rating comment' }),
        await hashOf({ rating: 'stars' }),
        await hashOf({ lang: 'es' }),
        await hashOf({ maxlength: '500' }),
      ];
      expect(new Set([plain, ...others]).size).to.equal(5);
    });
  });

  describe('a clinic’s own questions', () => {
    it('replace the quick checks, keep their own required, and come back as answers', async function () {
      this.timeout(SLOW);
      const el = await prompt({ name: 'fb' }, { questions: frontDesk() });
      const root = rootOf(el);
      expect(textOf(root.querySelector('[part="title"]'))).to.equal('After your visit');
      expect(textOf(root.querySelector('[part="intro"]'))).to.equal(
        'Two questions about our front desk.',
      );
      expect(questionNames(root)).to.deep.equal([
        EN.rating,
        'How welcome did you feel at the front desk?',
        'Was the wait explained to you? (optional)',
      ]);
      expect(
        allByRole(
          getByRole(root, 'group', 'How welcome did you feel at the front desk?'),
          'radio',
        ).map(accessibleName),
      ).to.deep.equal(['Not welcome', 'Somewhat welcome', 'Very welcome']);

      await clickOn(getRadio(root, EN.rating, 'Okay'));
      button(el, 'Send').focus();
      await press('Enter');
      const welcome = 'How welcome did you feel at the front desk?';
      await until(
        () => root.activeElement === getRadio(root, welcome, 'Not welcome'),
        'focus moves to the required question',
      );
      expect(statusOf(el)).to.equal(
        'Please answer question 2, “How welcome did you feel at the front…” before sending.',
      );
      const group = getByRole(root, 'group', welcome);
      expect(textOf(root.getElementById(group.getAttribute('aria-describedby')!))).to.equal(
        'Not answered',
      );

      await press('ArrowRight', 'ArrowRight');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');
      const submitted = nextSubmit<FeedbackPromptResult>(el);
      await clickOn(button(el, 'Send'));
      const { detail } = await submitted;
      expect(stable(detail)).to.deep.include({
        definition: { id: 'riverside-front-desk', version: '2.0.0' },
        rating: { style: 'faces', value: 3 },
        checks: { heard: null, respected: null, whatIWanted: null },
        answers: { welcome: 3 },
      });
    });

    it('found by id from <rapport-provider>, or from a child script on a no-build page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<rapport-provider .instruments=${[frontDesk()]}>
          <rapport-feedback-prompt questions="riverside-front-desk"></rapport-feedback-prompt>
        </rapport-provider>`,
      );
      const byId = wrapper.querySelector(TAG)!;
      await byId.updateComplete;
      expect(textOf(rootOf(byId).querySelector('[part="title"]'))).to.equal('After your visit');

      const fromScript = await prompt(
        { lang: 'es' },
        {},
        `<script type="application/json">${JSON.stringify(frontDesk())}</script>`,
      );
      expect(textOf(rootOf(fromScript).querySelector('[part="title"]'))).to.equal(
        'Después de su visita',
      );
    });

    it('a question id the prompt uses itself is refused, naming the field; the default checks stay', async () => {
      const errors = listen(document, 'rapport-error');
      const questions = frontDesk();
      const el = await prompt(
        {},
        { questions: { ...questions, items: [{ ...questions.items[0], id: 'comment' }] } },
      );
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-instrument']);
      expect(errors[0].detail.message).to.contain('items[0].id "comment"');
      expect(questionNames(rootOf(el))).to.deep.equal([
        EN.rating,
        EN.heard,
        EN.respected,
        EN.wanted,
      ]);
    });
  });

  describe('a Send that is not ready', () => {
    it('says, beside it and as its description, that any one answer is enough', async () => {
      const el = await prompt();
      const send = rootOf(el).querySelector<HTMLButtonElement>('[part="send"]')!;
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      const why = rootOf(el).getElementById(send.getAttribute('aria-describedby')!)!;
      expect(textOf(why)).to.equal('Answer any question to send.');
      await clickOn(getRadio(rootOf(el), EN.rating, 'Good'));
      await el.updateComplete;
      expect(send.getAttribute('aria-disabled')).to.equal('false');
      expect(send.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  describe('dismissing', () => {
    it('inline: "Not now" gives rapport-dismiss, leaves a note that takes focus, and sends nothing', async () => {
      const el = await prompt({ name: 'fb' });
      const form = document.createElement('form');
      el.replaceWith(form);
      form.append(el);
      await el.updateComplete;
      const dismissals = listen(document, 'rapport-dismiss');
      const submits = listen(document, 'rapport-submit');
      await clickOn(getRadio(rootOf(el), EN.rating, 'Good'));
      expect([...new FormData(form).keys()]).to.deep.equal(['fb.rating', 'fb.rating-style']);

      button(el, 'Not now').focus();
      await press('Enter');
      await el.updateComplete;
      expect(dismissals.map((e) => e.detail)).to.deep.equal([{ reason: 'close-button' }]);
      expect(dismissals[0].bubbles && dismissals[0].composed).to.equal(true);
      // No heading, question or button is left; focus is on the note, not on the page.
      expect(el.hidden).to.equal(false);
      await until(() => rootOf(el).activeElement !== null, 'focus lands in the prompt');
      const note = rootOf(el).activeElement as HTMLElement;
      expect(note.getAttribute('part')).to.equal('closed');
      expect(textOf(note)).to.equal('Closed. Nothing was sent.');
      expect(document.activeElement).to.equal(el);
      expect(rootOf(el).querySelectorAll('[role="heading"], input, button')).to.have.length(0);
      expect([...new FormData(form).keys()], 'a dismissed prompt posts nothing').to.deep.equal([]);
      expect(await el.submit()).to.equal(false);
      expect(submits).to.have.length(0);
    });

    it('inline: Escape does not close it (answers are not lost to a stray key)', async () => {
      const el = await prompt();
      const dismissals = listen(document, 'rapport-dismiss');
      getRadio(rootOf(el), EN.rating, 'Very bad').focus();
      await press(' ', 'Escape');
      await el.updateComplete;
      expect(dismissals).to.have.length(0);
      expect(el.hidden).to.equal(false);
      expect(el.value.rating).to.equal(1);
    });

    it('floating: the button opens a card, Escape and "Not now" close it and give focus back', async function () {
      this.timeout(SLOW);
      const el = await prompt({ mode: 'floating' });
      const root = rootOf(el);
      const dismissals = listen(document, 'rapport-dismiss');
      expect(root.querySelector('[role="dialog"]')).to.equal(null);
      const launcher = button(el, 'Feedback');
      expect(launcher.getAttribute('aria-haspopup')).to.equal('dialog');
      await expect(el).to.be.accessible();

      launcher.focus();
      await press('Enter');
      await el.updateComplete;
      const dialog = root.querySelector<HTMLElement>('[role="dialog"]')!;
      expect(accessibleName(dialog)).to.equal(EN.title);
      expect(el.open).to.equal(true);
      expect(el.hasAttribute('open')).to.equal(true);
      expect(root.activeElement).to.equal(dialog);
      await expect(el).to.be.accessible();

      await press('Tab', 'Tab', ' ');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('Very bad');
      await press('Escape');
      await el.updateComplete;
      expect(dismissals.map((e) => e.detail)).to.deep.equal([{ reason: 'escape' }]);
      expect(el.open).to.equal(false);
      expect(root.querySelector('[role="dialog"]')).to.equal(null);
      expect(root.activeElement).to.equal(button(el, 'Feedback'));

      await press('Enter');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating), 'the answer is still there').to.equal('Very bad');
      await clickOn(button(el, 'Not now'));
      await el.updateComplete;
      expect(dismissals.map((e) => e.detail.reason)).to.deep.equal(['escape', 'close-button']);
      expect(root.activeElement).to.equal(button(el, 'Feedback'));
      expect(el.hidden, 'the button stays for later').to.equal(false);
    });

    it('floating: a compact card in the end corner that leaves the rest of the page usable', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button" id="page-control">Book an appointment</button>
          <rapport-feedback-prompt mode="floating"></rapport-feedback-prompt>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const launcher = button(el, 'Feedback').getBoundingClientRect();
      expect(launcher.height).to.be.within(44, 64);
      expect(launcher.right).to.be.closeTo(document.documentElement.clientWidth - 16, 1);
      expect(launcher.bottom).to.be.closeTo(window.innerHeight - 16, 1);

      el.open = true;
      await el.updateComplete;
      const card = rootOf(el).querySelector('[role="dialog"]')!.getBoundingClientRect();
      expect(card.width).to.be.at.most(352);
      expect(card.height, 'it scrolls inside rather than growing over the page').to.be.at.most(480);
      expect(card.right).to.be.closeTo(document.documentElement.clientWidth - 16, 1);
      expect(card.bottom).to.be.closeTo(window.innerHeight - 16, 1);
      expect(card.top).to.be.at.least(16);
      // No backdrop: the page's own control is still the one under the pointer.
      const control = page.querySelector<HTMLButtonElement>('#page-control')!;
      const c = control.getBoundingClientRect();
      expect(document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2)).to.equal(
        control,
      );
    });

    it('floating in Arabic sits in the left corner, as the end side is there', async () => {
      const el = await prompt({ mode: 'floating', lang: 'ar', dir: 'rtl', open: '' });
      const card = rootOf(el).querySelector('[role="dialog"]')!.getBoundingClientRect();
      expect(card.left).to.be.closeTo(16, 1);
      expect(accessibleName(rootOf(el).querySelector('[role="dialog"]')!)).to.equal(AR.title);
    });

    it('an Arabic prompt on a left-to-right page: its button and card go to the left too', async () => {
      const el = await prompt({ mode: 'floating', lang: 'ar' });
      expect(getComputedStyle(el).direction).to.equal('ltr');
      const launcher = rootOf(el).querySelector<HTMLElement>('[part="launcher"]')!;
      expect(launcher.getBoundingClientRect().left).to.be.closeTo(16, 1);
      launcher.click();
      await el.updateComplete;
      const card = rootOf(el).querySelector('[role="dialog"]')!.getBoundingClientRect();
      expect(card.left).to.be.closeTo(16, 1);
      const english = await prompt({ mode: 'floating' });
      const button = rootOf(english).querySelector('[part="launcher"]')!.getBoundingClientRect();
      expect(button.right).to.be.closeTo(document.documentElement.clientWidth - 16, 1);
    });
  });

  describe('after sending', () => {
    it('inline: the thank-you shows the clinic’s own follow-up, and takes focus from Send', async function () {
      this.timeout(SLOW);
      const el = await prompt(
        {},
        {},
        '<p slot="thanks">If something went wrong, call us on <a href="tel:01632960000">01632 960 000</a>.</p>',
      );
      const root = rootOf(el);
      await clickOn(getRadio(root, EN.rating, 'Good'));
      button(el, 'Send').focus();
      await press('Enter');
      await saved(el);
      expect(statusOf(el)).to.equal('Saved. Thank you.');
      expect(allByRole(root, 'radio')).to.have.length(0);
      const thanks = root.querySelector<HTMLElement>('[part="thanks"]')!;
      expect(root.activeElement).to.equal(thanks);
      const slotted = thanks.querySelector('slot')!.assignedElements();
      expect(slotted.map((e) => e.textContent)).to.deep.equal([
        'If something went wrong, call us on 01632 960 000.',
      ]);
      expect(thanks.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();

      const dismissals = listen(document, 'rapport-dismiss');
      await clickOn(button(el, 'Close'));
      await el.updateComplete;
      expect(textOf(root)).to.equal('Saved. Thank you.');
      expect(root.activeElement?.getAttribute('part')).to.equal('closed');
      expect(dismissals, 'closing after answering is not a dismissal').to.have.length(0);
    });

    it('the same live region says "Saving…" then "Saved. Thank you."', async () => {
      const el = await prompt({}, { value: { rating: 5 } });
      let finish: (() => void) | undefined;
      el.addEventListener('rapport-submit', (e) =>
        e.waitUntil(new Promise<void>((resolve) => (finish = resolve))),
      );
      void el.submit();
      await until(() => finish !== undefined, 'rapport-submit was dispatched');
      await el.updateComplete;
      const region = rootOf(el).querySelector('[part="status"]');
      expect(textOf(region)).to.equal('Saving…');
      finish!();
      await saved(el);
      // Kept, not replaced: a live region added to the page with its text is often not read.
      expect(rootOf(el).querySelector('[part="status"]')).to.equal(region);
      expect(textOf(region)).to.equal('Saved. Thank you.');
    });

    it('floating: the card thanks, Close gives focus back to the button, and reopening thanks again', async function () {
      this.timeout(SLOW);
      const el = await prompt({ mode: 'floating', open: '' }, { value: { rating: 5 } });
      const dismissals = listen(document, 'rapport-dismiss');
      button(el, 'Send').focus();
      await press('Enter');
      await saved(el);
      expect(statusOf(el)).to.equal('Saved. Thank you.');
      expect(rootOf(el).activeElement, 'no follow-up text: focus goes to Close').to.equal(
        button(el, 'Close'),
      );
      await expect(el).to.be.accessible();
      button(el, 'Close').focus();
      await press('Enter');
      await el.updateComplete;
      expect(rootOf(el).activeElement).to.equal(button(el, 'Feedback'));
      expect(dismissals).to.have.length(0);
      await press('Enter');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Saved. Thank you.');
    });
  });

  describe('asking again only after ask-again-after', () => {
    const NOW = Date.parse('2026-11-22T10:00:00.000Z');
    const KEY = `${PREFIX}after-visit`;

    function recordAt(at: string, outcome = 'dismissed'): void {
      localStorage.setItem(KEY, JSON.stringify({ outcome, at }));
    }

    function politePrompt(attributes: Record<string, string> = {}) {
      return prompt({ 'prompt-key': 'after-visit', 'ask-again-after': 'P30D', ...attributes });
    }

    it('stays hidden 29 days after a dismissal and shows again after 31 (fixed clock)', async () => {
      Date.now = () => NOW;
      recordAt(new Date(NOW - 29 * DAY).toISOString());
      const quiet = await politePrompt();
      expect(quiet.suppressed).to.equal(true);
      expect(quiet.hidden).to.equal(true);
      expect(rootOf(quiet).querySelector('[part]')).to.equal(null);

      recordAt(new Date(NOW - 31 * DAY).toISOString(), 'answered');
      const again = await politePrompt();
      expect(again.suppressed).to.equal(false);
      expect(again.hidden).to.equal(false);
      expect(textOf(rootOf(again).querySelector('[part="title"]'))).to.equal(EN.title);
    });

    it('counts months on the calendar: P1M from 22 October ends on 22 November at the same time', async () => {
      Date.now = () => NOW;
      recordAt('2026-10-22T10:00:00.001Z');
      expect((await politePrompt({ 'ask-again-after': 'P1M' })).suppressed).to.equal(true);
      recordAt('2026-10-22T10:00:00.000Z');
      expect((await politePrompt({ 'ask-again-after': 'P1M' })).suppressed).to.equal(false);
    });

    it('a dismissal is remembered as outcome and time only, and the next prompt waits', async () => {
      Date.now = () => NOW;
      const el = await politePrompt();
      await clickOn(getRadio(rootOf(el), EN.rating, 'Bad'));
      await clickOn(button(el, 'Not now'));
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
        outcome: 'dismissed',
        at: '2026-11-22T10:00:00.000Z',
      });
      expect((await politePrompt()).suppressed).to.equal(true);
      Date.now = () => NOW + 30 * DAY;
      expect((await politePrompt()).suppressed, 'exactly 30 days later').to.equal(false);
    });

    it('an answer is remembered as outcome and time, never the answers', async () => {
      Date.now = () => NOW;
      const before = new Set(Object.keys(localStorage));
      const el = await politePrompt();
      el.value = {
        rating: 2,
        comment: 'Parking was hard',
        contact: { allowed: true, details: 'sam@example.org' },
      };
      await el.updateComplete;
      await el.submit();
      await saved(el);
      const added = Object.keys(localStorage).filter((k) => !before.has(k));
      expect(added).to.deep.equal([KEY]);
      expect(localStorage.getItem(KEY)).to.equal(
        '{"outcome":"answered","at":"2026-11-22T10:00:00.000Z"}',
      );
      const everything =
        JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      for (const answer of ['Parking', 'sam@example.org', '"rating"']) {
        expect(everything).not.to.contain(answer);
      }
    });

    it('without prompt-key nothing is stored, whatever the person does', async () => {
      const storage = watchNetworkAndStorage();
      try {
        const answered = await prompt({ 'ask-again-after': 'P30D' });
        answered.value = { rating: 4, comment: 'Fine' };
        await answered.updateComplete;
        await answered.submit();
        const dismissed = await prompt({ 'ask-again-after': 'P30D' });
        await clickOn(button(dismissed, 'Not now'));
      } finally {
        storage.restore();
      }
      expect(storage.storageChanges()).to.deep.equal([]);
      expect(storage.requests()).to.deep.equal([]);
    });

    it('storage that refuses (private mode) is no reason to fail: the prompt shows and closes', async () => {
      const { getItem, setItem } = Storage.prototype;
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      const uncaught = watchUncaught();
      const dismissals = listen(document, 'rapport-dismiss');
      try {
        const el = await politePrompt();
        expect(el.suppressed).to.equal(false);
        await clickOn(button(el, 'Not now'));
        await el.updateComplete;
        expect(textOf(rootOf(el))).to.equal('Closed. Nothing was sent.');
      } finally {
        Storage.prototype.getItem = getItem;
        Storage.prototype.setItem = setItem;
        uncaught.restore();
      }
      expect(uncaught.errors).to.deep.equal([]);
      expect(dismissals).to.have.length(1);
    });

    it('a bad ask-again-after gives rapport-error and falls back to 30 days', async () => {
      Date.now = () => NOW;
      const errors = listen(document, 'rapport-error');
      recordAt(new Date(NOW - 29 * DAY).toISOString());
      const el = await politePrompt({ 'ask-again-after': '30 days' });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].detail.message).to.contain('ask-again-after="30 days"');
      expect(el.suppressed).to.equal(true);
    });

    it('a hidden prompt never blocks the form it is in', async () => {
      Date.now = () => NOW;
      recordAt(new Date(NOW - DAY).toISOString());
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <rapport-feedback-prompt
            name="fb"
            required
            prompt-key="after-visit"
            ask-again-after="P30D"
          ></rapport-feedback-prompt>
        </form>`,
      );
      const el = form.querySelector(TAG)!;
      await el.updateComplete;
      expect(el.suppressed).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
    });

    it('reads ISO 8601 durations, and refuses what is not one', () => {
      expect(parseDuration('P30D')).to.deep.equal({
        years: 0,
        months: 0,
        weeks: 0,
        days: 30,
        hours: 0,
        minutes: 0,
        seconds: 0,
      });
      expect(parseDuration('P1Y2M3W4DT5H6M7S')).to.deep.equal({
        years: 1,
        months: 2,
        weeks: 3,
        days: 4,
        hours: 5,
        minutes: 6,
        seconds: 7,
      });
      expect(parseDuration('pt12h')?.hours).to.equal(12);
      for (const bad of ['', 'P', 'PT', 'P1DT', '30D', 'P1.5D', 'P-1D', 'P1H', 'P1D2Y', 'P30 D']) {
        expect(parseDuration(bad), bad).to.equal(null);
      }
      const start = Date.parse('2027-01-31T12:00:00.000Z');
      const at = (text: string) => new Date(addDuration(start, parseDuration(text)!)).toISOString();
      expect(at('P1M')).to.equal('2027-03-03T12:00:00.000Z');
      expect(at('P2W')).to.equal('2027-02-14T12:00:00.000Z');
      expect(at('P1Y')).to.equal('2028-01-31T12:00:00.000Z');
      expect(at('PT36H')).to.equal('2027-02-02T00:00:00.000Z');
    });
  });

  describe('a clinic’s website with no build: dist/rapport.js and a plain form', () => {
    const KEY = `${PREFIX}riverside-visit`;
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => {
      frame?.remove();
      frame = undefined;
    });

    /** The clinic's page in a frame, with dist/rapport.js loaded and nothing remembered. */
    async function noBuildPage() {
      localStorage.removeItem(KEY);
      frame = document.createElement('iframe');
      frame.title = 'A clinic’s feedback page';
      frame.width = '800';
      frame.height = '900';
      frame.src = '/test/fixtures/feedback-prompt-no-build.html';
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      await until(
        () => win.customElements.get(TAG) !== undefined,
        'dist/rapport.js defines <rapport-feedback-prompt> (src/index.ts imports ./feedback-prompt/define.js; `npm test` rebuilds the bundle)',
        30_000,
      );
      const el = win.document.querySelector(TAG)!;
      await el.updateComplete;
      return { frame, win, el };
    }

    it('answered by keyboard, the form’s own submit posts the answers as ordinary fields', async function () {
      this.timeout(SLOW);
      const { frame: shown, win, el } = await noBuildPage();
      const root = rootOf(el);
      const before = Date.now();

      win.focus();
      radioIn(root, EN.rating, '1 star').focus();
      await press(' ', 'ArrowRight', 'ArrowRight', 'ArrowRight');
      radioIn(root, EN.heard, 'Yes').focus();
      await press('ArrowRight');
      field(root, EN.comment).focus();
      await typeText('More evening slots');
      field(root, EN.consent).focus();
      await press(' ');
      await el.updateComplete;
      field(root, EN.details).focus();
      await typeText('sam@example.org');
      await el.updateComplete;

      const posted = oneEvent(shown, 'load');
      win.document.querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
      await press('Enter');
      await posted;
      const received = JSON.parse(
        shown.contentDocument!.getElementById('received')!.textContent!,
      ) as { contentType: string; fields: Array<[string, string]> };
      expect(received.contentType).to.equal('application/x-www-form-urlencoded');
      expect(received.fields).to.deep.equal([
        ['feedback.rating', '4'],
        ['feedback.rating-style', 'stars'],
        ['feedback.heard', 'partly'],
        ['feedback.comment', 'More evening slots'],
        ['feedback.contact', 'yes'],
        ['feedback.contact-details', 'sam@example.org'],
        ['clinic', 'riverside'],
      ]);
      // The page has gone, but the answer was remembered first (and only that it was answered).
      const record = JSON.parse(localStorage.getItem(KEY)!) as { outcome: string; at: string };
      expect(Object.keys(record)).to.deep.equal(['outcome', 'at']);
      expect(record.outcome).to.equal('answered');
      expect(Date.parse(record.at)).to.be.within(before, Date.now());
    });
    it('an empty prompt stops the form: no empty response is posted, and it says why', async function () {
      this.timeout(SLOW);
      const { frame: shown, win, el } = await noBuildPage();
      const form = win.document.querySelector('form')!;
      const page = win.document;
      // The browser checks the form before it posts: the prompt is invalid, so nothing is sent.
      const invalid = oneEvent(el, 'invalid');
      win.document.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await invalid;
      expect(shown.contentDocument).to.equal(page);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Please answer at least one question before sending.');
      expect(localStorage.getItem(KEY), 'nothing remembered: the person answered nothing').to.equal(
        null,
      );

      // A host that wants the rest of its form sent even so says so with allow-empty.
      el.setAttribute('allow-empty', '');
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      expect([...new FormData(form).keys()]).to.deep.equal(['clinic']);
    });
  });

  describe('under a strict Content-Security-Policy with Trusted Types', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => {
      frame?.remove();
      frame = undefined;
    });

    it('opens, is answered and sends with no violation; question text stays text', async function () {
      this.timeout(SLOW);
      const questions = { ...frontDesk(), title: '<img src=x onerror="parent.__fpPwned=1">Ours' };
      frame = document.createElement('iframe');
      frame.title = 'Strict policy';
      frame.width = '800';
      frame.height = '800';
      frame.srcdoc = strictPage(
        '/src/feedback-prompt/define.ts',
        `<rapport-feedback-prompt mode="floating" rating="scale">
        <script type="application/json">${JSON.stringify(questions)}</script>
        </rapport-feedback-prompt>`,
      );
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[] };
      await until(() => win.customElements.get(TAG) !== undefined, 'the module loaded', 30_000);
      const el = win.document.querySelector(TAG)!;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
      await el.updateComplete;
      el.value = { rating: 7, answers: { welcome: 2 }, comment: 'Fine' };
      await el.updateComplete;
      expect(textOf(el.shadowRoot!.querySelector('[part="title"]'))).to.equal(questions.title);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      let sent: FeedbackPromptResult | undefined;
      el.addEventListener('rapport-submit', (e) => (sent = e.detail as FeedbackPromptResult));
      expect(await el.submit()).to.equal(true);
      expect(sent!.answers).to.deep.equal({ welcome: 2 });
      expect((window as unknown as { __fpPwned?: number }).__fpPwned).to.equal(undefined);
      expect(win.violations).to.deep.equal([]);
    });
  });

  describe('read-only', () => {
    it('shows a finished response for a clinician, with nothing to press', async function () {
      this.timeout(SLOW);
      const el = await prompt(
        { readonly: '' },
        {
          value: {
            rating: 4,
            checks: { heard: 'yes', respected: 'partly', whatIWanted: null },
            comment: 'Warm welcome.\nParking was hard.',
            contact: { allowed: true, details: 'sam@example.org' },
          },
        },
      );
      const root = rootOf(el);
      const rows = [...root.querySelectorAll('[part="summary"] .row')].map((row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]);
      expect(rows).to.deep.equal([
        [EN.rating, '4 of 5 · Good'],
        [EN.heard, 'Yes'],
        [EN.respected, 'Partly'],
        [EN.wanted, 'Not answered'],
        [EN.comment, 'Warm welcome. Parking was hard.'],
        [EN.consent, 'Yes · sam@example.org'],
      ]);
      expect(allByRole(root, 'radio')).to.have.length(0);
      expect(allByRole(root, 'button')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('value', () => {
    it('parts it cannot take are dropped with one rapport-error naming them', async () => {
      const errors = listen(document, 'rapport-error');
      const el = await prompt();
      el.value = {
        rating: 3,
        checks: { heard: 'maybe', calm: 'yes' },
        comment: 42,
      } as unknown as FeedbackPromptValue;
      await el.updateComplete;
      expect(el.value.rating).to.equal(3);
      expect(el.value.checks).to.deep.equal({ heard: null, respected: null, whatIWanted: null });
      expect(el.value.comment).to.equal('');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
      for (const named of ['value.checks.heard', 'value.checks.calm', 'value.comment']) {
        expect(errors[0].detail.message).to.contain(named);
      }
    });

    it('a rating that no longer fits a changed style is cleared, with rapport-error', async () => {
      const errors: RapportErrorEvent[] = listen(document, 'rapport-error');
      const el = await prompt({ rating: 'scale' }, { value: { rating: 8 } });
      expect(el.value.rating).to.equal(8);
      el.ratingStyle = 'stars';
      await el.updateComplete;
      expect(el.value.rating).to.equal(null);
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
    });
  });

  describe('forced colours (Windows High Contrast)', () => {
    // Emulated through the DevTools protocol, so in Chromium only.
    if (/Chrome\//.test(navigator.userAgent)) {
      afterEach(() => executeServerCommand('forced-colors', { active: false }));

      const highlight = highlightColour;
      /** The box of a radio, with its colour transition finished. */
      const boxOf = (radio: HTMLInputElement) => settledStyle(radio.nextElementSibling!);

      it('a chosen face is filled and the focused one ringed; a chosen star keeps its box unfilled', async () => {
        await executeServerCommand('forced-colors', { active: true });
        const faces = await prompt({ include: 'rating' });
        const root = faces.shadowRoot!;
        getRadio(root, EN.rating, EN.faces[2]).focus();
        await press('ArrowRight');
        await faces.updateComplete;
        const chosen = getRadio(root, EN.rating, EN.faces[3]);
        expect(chosen.checked).to.equal(true);
        expect(boxOf(chosen).backgroundColor).to.equal(highlight());
        expect(boxOf(chosen).outlineStyle).to.equal('solid');
        expect(boxOf(getRadio(root, EN.rating, EN.faces[4])).backgroundColor).not.to.equal(
          highlight(),
        );

        const stars = await prompt({ include: 'rating', rating: 'stars' });
        const sroot = stars.shadowRoot!;
        getRadio(sroot, EN.rating, EN.stars[2]).focus();
        await press('ArrowRight');
        await stars.updateComplete;
        const star = getRadio(sroot, EN.rating, EN.stars[3]);
        expect(star.checked).to.equal(true);
        expect(boxOf(star).backgroundColor).not.to.equal(highlight());
        expect(boxOf(star).outlineStyle).to.equal('solid');
      });
    }
  });

  describe('right to left', () => {
    it('Arabic: its own words, the first face on the right, ArrowLeft goes on to the next', async function () {
      this.timeout(SLOW);
      const el = await prompt({ lang: 'ar' });
      const root = rootOf(el);
      expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(textOf(root.querySelector('[part="title"]'))).to.equal(AR.title);
      const faces = allByRole<HTMLInputElement>(getByRole(root, 'group', AR.rating), 'radio');
      expect(faces.map(accessibleName)).to.deep.equal(AR.faces);
      expect(faces[0].getBoundingClientRect().left).to.be.above(
        faces[4].getBoundingClientRect().left,
      );

      faces[0].focus();
      await press(' ', 'ArrowLeft', 'ArrowLeft');
      await el.updateComplete;
      expect(checkedIn(root, AR.rating)).to.equal(AR.faces[2]);
      await press('ArrowRight');
      await el.updateComplete;
      expect(checkedIn(root, AR.rating)).to.equal(AR.faces[1]);

      const digits = new Intl.NumberFormat('ar');
      expect(counterOf(el)).to.equal(`عدد الأحرف: ${digits.format(0)} من ${digits.format(1000)}`);
      await expect(el).to.be.accessible();
    });

    it('dir="rtl" in English: the 0–10 scale runs from the right, ArrowRight goes down', async () => {
      const el = await prompt({ dir: 'rtl', rating: 'scale', include: 'rating' });
      const root = rootOf(el);
      const zero = getRadio(root, EN.rating, '0 Very bad');
      const ten = getRadio(root, EN.rating, '10 Very good');
      expect(zero.getBoundingClientRect().left).to.be.above(ten.getBoundingClientRect().left);
      getRadio(root, EN.rating, '5').focus();
      await press(' ', 'ArrowRight');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('4');
      await press('ArrowLeft', 'ArrowLeft');
      await el.updateComplete;
      expect(checkedIn(root, EN.rating)).to.equal('6');
    });
  });

  describe('accessibility in every state', () => {
    const states: Array<{
      name: string;
      attributes?: Record<string, string>;
      value?: Partial<FeedbackPromptValue>;
      inner?: string;
      then?: (el: RapportFeedbackPrompt) => Promise<void>;
    }> = [
      { name: 'faces, empty' },
      { name: 'stars, answered', attributes: { rating: 'stars' }, value: { rating: 3 } },
      { name: 'scale, answered', attributes: { rating: 'scale' }, value: { rating: 7 } },
      {
        name: 'every part answered, contact ticked',
        value: {
          rating: 5,
          checks: { heard: 'yes', respected: 'yes', whatIWanted: 'partly' },
          comment: 'Thank you',
          contact: { allowed: true, details: '07700 900123' },
        },
      },
      { name: 'comment at its limit', attributes: { maxlength: '5' }, value: { comment: 'Thank' } },
      {
        name: 'nothing answered, Send pressed',
        then: async (el) => {
          await el.submit();
          await el.updateComplete;
        },
      },
      { name: 'floating, closed', attributes: { mode: 'floating' } },
      { name: 'floating, open', attributes: { mode: 'floating', open: '' } },
      {
        name: 'floating, open, dark',
        attributes: { mode: 'floating', open: '', theme: 'dark' },
        value: { rating: 2 },
      },
      { name: 'disabled', attributes: { disabled: '' }, value: { rating: 2 } },
      { name: 'Arabic, stars', attributes: { lang: 'ar', rating: 'stars' }, value: { rating: 4 } },
      {
        name: 'read-only, floating',
        attributes: { readonly: '', mode: 'floating', open: '' },
        value: { rating: 4 },
      },
    ];
    for (const s of states) {
      it(`axe finds nothing: ${s.name}`, async function () {
        this.timeout(SLOW);
        const el = await prompt(s.attributes, s.value ? { value: s.value } : {}, s.inner);
        await s.then?.(el);
        await expect(el).to.be.accessible();
      });
    }

    it('on a 320px phone every 0–10 choice is at least 24px square and nothing overflows', async () => {
      // 320px less the page's own margins.
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: 288px">
          <rapport-feedback-prompt rating="scale"></rapport-feedback-prompt>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      for (const radio of allByRole(getByRole(root, 'group', EN.rating), 'radio')) {
        const rect = radio.getBoundingClientRect();
        expect(rect.width, accessibleName(radio)).to.be.at.least(24);
        expect(rect.height, accessibleName(radio)).to.be.at.least(24);
        const label = radio.nextElementSibling as HTMLElement;
        expect(label.scrollWidth, `${accessibleName(radio)} fits its box`).to.be.at.most(
          label.clientWidth,
        );
      }
      const base = root.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(288);
      expect(el.getBoundingClientRect().width).to.be.at.most(288);
    });
  });

  describe('events', () => {
    it('rapport-input carries the answers so far; a host’s value change fires nothing', async () => {
      const el = await prompt({ include: 'rating comment' });
      const inputs: RapportInputEvent[] = listen(el, 'rapport-input');
      el.value = { rating: 2 };
      await el.updateComplete;
      expect(inputs).to.have.length(0);
      await clickOn(getRadio(rootOf(el), EN.rating, 'Very good'));
      expect(inputs).to.have.length(1);
      expect(inputs[0].detail).to.deep.include({
        kind: 'feedback-prompt',
        complete: true,
        rating: 5,
        comment: '',
      });
      const dismissals: RapportDismissEvent[] = listen(el, 'rapport-dismiss');
      expect(dismissals).to.have.length(0);
    });
  });
});
