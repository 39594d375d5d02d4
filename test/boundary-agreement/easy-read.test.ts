// <rapport-boundary-agreement easy-read>: the easy-read English texts, a picture beside each
// key point, a clinic's own easy-read texts, and the content hash of what was shown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/boundary-agreement/define.js';
import '../../src/provider/define.js';
import type {
  AgreementDefinition,
  BoundaryAgreementClientResult,
  BoundaryAgreementValue,
  RapportBoundaryAgreement,
} from '../../src/boundary-agreement/define.js';
import { checkAgreement } from '../../src/boundary-agreement/definition.js';
import { clausePicture } from '../../src/boundary-agreement/clause.js';
import en from '../../src/boundary-agreement/locales/en.js';
import easy from '../../src/boundary-agreement/locales/easy-en.js';
import type { AgreementWording } from '../../src/boundary-agreement/locales/index.js';
import type { RapportErrorEvent, RapportSubmitEvent } from '../../src/core/events.js';
import { PATHS } from '../../src/core/pictures.js';
import { watchConsole } from '../contract/watchers.js';
import { accessibleName, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { CLAUSE_IDS, FILLED } from './fixtures.js';

const TAG = 'rapport-boundary-agreement';

const EASY_TITLES = [
  'Contacting me',
  'In a crisis',
  'Gifts',
  'Social media',
  'Meeting outside our sessions',
  'Sessions, being late and cancelling',
  'Recording',
  'Ending our work',
];

/** The picture each built-in clause has, in the order shown. */
const PICTURES = [
  'contact',
  'crisis',
  'gift',
  'social',
  'outside',
  'calendar',
  'recording',
  'ending',
] as const;

async function agreement(
  attributes: Record<string, string>,
  definition?: AgreementDefinition,
): Promise<RapportBoundaryAgreement> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (definition) el.agreement = definition;
  return fixture<RapportBoundaryAgreement>(el);
}

const root = (el: RapportBoundaryAgreement) => el.shadowRoot!;
const titleOf = (el: RapportBoundaryAgreement) => textOf(root(el).querySelector('[part="title"]'));
const clauseTitles = (el: RapportBoundaryAgreement) =>
  [...root(el).querySelectorAll('.clause-name')].map((n) => textOf(n));
/** A text's lines as shown (a line break or a new paragraph starts a line). */
const lines = (node: Element | null) =>
  (node as HTMLElement).innerText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
const clauseText = (el: RapportBoundaryAgreement, i: number) =>
  lines(root(el).getElementById(`clause-${i}-text`));
const pictures = (node: ParentNode) => [...node.querySelectorAll('[part="easy-picture"]')];
const boxNames = (el: RapportBoundaryAgreement) =>
  [...root(el).querySelectorAll('input[type="checkbox"]')].map((b) => accessibleName(b));

function ready(ids: readonly string[], answers: Record<string, string>): BoundaryAgreementValue {
  return {
    agreed: [...ids],
    answers,
    signature: { typedName: 'Sam Taylor' },
    countersignature: null,
  };
}

async function signedHash(el: RapportBoundaryAgreement): Promise<string> {
  const submitted = oneEvent(el, 'rapport-submit') as unknown as Promise<
    RapportSubmitEvent<BoundaryAgreementClientResult>
  >;
  expect(await el.submit()).to.equal(true);
  return (await submitted).detail.definition.contentHash;
}

/** A clinic's agreement with easy-read texts beside its own. */
function clinic(): AgreementDefinition {
  return {
    id: 'riverside',
    version: '2',
    title: 'Working together at Riverside',
    easyRead: { title: 'How we work together' },
    clauses: [
      {
        id: 'confidentiality',
        title: 'Confidentiality',
        easyReadTitle: 'Keeping things private',
        text: 'What you tell us is held in confidence, within the limits the law sets.',
        easyRead: 'What you tell us stays private.\nThe law says when we must share it.',
      },
      {
        id: 'reach',
        title: 'Reaching us',
        text: 'Call us on {phone}.',
        question: {
          id: 'reply-by',
          label: 'Preferred reply channel',
          easyRead: 'How should we answer you?',
          options: [
            { value: 'phone', label: 'Telephone', easyRead: 'A phone call' },
            { value: 'post', label: 'Post' },
          ],
        },
      },
    ],
    values: { phone: '0161 000 0000' },
  };
}

