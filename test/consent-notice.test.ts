// <rapport-consent-notice> as a person, a host and a clinic use it. The generic contracts
// (event shape, envelope, waitUntil, double send, forms, privacy, axe) are in test/contract/.
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/consent-notice/define.js';
import '../src/provider/define.js';
import { registerNoticeContent } from '../src/consent-notice/define.js';
import type {
  ConsentChoice,
  ConsentNoticeResult,
  RapportConsentNotice,
} from '../src/consent-notice/define.js';
import type { RapportDismissEvent } from '../src/core/events.js';
import type { RapportDraft } from '../src/core/result.js';
import { registerTranslation } from '../src/core/localize.js';
import en from '../src/core/locales/en.js';
import { en as consentEn } from '../src/consent-notice/locales/index.js';
import { getByRole, textOf } from './helpers/roles.js';
import { press } from './helpers/keyboard.js';
import { pointAlong } from './helpers/pointer.js';
import { PATIENCE, SLOW, until } from './helpers/wait.js';
import { strictPage } from './helpers/csp.js';
import { listen, nextSubmit, stopListening } from './helpers/events.js';

const TAG = 'rapport-consent-notice';

// ---- What the person reads (English unless noted) ---------------------------------------------

const TITLE = 'Your privacy: what stays between us';
const ACK = 'I understand what stays private and when it may have to be shared.';
const ACK_BOX = `${ACK} (needed to agree)`;
const AGREE = 'I agree';
const DECLINE = 'I do not agree';
/** A banner's way from its summary to the whole notice, with a clinic's optional choices. */
const READ_FULL = 'Read the full notice and your other choices';
const SAVED = 'Saved. Thank you.';
const UNAVAILABLE = 'This privacy notice cannot be shown right now.';
const LIMITS_TEXT =
  'Sometimes we must share some information, even if you do not want us to. This happens only when: ' +
  'we believe you are at risk of serious harm; we believe someone else is at risk of serious harm; ' +
  'we are worried that a child, or an adult who cannot keep themselves safe, is being hurt or neglected; ' +
  'a court orders us to, or another law says we must. ' +
  'Then we share only what is needed, and only with the people who need to know. When it is safe, we will talk with you first and tell you what we shared.';

/** A clinic's four choices, as in the issue. */
const CHOICES: ConsentChoice[] = [
  {
    id: 'gp',
    label: 'Share a summary with my GP',
    description: 'A short letter after each month. Never your session notes.',
  },
  { id: 'sms', label: 'Contact me by text message' },
  { id: 'email', label: 'Contact me by email' },
  { id: 'research', label: 'Use my answers, without my name, to improve the service' },
];
const [GP, SMS, EMAIL, RESEARCH] = CHOICES.map((c) => c.label as string);

function longDate(date: Date | string, lang = 'en'): string {
  const d = typeof date === 'string' ? new Date(date) : date;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) options.timeZone = 'UTC';
  return new Intl.DateTimeFormat(lang, options).format(d);
}

// ---- Doing things as a person does ------------------------------------------------------------

/**
 * Clicks the middle of an element with the real pointer. The element is scrolled into view
 * first and measured a frame later: inside a scrolling dialog WebKit applies the scroll late,
 * and on a busy machine later still, so this goes on for up to PATIENCE ms, not a number of
 * frames.
 */
async function click(element: Element): Promise<void> {
  const inView = () => {
    const r = element.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  };
  const giveUp = performance.now() + PATIENCE;
  while (!inView() && performance.now() < giveUp) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    await nextFrame();
  }
  await sendMouse({ type: 'click', position: pointAlong(element, 0.5) });
}

/**
 * Shift+Tab. Through @web/test-runner-commands, WebKitWebDriver cannot hold Shift down; there
 * the keydown the widget handles is dispatched on the focused element instead, which is enough
 * for the wrap from first to last that the widget does itself.
 */
async function pressShiftTab(): Promise<void> {
  const ua = navigator.userAgent;
  const heldKeys = !(/AppleWebKit/.test(ua) && !/Chrome|Chromium/.test(ua));
  try {
    // Asked only where it can work: the server logs a refused key as an error.
    if (!heldKeys) throw new Error('WebKitWebDriver cannot hold a key down');
    await sendKeys({ down: 'Shift' });
  } catch {
    deepActive()?.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    return;
  }
  try {
    await press('Tab');
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

function rootOf(el: RapportConsentNotice): ShadowRoot {
  return el.shadowRoot!;
}

/**
 * The text a person meets, through slots: a slot shows the host's nodes when it has any,
 * its own fallback otherwise. `aria-hidden` parts are skipped; spaces collapsed.
 */
function flatText(node: Node | null): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof Element && n.getAttribute('aria-hidden') === 'true') return;
    if (n instanceof Element && (n.hasAttribute('hidden') || n.matches('script, style'))) return;
    // Blocks (paragraphs, list items, headings) are read apart.
    const block = n instanceof Element && n.matches('p, li, ul, ol, div, h1, h2, h3, h4, h5, h6');
    if (block) parts.push(' ');
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n instanceof HTMLSlotElement) {
      const assigned = n.assignedNodes();
      for (const child of assigned.length > 0 ? assigned : [...n.childNodes]) walk(child);
      return;
    }
    for (const child of n.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  if (node) walk(node);
  return parts
    .join('')
    .replace(/[ \t\n\r\f]+/g, ' ')
    .trim();
}

