// <rapport-boundary-agreement> as a person, a clinician and a host use it. The generic contracts
// (event shape, envelope, waitUntil, double send, forms, privacy) are in test/contract/.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import '../src/boundary-agreement/define.js';
import '../src/provider/define.js';
import { agreementValue } from '../src/boundary-agreement/define.js';
import type {
  AgreementDefinition,
  BoundaryAgreementClientResult,
  BoundaryAgreementCountersignResult,
  BoundaryAgreementResult,
  BoundaryAgreementValue,
  RapportBoundaryAgreement,
} from '../src/boundary-agreement/define.js';
import type { RapportErrorEvent, RapportInputEvent } from '../src/core/events.js';
import { canonicalJson, sha256Hex } from '../src/core/hash.js';
import { watchConsole } from './contract/watchers.js';
import { press, typeText } from './helpers/keyboard.js';
import { clickOn } from './helpers/pointer.js';
import { accessibleName, allByRole, getByRole, textOf, visibleText } from './helpers/roles.js';
import { SLOW, until } from './helpers/wait.js';
import { strictPage } from './helpers/csp.js';
import { listen, nextSubmit, stopListening } from './helpers/events.js';
import { FILLED, CLAUSE_IDS as IDS } from './boundary-agreement/fixtures.js';

const TAG = 'rapport-boundary-agreement';

const TITLES = [
  'Getting in touch',
  'In a crisis or out of hours',
  'Gifts',
  'Social media and online contact',
  'Meeting outside our sessions',
  'Sessions, lateness and cancelling',
  'Recording',
  'Ending our work',
];

const QUESTION = 'How would you like me to contact you?';
const OPTIONS = ['Phone call', 'Text message', 'Email', 'Letter'];
const AGREE = 'I understand and agree';
const SIGN = 'Sign the agreement';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A value with everything answered and a typed name: ready to sign. */
function ready(name = 'Sam Taylor'): BoundaryAgreementValue {
  return {
    agreed: [...IDS],
    answers: { 'preferred-contact': 'email' },
    signature: { typedName: name },
    countersignature: null,
  };
}

/** A clinic's own two-clause agreement with placeholders of its own. */
function clinicAgreement(): AgreementDefinition {
  return {
    id: 'riverside-boundaries',
    version: '3.1.0',
    title: 'Working together',
    clauses: [
      { id: 'reach', title: 'Reaching us', text: 'Call us {hours} on {phone}.' },
      { id: 'crisis', title: 'Crisis', text: 'In a crisis call {crisisPhone}.', crisis: true },
    ],
  };
}

// ---- Doing things as a person does ----------------------------------------------------------

interface Options {
  agreement?: AgreementDefinition;
  values?: RapportBoundaryAgreement['values'];
  value?: BoundaryAgreementValue | BoundaryAgreementClientResult | null;
  inner?: string;
}

async function agreement(
  attributes: Record<string, string> = FILLED,
  options: Options = {},
): Promise<RapportBoundaryAgreement> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (options.agreement) el.agreement = options.agreement;
  if (options.values) el.values = options.values;
  if ('value' in options) el.value = options.value;
  if (options.inner) el.innerHTML = options.inner;
  return fixture<RapportBoundaryAgreement>(el);
}

function rootOf(el: RapportBoundaryAgreement): ShadowRoot {
  return el.shadowRoot!;
}