describe('<rapport-boundary-agreement easy-read>', () => {
  it('shows the easy-read English: title, introduction, clauses, boxes and signing', async () => {
    const el = await agreement({ ...FILLED, 'easy-read': '' });
    await until(() => titleOf(el) === 'Our agreement', 'the easy-read title');
    expect(clauseTitles(el)).to.deep.equal(EASY_TITLES);
    expect(lines(root(el).querySelector('[part="intro"] .easy-words'))).to.deep.equal([
      'This agreement helps us work together safely.',
      'It says what you can expect from me.',
      'It also says what I ask you to do.',
      'Please read each point.',
      'If you understand and agree, tick the box under it.',
      'You can ask me about any point before you sign.',
    ]);
    expect(clauseText(el, 0)).to.deep.equal([
      'You can contact me at these times: Monday to Friday, 9am to 5pm.',
      'You can contact me in these ways: phone or portal messages.',
      'How long I usually take to answer: within two working days.',
      'I do not read messages at other times.',
      'A message you send in the evening waits until I am back at work.',
      'A message you send at the weekend waits too.',
    ]);
    expect(clauseText(el, 1)).to.deep.equal([
      'A crisis is when you feel very unsafe or very upset, and it cannot wait.',
      'In a crisis, call 0800 123 4567.',
      'You can call this number when I am not at work too.',
      'If you or someone else is in danger now, call 999.',
      'Do not wait for me to answer a message.',
    ]);
    expect(boxNames(el)[0]).to.equal('I understand and I agree (Contacting me)');
    expect(textOf(root(el).querySelector('[part="progress"]'))).to.equal(
      'You agreed to 0 of 8 points',
    );
    expect(textOf(root(el).querySelector('legend'))).to.equal('How do you want me to contact you?');
    expect(textOf(root(el).querySelector('#sign-title'))).to.equal('Sign here');
    expect(textOf(root(el).querySelector('[part="send"]'))).to.equal('Sign the agreement');

    // Pressing Sign with nothing done: the messages are the easy-read ones.
    await el.submit();
    await el.updateComplete;
    const errors = [...root(el).querySelectorAll('.item-error')].map((e) => textOf(e));
    expect(errors.slice(0, 2)).to.deep.equal([
      'Please choose one answer.',
      'Please tick the box to agree. Then you can sign.',
    ]);
    expect(textOf(root(el).querySelector('[part="status"]'))).to.contain(
      'Please agree to 8 more points. Start with “Contacting me”. Then you can sign.',
    );
  });

  it('in a language without easy-read texts, shows that language’s plain texts', async () => {
    const el = await agreement({ ...FILLED, lang: 'es', 'easy-read': '' });
    await until(() => titleOf(el) === 'Nuestro acuerdo', 'the plain Spanish title');
    expect(clauseTitles(el)[0]).to.equal('Cómo ponerse en contacto conmigo');
    expect(boxNames(el)[0]).to.equal(
      'Lo entiendo y estoy de acuerdo (Cómo ponerse en contacto conmigo)',
    );
    // The look of easy read stays: the pictures are there.
    expect(pictures(root(el))).to.have.length(10);
  });

  it('the content hash is of what was shown: it differs between plain and easy read', async () => {
    const answers = { 'preferred-contact': 'email' };
    const plain = await agreement(FILLED);
    plain.value = ready(CLAUSE_IDS, answers);
    const easyEl = await agreement({ ...FILLED, 'easy-read': '' });
    await until(() => titleOf(easyEl) === 'Our agreement', 'easy read');
    easyEl.value = ready(CLAUSE_IDS, answers);
    const [a, b] = [await signedHash(plain), await signedHash(easyEl)];
    expect(a).to.match(/^[0-9a-f]{64}$/);
    expect(b).to.match(/^[0-9a-f]{64}$/);
    expect(a).not.to.equal(b);
  });

  it('puts its picture beside each clause, the introduction and the signing, hidden from screen readers', async () => {
    const el = await agreement({ ...FILLED, 'easy-read': '' });
    await until(() => pictures(root(el)).length > 0, 'the pictures');
    const all = pictures(root(el));
    expect(all).to.have.length(10);
    for (const p of all) expect(p.getAttribute('aria-hidden')).to.equal('true');
    const clauses = [...root(el).querySelectorAll('[part~="clause"]')];
    expect(
      clauses.map((c) => pictures(c).map((p) => p.querySelector('path')!.getAttribute('d'))),
    ).to.deep.equal(PICTURES.map((name) => [PATHS[name]]));
    expect(pictures(root(el).querySelector('[part="intro"]')!)).to.have.length(1);
    expect(pictures(root(el).querySelector('[part="signature"]')!)).to.have.length(1);
    // The words beside a picture are still the clause's heading and text.
    expect(textOf(clauses[2].querySelector('.easy-words'))).to.contain('Gifts');

    const plain = await agreement(FILLED);
    expect(titleOf(plain)).to.equal('Our agreement');
    expect(pictures(root(plain))).to.have.length(0);
    expect(root(plain).querySelector('.easy-point')).to.equal(null);
  });

  it('a clinic’s clause gets a picture from its id', () => {
    expect(clausePicture({ id: 'confidentiality', crisis: false })).to.equal('private');
    expect(clausePicture({ id: 'out-of-hours', crisis: true })).to.equal('crisis');
    expect(clausePicture({ id: 'missed-appointments', crisis: false })).to.equal('calendar');
    expect(clausePicture({ id: 'reach', crisis: false })).to.equal('contact');
    expect(clausePicture({ id: 'parking', crisis: false })).to.equal('agree');
  });

  it('axe finds nothing in easy read, while signing and in the signed record', async function () {
    this.timeout(SLOW);
    const el = await agreement({ ...FILLED, 'easy-read': '', signature: 'both' });
    await until(() => titleOf(el) === 'Our agreement', 'easy read');
    await expect(el).to.be.accessible();
    el.value = ready(CLAUSE_IDS, { 'preferred-contact': 'email' });
    await signedHash(el);
    el.readonly = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a definition’s easyRead texts in easy read, its normal texts otherwise, and hashes them', async () => {
    const easyEl = await agreement({ 'easy-read': '' }, clinic());
    await until(() => titleOf(easyEl) === 'How we work together', 'the easy-read title');
    expect(clauseTitles(easyEl)).to.deep.equal(['Keeping things private', 'Reaching us']);
    expect(clauseText(easyEl, 0)).to.deep.equal([
      'What you tell us stays private.',
      'The law says when we must share it.',
    ]);
    expect(clauseText(easyEl, 1)).to.deep.equal(['Call us on 0161 000 0000.']);
    expect(textOf(root(easyEl).querySelector('legend'))).to.equal('How should we answer you?');
    expect(
      [...root(easyEl).querySelectorAll('input[type="radio"]')].map((r) => accessibleName(r)),
    ).to.deep.equal(['A phone call', 'Post']);

    const plain = await agreement({}, clinic());
    expect(titleOf(plain)).to.equal('Working together at Riverside');
    expect(clauseTitles(plain)).to.deep.equal(['Confidentiality', 'Reaching us']);
    expect(clauseText(plain, 0)).to.deep.equal([
      'What you tell us is held in confidence, within the limits the law sets.',
    ]);
    expect(textOf(root(plain).querySelector('legend'))).to.equal('Preferred reply channel');

    const ids = ['confidentiality', 'reach'];
    easyEl.value = ready(ids, { 'reply-by': 'phone' });
    plain.value = ready(ids, { 'reply-by': 'phone' });
    expect(await signedHash(easyEl)).not.to.equal(await signedHash(plain));
  });

  it('reports a bad easyRead, naming the field', async () => {
    const bad = (change: (d: AgreementDefinition & Record<string, unknown>) => void) => {
      const d = clinic() as AgreementDefinition & Record<string, unknown>;
      change(d);
      const checked = checkAgreement(d);
      return checked.ok ? [] : checked.problems;
    };
    const clause = (d: AgreementDefinition) => d.clauses[0] as unknown as Record<string, unknown>;
    expect(bad((d) => (clause(d).easyRead = ''))).to.deep.equal([
      'clauses[0].easyRead must not be blank',
    ]);
    expect(bad((d) => (clause(d).easyRead = { 'en US': 'x' }))).to.deep.equal([
      'clauses[0].easyRead["en US"] is not a language tag such as "en" or "pt-BR"',
    ]);
    expect(bad((d) => (clause(d).easyReadTitle = 3))).to.deep.equal([
      'clauses[0].easyReadTitle must be a text, or an object of texts by language',
    ]);
    expect(
      bad(
        (d) =>
          ((d.clauses[1].question!.options[1] as unknown as Record<string, unknown>).easyRead =
            ' '),
      ),
    ).to.deep.equal(['clauses[1].question.options[1].easyRead must not be blank']);
    expect(bad((d) => (d.easyRead = { title: '', summary: 'x' } as never))).to.deep.equal([
      'easyRead.summary is not one of title, intro',
      'easyRead.title must not be blank',
    ]);
    expect(bad(() => undefined)).to.deep.equal([]);

    // The element reports it as the definition's problem.
    const heard: RapportErrorEvent[] = [];
    const listener = (e: Event) => heard.push(e as RapportErrorEvent);
    document.addEventListener('rapport-error', listener);
    const console = watchConsole();
    try {
      const d = clinic();
      (d.clauses[0] as unknown as Record<string, unknown>).easyRead = '';
      await agreement({ 'easy-read': '' }, d);
      await until(() => heard.length > 0, 'a rapport-error');
    } finally {
      console.restore();
      document.removeEventListener('rapport-error', listener);
    }
    expect(heard[0].detail.code).to.equal('invalid-definition');
    expect(heard[0].detail.message).to.contain('clauses[0].easyRead must not be blank');
  });

  it('<rapport-provider easy-read> turns it on for the agreement inside', async () => {
    const provider = await fixture<HTMLElement>(
      html`<rapport-provider easy-read
        ><rapport-boundary-agreement
          hours="9 to 5"
          channels="phone"
          response-time="a day"
          crisis-phone="0800 123 4567"
          emergency-number="999"
          session-length="an hour"
          notice-period="a day"
        ></rapport-boundary-agreement
      ></rapport-provider>`,
    );
    const el = provider.querySelector<RapportBoundaryAgreement>(TAG)!;
    await until(() => titleOf(el) === 'Our agreement' && pictures(root(el)).length > 0, 'easy');
    expect(clauseTitles(el)).to.deep.equal(EASY_TITLES);
    expect(el.hasAttribute('data-easy-read')).to.equal(true);
  });
});