function allBoxes(el: RapportConsentNotice): HTMLInputElement[] {
  return [...rootOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function labelOf(el: RapportConsentNotice, input: HTMLInputElement): HTMLLabelElement {
  return rootOf(el).querySelector<HTMLLabelElement>(`label[for="${input.id}"]`)!;
}

/** A box's accessible name: its label's text, slotted content included. */
function boxName(el: RapportConsentNotice, input: HTMLInputElement): string {
  return flatText(labelOf(el, input));
}

function boxNames(el: RapportConsentNotice): string[] {
  return allBoxes(el).map((b) => boxName(el, b));
}

/** The one box whose label reads `name` (required boxes end with "(needed to agree)"). */
function box(el: RapportConsentNotice, name: string): HTMLInputElement {
  const found = allBoxes(el).filter((b) => boxName(el, b) === name);
  if (found.length !== 1) {
    throw new Error(
      `expected one box named ${JSON.stringify(name)} among ${JSON.stringify(boxNames(el))}`,
    );
  }
  return found[0];
}

function button(el: RapportConsentNotice, name: string): HTMLButtonElement {
  return getByRole<HTMLButtonElement>(rootOf(el), 'button', name);
}

function buttonNames(el: RapportConsentNotice): string[] {
  return [...rootOf(el).querySelectorAll('button')]
    .filter((b) => b.getClientRects().length > 0)
    .map((b) => textOf(b));
}

function part(el: RapportConsentNotice, name: string): HTMLElement | null {
  return rootOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function statusOf(el: RapportConsentNotice): string {
  return textOf(part(el, 'status'));
}

/** Where focus is, looking inside shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * What an element is, in words a failure message can show: its role-ish tag and its name.
 * Assertions compare these rather than elements, whose printing can bring a browser down.
 */
function nameOf(e: Element | null | undefined): string {
  if (!e) return 'nothing';
  const host = (e.getRootNode() as ShadowRoot).host as RapportConsentNotice | undefined;
  if (e instanceof HTMLInputElement && host?.localName === TAG) return `box "${boxName(host, e)}"`;
  if (e instanceof HTMLButtonElement) return `button "${textOf(e)}"`;
  const part = e.getAttribute('part');
  return `${e.localName}${part ? `[part=${part}]` : ''}${e.id ? `#${e.id}` : ''} "${flatText(e).slice(0, 40)}"`;
}

/** Asserts that focus (looking inside shadow roots) is on `target`. */
function expectFocusOn(target: Element | null, message?: string): void {
  const active = deepActive();
  expect(nameOf(active), message).to.equal(nameOf(target));
  expect(active === target, message ?? `focus on ${nameOf(target)}`).to.equal(true);
}

type Draft = RapportDraft & { acknowledged: string[]; choices: Record<string, boolean> };

async function saved(el: RapportConsentNotice): Promise<void> {
  await until(() => el.state === 'submitted', 'the decision is saved');
  await el.updateComplete;
}

/** A fresh element from attributes, properties and inner HTML, in the document. */
async function notice(
  attributes: Record<string, string> = {},
  properties: Partial<Pick<RapportConsentNotice, 'choices' | 'value' | 'changes'>> = {},
  inner = '',
): Promise<RapportConsentNotice> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if ('choices' in properties) el.choices = properties.choices;
  if ('changes' in properties) el.changes = properties.changes;
  if ('value' in properties) el.value = properties.value;
  el.innerHTML = inner;
  return fixture<RapportConsentNotice>(el);
}

afterEach(async () => {
  stopListening();
  await resetMouse();
});

// ---- Tests ------------------------------------------------------------------------------------

describe('<rapport-consent-notice>', () => {
  describe('the built-in notice', () => {
    it('says what stays private, its limits, how records are kept and the person’s rights', async () => {
      const el = await notice();
      const root = rootOf(el);
      expect(getByRole(root, 'heading', TITLE).getAttribute('aria-level')).to.equal('2');
      const headings = [...root.querySelectorAll('.section-heading')].map((h) => textOf(h));
      expect(headings).to.deep.equal([
        'What stays private',
        'When we may have to share',
        'How we keep your records',
        'Your rights',
      ]);
      expect(flatText(part(el, 'section-limits')!.querySelector('.section-body'))).to.equal(
        LIMITS_TEXT,
      );
      expect(textOf(part(el, 'version'))).to.equal('Version 1.0.0');
      // Only the acknowledgement: no optional choices, so no group for them.
      expect(boxNames(el)).to.deep.equal([ACK_BOX]);
      expect(part(el, 'choices')).to.equal(null);
      expect(buttonNames(el)).to.deep.equal([AGREE, DECLINE]);
      expect(el.value).to.deep.equal({ acknowledged: [], choices: {} });
    });

    it('optional choices are never ticked to begin with, and each is its own box', async () => {
      const el = await notice({}, { choices: CHOICES });
      expect(boxNames(el)).to.deep.equal([ACK_BOX, GP, SMS, EMAIL, RESEARCH]);
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([false, false, false, false, false]);
      expect(el.value).to.deep.equal({
        acknowledged: [],
        choices: { gp: false, sms: false, email: false, research: false },
      });
      const legend = (name: string) => textOf(part(el, name)!.querySelector('legend'));
      expect(legend('acknowledgements')).to.equal('Before you agree');
      expect(legend('choices')).to.equal('Your choices');
      const gp = box(el, GP);
      expect(textOf(rootOf(el).getElementById(gp.getAttribute('aria-describedby')!))).to.equal(
        'A short letter after each month. Never your session notes.',
      );
    });
  });

  describe('inline, keyboard only', () => {
    it('Tab through the boxes, Space ticks and unticks, Enter on “I agree”: granted with each choice', async function () {
      this.timeout(SLOW);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Your name <input /></label>
          <rapport-consent-notice .choices=${CHOICES}></rapport-consent-notice>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const inputs = listen(el, 'rapport-input');
      const submits = listen(el, 'rapport-submit');

      page.querySelector('input')!.focus();
      await press('Tab');
      expectFocusOn(box(el, ACK_BOX));
      await press(' ');
      await press('Tab');
      expectFocusOn(box(el, GP));
      await press(' ');
      await press('Tab', 'Tab');
      expectFocusOn(box(el, EMAIL));
      await press(' ');
      await press('Tab');
      expectFocusOn(box(el, RESEARCH));
      await press(' ', ' ');
      await el.updateComplete;
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([true, true, false, true, false]);

      await press('Tab');
      expectFocusOn(button(el, AGREE));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;

      expect(submits).to.have.length(1);
      expect(detail.kind).to.equal('consent-notice');
      expect(detail.status).to.equal('granted');
      expect(detail.acknowledged).to.deep.equal(['limits']);
      expect(detail.choices).to.deep.equal({
        gp: true,
        sms: false,
        email: true,
        research: false,
      });
      expect(detail.definition.id).to.equal('rapport-confidentiality');
      expect(detail.definition.version).to.equal('1.0.0');
      expect(detail.definition.contentHash).to.match(/^[0-9a-f]{64}$/);
      expect(detail.locale).to.equal('en');
      expect(Object.keys(detail).sort()).to.deep.equal(
        [
          'kind',
          'responseId',
          'definition',
          'locale',
          'subject',
          'startedAt',
          'completedAt',
          'status',
          'choices',
          'acknowledged',
        ].sort(),
      );

      const drafts = inputs.map((e) => e.detail as Draft);
      expect(
        drafts.map((d) => [d.acknowledged, d.choices.gp, d.choices.email, d.choices.research]),
      ).to.deep.equal([
        [['limits'], false, false, false],
        [['limits'], true, false, false],
        [['limits'], true, true, false],
        [['limits'], true, true, true],
        [['limits'], true, true, false],
      ]);
      expect(drafts.map((d) => d.complete)).to.deep.equal([true, true, true, true, true]);

      await saved(el);
      const outcome = part(el, 'outcome')!;
      expect(textOf(outcome)).to.equal(`You agreed to this notice on ${longDate(new Date())}.`);
      expectFocusOn(outcome);
      expect(statusOf(el)).to.equal(SAVED);
      expect(allBoxes(el)).to.have.length(0);
      expect(buttonNames(el)).to.deep.equal(['Review or withdraw']);
    });

    it('“I do not agree” by keyboard: declined, every choice false, nothing acknowledged', async function () {
      this.timeout(SLOW);
      const el = await notice({}, { choices: CHOICES });
      const root = rootOf(el);
      box(el, ACK_BOX).focus();
      await press(' ', 'Tab', ' ');
      await el.updateComplete;
      expect(el.value.choices.gp).to.equal(true);
      button(el, DECLINE).focus();
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.status).to.equal('declined');
      expect(detail.acknowledged).to.deep.equal([]);
      expect(detail.choices).to.deep.equal({
        gp: false,
        sms: false,
        email: false,
        research: false,
      });
      expect(detail.definition.id).to.equal('rapport-confidentiality');
      await saved(el);
      expect(textOf(part(el, 'outcome'))).to.equal(
        'You chose not to agree. You can read the notice again and change your mind at any time.',
      );
      expectFocusOn(part(el, 'outcome'));
      expect(statusOf(el)).to.equal(SAVED);

      // Changing one's mind: the notice again, nothing ticked, a new response.
      button(el, 'Read the notice again').focus();
      await press('Enter');
      await el.updateComplete;
      expectFocusOn(getByRole(root, 'heading', TITLE));
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([false, false, false, false, false]);
      box(el, ACK_BOX).focus();
      await press(' ');
      const again = nextSubmit<ConsentNoticeResult>(el);
      button(el, AGREE).focus();
      await press('Enter');
      const second = (await again).detail;
      expect(second.status).to.equal('granted');
      expect(second.responseId).not.to.equal(detail.responseId);
    });

    it('declining needs nothing ticked', async () => {
      const el = await notice({}, { choices: CHOICES });
      button(el, DECLINE).focus();
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.status).to.equal('declined');
      expect(detail.choices).to.deep.equal({
        gp: false,
        sms: false,
        email: false,
        research: false,
      });
    });
  });

  describe('inline, pointer only', () => {
    it('clicking labels ticks and unticks; clicking “I agree” grants exactly what was ticked', async function () {
      this.timeout(SLOW);
      const el = await notice({}, { choices: CHOICES });
      const inputs = listen(el, 'rapport-input');
      for (const name of [ACK_BOX, SMS, RESEARCH, SMS, GP]) {
        await click(labelOf(el, box(el, name)));
        await el.updateComplete;
      }
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([true, true, false, false, true]);
      expect(inputs).to.have.length(5);
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.acknowledged).to.deep.equal(['limits']);
      expect(detail.choices).to.deep.equal({
        gp: true,
        sms: false,
        email: false,
        research: true,
      });
    });

    it('clicking the box itself works too, and “I do not agree” declines', async () => {
      const el = await notice({}, { choices: CHOICES });
      await click(box(el, EMAIL));
      await el.updateComplete;
      expect(box(el, EMAIL).checked).to.equal(true);
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, DECLINE));
      const { detail } = await submitted;
      expect(detail.status).to.equal('declined');
      expect(detail.choices.email).to.equal(false);
    });
  });

  describe('agreeing and declining are equally easy', () => {
    it('the two buttons are the same size, side by side, and look the same', async () => {
      const el = await notice({}, { choices: CHOICES });
      const agree = button(el, AGREE).getBoundingClientRect();
      const decline = button(el, DECLINE).getBoundingClientRect();
      expect(Math.abs(agree.width - decline.width)).to.be.below(0.5);
      expect(Math.abs(agree.height - decline.height)).to.be.below(0.5);
      expect(agree.top).to.equal(decline.top);
      expect(agree.height).to.be.at.least(44);
      const look = (b: HTMLButtonElement) => {
        const s = getComputedStyle(b);
        return [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.fontWeight];
      };
      expect(look(button(el, AGREE))).to.deep.equal(look(button(el, DECLINE)));
    });

    it('at 320 px wide they stack, still the same size', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px">
          <rapport-consent-notice .choices=${CHOICES}></rapport-consent-notice>
        </div>`,
      );
      const el = wrapper.querySelector(TAG)!;
      await el.updateComplete;
      const agree = button(el, AGREE).getBoundingClientRect();
      const decline = button(el, DECLINE).getBoundingClientRect();
      expect(Math.abs(agree.width - decline.width)).to.be.below(0.5);
      expect(decline.top).to.be.above(agree.bottom - 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      expect(rootOf(el).querySelector('.panel')!.scrollWidth).to.be.at.most(320);
    });
  });

  describe('the acknowledgement of the limits cannot be skipped', () => {
    it('“I agree” without it sends nothing, says what to tick, marks the box and moves focus to it', async function () {
      this.timeout(SLOW);
      const el = await notice({}, { choices: CHOICES });
      const root = rootOf(el);
      const submits = listen(el, 'rapport-submit');
      await click(labelOf(el, box(el, GP)));
      await click(button(el, AGREE));
      await el.updateComplete;
      expect(submits).to.have.length(0);
      expect(el.state).to.equal('editing');
      const ack = box(el, ACK_BOX);
      expectFocusOn(ack);
      expect(ack.getAttribute('aria-invalid')).to.equal('true');
      expect(textOf(root.getElementById(ack.getAttribute('aria-describedby')!))).to.equal(
        'Please tick this box to agree.',
      );
      expect(statusOf(el)).to.equal(`To agree, please tick “${ACK.slice(0, -1)}”.`);
      expect(part(el, 'status')!.querySelector('[role="status"]')!.textContent).to.contain(
        'To agree',
      );
      await expect(el).to.be.accessible();

      await press(' ');
      await el.updateComplete;
      expect(ack.getAttribute('aria-invalid')).to.equal('false');
      expect(statusOf(el)).to.equal('');
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      expect((await submitted).detail.choices.gp).to.equal(true);
    });

    it('a host’s required choice is asked beside it; the id "limits" cannot replace it', async function () {
      this.timeout(SLOW);
      const el = await notice(
        {},
        {
          choices: [
            { id: 'terms', label: 'I have read the service agreement', required: true },
            ...CHOICES,
          ],
        },
      );
      expect(boxNames(el)).to.deep.equal([
        ACK_BOX,
        'I have read the service agreement (needed to agree)',
        GP,
        SMS,
        EMAIL,
        RESEARCH,
      ]);
      await click(labelOf(el, box(el, ACK_BOX)));
      await click(button(el, AGREE));
      await el.updateComplete;
      expect(statusOf(el)).to.equal('To agree, please tick “I have read the service agreement”.');
      await click(labelOf(el, box(el, 'I have read the service agreement (needed to agree)')));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const { detail } = await submitted;
      expect(detail.acknowledged).to.deep.equal(['limits', 'terms']);
      expect(detail.choices).to.deep.equal({
        terms: true,
        gp: false,
        sms: false,
        email: false,
        research: false,
      });

      const errors = listen(document, 'rapport-error');
      const bad = await notice({}, { choices: [{ id: 'limits', label: 'Not this' }] });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-definition']);
      expect(errors[0].detail.message).to.contain('choices[0].id "limits"');
      expect(textOf(part(bad, 'error'))).to.equal(UNAVAILABLE);
      expect(allBoxes(bad)).to.have.length(0);
    });
  });

  describe('choices as child elements', () => {
    it('slot="choice-<id>" adds a choice with the clinic’s own markup, or rewords a data choice', async function () {
      this.timeout(SLOW);
      const el = await notice(
        {},
        { choices: CHOICES.slice(0, 2) },
        `<span slot="choice-gp">Send a short summary to <strong>Dr Amin</strong></span>
         <span slot="choice-post" data-required>I can be written to at the address I gave</span>
         <span slot="choice-app">Remind me in the <a href="https://clinic.example/app">clinic app</a></span>`,
      );
      expect(boxNames(el)).to.deep.equal([
        ACK_BOX,
        'I can be written to at the address I gave (needed to agree)',
        'Send a short summary to Dr Amin',
        SMS,
        'Remind me in the clinic app',
      ]);
      await click(labelOf(el, box(el, ACK_BOX)));
      await click(
        labelOf(el, box(el, 'I can be written to at the address I gave (needed to agree)')),
      );
      await click(labelOf(el, box(el, 'Send a short summary to Dr Amin')));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const { detail } = await submitted;
      expect(detail.acknowledged).to.deep.equal(['limits', 'post']);
      expect(detail.choices).to.deep.equal({ gp: true, sms: false, post: true, app: false });
      await expect(el).to.be.accessible();
    });

    it('a choice given in a child script', async () => {
      const el = await notice(
        {},
        {},
        `<script type="application/json">{ "choices": [{ "id": "sms", "label": { "en": "Text me", "es": "Escríbame" } }] }</script>`,
      );
      expect(boxNames(el)).to.deep.equal([ACK_BOX, 'Text me']);
      el.lang = 'es';
      await el.updateComplete;
      expect(boxName(el, allBoxes(el)[1])).to.equal('Escríbame');
    });
  });

  describe('a clinic’s own text', () => {
    it('a named slot replaces one section’s text; its heading and the other sections stay', async function () {
      this.timeout(SLOW);
      const el = await notice(
        {},
        {},
        `<div slot="limits"><p>We share only when the law says we must. <a href="https://clinic.example/limits">Read when</a>.</p></div>`,
      );
      const limits = part(el, 'section-limits')!;
      expect(textOf(limits.querySelector('.section-heading'))).to.equal(
        'When we may have to share',
      );
      expect(flatText(limits.querySelector('.section-body'))).to.equal(
        'We share only when the law says we must. Read when.',
      );
      expect(flatText(part(el, 'section-confidential')!.querySelector('.section-body'))).to.contain(
        'What you tell us is private.',
      );
      expect(boxNames(el)).to.deep.equal([ACK_BOX]);
      await expect(el).to.be.accessible();
    });

    it('unslotted content replaces the whole notice; the acknowledgement is still asked', async () => {
      const el = await notice(
        { 'notice-id': 'northside', version: '3' },
        {},
        `<h3>Northside privacy</h3><p>Our own words about privacy.</p>`,
      );
      expect(rootOf(el).querySelectorAll('[part~="section"]')).to.have.length(0);
      expect(flatText(part(el, 'custom'))).to.equal(
        'Northside privacy Our own words about privacy.',
      );
      expect(textOf(part(el, 'version'))).to.equal('Version 3');
      expect(boxNames(el)).to.deep.equal([ACK_BOX]);
      await click(labelOf(el, box(el, ACK_BOX)));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const { detail } = await submitted;
      expect(detail.definition.id).to.equal('northside');
      expect(detail.definition.version).to.equal('3');
    });

    it('white space and a child script alone do not replace the notice', async () => {
      const el = await notice({}, {}, `\n  <script type="application/json">[]</script>\n  `);
      expect(part(el, 'custom')).to.equal(null);
      expect(rootOf(el).querySelectorAll('[part~="section"]')).to.have.length(4);
    });

    it('slot="heading" gives the title; slot="choice-limits" rewords the acknowledgement, still required', async () => {
      const el = await notice(
        {},
        {},
        `<span slot="heading">Privacy at Northside</span><span slot="choice-limits">I know when Northside may share</span>`,
      );
      expect(flatText(getByRole(rootOf(el), 'heading', TITLE))).to.equal('Privacy at Northside');
      expect(boxNames(el)).to.deep.equal(['I know when Northside may share (needed to agree)']);
      await click(button(el, AGREE));
      await el.updateComplete;
      expect(statusOf(el)).to.equal('To agree, please tick “I know when Northside may share”.');
    });
  });

  describe('contentHash: the exact text shown', () => {
    const ticked = { acknowledged: ['limits'], choices: {} };

    /** Sends a new response (every required box ticked, to agree) and gives its hash. */
    async function hashOf(
      el: RapportConsentNotice,
      how: 'agree' | 'decline' = 'agree',
    ): Promise<string> {
      el.reset();
      await el.updateComplete;
      if (how === 'agree') {
        for (const b of part(el, 'acknowledgements')!.querySelectorAll('input')) b.click();
      }
      await el.updateComplete;
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      if (how === 'agree') await el.submit();
      else await el.decline();
      return (await submitted).detail.definition.contentHash;
    }

    const slotted = `<div slot="limits"><p>We share only when <a href="https://clinic.example/law">the law</a> says so.</p><p hidden>Draft note</p></div>`;

    it('is the same for the same text, whatever else differs', async () => {
      const base = await notice({}, { choices: CHOICES }, slotted);
      const hash = await hashOf(base);
      expect(await hashOf(base), 'the same notice again').to.equal(hash);
      expect(await hashOf(base, 'decline'), 'declining').to.equal(hash);
      const others: Array<[string, RapportConsentNotice]> = [
        ['another element', await notice({}, { choices: CHOICES }, slotted)],
        ['another version number', await notice({ version: '9' }, { choices: CHOICES }, slotted)],
        ['mode="dialog"', await notice({ mode: 'dialog' }, { choices: CHOICES }, slotted)],
        [
          'a summary of changes',
          await notice(
            { 'accepted-version': '0.9' },
            { choices: CHOICES, changes: 'We added text messages.' },
            slotted,
          ),
        ],
        ['subject ids', await notice({ 'client-id': 'c-9' }, { choices: CHOICES }, slotted)],
      ];
      for (const [what, el] of others) expect(await hashOf(el), what).to.equal(hash);

      const el = await notice({}, { choices: CHOICES }, slotted);
      el.value = { acknowledged: ['limits'], choices: { gp: true, research: true } };
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await el.submit();
      expect((await submitted).detail.definition.contentHash, 'other ticks').to.equal(hash);
    });

    it('changes when any shown text changes', async () => {
      const el = await notice({}, { choices: CHOICES }, slotted);
      const seen = new Map<string, string>();
      const record = async (what: string) => {
        await el.updateComplete;
        const hash = await hashOf(el);
        for (const [before, h] of seen) expect(h, `${what} vs ${before}`).not.to.equal(hash);
        seen.set(what, hash);
      };
      await record('as given');
      el.querySelector('[slot="limits"] p')!.firstChild!.textContent = 'We share only if ';
      await record('a word of the slotted section');
      el.querySelector('a')!.setAttribute('href', 'https://clinic.example/other');
      await record('a link address in the slotted section');
      el.querySelector('[slot="limits"] p[hidden]')!.removeAttribute('hidden');
      await record('hidden slotted text shown');
      el.choices = [
        { ...CHOICES[0], label: 'Share a short summary with my GP' },
        ...CHOICES.slice(1),
      ];
      await record('a choice label');
      el.choices = [
        { ...CHOICES[0], label: 'Share a short summary with my GP', description: 'Monthly.' },
        ...CHOICES.slice(1),
      ];
      await record('a choice description');
      el.choices = [...(el.choices ?? []), { id: 'post', label: 'Write to me' }];
      await record('a choice added');
      el.choices = (el.choices ?? []).map((c) => (c.id === 'post' ? { ...c, required: true } : c));
      await record('a choice made required');
      const span = document.createElement('span');
      span.slot = 'heading';
      span.textContent = 'Privacy at Northside';
      el.append(span);
      await record('the title');
      el.lang = 'fr';
      await record('the language');
      const child = document.createElement('span');
      child.slot = 'choice-app';
      child.textContent = 'Remind me in the app';
      el.append(child);
      await record('a child choice');
      child.textContent = 'Remind me in our app';
      await record('a child choice’s label');
      const whole = document.createElement('p');
      whole.textContent = 'Our whole notice.';
      el.append(whole);
      await record('a whole notice of the clinic’s own');
      expect(seen.size).to.equal(13);
    });

    it('the form carries the same hash as the result', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement(TAG);
      el.name = 'privacy';
      el.choices = CHOICES;
      form.append(el);
      await el.updateComplete;
      el.value = ticked;
      await el.updateComplete;
      const fromForm = new FormData(form).get('privacy.hash');
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await el.submit();
      expect((await submitted).detail.definition.contentHash).to.equal(fromForm);
    });
  });

  describe('someone who already agreed', () => {
    it('accepted-version equal to version: a short “you agreed on” state instead of asking', async function () {
      this.timeout(SLOW);
      const el = await notice(
        { version: '2.0', 'accepted-version': '2.0', 'accepted-at': '2026-03-03' },
        { choices: CHOICES },
      );
      expect(textOf(part(el, 'outcome'))).to.equal('You agreed to this notice on March 3, 2026.');
      expect(allBoxes(el)).to.have.length(0);
      expect(buttonNames(el)).to.deep.equal(['Review or withdraw']);
      expect(getByRole(rootOf(el), 'heading', TITLE).isConnected).to.equal(true);
      expect(await el.submit(), 'nothing to agree to again').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('without accepted-at it says so without a date', async () => {
      const el = await notice({ 'accepted-version': '1.0.0' });
      expect(textOf(part(el, 'outcome'))).to.equal('You have agreed to this notice.');
    });

    it('a new version asks again, says it changed and shows the host’s summary', async function () {
      this.timeout(SLOW);
      const el = await notice(
        { version: '2.0', 'accepted-version': '1.0', 'accepted-at': '2026-03-03' },
        {
          choices: CHOICES,
          changes: { en: 'We now ask about email.', fr: 'Nous demandons l’e-mail.' },
        },
      );
      const changes = part(el, 'changes')!;
      expect(textOf(changes.querySelector('.changed'))).to.equal(
        'This notice has changed since you agreed to it on March 3, 2026. Please read it again.',
      );
      expect(textOf(changes.querySelector('[role="heading"]'))).to.equal('What has changed');
      expect(flatText(changes.querySelector('.changes-body'))).to.equal('We now ask about email.');
      await expect(el).to.be.accessible();
      await click(labelOf(el, box(el, ACK_BOX)));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.definition.version).to.equal('2.0');
      await saved(el);
      expect(textOf(part(el, 'outcome'))).to.equal(
        `You agreed to this notice on ${longDate(new Date())}.`,
      );
    });

    it('the changes slot carries the clinic’s own markup; without a summary only the notice of change shows', async () => {
      const el = await notice(
        { version: '2.0', 'accepted-version': '1.0' },
        {},
        `<ul slot="changes"><li>Text messages are now a choice.</li></ul>`,
      );
      expect(flatText(part(el, 'changes')!.querySelector('.changes-body'))).to.equal(
        'Text messages are now a choice.',
      );
      const plain = await notice({ version: '2.0', 'accepted-version': '1.0' });
      expect(textOf(part(plain, 'changes'))).to.equal(
        'This notice has changed since you last agreed to it. Please read it again.',
      );
    });

    it('the host recording the agreement (accepted-version set after rapport-submit) keeps the short state', async () => {
      const el = await notice({}, { choices: CHOICES });
      el.addEventListener('rapport-submit', (e) => {
        e.waitUntil(Promise.resolve());
        el.setAttribute('accepted-version', e.detail.definition.version);
        el.setAttribute('accepted-at', e.detail.completedAt);
      });
      el.value = { acknowledged: ['limits'], choices: { sms: true } };
      await el.submit();
      await el.updateComplete;
      expect(el.state).to.equal('submitted');
      expect(textOf(part(el, 'outcome'))).to.equal(
        `You agreed to this notice on ${longDate(new Date())}.`,
      );
      expect(buttonNames(el)).to.deep.equal(['Review or withdraw']);
    });
  });

  describe('withdrawing later', () => {
    const agreed = {
      version: '2.0',
      'accepted-version': '2.0',
      'accepted-at': '2026-03-03',
      'client-id': 'c-7',
    };
    const current = {
      acknowledged: ['limits'],
      choices: { gp: true, sms: false, email: true, research: false },
    };

    it('by keyboard: Review or withdraw, Withdraw consent, Yes: withdrawn, same notice id and version', async function () {
      this.timeout(SLOW);
      const el = await notice(
        { ...agreed, 'notice-id': 'northside' },
        { choices: CHOICES, value: current },
      );
      const root = rootOf(el);
      const inputs = listen(el, 'rapport-input');
      button(el, 'Review or withdraw').focus();
      await press('Enter');
      await el.updateComplete;
      expectFocusOn(getByRole(root, 'heading', TITLE));
      // Their current choices, and the acknowledgement they gave for this version.
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([true, true, false, true, false]);
      expect(buttonNames(el)).to.deep.equal(['Save my choices', 'Withdraw consent', 'Back']);

      button(el, 'Withdraw consent').focus();
      await press('Enter');
      await el.updateComplete;
      const question = part(el, 'confirm')!.querySelector('.question')!;
      expectFocusOn(question);
      expect(textOf(question)).to.equal('Withdraw your consent?');
      expect(textOf(part(el, 'confirm')!.querySelector('.explain'))).to.equal(
        'From now on we will stop using your choices. This does not change anything that was already shared.',
      );
      await press('Tab');
      expectFocusOn(button(el, 'Yes, withdraw'));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.status).to.equal('withdrawn');
      expect(detail.definition.id).to.equal('northside');
      expect(detail.definition.version).to.equal('2.0');
      expect(detail.choices).to.deep.equal({
        gp: false,
        sms: false,
        email: false,
        research: false,
      });
      expect(detail.acknowledged).to.deep.equal([]);
      expect(detail.subject).to.deep.equal({ clientId: 'c-7' });
      expect(inputs, 'nothing was ticked on the way').to.have.length(0);
      await saved(el);
      expect(textOf(part(el, 'outcome'))).to.equal(
        'You have withdrawn your consent. You can read the notice again at any time.',
      );
      expectFocusOn(part(el, 'outcome'));
    });

    it('by pointer: No keeps consent, Back returns unchanged, Save my choices grants the new choices', async function () {
      this.timeout(SLOW);
      const el = await notice(agreed, { choices: CHOICES, value: current });
      const submits = listen(el, 'rapport-submit');
      await click(button(el, 'Review or withdraw'));
      await click(button(el, 'Withdraw consent'));
      await click(button(el, 'No, keep my consent'));
      await el.updateComplete;
      expect(buttonNames(el)).to.deep.equal(['Save my choices', 'Withdraw consent', 'Back']);
      await click(labelOf(el, box(el, GP)));
      await click(button(el, 'Back'));
      await el.updateComplete;
      expect(textOf(part(el, 'outcome'))).to.equal('You agreed to this notice on March 3, 2026.');
      expect(el.value).to.deep.equal(current);
      expect(submits).to.have.length(0);

      await click(button(el, 'Review or withdraw'));
      await click(labelOf(el, box(el, EMAIL)));
      await click(labelOf(el, box(el, SMS)));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, 'Save my choices'));
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.choices).to.deep.equal({ gp: true, sms: true, email: false, research: false });
      expect(detail.acknowledged).to.deep.equal(['limits']);
      await saved(el);
      expect(textOf(part(el, 'outcome'))).to.equal(
        `You agreed to this notice on ${longDate(new Date())}.`,
      );
    });

    it('right after agreeing: a new response withdraws what was just granted', async function () {
      this.timeout(SLOW);
      const el = await notice({}, { choices: CHOICES });
      await click(labelOf(el, box(el, ACK_BOX)));
      await click(labelOf(el, box(el, RESEARCH)));
      const first = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, AGREE));
      const granted = (await first).detail;
      await saved(el);
      await click(button(el, 'Review or withdraw'));
      expect(box(el, RESEARCH).checked).to.equal(true);
      await click(button(el, 'Withdraw consent'));
      const second = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, 'Yes, withdraw'));
      const withdrawn = (await second).detail;
      expect(withdrawn.status).to.equal('withdrawn');
      expect(withdrawn.responseId).not.to.equal(granted.responseId);
      expect(withdrawn.definition).to.deep.equal(granted.definition);
    });

    it('withdraw() from the short state, for a host’s own button', async () => {
      const el = await notice(agreed, { choices: CHOICES, value: current });
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      expect(await el.withdraw()).to.equal(true);
      const { detail } = await submitted;
      expect(detail.status).to.equal('withdrawn');
      expect(detail.definition.version).to.equal('2.0');
      const fresh = await notice({}, { choices: CHOICES });
      expect(await fresh.withdraw(), 'nothing to withdraw before agreeing').to.equal(false);
    });

    it('a failed save of a withdrawal says so, and Try again sends the withdrawal again', async function () {
      this.timeout(SLOW);
      const el = await notice(agreed, { choices: CHOICES, value: current });
      const results: ConsentNoticeResult[] = [];
      el.addEventListener('rapport-submit', (e) => {
        results.push(e.detail as ConsentNoticeResult);
        e.waitUntil(
          results.length === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(),
        );
      });
      await click(button(el, 'Review or withdraw'));
      await click(button(el, 'Withdraw consent'));
      await click(button(el, 'Yes, withdraw'));
      await until(() => el.state === 'failed', 'the save failed');
      await el.updateComplete;
      expect(statusOf(el)).to.equal(
        'Your choices were not saved. They are all still here. Try again',
      );
      await click(part(el, 'retry')!);
      await saved(el);
      expect(results.map((r) => r.status)).to.deep.equal(['withdrawn', 'withdrawn']);
      expect(results[1].responseId).to.equal(results[0].responseId);
      expect(textOf(part(el, 'outcome'))).to.equal(
        'You have withdrawn your consent. You can read the notice again at any time.',
      );
    });
  });

  describe('mode="dialog"', () => {
    async function dialogPage(attributes: Record<string, string> = {}) {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button" id="before">Before</button>
          <button type="button" id="opener">Privacy</button>
          <rapport-consent-notice
            mode="dialog"
            .choices=${CHOICES.slice(0, 2)}
          ></rapport-consent-notice>
          <button type="button" id="after">After</button>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      const opener = page.querySelector<HTMLButtonElement>('#opener')!;
      opener.addEventListener('click', () => el.show());
      await el.updateComplete;
      return { page, el, opener, dialog: rootOf(el).querySelector('dialog')! };
    }

    it('keyboard only: Enter on the opener, focus moves in, Space and Enter agree, focus returns', async function () {
      this.timeout(SLOW);
      const { el, opener, dialog } = await dialogPage();
      expect(dialog.open).to.equal(false);
      opener.focus();
      await press('Enter');
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expectFocusOn(getByRole(rootOf(el), 'heading', TITLE));
      expect(dialog.getAttribute('aria-labelledby')).to.equal('title');

      await press('Tab');
      expectFocusOn(box(el, ACK_BOX));
      await press(' ', 'Tab', 'Tab', ' ', 'Tab');
      expectFocusOn(button(el, AGREE));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.choices).to.deep.equal({ gp: false, sms: true });
      await saved(el);
      await until(() => !dialog.open, 'the dialog closes once saved');
      expect(el.open).to.equal(false);
      await until(() => deepActive() === opener, 'focus returns to the opener');
    });

    it('pointer only: click the opener, the label, “I do not agree”: declined, closed, focus back', async () => {
      const { el, opener, dialog } = await dialogPage();
      await click(opener);
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      await click(labelOf(el, box(el, GP)));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, DECLINE));
      const { detail } = await submitted;
      expect(detail.status).to.equal('declined');
      expect(detail.choices).to.deep.equal({ gp: false, sms: false });
      await until(() => !dialog.open, 'the dialog closes once saved');
      await until(() => deepActive() === opener, 'focus returns to the opener');
    });

    it('traps focus: Tab and Shift+Tab cycle inside and never reach the page', async function () {
      this.timeout(SLOW);
      const { el, page, opener } = await dialogPage();
      opener.focus();
      await press('Enter');
      await el.updateComplete;
      // Shift+Tab from the title, where focus lands on opening, goes to the last control.
      await pressShiftTab();
      expectFocusOn(button(el, 'Close'));
      getByRole(rootOf(el), 'heading', TITLE).focus();
      const order = [
        box(el, ACK_BOX),
        box(el, GP),
        box(el, SMS),
        button(el, AGREE),
        button(el, DECLINE),
        button(el, 'Close'),
      ];
      const names = order.map(nameOf);
      const seen: string[] = [];
      for (let i = 0; i < order.length * 2; i++) {
        await press('Tab');
        seen.push(nameOf(deepActive()));
      }
      expect(seen).to.deep.equal([...names, ...names]);
      // Backwards from the first control wraps to the last.
      box(el, ACK_BOX).focus();
      await pressShiftTab();
      expectFocusOn(button(el, 'Close'));
      for (const outside of page.querySelectorAll('button')) {
        expect(seen).not.to.include(nameOf(outside));
      }
    });

    it('Escape closes it with rapport-dismiss "escape", sends nothing, and focus returns', async () => {
      const { el, opener, dialog } = await dialogPage();
      const dismissed = listen(document, 'rapport-dismiss');
      const submits = listen(document, 'rapport-submit');
      opener.focus();
      await press('Enter');
      await el.updateComplete;
      box(el, ACK_BOX).focus();
      await press('Escape');
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(dismissed.map((e) => e.detail)).to.deep.equal([{ reason: 'escape' }]);
      expect(dismissed[0].bubbles && dismissed[0].composed).to.equal(true);
      expect(submits).to.have.length(0);
      await until(() => deepActive() === opener, 'focus returns to the opener');
    });

    it('the Close button dismisses with "close-button"', async () => {
      const { el, opener } = await dialogPage();
      const dismissed = oneEvent(el, 'rapport-dismiss') as unknown as Promise<RapportDismissEvent>;
      await click(opener);
      await el.updateComplete;
      await click(button(el, 'Close'));
      expect((await dismissed).detail).to.deep.equal({ reason: 'close-button' });
      await until(() => deepActive() === opener, 'focus returns to the opener');
    });

    it('required: Escape does not close it and there is no Close; declining does', async function () {
      this.timeout(SLOW);
      const { el, opener, dialog } = await dialogPage({ required: '' });
      const dismissed = listen(document, 'rapport-dismiss');
      opener.focus();
      await press('Enter');
      await el.updateComplete;
      await press('Escape');
      await press('Escape');
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      expect(dismissed).to.have.length(0);
      expect(buttonNames(el)).to.deep.equal([AGREE, DECLINE]);
      button(el, DECLINE).focus();
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      expect((await submitted).detail.status).to.equal('declined');
      await until(() => !dialog.open, 'closed once saved');
    });

    it('stays open while saving, and keeps the failure in view with Try again', async function () {
      this.timeout(SLOW);
      const { el, opener, dialog } = await dialogPage();
      let attempt = 0;
      el.addEventListener('rapport-submit', (e) =>
        e.waitUntil(++attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve()),
      );
      await click(opener);
      await el.updateComplete;
      await click(labelOf(el, box(el, ACK_BOX)));
      await click(button(el, AGREE));
      await until(() => el.state === 'failed', 'the save failed');
      await el.updateComplete;
      expect(dialog.open).to.equal(true);
      await click(part(el, 'retry')!);
      await until(() => !dialog.open, 'closed once saved');
      await until(() => deepActive() === opener, 'focus returns to the opener');
    });

    it('moved in the page, it stays open and modal, with no rapport-dismiss', async () => {
      const { el, page, opener, dialog } = await dialogPage();
      const dismissed = listen(document, 'rapport-dismiss');
      opener.focus();
      await press('Enter');
      await el.updateComplete;
      page.prepend(el);
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      expect(dismissed).to.have.length(0);
      box(el, ACK_BOX).focus();
      await press(' ');
      await el.updateComplete;
      expect(box(el, ACK_BOX).checked).to.equal(true);
    });

    it('opens with the open attribute, closes with hide() without an event, and shows the short state to someone who agreed', async function () {
      this.timeout(SLOW);
      const el = await notice({
        mode: 'dialog',
        open: '',
        'accepted-version': '1.0.0',
        'accepted-at': '2026-03-03',
      });
      const dialog = rootOf(el).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(textOf(part(el, 'outcome'))).to.equal('You agreed to this notice on March 3, 2026.');
      await expect(el).to.be.accessible();
      const dismissed = listen(el, 'rapport-dismiss');
      el.hide();
      await el.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(el.hasAttribute('open')).to.equal(false);
      expect(dismissed).to.have.length(0);
    });
  });

  describe('mode="banner"', () => {
    async function bannerPage(attributes: Record<string, string> = {}) {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <p style="block-size: 150vh">A long page.</p>
          <button type="button" id="last">The page’s last control</button>
        </div>`,
      );
      const el = document.createElement(TAG);
      el.setAttribute('mode', 'banner');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.choices = CHOICES.slice(0, 2);
      page.append(el);
      await el.updateComplete;
      const banner = part(el, 'banner')!;
      await until(
        () =>
          Math.abs(
            rootOf(el).querySelector<HTMLElement>('.spacer')!.getBoundingClientRect().height -
              banner.getBoundingClientRect().height,
          ) < 1,
        'the banner’s space is kept in the page',
      );
      return { page, el, banner, last: page.querySelector<HTMLButtonElement>('#last')! };
    }

    afterEach(() => window.scrollTo(0, 0));

    it('opens by itself, fixed to the bottom, and the end of the page scrolls clear of it', async function () {
      this.timeout(SLOW);
      const { el, banner, last } = await bannerPage();
      expect(el.open).to.equal(true);
      expect(getComputedStyle(banner.parentElement!).position).to.equal('fixed');
      expect(Math.round(banner.getBoundingClientRect().bottom)).to.equal(window.innerHeight);
      window.scrollTo(0, document.documentElement.scrollHeight);
      await nextFrame();
      expect(last.getBoundingClientRect().bottom).to.be.at.most(banner.getBoundingClientRect().top);
      // Measured a frame after each resize (a scroll bar that comes or goes can rewrap a line).
      await until(
        () =>
          document.documentElement.style.getPropertyValue('scroll-padding-block-end') ===
          `${Math.ceil(banner.getBoundingClientRect().height)}px`,
        'the page’s scroll padding is the banner’s height',
      );
      await expect(el).to.be.accessible();
      el.remove();
      expect(document.documentElement.style.getPropertyValue('scroll-padding-block-end')).to.equal(
        '',
      );
    });

    it('a page control that gets focus is scrolled clear of the banner, not under it', async () => {
      const { banner, last } = await bannerPage();
      window.scrollTo(0, 0);
      await nextFrame();
      last.focus();
      await nextFrame();
      const control = last.getBoundingClientRect();
      expect(control.top).to.be.at.least(0);
      expect(control.bottom).to.be.at.most(banner.getBoundingClientRect().top);
    });

    it('keyboard only: Tab from the page into the banner, agree, and it collapses to “Privacy choices”', async function () {
      this.timeout(SLOW);
      const { el, last, banner } = await bannerPage();
      last.focus();
      await press('Tab');
      // Firefox stops first on the panel itself, which scrolls: a tab stop for scrolling by keys.
      if (deepActive() === banner) await press('Tab');
      // The banner opens short: the summary, then the way to the whole notice and the choices.
      expectFocusOn(button(el, READ_FULL));
      await press('Enter');
      await until(() => deepActive() === rootOf(el).querySelector('.intro'), 'focus on the text');
      await press('Tab');
      expectFocusOn(box(el, ACK_BOX));
      await press(' ', 'Tab', ' ', 'Tab', 'Tab');
      expectFocusOn(button(el, AGREE));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.status).to.equal('granted');
      expect(detail.choices).to.deep.equal({ gp: true, sms: false });
      await saved(el);
      const reopen = button(el, 'Privacy choices');
      await until(() => deepActive() === reopen, 'focus moves to the collapsed button');
      expect(part(el, 'banner')!.hidden).to.equal(true);
      expect(el.open).to.equal(false);
      expect(reopen.getAttribute('aria-expanded')).to.equal('false');
      // The collapsed button keeps its own space at the end of the page.
      await until(
        () =>
          Math.abs(
            rootOf(el).querySelector('.spacer')!.getBoundingClientRect().height -
              reopen.parentElement!.getBoundingClientRect().height,
          ) < 1,
        'the space shrinks to the button',
      );
      await expect(el).to.be.accessible();

      await press('Enter');
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expectFocusOn(getByRole(rootOf(el), 'heading', TITLE));
      expect(textOf(part(el, 'outcome'))).to.equal(
        `You agreed to this notice on ${longDate(new Date())}.`,
      );
    });

    it('pointer only: tick, “I do not agree”, collapsed; “Privacy choices” reopens it', async () => {
      const { el } = await bannerPage();
      await click(button(el, READ_FULL));
      await click(labelOf(el, box(el, SMS)));
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await click(button(el, DECLINE));
      const { detail } = await submitted;
      expect(detail.status).to.equal('declined');
      expect(detail.choices).to.deep.equal({ gp: false, sms: false });
      await saved(el);
      expect(part(el, 'banner')!.hidden).to.equal(true);
      const reopen = button(el, 'Privacy choices');
      const rect = reopen.getBoundingClientRect();
      expect(rect.height).to.be.at.least(24);
      expect(Math.round(rect.right)).to.be.at.least(document.documentElement.clientWidth - 24);
      await click(reopen);
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(textOf(part(el, 'outcome'))).to.equal(
        'You chose not to agree. You can read the notice again and change your mind at any time.',
      );
    });

    it('“Not now” and Escape collapse it with rapport-dismiss; required has no “Not now”', async function () {
      this.timeout(SLOW);
      const { el } = await bannerPage();
      const dismissed = listen(el, 'rapport-dismiss');
      await click(button(el, 'Not now'));
      await el.updateComplete;
      expect(el.open).to.equal(false);
      await until(() => deepActive() === button(el, 'Privacy choices'), 'focus on the button');
      await press('Enter');
      await el.updateComplete;
      box(el, ACK_BOX).focus();
      await press('Escape');
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(dismissed.map((e) => e.detail.reason)).to.deep.equal(['close-button', 'escape']);

      const required = await bannerPage({ required: '' });
      expect(buttonNames(required.el)).to.deep.equal([READ_FULL, AGREE, DECLINE]);
      box(required.el, ACK_BOX).focus();
      await press('Escape');
      await required.el.updateComplete;
      expect(required.el.open).to.equal(true);
    });

    it('does not open by itself for someone who already agreed', async () => {
      const el = await notice({ mode: 'banner', 'accepted-version': '1.0.0' });
      expect(el.open).to.equal(false);
      expect(part(el, 'banner')!.hidden).to.equal(true);
      expect(buttonNames(el)).to.deep.equal(['Privacy choices']);
      el.remove();
    });
  });

  describe('inside a form', () => {
    it('decisions travel under name; declined and withdrawn results set status', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><button>Save</button></form>`);
      const el = document.createElement(TAG);
      el.name = 'privacy';
      el.choices = CHOICES;
      form.prepend(el);
      await el.updateComplete;
      expect(buttonNames(el), 'the form’s own button agrees').to.deep.equal([]);
      await click(labelOf(el, box(el, ACK_BOX)));
      await click(labelOf(el, box(el, EMAIL)));
      const entries = [...new FormData(form).entries()].filter(([k]) => k !== 'privacy.hash');
      expect(entries).to.deep.equal([
        ['privacy.status', 'granted'],
        ['privacy.notice', 'rapport-confidentiality'],
        ['privacy.version', '1.0.0'],
        ['privacy.acknowledged', 'limits'],
        ['privacy.choice.gp', 'false'],
        ['privacy.choice.sms', 'false'],
        ['privacy.choice.email', 'true'],
        ['privacy.choice.research', 'false'],
      ]);
      // Unticking the acknowledgement takes the decision back: nothing is submitted.
      await click(labelOf(el, box(el, ACK_BOX)));
      expect([...new FormData(form).keys()]).to.deep.equal([]);

      const declined = document.createElement(TAG);
      declined.name = 'other';
      declined.choices = CHOICES.slice(0, 1);
      form.append(declined);
      await declined.updateComplete;
      await declined.decline();
      await declined.updateComplete;
      expect(
        [...new FormData(form).entries()].filter(
          ([k]) => k.startsWith('other.') && k !== 'other.hash',
        ),
      ).to.deep.equal([
        ['other.status', 'declined'],
        ['other.notice', 'rapport-confidentiality'],
        ['other.version', '1.0.0'],
        ['other.choice.gp', 'false'],
      ]);
    });

    it('required blocks the form until the acknowledgement is ticked', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><button>Save</button></form>`);
      const el = document.createElement(TAG);
      el.name = 'privacy';
      el.required = true;
      el.choices = CHOICES;
      form.prepend(el);
      await el.updateComplete;
      await click(labelOf(el, box(el, GP)));
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(`To agree, please tick “${ACK.slice(0, -1)}”.`);
      await click(labelOf(el, box(el, ACK_BOX)));
      expect(form.checkValidity()).to.equal(true);
    });
  });

  describe('value and read-only', () => {
    it('value prefills without rapport-input; read-only shows the record with nothing to press', async function () {
      this.timeout(SLOW);
      const el = await notice({}, { choices: CHOICES });
      const inputs = listen(el, 'rapport-input');
      el.value = { acknowledged: ['limits'], choices: { sms: true, research: true } };
      await el.updateComplete;
      expect(inputs).to.have.length(0);
      expect(allBoxes(el).map((b) => b.checked)).to.deep.equal([true, false, true, false, true]);
      expect(el.value).to.deep.equal({
        acknowledged: ['limits'],
        choices: { gp: false, sms: true, email: false, research: true },
      });
      el.readonly = true;
      await el.updateComplete;
      expect(allBoxes(el).every((b) => b.disabled)).to.equal(true);
      expect(buttonNames(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('drops unknown ids and non-boolean decisions with rapport-error naming them', async () => {
      const el = await notice({}, { choices: CHOICES });
      const errors = listen(el, 'rapport-error');
      el.value = {
        acknowledged: ['limits', 'gp'],
        choices: { sms: true, fax: true, email: 'yes' as unknown as boolean },
      };
      await el.updateComplete;
      expect(el.value).to.deep.equal({
        acknowledged: ['limits'],
        choices: { gp: false, sms: true, email: false, research: false },
      });
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
      expect(errors[0].detail.message).to.equal(
        'value: acknowledged "gp", choices "fax", choices "email" dropped (not a box of this notice, or not true or false).',
      );
    });
  });

  describe('text from data is shown as text', () => {
    it('markup in a choice label or a change summary appears literally and never runs', async () => {
      const payload = '<img src=x onerror="window.__pwned=1">';
      const w = window as unknown as { __pwned?: number };
      delete w.__pwned;
      const el = await notice(
        { 'accepted-version': '0.1' },
        { choices: [{ id: 'x', label: `Call me ${payload}` }], changes: `New ${payload}` },
      );
      expect(boxNames(el)).to.deep.equal([ACK_BOX, `Call me ${payload}`]);
      expect(flatText(part(el, 'changes')!.querySelector('.changes-body'))).to.equal(
        `New ${payload}`,
      );
      expect(rootOf(el).querySelector('img')).to.equal(null);
      await nextFrame();
      expect(w.__pwned).to.equal(undefined);
    });
  });

  describe('languages', () => {
    const cases = [
      {
        lang: 'es',
        title: 'Su privacidad: lo que queda entre nosotros',
        ack: 'Entiendo lo que es privado y cuándo puede que haya que compartirlo. (necesario para aceptar)',
        buttons: ['Acepto', 'No acepto'],
      },
      {
        lang: 'fr',
        title: 'Votre vie privée : ce qui reste entre nous',
        ack: 'Je comprends ce qui reste privé et quand cela peut devoir être partagé. (obligatoire pour accepter)',
        buttons: ['J’accepte', 'Je n’accepte pas'],
      },
      {
        lang: 'ar',
        title: 'خصوصيتك: ما يبقى بيننا',
        ack: 'أفهم ما يبقى سرًّا ومتى قد يلزم مشاركته. (مطلوب للموافقة)',
        buttons: ['أوافق', 'لا أوافق'],
      },
    ];
    for (const c of cases) {
      it(`lang="${c.lang}" shows the notice and its buttons in that language; the result says so`, async function () {
        this.timeout(SLOW);
        const el = await notice({ lang: c.lang });
        expect(getByRole(rootOf(el), 'heading', c.title).isConnected).to.equal(true);
        expect(boxNames(el)).to.deep.equal([c.ack]);
        expect(buttonNames(el)).to.deep.equal(c.buttons);
        await click(labelOf(el, allBoxes(el)[0]));
        const submitted = nextSubmit<ConsentNoticeResult>(el);
        await click(button(el, c.buttons[0]));
        const { detail } = await submitted;
        expect(detail.locale).to.equal(c.lang);
        await expect(el).to.be.accessible();
      });
    }

    it('<rapport-provider locale="fr"> gives French, with French dates', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<rapport-provider locale="fr"
          ><rapport-consent-notice
            accepted-version="1.0.0"
            accepted-at="2026-03-03"
          ></rapport-consent-notice
        ></rapport-provider>`,
      );
      const el = wrapper.querySelector(TAG)!;
      await el.updateComplete;
      expect(textOf(part(el, 'outcome'))).to.equal(
        `Vous avez accepté cette notice le ${longDate('2026-03-03', 'fr')}.`,
      );
    });

    it('registerNoticeContent() and registerTranslation() add a language', async () => {
      registerTranslation({ ...en, $code: 'de', $name: 'Deutsch', consentAgree: 'Ich stimme zu' });
      registerNoticeContent({
        ...consentEn.consentNotice,
        code: 'de',
        title: 'Ihre Privatsphäre',
        limitsAcknowledgement: 'Ich verstehe, was vertraulich bleibt.',
      });
      const el = await notice({ lang: 'de' });
      expect(getByRole(rootOf(el), 'heading', 'Ihre Privatsphäre').isConnected).to.equal(true);
      expect(boxNames(el)).to.deep.equal([
        'Ich verstehe, was vertraulich bleibt. (needed to agree)',
      ]);
      expect(buttonNames(el)[0]).to.equal('Ich stimme zu');
    });
  });

  describe('right to left (Arabic)', () => {
    it('mirrors the layout, and is completed by keyboard in Arabic', async function () {
      this.timeout(SLOW);
      const el = await notice(
        { lang: 'ar' },
        { choices: [{ id: 'sms', label: { en: 'Text me', ar: 'راسلني برسالة نصية' } }] },
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
      const ack = allBoxes(el)[0];
      expect(ack.getBoundingClientRect().left).to.be.above(
        labelOf(el, ack).getBoundingClientRect().left,
      );
      const agree = button(el, 'أوافق');
      const decline = button(el, 'لا أوافق');
      expect(agree.getBoundingClientRect().left, 'agree comes first: on the right').to.be.above(
        decline.getBoundingClientRect().left,
      );
      await expect(el).to.be.accessible();

      agree.focus();
      await press('Enter');
      await el.updateComplete;
      expect(statusOf(el)).to.equal(
        'للموافقة، يُرجى وضع علامة على «أفهم ما يبقى سرًّا ومتى قد يلزم مشاركته».',
      );
      expectFocusOn(ack);
      await press(' ', 'Tab', ' ', 'Tab');
      expectFocusOn(agree);
      const submitted = nextSubmit<ConsentNoticeResult>(el);
      await press('Enter');
      const { detail } = await submitted;
      expect(detail).to.include({ status: 'granted', locale: 'ar' });
      expect(detail.choices).to.deep.equal({ sms: true });
      await saved(el);
      expect(textOf(part(el, 'outcome'))).to.equal(
        `لقد وافقت على هذا الإشعار في ${longDate(new Date(), 'ar')}.`,
      );
    });

    it('the collapsed banner sits at the inline end: the left in Arabic', async function () {
      this.timeout(SLOW);
      const el = await notice({ lang: 'ar', mode: 'banner', 'accepted-version': '1.0.0' });
      const reopen = button(el, 'خيارات الخصوصية');
      expect(Math.round(reopen.getBoundingClientRect().left)).to.be.at.most(24);
      await expect(el).to.be.accessible();
    });
  });

  describe('axe finds nothing in any state', () => {
    it('asking, missing marked, confirming, withdrawn, declined, changed, custom, dark, disabled, invalid', async function () {
      this.timeout(SLOW);
      const el = await notice(
        { 'accepted-version': '1.0.0', 'accepted-at': '2026-03-03' },
        { choices: CHOICES, value: { acknowledged: ['limits'], choices: { gp: true } } },
      );
      await click(button(el, 'Review or withdraw'));
      await expect(el, 'reviewing').to.be.accessible();
      await click(button(el, 'Withdraw consent'));
      await expect(el, 'confirming').to.be.accessible();
      await click(button(el, 'Yes, withdraw'));
      await saved(el);
      await expect(el, 'withdrawn').to.be.accessible();

      const declined = await notice({}, { choices: CHOICES });
      await click(button(declined, DECLINE));
      await saved(declined);
      await expect(declined, 'declined').to.be.accessible();

      const custom = await notice(
        {},
        { choices: CHOICES },
        `<h3>Our notice</h3><p>Our words, <a href="https://clinic.example">our page</a>.</p><span slot="choice-app">Remind me in the app</span>`,
      );
      await expect(custom, 'the clinic’s own notice').to.be.accessible();

      for (const theme of ['dark', 'light']) {
        const themed = await notice({ theme, mode: 'dialog', open: '' }, { choices: CHOICES });
        await click(button(themed, AGREE));
        await themed.updateComplete;
        await expect(themed, `${theme} dialog with missing marked`).to.be.accessible();
        themed.hide();
      }
      const banner = await notice({ theme: 'dark', mode: 'banner' }, { choices: CHOICES });
      await expect(banner, 'dark banner').to.be.accessible();
      banner.remove();

      const disabled = await notice({ disabled: '' }, { choices: CHOICES });
      await expect(disabled, 'disabled').to.be.accessible();
      const invalid = await notice({}, { choices: [{ id: '' }] as unknown as ConsentChoice[] });
      expect(textOf(part(invalid, 'error'))).to.equal(UNAVAILABLE);
      await expect(invalid, 'invalid').to.be.accessible();
    });
  });

  describe('under a strict Content-Security-Policy with Trusted Types', () => {
    it('a banner and a dialog render, take ticks, keep the page’s space and send with no violation', async function () {
      this.timeout(SLOW);
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '600px';
      const script = `<script type="application/json">[{ "id": "sms", "label": "Text me <b>now</b>" }]</script>`;
      frame.srcdoc = strictPage(
        '/src/consent-notice/define.ts',
        `<p>Page</p>
        <rapport-consent-notice id="d" mode="dialog">${script}</rapport-consent-notice>
        <rapport-consent-notice id="b" mode="banner">${script}<div slot="limits"><p>Our limits.</p></div></rapport-consent-notice>`,
      );
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { violations: string[] };
        await until(
          () => win.customElements.get(TAG) !== undefined,
          'the element module loaded under the policy',
        );
        const banner = win.document.getElementById('b') as RapportConsentNotice;
        const dialog = win.document.getElementById('d') as RapportConsentNotice;
        await banner.updateComplete;
        await dialog.updateComplete;
        dialog.show();
        await dialog.updateComplete;
        expect(rootOf(dialog).querySelector('dialog')!.open).to.equal(true);
        rootOf(banner).querySelector<HTMLButtonElement>('[part="read-full"]')!.click();
        await banner.updateComplete;
        expect(boxNames(banner)).to.deep.equal([ACK_BOX, 'Text me <b>now</b>']);
        await until(
          () => rootOf(banner).querySelector<HTMLElement>('.spacer')!.style.blockSize !== '',
          'the banner keeps its space through the CSSOM',
        );
        banner.value = { acknowledged: ['limits'], choices: { sms: true } };
        let sent: ConsentNoticeResult | undefined;
        banner.addEventListener('rapport-submit', (e) => (sent = e.detail as ConsentNoticeResult));
        expect(await banner.submit()).to.equal(true);
        expect(sent!.choices).to.deep.equal({ sms: true });
        expect(win.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });

  describe('heading level', () => {
    it('heading-level="3" makes the title level 3 and the sections level 4', async () => {
      const el = await notice({ 'heading-level': '3' });
      expect(getByRole(rootOf(el), 'heading', TITLE).getAttribute('aria-level')).to.equal('3');
      expect(getByRole(rootOf(el), 'heading', 'Your rights').getAttribute('aria-level')).to.equal(
        '4',
      );
    });
  });
});