function boxes(el: RapportBoundaryAgreement): HTMLInputElement[] {
  return [...rootOf(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

/** The "I understand and agree" box of the clause titled `title`. */
function box(el: RapportBoundaryAgreement, title: string): HTMLInputElement {
  const name = `${AGREE} (${title})`;
  const found = boxes(el).filter((b) => accessibleName(b) === name);
  expect(found, `one box named ${name}`).to.have.length(1);
  return found[0];
}

function field(el: RapportBoundaryAgreement, label: string): HTMLInputElement {
  const found = [...rootOf(el).querySelectorAll<HTMLInputElement>('input[type="text"]')].filter(
    (i) => accessibleName(i) === label,
  );
  expect(found, `one field named ${label}`).to.have.length(1);
  return found[0];
}

function radio(el: RapportBoundaryAgreement, option: string): HTMLInputElement {
  return getByRole<HTMLInputElement>(getByRole(rootOf(el), 'group', QUESTION), 'radio', option);
}

function part(el: RapportBoundaryAgreement, name: string): HTMLElement | null {
  return rootOf(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function statusOf(el: RapportBoundaryAgreement): string {
  return textOf(part(el, 'status'));
}

function progressOf(el: RapportBoundaryAgreement): string {
  return textOf(part(el, 'progress'));
}

function pad(el: RapportBoundaryAgreement): SVGSVGElement {
  return rootOf(el).querySelector<SVGSVGElement>('svg[part="pad"]')!;
}

function pathsIn(svg: Element): string[] {
  return [...svg.querySelectorAll('path')].map((p) => p.getAttribute('d')!);
}

/** The element that has focus inside the widget. */
function focused(el: RapportBoundaryAgreement): Element | null {
  return rootOf(el).activeElement;
}

/** Presses Tab, passing over links in the text (the crisis numbers can be called). */
async function tabToControl(el: RapportBoundaryAgreement): Promise<Element | null> {
  for (let i = 0; i < 5; i++) {
    await press('Tab');
    const now = focused(el);
    if (!(now instanceof HTMLAnchorElement)) return now;
  }
  return focused(el);
}

/** Signs a ready agreement with `submit()` and returns the result. */
async function signed<R extends BoundaryAgreementResult = BoundaryAgreementClientResult>(
  el: RapportBoundaryAgreement,
): Promise<R> {
  const submitted = nextSubmit<R>(el);
  expect(await el.submit()).to.equal(true);
  return (await submitted).detail;
}

function longDate(iso: string, lang = 'en'): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}

/** Moves the element so the drawing pad sits on whole pixels, and returns the pad's corner. */
async function padOnWholePixels(el: RapportBoundaryAgreement): Promise<{ x: number; y: number }> {
  const surface = pad(el);
  surface.scrollIntoView({ block: 'center' });
  // Firefox may still be settling the scroll for a frame or two: measure once it holds still.
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  let before = surface.getBoundingClientRect();
  for (let i = 0; i < 20; i++) {
    await frame();
    await frame();
    const now = surface.getBoundingClientRect();
    if (now.left === before.left && now.top === before.top) break;
    before = now;
  }
  // A transform moves by exactly the fraction asked; a margin would be rounded by layout.
  el.style.transform = `translate(${Math.ceil(before.left) - before.left}px, ${Math.ceil(before.top) - before.top}px)`;
  await frame();
  const rect = surface.getBoundingClientRect();
  expect(Number.isInteger(rect.left) && Number.isInteger(rect.top), 'pad on whole pixels').to.equal(
    true,
  );
  return { x: rect.left, y: rect.top };
}

/** A drag with the mouse through points given in CSS px from the pad's corner. */
async function drawWithMouse(
  corner: { x: number; y: number },
  points: Array<[number, number]>,
): Promise<void> {
  const [first, ...rest] = points;
  await sendMouse({ type: 'move', position: [corner.x + first[0], corner.y + first[1]] });
  await sendMouse({ type: 'down' });
  for (const [x, y] of rest) {
    await sendMouse({ type: 'move', position: [corner.x + x, corner.y + y] });
  }
  await sendMouse({ type: 'up' });
}

/** Touch input on the pad, as a phone sends it: pointer events of type "touch". */
function touch(
  target: Element,
  type: 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel',
  x: number,
  y: number,
  pointerId = 7,
  isPrimary = true,
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      pointerId,
      pointerType: 'touch',
      isPrimary,
      clientX: x,
      clientY: y,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' || type === 'pointercancel' ? 0 : 1,
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

afterEach(async () => {
  stopListening();
  await resetMouse();
});

// ---- Tests ----------------------------------------------------------------------------------

describe('<rapport-boundary-agreement>', () => {
  describe('signing by keyboard alone', () => {
    it('Tab reaches every choice, Space agrees each clause, the name is typed, Enter signs', async function () {
      this.timeout(SLOW);
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Before <input id="before" /></label>
          <rapport-boundary-agreement
            hours=${FILLED.hours}
            channels=${FILLED.channels}
            response-time=${FILLED['response-time']}
            crisis-phone=${FILLED['crisis-phone']}
            emergency-number=${FILLED['emergency-number']}
            session-length=${FILLED['session-length']}
            notice-period=${FILLED['notice-period']}
            client-id="client-0042"
          ></rapport-boundary-agreement>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const inputs = listen(el, 'rapport-input');
      const submits = listen(el, 'rapport-submit');
      expect(progressOf(el)).to.equal('0 of 8 agreed');

      page.querySelector<HTMLInputElement>('#before')!.focus();
      expect(await tabToControl(el)).to.equal(radio(el, 'Phone call'));
      await press('ArrowDown');
      await el.updateComplete;
      expect(radio(el, 'Text message').checked).to.equal(true);
      expect(focused(el)).to.equal(radio(el, 'Text message'));

      for (const [i, title] of TITLES.entries()) {
        expect(await tabToControl(el), `Tab reaches "${title}"`).to.equal(box(el, title));
        await press(' ');
        await el.updateComplete;
        expect(box(el, title).checked).to.equal(true);
        expect(progressOf(el)).to.equal(`${i + 1} of 8 agreed`);
      }

      expect(await tabToControl(el)).to.equal(field(el, 'Your full name'));
      await typeText('Sam Taylor');
      await el.updateComplete;
      expect(await tabToControl(el)).to.equal(getByRole(rootOf(el), 'button', SIGN));
      expect(getByRole(rootOf(el), 'button', SIGN).getAttribute('aria-disabled')).to.equal('false');
      const submitted = nextSubmit<BoundaryAgreementClientResult>(el);
      await press('Enter');
      const { detail } = await submitted;

      expect(submits).to.have.length(1);
      expect(detail.responseId).to.match(UUID_V4);
      expect(detail.definition.contentHash).to.match(/^[0-9a-f]{64}$/);
      expect(detail.startedAt).to.match(ISO);
      expect(detail.completedAt).to.match(ISO);
      expect(detail).to.deep.equal({
        kind: 'boundary-agreement',
        role: 'client',
        responseId: detail.responseId,
        definition: {
          id: 'rapport-boundaries',
          version: '1.0.0',
          contentHash: detail.definition.contentHash,
        },
        locale: 'en',
        subject: { clientId: 'client-0042' },
        startedAt: detail.startedAt,
        completedAt: detail.completedAt,
        durationMs: Date.parse(detail.completedAt) - Date.parse(detail.startedAt),
        clauses: IDS.map((id) => ({ id, version: '1.0.0', agreed: true })),
        answers: { 'preferred-contact': 'text' },
        signature: { typedName: 'Sam Taylor', signedAt: detail.completedAt },
      });

      // One rapport-input per change: the answer, eight boxes, ten letters of the name.
      expect(inputs).to.have.length(19);
      expect(inputs.map((e) => e.detail.complete)).to.deep.equal([
        ...Array<boolean>(9).fill(false),
        ...Array<boolean>(10).fill(true),
      ]);
      expect((inputs.at(-1) as RapportInputEvent).detail).to.deep.include({
        role: 'client',
        agreed: IDS,
        answers: { 'preferred-contact': 'text' },
        signature: { typedName: 'Sam Taylor' },
        countersignature: null,
      });
      await until(() => el.state === 'submitted', 'saved');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Saved. Thank you.');
    });

    it('shows today’s date by the signature, written in the person’s language', async () => {
      const el = await agreement();
      const date = part(el, 'date')!;
      const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
      expect(textOf(date)).to.equal(`Date ${today}`);
      const spanish = await agreement({ ...FILLED, lang: 'es' });
      const hoy = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date());
      expect(textOf(part(spanish, 'date'))).to.equal(`Fecha ${hoy}`);
    });
  });

  describe('a required clause blocks signing', () => {
    it('pressing Sign too early names the clauses still to agree and moves focus to the first', async function () {
      this.timeout(SLOW);
      const el = await agreement();
      const submits = listen(el, 'rapport-submit');
      radio(el, 'Phone call').focus();
      await press(' ');
      for (const title of TITLES.filter((t) => t !== 'Gifts' && t !== 'Recording')) {
        box(el, title).focus();
        await press(' ');
      }
      await el.updateComplete;
      expect(progressOf(el)).to.equal('6 of 8 agreed');
      const sign = getByRole(rootOf(el), 'button', SIGN);
      expect(sign.getAttribute('aria-disabled')).to.equal('true');

      sign.focus();
      await press('Enter');
      await el.updateComplete;
      expect(submits).to.have.length(0);
      expect(el.state).to.equal('editing');
      expect(statusOf(el)).to.equal(
        'Before you sign, please agree to “Gifts” and “Recording”. Please type your full name.',
      );
      expect(part(el, 'status')!.querySelector('[role="status"]')!.textContent).to.contain(
        'Before you sign',
      );
      expect(focused(el)).to.equal(box(el, 'Gifts'));
      for (const title of TITLES) {
        const b = box(el, title);
        const missing = title === 'Gifts' || title === 'Recording';
        expect(b.getAttribute('aria-invalid'), title).to.equal(missing ? 'true' : 'false');
        if (missing) {
          const error = rootOf(el).getElementById(b.getAttribute('aria-describedby')!);
          expect(textOf(error)).to.equal('Please tick the box to agree to this before you sign.');
        } else {
          expect(b.hasAttribute('aria-describedby'), title).to.equal(false);
        }
      }
      const name = field(el, 'Your full name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(
        name
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => textOf(rootOf(el).getElementById(id))),
      ).to.deep.equal(['Typing your full name is your signature.', 'Please type your full name.']);

      // Agreeing where focus was put updates what is said.
      await press(' ');
      await el.updateComplete;
      expect(statusOf(el)).to.equal(
        'Before you sign, please agree to “Recording”. Please type your full name.',
      );
      box(el, 'Recording').focus();
      await press(' ');
      field(el, 'Your full name').focus();
      await typeText('Sam');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');
      const submitted = nextSubmit<BoundaryAgreementClientResult>(el);
      sign.focus();
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.clauses.every((c) => c.agreed)).to.equal(true);
      expect(detail.signature.typedName).to.equal('Sam');
      // The test ends once the widget has finished saving, not while it is still sending.
      await until(() => el.state === 'submitted', 'saved');
      await el.updateComplete;
    });

    it('an unanswered question blocks signing too, and focus goes to its first choice', async () => {
      const el = await agreement();
      el.value = { ...ready(), answers: {} };
      await el.updateComplete;
      getByRole(rootOf(el), 'button', SIGN).focus();
      await press('Enter');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Please answer the question in “Getting in touch”.');
      expect(focused(el)).to.equal(radio(el, 'Phone call'));
      const group = getByRole(rootOf(el), 'group', QUESTION);
      expect(textOf(rootOf(el).getElementById(group.getAttribute('aria-describedby')!))).to.equal(
        'Please choose one.',
      );
      await press('ArrowDown');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('');
      const result = await signed(el);
      expect(result.answers).to.deep.equal({ 'preferred-contact': 'text' });
    });

    it('an optional clause does not block signing, and is recorded as not agreed', async () => {
      const el = await agreement({ ...FILLED, optional: 'recording' });
      expect(visibleText(rootOf(el).getElementById('clause-6-title'))).to.equal(
        '7. Recording (optional)',
      );
      el.value = { ...ready(), agreed: IDS.filter((id) => id !== 'recording') };
      await el.updateComplete;
      expect(getByRole(rootOf(el), 'button', SIGN).getAttribute('aria-disabled')).to.equal('false');
      const result = await signed(el);
      expect(result.clauses.find((c) => c.id === 'recording')).to.deep.equal({
        id: 'recording',
        version: '1.0.0',
        agreed: false,
      });
    });
  });

  describe('the drawn signature', function () {
    // Pointer walks: dozens of real mouse moves, each a round trip to the browser.
    this.timeout(SLOW);
    it('a mouse drag gives exact SVG path data; a click leaves a dot; Clear starts again', async function () {
      this.timeout(SLOW);
      const el = await agreement({ ...FILLED, signature: 'both' }, { value: ready() });
      const surface = pad(el);
      expect(accessibleName(surface)).to.equal('Signature drawing area, empty');
      expect(surface.getBoundingClientRect().width).to.equal(400);
      expect(surface.getBoundingClientRect().height).to.equal(150);
      const corner = await padOnWholePixels(el);
      const inputs = listen(el, 'rapport-input');

      await drawWithMouse(corner, [
        [40, 30],
        [80, 30],
        [120, 60],
      ]);
      await el.updateComplete;
      expect(pathsIn(surface)).to.deep.equal(['M 40 30 L 80 30 L 120 60']);
      // Released: moving on draws nothing.
      await sendMouse({ type: 'move', position: [corner.x + 200, corner.y + 100] });
      await el.updateComplete;
      expect(pathsIn(surface)).to.deep.equal(['M 40 30 L 80 30 L 120 60']);

      await drawWithMouse(corner, [
        [200, 100],
        [230, 100],
        [260, 110],
      ]);
      await drawWithMouse(corner, [[300, 40]]);
      await el.updateComplete;
      const drawn = {
        paths: ['M 40 30 L 80 30 L 120 60', 'M 200 100 L 230 100 L 260 110', 'M 300 40 L 300 40'],
        width: 400,
        height: 150,
      };
      expect(pathsIn(surface)).to.deep.equal(drawn.paths);
      expect(accessibleName(surface)).to.equal('Signature drawing area, with a drawing');
      expect(el.value.signature).to.deep.equal({ typedName: 'Sam Taylor', drawn });
      // One rapport-input per stroke, when the pointer lifts.
      expect(inputs).to.have.length(3);

      await clickOn(getByRole(rootOf(el), 'button', 'Clear the drawing'));
      await el.updateComplete;
      expect(pathsIn(surface)).to.deep.equal([]);
      expect(el.value.signature).to.deep.equal({ typedName: 'Sam Taylor' });
      expect(inputs).to.have.length(4);

      await drawWithMouse(corner, [
        [10, 140],
        [390, 5],
      ]);
      const submitted = nextSubmit<BoundaryAgreementClientResult>(el);
      await clickOn(getByRole(rootOf(el), 'button', SIGN));
      const { detail } = await submitted;
      expect(detail.signature).to.deep.equal({
        typedName: 'Sam Taylor',
        drawn: { paths: ['M 10 140 L 390 5'], width: 400, height: 150 },
        signedAt: detail.completedAt,
      });
    });

    it('on a narrow pad, points are scaled to the pad’s own units', async () => {
      const el = await agreement({ ...FILLED, signature: 'both' }, { value: ready() });
      // Narrow the widget until the pad is 200 px wide: half its 400 units.
      const base = part(el, 'base')!.getBoundingClientRect().width;
      const room = pad(el).parentElement!.getBoundingClientRect().width;
      el.style.inlineSize = `${base - (room - 200)}px`;
      await el.updateComplete;
      expect(pad(el).getBoundingClientRect().width).to.equal(200);
      expect(pad(el).getBoundingClientRect().height).to.equal(75);
      const corner = await padOnWholePixels(el);
      await drawWithMouse(corner, [
        [20, 15],
        [40, 15],
        [100, 70],
      ]);
      await el.updateComplete;
      expect(pathsIn(pad(el))).to.deep.equal(['M 40 30 L 80 30 L 200 140']);
    });

    it('touch draws the same path data, ignores a second finger, and keeps a cancelled stroke', async () => {
      const el = await agreement({ ...FILLED, signature: 'both' }, { value: ready() });
      const surface = pad(el);
      expect(getComputedStyle(surface).touchAction).to.equal('none');
      const corner = await padOnWholePixels(el);
      const at = (x: number, y: number): [number, number] => [corner.x + x, corner.y + y];
      const inputs = listen(el, 'rapport-input');

      touch(surface, 'pointerdown', ...at(40, 30));
      touch(surface, 'pointermove', ...at(80, 30));
      // A second finger lands and moves while the first is drawing: ignored.
      touch(surface, 'pointerdown', ...at(300, 100), 8, false);
      touch(surface, 'pointermove', ...at(310, 110), 8, false);
      touch(surface, 'pointerup', ...at(310, 110), 8, false);
      touch(surface, 'pointermove', ...at(120, 60));
      touch(surface, 'pointerup', ...at(120, 60));
      await el.updateComplete;
      expect(pathsIn(surface)).to.deep.equal(['M 40 30 L 80 30 L 120 60']);
      expect(inputs).to.have.length(1);

      // The browser takes the touch over (a scroll, a call): the stroke so far is kept.
      touch(surface, 'pointerdown', ...at(200, 100), 9);
      touch(surface, 'pointermove', ...at(250, 100), 9);
      touch(surface, 'pointercancel', ...at(250, 100), 9);
      touch(surface, 'pointermove', ...at(390, 140), 9);
      await el.updateComplete;
      expect(pathsIn(surface)).to.deep.equal(['M 40 30 L 80 30 L 120 60', 'M 200 100 L 250 100']);
      expect(inputs).to.have.length(2);

      const result = await signed(el);
      expect(result.signature.drawn).to.deep.equal({
        paths: ['M 40 30 L 80 30 L 120 60', 'M 200 100 L 250 100'],
        width: 400,
        height: 150,
      });
    });

    it('signature="drawn" is not a mode: the typed name is always needed, so it means both', async () => {
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement({ ...FILLED, signature: 'drawn' });
      } finally {
        console.restore();
      }
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
      expect(errors[0].detail.message).to.contain('signature="drawn"');
      expect(el!.signature).to.equal('both');
      expect(pad(el!)).not.to.equal(null);
      expect(field(el!, 'Your full name').isConnected).to.equal(true);
      const typed = await agreement();
      expect(pad(typed)).to.equal(null);
    });
  });

  describe('placeholders', () => {
    it('are filled as text, and the hash is of the text with them filled', async () => {
      const values = { phone: '<img src=x onerror="window.__pwned=1">' };
      const el = await agreement(
        { hours: '9 to 5', 'crisis-phone': '0800 111 222' },
        { agreement: clinicAgreement(), values },
      );
      const root = rootOf(el);
      expect(visibleText(rootOf(el).getElementById('clause-0-text'))).to.equal(
        `Call us 9 to 5 on ${values.phone}.`,
      );
      expect(root.querySelector('img')).to.equal(null);
      expect([...root.querySelectorAll('[part="value"]')].map(visibleText)).to.deep.equal([
        '9 to 5',
        values.phone,
        '0800 111 222',
      ]);
      const call = root.querySelector<HTMLAnchorElement>('a[part="value"]')!;
      expect(call.getAttribute('href')).to.equal('tel:0800111222');
      expect(call.getAttribute('dir')).to.equal('ltr');

      el.value = {
        agreed: ['reach', 'crisis'],
        answers: {},
        signature: { typedName: 'Sam' },
        countersignature: null,
      };
      const first = await signed(el);
      const shownText = (hours: string) =>
        canonicalJson({
          id: 'riverside-boundaries',
          version: '3.1.0',
          title: 'Working together',
          intro: '',
          clauses: [
            {
              id: 'reach',
              version: '3.1.0',
              title: 'Reaching us',
              text: `Call us ${hours} on ${values.phone}.`,
              required: true,
            },
            {
              id: 'crisis',
              version: '3.1.0',
              title: 'Crisis',
              text: 'In a crisis call 0800 111 222.',
              required: true,
            },
          ],
        });
      expect(first.definition).to.deep.equal({
        id: 'riverside-boundaries',
        version: '3.1.0',
        contentHash: await sha256Hex(shownText('9 to 5')),
      });

      const again = await agreement(
        { hours: '9 to 5', 'crisis-phone': '0800 111 222' },
        { agreement: clinicAgreement(), values, value: el.value },
      );
      expect((await signed(again)).definition.contentHash).to.equal(first.definition.contentHash);

      const changed = await agreement(
        { hours: '10 to 4', 'crisis-phone': '0800 111 222' },
        { agreement: clinicAgreement(), values, value: el.value },
      );
      const second = await signed(changed);
      expect(second.definition.contentHash).to.equal(await sha256Hex(shownText('10 to 4')));
      expect(second.definition.contentHash).not.to.equal(first.definition.contentHash);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('values by language, and the named attributes win over values', async () => {
      const el = await agreement(
        { ...FILLED, hours: '', lang: 'es' },
        { values: { hours: { en: 'weekdays', es: 'de lunes a viernes' }, channels: 'no' } },
      );
      const text = visibleText(rootOf(el).getElementById('clause-0-text'));
      expect(text).to.contain('Cuándo puede contactarme: de lunes a viernes.');
      expect(text).to.contain('Cómo puede contactarme: phone or portal messages.');
    });

    it('an unfilled placeholder: rapport-error names it, and a neutral stand-in is shown and hashed', async () => {
      const errors = listen(document, 'rapport-error');
      const { 'crisis-phone': _phone, ...rest } = FILLED;
      void _phone;
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement(rest);
      } finally {
        console.restore();
      }
      expect(errors.map((e: RapportErrorEvent) => e.detail)).to.deep.equal([
        {
          code: 'unfilled-placeholder',
          message:
            'placeholder {crisisPhone} has no value (clause "crisis"); set the crisis-phone attribute or values.crisisPhone. A neutral stand-in is shown.',
        },
      ]);
      const crisis = rootOf(el!).getElementById('clause-1-text')!;
      expect(visibleText(crisis)).to.contain(
        'If you feel unsafe, or you are in crisis and it cannot wait, call your local crisis line.',
      );
      expect([...crisis.querySelectorAll('[part="unfilled"]')].map(visibleText)).to.deep.equal([
        'your local crisis line',
      ]);
      // The crisis clause is still required: the emergency number was given.
      expect(visibleText(rootOf(el!).getElementById('clause-1-title'))).to.equal(
        '2. In a crisis or out of hours',
      );

      el!.value = ready();
      const standIn = (await signed(el!)).definition.contentHash;
      const filled = await agreement(FILLED, { value: ready() });
      expect((await signed(filled)).definition.contentHash).not.to.equal(standIn);

      // The same placeholder from `values` instead: no error.
      const before = errors.length;
      const fromValues = await agreement(rest, { values: { crisisPhone: '0800 123 4567' } });
      expect(errors.length).to.equal(before);
      fromValues.value = ready();
      expect((await signed(fromValues)).definition.contentHash).to.equal(
        (await signed(await agreement(FILLED, { value: ready() }))).definition.contentHash,
      );
    });
  });

  describe('clauses', () => {
    it('the built-in agreement: eight clauses in order, each with its own box', async () => {
      const el = await agreement();
      const root = rootOf(el);
      expect(getByRole(root, 'heading', 'Our agreement').getAttribute('aria-level')).to.equal('2');
      expect(
        allByRole(root, 'heading')
          .slice(1, 9)
          .map((h) => [textOf(h), visibleText(h)]),
      ).to.deep.equal(TITLES.map((t, i) => [t, `${i + 1}. ${t}`]));
      expect(boxes(el).map(accessibleName)).to.deep.equal(TITLES.map((t) => `${AGREE} (${t})`));
      expect(
        allByRole<HTMLInputElement>(getByRole(root, 'group', QUESTION), 'radio').map(
          accessibleName,
        ),
      ).to.deep.equal(OPTIONS);
      // Paragraphs at blank lines, line breaks at single ones, values filled in.
      const paragraphs = [...root.getElementById('clause-0-text')!.querySelectorAll('p')];
      expect(paragraphs.map((p) => p.innerText.split('\n'))).to.deep.equal([
        [
          'When you can contact me: Monday to Friday, 9am to 5pm.',
          'Ways to contact me: phone or portal messages.',
          'How soon I usually reply: within two working days.',
        ],
        [
          'I do not read messages at other times. A message sent in the evening or at the weekend waits until I am back at work.',
        ],
      ]);
    });

    it('a clinic’s clauses as child elements: rich text through the slot, hashed as shown', async () => {
      const inner = `
        <div slot="clause-gifts"><p>Small <strong>thank-you</strong> cards are fine.</p>
          <p>See <a href="https://clinic.example/gifts">our gifts policy</a>.</p></div>
        <div slot="clause-parking" data-title="Parking" data-version="2" data-optional>
          <p>Please use the visitors’ car park.</p></div>`;
      const el = await agreement(FILLED, { inner });
      const root = rootOf(el);
      expect(progressOf(el)).to.equal('0 of 9 agreed');
      const giftsSlot = root.querySelector<HTMLSlotElement>('slot[name="clause-gifts"]')!;
      expect(giftsSlot.assignedElements()).to.deep.equal([
        el.querySelector('[slot="clause-gifts"]'),
      ]);
      expect(textOf(root.getElementById('clause-2-text'))).to.equal('');
      expect(visibleText(root.getElementById('clause-8-title'))).to.equal('9. Parking (optional)');
      expect(textOf(root.getElementById('clause-8-title'))).to.equal('Parking (optional)');
      expect(box(el, 'Parking').required).to.equal(false);

      el.value = ready();
      const result = await signed(el);
      expect(result.clauses.at(-1)).to.deep.equal({ id: 'parking', version: '2', agreed: false });

      const same = await agreement(FILLED, { inner, value: ready() });
      expect((await signed(same)).definition.contentHash).to.equal(result.definition.contentHash);
      const edited = await agreement(FILLED, {
        inner: inner.replace('car park', 'car park or the bus stop'),
        value: ready(),
      });
      expect((await signed(edited)).definition.contentHash).not.to.equal(
        result.definition.contentHash,
      );
      const relinked = await agreement(FILLED, {
        inner: inner.replace('clinic.example/gifts', 'clinic.example/presents'),
        value: ready(),
      });
      expect((await signed(relinked)).definition.contentHash).not.to.equal(
        result.definition.contentHash,
      );
    });

    it('a definition in a child script, for pages without a build', async () => {
      const definition = {
        id: 'drop-in',
        version: '1',
        clauses: [
          { id: 'kind', title: 'Kindness', text: 'We speak kindly to each other.' },
          {
            id: 'reach',
            title: 'Contact',
            text: 'Message us.',
            required: false,
            question: {
              id: 'how',
              label: 'Best way?',
              options: [
                { value: 'sms', label: 'SMS' },
                { value: 'call', label: 'Call' },
              ],
            },
          },
        ],
      };
      const el = await agreement(
        {},
        { inner: `<script type="application/json">${JSON.stringify(definition)}</script>` },
      );
      expect(progressOf(el)).to.equal('0 of 2 agreed');
      expect(part(el, 'title')).to.equal(null);
      el.value = {
        agreed: ['kind'],
        answers: {},
        signature: { typedName: 'Jo' },
        countersignature: null,
      };
      const result = await signed(el);
      expect(result.clauses).to.deep.equal([
        { id: 'kind', version: '1', agreed: true },
        { id: 'reach', version: '1', agreed: false },
      ]);
      expect(result.answers).to.deep.equal({});
    });

    it('a definition with mistakes: rapport-error names each field, and a calm message shows', async () => {
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement(
          {},
          {
            agreement: {
              id: 'x',
              version: '1',
              clauses: [
                { id: 'a b', title: 'A', text: 'x' },
                { id: 'c', title: 'C', question: { id: 'q', label: 'Q', options: [] } },
              ],
            } as unknown as AgreementDefinition,
          },
        );
      } finally {
        console.restore();
      }
      expect(errors.map((e) => e.detail)).to.deep.equal([
        {
          code: 'invalid-definition',
          message:
            'agreement is not valid: clauses[0].id must be a string of letters, digits, "-" and "_"; clauses[1].question.options must be a list of at least two choices',
        },
      ]);
      expect(textOf(part(el!, 'error'))).to.equal('This agreement cannot be shown right now.');
      expect(await el!.submit()).to.equal(false);
    });
  });

  describe('the crisis clause', () => {
    it('cannot be left out or made optional while crisis contacts are given', async () => {
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement({ ...FILLED, omit: 'crisis gifts', optional: 'crisis' });
      } finally {
        console.restore();
      }
      expect(errors.map((e) => e.detail)).to.deep.equal([
        {
          code: 'invalid-attribute',
          message:
            'omit: the crisis clause "crisis" cannot be left out while crisis contacts are given; it is shown.',
        },
        {
          code: 'invalid-attribute',
          message: 'the crisis clause "crisis" stays required while crisis contacts are given.',
        },
      ]);
      expect(boxes(el!).map(accessibleName)).to.deep.equal(
        TITLES.filter((t) => t !== 'Gifts').map((t) => `${AGREE} (${t})`),
      );
      expect(box(el!, 'In a crisis or out of hours').required).to.equal(true);
      expect(visibleText(rootOf(el!).getElementById('clause-1-title'))).to.equal(
        '2. In a crisis or out of hours',
      );
    });

    it('without crisis contacts it can be left out; given to a clinic agreement without one, it is added first', async () => {
      const errors = listen(document, 'rapport-error');
      const { 'crisis-phone': _p, 'emergency-number': _e, ...rest } = FILLED;
      void _p;
      void _e;
      const el = await agreement({ ...rest, omit: 'crisis' });
      expect(errors).to.have.length(0);
      expect(boxes(el).map(accessibleName)).not.to.include(
        `${AGREE} (In a crisis or out of hours)`,
      );
      expect(progressOf(el)).to.equal('0 of 7 agreed');

      const clinic = clinicAgreement();
      const ownWithout: AgreementDefinition = { ...clinic, clauses: [clinic.clauses[0]] };
      const added = await agreement(
        { hours: '9 to 5', 'crisis-phone': '0800 222', 'emergency-number': '112' },
        { agreement: ownWithout, values: { phone: '01 23' } },
      );
      expect(errors).to.have.length(0);
      expect(boxes(added).map(accessibleName)).to.deep.equal([
        `${AGREE} (In a crisis or out of hours)`,
        `${AGREE} (Reaching us)`,
      ]);
      expect(box(added, 'In a crisis or out of hours').required).to.equal(true);
      added.value = {
        agreed: ['crisis', 'reach'],
        answers: {},
        signature: { typedName: 'Jo' },
        countersignature: null,
      };
      expect((await signed(added)).clauses).to.deep.equal([
        { id: 'crisis', version: '1.0.0', agreed: true },
        { id: 'reach', version: '3.1.0', agreed: true },
      ]);
      expect(visibleText(rootOf(added).getElementById('clause-0-text'))).to.contain(
        'If you or someone else is in danger right now, call 112.',
      );
    });
  });

  describe('countersignature', () => {
    it('after the client signs, the clinician countersigns as a second response linked by responseId', async function () {
      this.timeout(SLOW);
      const el = await agreement({ ...FILLED, countersign: '', 'clinician-id': 'clin-007' });
      el.value = ready();
      await el.updateComplete;
      const submits = listen(el, 'rapport-submit');
      const first = nextSubmit<BoundaryAgreementClientResult>(el);
      getByRole(rootOf(el), 'button', SIGN).focus();
      await press('Enter');
      const client = (await first).detail;
      expect(client.role).to.equal('client');
      await until(() => part(el, 'countersignature') !== null, 'the clinician’s step');
      await el.updateComplete;
      const root = rootOf(el);
      expect(el.state).to.equal('editing');
      expect(focused(el)).to.equal(getByRole(root, 'heading', 'Clinician’s countersignature'));
      expect(statusOf(el)).to.equal('Signed and saved. The clinician can now countersign below.');
      expect(textOf(part(el, 'signature-record'))).to.equal(
        `Signed by Sam Taylor on ${longDate(client.signature.signedAt)}`,
      );
      expect(boxes(el)).to.have.length(0);
      expect(
        [...root.querySelectorAll('[part="clause-status"]')].map((p) => textOf(p)),
      ).to.deep.equal(IDS.map(() => 'Agreed'));
      expect(textOf(root.querySelector('.answer'))).to.equal(`${QUESTION} Email`);

      const countersign = getByRole(root, 'button', 'Countersign');
      countersign.focus();
      await press('Enter');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Please type the clinician’s full name.');
      expect(focused(el)).to.equal(field(el, 'Clinician’s full name'));
      await typeText('Alex Morgan');
      const second = nextSubmit<BoundaryAgreementCountersignResult>(el);
      getByRole(root, 'button', 'Countersign').focus();
      await press('Enter');
      const clinician = (await second).detail;

      expect(submits).to.have.length(2);
      expect(clinician.responseId).to.match(UUID_V4);
      expect(clinician.responseId).not.to.equal(client.responseId);
      expect(clinician).to.deep.equal({
        kind: 'boundary-agreement',
        role: 'clinician',
        countersigns: client.responseId,
        responseId: clinician.responseId,
        definition: client.definition,
        locale: 'en',
        subject: { clinicianId: 'clin-007' },
        startedAt: clinician.startedAt,
        completedAt: clinician.completedAt,
        durationMs: Date.parse(clinician.completedAt) - Date.parse(clinician.startedAt),
        signature: { typedName: 'Alex Morgan', signedAt: clinician.completedAt },
      });
      expect(Date.parse(clinician.startedAt)).to.be.at.least(Date.parse(client.completedAt));
      await until(() => el.state === 'submitted', 'countersignature saved');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Saved. Thank you.');
      // Countersign went away: focus is on the message that replaced it, not on the page.
      expect(focused(el)?.localName).to.equal('p');
      expect(textOf(focused(el))).to.equal('Saved. Thank you.');
      expect(allByRole(root, 'button')).to.have.length(0);
      expect(el.value).to.deep.equal({
        ...ready(),
        countersignature: { typedName: 'Alex Morgan' },
      });

      // The record of both, from the two results.
      el.value = agreementValue(client, clinician);
      el.readonly = true;
      await el.updateComplete;
      expect(
        [...root.querySelectorAll('[part="signature-record"]')].map((r) => textOf(r)),
      ).to.deep.equal([
        `Signed by Sam Taylor on ${longDate(client.completedAt)}`,
        `Countersigned by Alex Morgan on ${longDate(clinician.completedAt)}`,
      ]);
    });

    it('a failed save of the countersignature keeps the name, and retry sends the same response', async function () {
      this.timeout(SLOW);
      const el = await agreement({ ...FILLED, countersign: '' }, { value: ready() });
      const client = await signed(el);
      await el.updateComplete;
      field(el, 'Clinician’s full name').focus();
      await typeText('Alex Morgan');
      const sent: BoundaryAgreementCountersignResult[] = [];
      let attempt = 0;
      el.addEventListener('rapport-submit', (e) => {
        sent.push(e.detail as BoundaryAgreementCountersignResult);
        attempt++;
        e.waitUntil(attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve());
      });
      expect(await el.submit()).to.equal(false);
      await el.updateComplete;
      expect(el.state).to.equal('failed');
      expect(field(el, 'Clinician’s full name').value).to.equal('Alex Morgan');
      const retry = getByRole(rootOf(el), 'button', 'Try again');
      retry.focus();
      await press('Enter');
      await until(() => el.state === 'submitted', 'saved on retry');
      expect(sent.map((r) => [r.role, r.responseId, r.countersigns])).to.deep.equal([
        ['clinician', sent[0].responseId, client.responseId],
        ['clinician', sent[0].responseId, client.responseId],
      ]);
    });

    it('later, on another device: value = the client’s result, and the clinician countersigns it', async function () {
      this.timeout(SLOW);
      const client = await signed(await agreement(FILLED, { value: ready() }));
      const inputs = listen(document, 'rapport-input');
      const el = await agreement({ ...FILLED, countersign: '' }, { value: client });
      expect(inputs).to.have.length(0);
      expect(textOf(part(el, 'signature-record'))).to.equal(
        `Signed by Sam Taylor on ${longDate(client.completedAt)}`,
      );
      expect(statusOf(el)).to.equal('');
      expect(part(el, 'changed')).to.equal(null);
      expect(el.value).to.deep.equal({
        ...ready(),
        signature: { typedName: 'Sam Taylor', signedAt: client.completedAt },
        responseId: client.responseId,
        contentHash: client.definition.contentHash,
      });
      field(el, 'Clinician’s full name').focus();
      await typeText('Alex Morgan');
      const result = await signed<BoundaryAgreementCountersignResult>(el);
      expect(result.countersigns).to.equal(client.responseId);
      expect(result.definition).to.deep.equal(client.definition);
    });

    it('says so when the text shown is not the text that was signed', async () => {
      const client = await signed(await agreement(FILLED, { value: ready() }));
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement(
          { ...FILLED, hours: 'Mondays only', countersign: '' },
          { value: client },
        );
        await until(() => part(el, 'changed') !== null, 'the warning');
      } finally {
        console.restore();
      }
      expect(textOf(part(el!, 'changed'))).to.equal(
        'The text shown here is not the same as the text that was signed. Check with the service before relying on it.',
      );
      expect(part(el!, 'changed')!.getAttribute('role')).to.equal('alert');
      expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-value']);
      expect(errors[0].detail.message).to.contain('contentHash');
    });
  });

  describe('read-only record', () => {
    it('shows what was agreed, the answer, who signed and when, and the drawing; nothing to change', async function () {
      this.timeout(SLOW);
      const drawn = { paths: ['M 40 100 L 80 60 L 120 110'], width: 400, height: 150 };
      const value: BoundaryAgreementValue = {
        agreed: IDS.filter((id) => id !== 'recording'),
        answers: { 'preferred-contact': 'letter' },
        signature: { typedName: 'Sam  Taylor', drawn, signedAt: '2026-03-02T10:00:00.000Z' },
        countersignature: { typedName: 'Alex Morgan', signedAt: '2026-03-02T10:05:00.000Z' },
        responseId: '3b241101-e2bb-4255-8caf-4136c566a962',
      };
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <label>Before <input id="before" /></label>
          <rapport-boundary-agreement
            readonly
            optional="recording"
            hours=${FILLED.hours}
            channels=${FILLED.channels}
            response-time=${FILLED['response-time']}
            crisis-phone="0800 123 4567"
            emergency-number="urgent services"
            session-length=${FILLED['session-length']}
            notice-period=${FILLED['notice-period']}
            .value=${value}
          ></rapport-boundary-agreement>
          <label>After <input id="after" /></label>
        </div>`,
      );
      const el = page.querySelector(TAG)!;
      await el.updateComplete;
      const root = rootOf(el);
      expect(
        [...root.querySelectorAll('[part="clause-status"]')].map((p) => textOf(p)),
      ).to.deep.equal(IDS.map((id) => (id === 'recording' ? 'Not agreed' : 'Agreed')));
      expect(textOf(root.querySelector('.answer'))).to.equal(`${QUESTION} Letter`);
      expect(
        [...root.querySelectorAll('[part="signature-record"]')].map((r) => textOf(r)),
      ).to.deep.equal([
        'Signed by Sam Taylor on March 2, 2026',
        'Countersigned by Alex Morgan on March 2, 2026',
      ]);
      const picture = root.querySelector('svg[part="drawn"]')!;
      expect(picture.getAttribute('role')).to.equal('img');
      expect(accessibleName(picture)).to.equal('Signature drawn by Sam Taylor');
      expect(pathsIn(picture)).to.deep.equal(drawn.paths);
      expect(root.querySelectorAll('input, button, [tabindex]')).to.have.length(0);
      expect(part(el, 'progress')).to.equal(null);
      expect(part(el, 'status')).to.equal(null);
      // Only the crisis line's number is a link (it can be called); Tab passes through it to
      // the page (WebKit leaves links out of the Tab order by default).
      expect(root.querySelectorAll('a')).to.have.length(1);
      expect(root.querySelector('a')!.getAttribute('href')).to.equal('tel:08001234567');
      page.querySelector<HTMLInputElement>('#before')!.focus();
      const stops: string[] = [];
      for (let i = 0; i < 3 && document.activeElement !== page.querySelector('#after'); i++) {
        await press('Tab');
        if (document.activeElement === el) stops.push(focused(el)!.localName);
      }
      expect(document.activeElement).to.equal(page.querySelector('#after'));
      expect(stops.every((s) => s === 'a')).to.equal(true);
    });

    it('an agreement already countersigned is shown as the record, even without readonly', async () => {
      const value = {
        ...ready(),
        signature: { typedName: 'Sam Taylor', signedAt: '2026-03-02T10:00:00.000Z' },
        countersignature: { typedName: 'Alex Morgan', signedAt: '2026-03-02T10:05:00.000Z' },
        responseId: '3b241101-e2bb-4255-8caf-4136c566a962',
      };
      const el = await agreement({ ...FILLED, countersign: '' }, { value });
      const root = rootOf(el);
      expect(root.querySelectorAll('input, button')).to.have.length(0);
      expect(
        [...root.querySelectorAll('[part="signature-record"]')].map((r) => textOf(r)),
      ).to.deep.equal([
        'Signed by Sam Taylor on March 2, 2026',
        'Countersigned by Alex Morgan on March 2, 2026',
      ]);
      const submits = listen(el, 'rapport-submit');
      expect(await el.submit()).to.equal(false);
      expect(submits).to.have.length(0);
      expect(el.value).to.deep.equal(value);
    });

    it('an agreement not signed yet says so', async () => {
      const el = await agreement({ ...FILLED, readonly: '' }, { value: ready() });
      expect(textOf(part(el, 'signature-record'))).to.equal('Not signed yet');
    });
  });

  describe('value', () => {
    it('keeps what fits and names what it dropped, never the choices a person made', async () => {
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement(FILLED, {
          value: {
            agreed: ['gifts', 'no-such', 'contact'],
            answers: { 'preferred-contact': 'carrier-pigeon', other: 'x' },
            signature: { typedName: 'Sam', drawn: { paths: ['<script>'], width: 1, height: 1 } },
            countersignature: null,
          },
        });
      } finally {
        console.restore();
      }
      expect(el!.value).to.deep.equal({
        agreed: ['contact', 'gifts'],
        answers: {},
        signature: { typedName: 'Sam' },
        countersignature: null,
      });
      expect(errors.map((e) => e.detail)).to.deep.equal([
        {
          code: 'invalid-value',
          message:
            'value.agreed: "no-such" is not a clause shown; value.answers: "preferred-contact", "other" dropped (unknown question or a choice it does not offer); value.signature.drawn must have paths (SVG path data), width and height.',
        },
      ]);
      expect(console.all().join('\n')).not.to.contain('carrier-pigeon');
    });

    it('a result for another agreement is not taken', async () => {
      const client = await signed(await agreement(FILLED, { value: ready() }));
      const errors = listen(document, 'rapport-error');
      const console = watchConsole();
      let el: RapportBoundaryAgreement;
      try {
        el = await agreement(
          { hours: '9', 'crisis-phone': '1' },
          { agreement: clinicAgreement(), values: { phone: '2' }, value: client },
        );
      } finally {
        console.restore();
      }
      expect(errors.map((e) => e.detail.message)).to.deep.equal([
        'value is a result for agreement "rapport-boundaries", but "riverside-boundaries" is shown; nothing was taken from it.',
      ]);
      expect(el!.value).to.deep.equal({
        agreed: [],
        answers: {},
        signature: null,
        countersignature: null,
      });
    });

    it('the browser’s form restoration puts a draft back', async () => {
      const el = await agreement();
      const draft = { ...ready(), agreed: ['gifts'] };
      el.formStateRestoreCallback(JSON.stringify(draft));
      await el.updateComplete;
      expect(el.value).to.deep.equal(draft);
      expect(box(el, 'Gifts').checked).to.equal(true);
      expect(field(el, 'Your full name').value).to.equal('Sam Taylor');
    });
  });

  describe('print', () => {
    /** The widget's own `@media print` rules, as a style sheet that applies on screen too. */
    function printSheet(el: RapportBoundaryAgreement): CSSStyleSheet {
      const root = rootOf(el);
      const sheets = [
        ...root.adoptedStyleSheets,
        ...[...root.querySelectorAll('style')].map((s) => s.sheet!),
      ];
      const rules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter(
          (r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print',
        );
      expect(rules, 'one @media print block').to.have.length(1);
      const sheet = new CSSStyleSheet();
      sheet.replaceSync([...rules[0].cssRules].map((r) => r.cssText).join('\n'));
      return sheet;
    }

    const rendered = (e: Element) => e.getClientRects().length > 0;

    /** What a printout of an agreement being signed must and must not show. */
    function expectPrintLayout(el: RapportBoundaryAgreement): void {
      const root = rootOf(el);
      const controls = [...root.querySelectorAll('input, button, svg[part="pad"]')];
      expect(controls.length).to.be.greaterThan(10);
      expect(controls.filter(rendered).map((c) => c.outerHTML.slice(0, 60))).to.deep.equal([]);
      for (const name of ['progress', 'status']) {
        expect(rendered(part(el, name)!), name).to.equal(false);
      }
      expect(
        [...root.querySelectorAll('.clause-status')].filter(rendered).map((p) => textOf(p)),
      ).to.deep.equal(
        IDS.map((id) => (id === 'contact' || id === 'gifts' ? 'Agreed' : 'Not agreed')),
      );
      expect(
        [...root.querySelectorAll('.paper-line')].filter(rendered).map((p) => textOf(p)),
      ).to.deep.equal(['Your full name Sam Taylor', 'Signature']);
      expect(rendered(root.getElementById('clause-7-text')!)).to.equal(true);
      expect(getComputedStyle(root.querySelector('[part="clause"]')!).breakInside).to.equal(
        'avoid',
      );
      expect(getComputedStyle(part(el, 'base')!).maxInlineSize).to.equal('none');
    }

    const partly = (): BoundaryAgreementValue => ({
      ...ready(),
      agreed: ['contact', 'gifts'],
    });

    it('its print rules leave out every control; each clause says whether it was agreed', async () => {
      const el = await agreement({ ...FILLED, signature: 'both' }, { value: partly() });
      const root = rootOf(el);
      const onScreen = [...root.adoptedStyleSheets];
      expect(boxes(el).filter(rendered)).to.have.length(8);
      expect([...root.querySelectorAll('.clause-status')].filter(rendered)).to.have.length(0);
      // Every engine: the widget's own print rules, applied as a style sheet.
      root.adoptedStyleSheets = [...onScreen, printSheet(el)];
      try {
        expectPrintLayout(el);
      } finally {
        root.adoptedStyleSheets = onScreen;
      }
      expect(boxes(el).filter(rendered)).to.have.length(8);

      // Chromium: the print medium itself, emulated. (The runner's media emulation needs the
      // DevTools protocol, which the Firefox (BiDi) and WebKit (WebDriver) launchers lack.)
      if (!/\bChrome\//.test(navigator.userAgent)) return;
      await emulateMedia({ media: 'print' });
      try {
        expect(window.matchMedia('print').matches).to.equal(true);
        expectPrintLayout(el);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(window.matchMedia('print').matches).to.equal(false);
      expect(boxes(el).filter(rendered)).to.have.length(8);
    });
  });

  describe('right to left', () => {
    it('Arabic: text, direction, the box at the start of its label, numbers read left to right', async () => {
      const el = await agreement({ ...FILLED, lang: 'ar', signature: 'both' });
      const root = rootOf(el);
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(getByRole(root, 'heading', 'اتفاقنا').isConnected).to.equal(true);
      expect(progressOf(el)).to.equal(
        `تمت الموافقة على ${new Intl.NumberFormat('ar').format(0)} من ${new Intl.NumberFormat('ar').format(8)}`,
      );
      const first = boxes(el)[0];
      expect(accessibleName(first)).to.equal('أفهم وأوافق (التواصل معي)');
      const label = root.querySelector(`label[for="${first.id}"]`)!;
      expect(first.getBoundingClientRect().left).to.be.greaterThan(
        label.getBoundingClientRect().left,
      );
      const phone = root.querySelector<HTMLAnchorElement>('a[href="tel:08001234567"]')!;
      expect(getComputedStyle(phone).direction).to.equal('ltr');
      expect(getComputedStyle(first.closest('li')!).direction).to.equal('rtl');

      // A drawing is a drawing: the same drag gives the same path, not a mirrored one.
      el.value = ready('سام تايلور');
      await el.updateComplete;
      const corner = await padOnWholePixels(el);
      await drawWithMouse(corner, [
        [40, 30],
        [80, 30],
      ]);
      const submitted = nextSubmit<BoundaryAgreementClientResult>(el);
      getByRole(root, 'button', 'وقّع الاتفاق').focus();
      await press('Enter');
      const { detail } = await submitted;
      expect(detail.locale).to.equal('ar');
      expect(detail.signature).to.deep.equal({
        typedName: 'سام تايلور',
        drawn: { paths: ['M 40 30 L 80 30'], width: 400, height: 150 },
        signedAt: detail.completedAt,
      });
    });
  });

  describe('languages', () => {
    const cases = [
      {
        lang: 'es',
        title: 'Nuestro acuerdo',
        first: 'Lo entiendo y estoy de acuerdo (Cómo ponerse en contacto conmigo)',
        sign: 'Firmar el acuerdo',
        question: '¿Cómo prefiere que me ponga en contacto con usted?',
      },
      {
        lang: 'fr',
        title: 'Notre accord',
        first: 'Je comprends et je suis d’accord (Me contacter)',
        sign: 'Signer l’accord',
        question: 'Comment préférez-vous que je vous contacte\u00a0?',
      },
    ];
    for (const c of cases) {
      it(`lang="${c.lang}": the agreement, its boxes and buttons, and the result's locale`, async () => {
        const el = await agreement({ ...FILLED, lang: c.lang });
        const root = rootOf(el);
        expect(getByRole(root, 'heading', c.title).isConnected).to.equal(true);
        expect(accessibleName(boxes(el)[0])).to.equal(c.first);
        expect(getByRole(root, 'group', c.question).isConnected).to.equal(true);
        el.value = ready();
        await el.updateComplete;
        const submitted = nextSubmit<BoundaryAgreementClientResult>(el);
        getByRole(root, 'button', c.sign).focus();
        await press('Enter');
        expect((await submitted).detail.locale).to.equal(c.lang);
      });
    }

    it('<rapport-provider locale="fr"> gives French, and its clinic name fills {clinicName}', async () => {
      const provider = await fixture<HTMLElement>(
        html`<rapport-provider locale="fr" clinic-name="Clinique du Parc"
          ><rapport-boundary-agreement
            crisis-phone="3114"
            emergency-number="112"
            .agreement=${{
              id: 'parc',
              version: '1',
              clauses: [{ id: 'who', title: 'Qui', text: 'Vous êtes suivi par {clinicName}.' }],
            }}
          ></rapport-boundary-agreement
        ></rapport-provider>`,
      );
      const el = provider.querySelector(TAG)!;
      await el.updateComplete;
      expect(visibleText(rootOf(el).getElementById('clause-1-text'))).to.equal(
        'Vous êtes suivi par Clinique du Parc.',
      );
      expect(accessibleName(boxes(el)[0])).to.equal(
        'Je comprends et je suis d’accord (En cas de crise ou en dehors des horaires)',
      );
    });
  });

  describe('accessibility', () => {
    it('axe finds nothing while signing: empty, missing marked, drawn, optional, a stand-in', async function () {
      this.timeout(SLOW);
      const el = await agreement({ ...FILLED, signature: 'both', optional: 'ending' });
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      expect(statusOf(el)).not.to.equal('');
      await expect(el).to.be.accessible();
      el.value = ready();
      await el.updateComplete;
      const corner = await padOnWholePixels(el);
      await drawWithMouse(corner, [
        [40, 30],
        [90, 60],
      ]);
      await expect(el).to.be.accessible();
      const { 'crisis-phone': _p, ...rest } = FILLED;
      void _p;
      const console = watchConsole();
      try {
        const standIn = await agreement(rest);
        await expect(standIn).to.be.accessible();
      } finally {
        console.restore();
      }
    });

    it('axe finds nothing while countersigning, in the record, with the text changed', async function () {
      this.timeout(SLOW);
      const el = await agreement(
        { ...FILLED, countersign: '', signature: 'both' },
        { value: ready() },
      );
      const client = await signed(el);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      await el.submit();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Please type the clinician’s full name.');
      await expect(el).to.be.accessible();

      const record = await agreement(
        { ...FILLED, readonly: '' },
        {
          value: agreementValue(
            {
              ...client,
              signature: {
                ...client.signature,
                drawn: { paths: ['M 1 1 L 50 50'], width: 400, height: 150 },
              },
            },
            {
              ...client,
              role: 'clinician',
              countersigns: client.responseId,
              signature: { typedName: 'Alex Morgan', signedAt: client.completedAt },
            } as unknown as BoundaryAgreementCountersignResult,
          ),
        },
      );
      await expect(record).to.be.accessible();
      const console = watchConsole();
      try {
        const changed = await agreement(
          { ...FILLED, hours: 'Sundays', readonly: '' },
          { value: client },
        );
        await until(() => part(changed, 'changed') !== null, 'the warning');
        await expect(changed).to.be.accessible();
      } finally {
        console.restore();
      }
    });

    it('axe finds nothing in Arabic, Spanish, dark, disabled, and with slotted clauses', async function () {
      this.timeout(SLOW);
      for (const attributes of [
        { ...FILLED, lang: 'ar', signature: 'both' },
        { ...FILLED, lang: 'es' },
        { ...FILLED, theme: 'dark', signature: 'both' },
        { ...FILLED, disabled: '' },
      ]) {
        const el = await agreement(attributes, { value: { ...ready(), agreed: ['gifts'] } });
        await expect(el).to.be.accessible();
      }
      const slotted = await agreement(FILLED, {
        inner:
          '<div slot="clause-extra" data-title="Pets"><p>Pets stay at home, <a href="https://clinic.example/pets">why</a>.</p></div>',
      });
      await expect(slotted).to.be.accessible();
    });

    it('fits 320 px without sideways scrolling, with targets of at least 24 px', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement(TAG);
      for (const [name, value] of Object.entries({ ...FILLED, signature: 'both' })) {
        el.setAttribute(name, value);
      }
      el.setAttribute('lang', 'fr');
      wrapper.append(el);
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      expect(pad(el).getBoundingClientRect().width).to.be.at.most(320);
      const root = rootOf(el);
      const targets = [...root.querySelectorAll('.agree, .choice, button, input[type="text"]')].map(
        (t) => t.getBoundingClientRect(),
      );
      expect(targets.length).to.be.greaterThan(12);
      for (const t of targets) {
        expect(t.height).to.be.at.least(24);
        expect(t.width).to.be.at.least(24);
        expect(t.right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      }
    });
  });

  describe('strict Content-Security-Policy', () => {
    it('renders, signs with a drawing, and sends with no policy violation', async function () {
      this.timeout(SLOW);
      const frame = document.createElement('iframe');
      frame.style.width = '800px';
      frame.style.height = '900px';
      frame.srcdoc = strictPage(
        '/src/boundary-agreement/define.ts',
        `<rapport-boundary-agreement signature="both" crisis-phone="111" emergency-number="999" hours="9-5" channels="phone" response-time="2 days" session-length="1 hour" notice-period="1 day"><div slot="clause-gifts"><p>No <b>gifts</b>.</p></div></rapport-boundary-agreement>`,
      );
      const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { violations: string[] };
        await until(
          () => win.customElements.get(TAG) !== undefined,
          'the element module loaded under the policy',
          30_000,
        );
        const el = win.document.querySelector(TAG) as RapportBoundaryAgreement;
        await el.updateComplete;
        el.value = ready();
        await el.updateComplete;
        const surface = el.shadowRoot!.querySelector('svg[part="pad"]')!;
        const r = surface.getBoundingClientRect();
        touch(surface, 'pointerdown', r.left + 10, r.top + 10);
        touch(surface, 'pointermove', r.left + 60, r.top + 40);
        touch(surface, 'pointerup', r.left + 60, r.top + 40);
        await el.updateComplete;
        let sent: BoundaryAgreementClientResult | undefined;
        el.addEventListener(
          'rapport-submit',
          (e) => (sent = e.detail as BoundaryAgreementClientResult),
        );
        expect(await el.submit()).to.equal(true);
        expect(sent!.signature.drawn!.paths).to.have.length(1);
        expect(win.violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
});