// ---- The wording itself ---------------------------------------------------------------------

const SAMPLE = {
  ...Object.fromEntries(
    Object.entries(FILLED).map(([k, v]) => [
      k.replace(/-(.)/g, (_, c: string) => c.toUpperCase()),
      v,
    ]),
  ),
};

/** Every easy-read text as a person reads it: functions called, placeholders filled. */
function easyTexts(): string[] {
  const texts: string[] = [];
  const titles = ['Sessions, being late and cancelling', 'Meeting outside our sessions', 'Gifts'];
  const longTitles = Object.values(easy.agreementContent!.clauses).map((c) => c.title);
  for (const [key, value] of Object.entries(easy)) {
    if (typeof value === 'string') texts.push(value);
    else if (typeof value === 'function') {
      const call = value as (...args: unknown[]) => string;
      if (/BeforeSigning/.test(key))
        texts.push(call(titles.slice(0, 1)), call(titles), call(longTitles));
      else if (key === 'agreementDrawingArea') texts.push(call(true), call(false));
      else texts.push(call('Sam Taylor', '6 December 2026'), call(3, 8));
    } else if (key === 'agreementContent') {
      const w = value as AgreementWording;
      texts.push(w.title, w.intro, w.contactQuestion.label);
      texts.push(...Object.values(w.contactQuestion.options), ...Object.values(w.fallbacks));
      for (const c of Object.values(w.clauses)) texts.push(c.title, c.text);
    }
  }
  return texts.map((t) => t.replace(/\{(\w+)\}/g, (_, n: string) => SAMPLE[n] ?? n));
}

describe('the easy-read wording', () => {
  it('has every text of the plain English', () => {
    expect(Object.keys(easy).sort()).to.deep.equal(Object.keys(en).sort());
    const w = easy.agreementContent!;
    expect(Object.keys(w.clauses)).to.deep.equal(CLAUSE_IDS);
    expect(Object.keys(w.fallbacks)).to.deep.equal(Object.keys(en.agreementContent.fallbacks));
    expect(Object.keys(w.contactQuestion.options)).to.deep.equal(
      Object.keys(en.agreementContent.contactQuestion.options),
    );
  });

  it('keeps each clause’s placeholders', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const id of CLAUSE_IDS as Array<keyof AgreementWording['clauses']>) {
      expect(names(easy.agreementContent!.clauses[id].text), id).to.deep.equal(
        names(en.agreementContent.clauses[id].text),
      );
    }
  });

  it('has no sentence over 20 words', () => {
    const sentences = easyTexts().flatMap((t) =>
      t
        .split(/(?<=[.?!])\s+|\n+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    );
    expect(sentences.length).to.be.greaterThan(80);
    const long = sentences.filter((s) => s.split(/\s+/).length > 20);
    expect(long).to.deep.equal([]);
  });
});
