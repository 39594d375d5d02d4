// <rapport-feedback-prompt> in easy read: the easy-read texts, a picture beside each part, the
// content hash of what was shown, and a clinic's own easy-read words.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/feedback-prompt/define.js';
import '../../src/provider/define.js';
import type {
  FeedbackPromptResult,
  RapportFeedbackPrompt,
} from '../../src/feedback-prompt/define.js';
import type { InstrumentDefinition, RapportErrorEvent } from '../../src/index.js';
import easyTable from '../../src/feedback-prompt/locales/easy-en.js';
import { accessibleName, getRadio, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';

const TAG = 'rapport-feedback-prompt';

/** A clinic's own question, with easy-read words beside its text and its choices. */
function clinicQuestions(
  easyRead: unknown = 'Did we say sorry for the wait?',
): InstrumentDefinition {
  return {
    id: 'riverside-wait',
    version: '1.0.0',
    title: 'After your visit',
    instructions: 'One question about waiting.',
    easyRead: { title: 'About your visit', instructions: 'We want to know about waiting.' },
    items: [
      {
        id: 'wait-apology',
        text: 'Did staff acknowledge the delay?',
        easyRead: easyRead as string,
        scale: {
          type: 'likert',
          options: [
            { value: 1, label: 'Acknowledged', easyRead: 'Yes, they did' },
            { value: 0, label: 'Not acknowledged', easyRead: 'No, they did not' },
          ],
        },
      },
    ],
  } as InstrumentDefinition;
}

async function prompt(
  attributes: Record<string, string> = {},
  questions?: InstrumentDefinition,
): Promise<RapportFeedbackPrompt> {
  const el = document.createElement(TAG);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (questions) el.questions = questions;
  const shown = await fixture<RapportFeedbackPrompt>(el);
  await until(() => shown.shadowRoot!.querySelector('[part="title"]'), 'the prompt renders');
  return shown;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const titleOf = (el: HTMLElement) => textOf(root(el).querySelector('[part="title"]'));
const legends = (el: HTMLElement) => [...root(el).querySelectorAll('fieldset')].map(accessibleName);
const pictures = (el: HTMLElement) => [...root(el).querySelectorAll('[part="easy-picture"]')];

async function hashAfterRating(el: RapportFeedbackPrompt, question: string, face: string) {
  getRadio(root(el), question, face).click();
  const sent = oneEvent(el, 'rapport-submit');
  void el.submit();
  const { detail } = (await sent) as unknown as { detail: FeedbackPromptResult };
  return detail.definition.contentHash;
}

describe('<rapport-feedback-prompt> in easy read', function () {
  this.timeout(SLOW);

  it('shows the easy-read texts: title, intro, every question and the hints', async () => {
    const el = await prompt({ 'easy-read': '' });
    expect(titleOf(el)).to.equal('Tell us about today');
    expect(textOf(root(el).querySelector('[part="intro"]'))).to.equal(
      'We want to know how today went. Answer only the questions you want to.',
    );
    expect(legends(el)).to.deep.equal([
      'How was today?',
      'I felt listened to.',
      'People treated me well.',
      'We talked about the things I wanted to talk about.',
    ]);
    expect(accessibleName(getRadio(root(el), 'How was today?', 'OK'))).to.equal('OK');
    expect(accessibleName(getRadio(root(el), 'People treated me well.', 'A bit'))).to.equal(
      'A bit',
    );
    expect(textOf(root(el).querySelector('label[for="comment"]'))).to.equal(
      'What could we do better?',
    );
    expect(textOf(root(el).querySelector('#comment-hint'))).to.equal(
      'We do not read this straight away. Do you need help now? Then phone us. In an emergency, phone your local emergency number.',
    );
    expect(textOf(root(el).querySelector('label[for="contact"]'))).to.equal(
      'You can contact me about what I wrote.',
    );
    expect(textOf(root(el).querySelector('[part="counter"]'))).to.equal(
      'You used 0 of 1,000 letters',
    );
    expect(textOf(root(el).querySelector('[part="close"]'))).to.equal('Not now');
  });

  it('the floating launcher says it in easy read', async () => {
    const el = await fixture<RapportFeedbackPrompt>(
      html`<rapport-feedback-prompt easy-read mode="floating"></rapport-feedback-prompt>`,
    );
    await until(() => root(el).querySelector('[part="launcher"]'), 'the launcher renders');
    expect(textOf(root(el).querySelector('[part="launcher"]'))).to.equal('Tell us what you think');
  });

  it('every sentence of its easy-read texts has at most 20 words', () => {
    const c = easyTable.feedbackContent!;
    const texts = [
      ...Object.values(easyTable).filter((v): v is string => typeof v === 'string'),
      easyTable.feedbackCharactersLeft!(12, '12'),
      easyTable.feedbackLimitReached!('1,000'),
      easyTable.feedbackPasteCut!(30, '30'),
      c.title,
      c.intro,
      c.rating.question,
      ...Object.values(c.checks),
      ...Object.values(c.comment),
      ...Object.values(c.contact),
    ];
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
      }
    }
  });

  it('in Spanish with easy read, the plain Spanish texts (there is no easy-read Spanish)', async () => {
    const el = await prompt({ 'easy-read': '', lang: 'es' });
    await until(() => titleOf(el) === 'Su opinión', 'the Spanish title');
    expect(legends(el)[0]).to.equal('En general, ¿cómo ha ido hoy?');
    expect(textOf(root(el).querySelector('label[for="comment"]'))).to.equal(
      '¿Qué podríamos hacer mejor?',
    );
  });

  it('the content hash of easy read differs from the plain one', async () => {
    const plain = await prompt();
    const easy = await prompt({ 'easy-read': '' });
    const plainHash = await hashAfterRating(plain, 'Overall, how was today?', 'Good');
    const easyHash = await hashAfterRating(easy, 'How was today?', 'Good');
    expect(plainHash).to.match(/^[0-9a-f]{64}$/);
    expect(easyHash).to.match(/^[0-9a-f]{64}$/);
    expect(easyHash).to.not.equal(plainHash);
  });

  it('a clinic’s easyRead words change the content hash too', async () => {
    const plain = await prompt({ include: 'checks' }, clinicQuestions());
    const easy = await prompt({ include: 'checks', 'easy-read': '' }, clinicQuestions());
    const plainHash = await hashAfterRating(
      plain,
      'Did staff acknowledge the delay?',
      'Acknowledged',
    );
    const easyHash = await hashAfterRating(easy, 'Did we say sorry for the wait?', 'Yes, they did');
    expect(easyHash).to.not.equal(plainHash);
  });

  it('a picture beside each part, hidden from screen readers; none outside easy read', async () => {
    const el = await prompt({ 'easy-read': '' });
    await until(() => pictures(el).length === 6, 'six pictures');
    // The rating, the three checks, the comment, the contact choice.
    for (const picture of pictures(el)) {
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      expect(picture.querySelector('svg')).to.not.equal(null);
      expect(picture.closest('.easy-point')!.querySelector('.easy-words')).to.not.equal(null);
    }
    const words = [...root(el).querySelectorAll('.easy-point > .easy-words')];
    expect(words[0].querySelector('fieldset')!.getAttribute('part')).to.contain('rating');
    expect(words[4].querySelector('textarea#comment')).to.not.equal(null);
    expect(words[5].querySelector('[part="contact"]')).to.not.equal(null);

    const plain = await prompt();
    expect(pictures(plain)).to.have.length(0);
    expect(root(plain).querySelector('.easy-point')).to.equal(null);
  });

  it('passes axe in easy read', async function () {
    this.timeout(60_000);
    const el = await prompt({ 'easy-read': '' });
    await until(() => pictures(el).length > 0, 'the pictures');
    await expect(el).to.be.accessible();
  });

  it('a clinic’s easyRead words in easy read, the normal words otherwise', async () => {
    const easy = await prompt({ 'easy-read': '', include: 'checks' }, clinicQuestions());
    expect(titleOf(easy)).to.equal('About your visit');
    expect(textOf(root(easy).querySelector('[part="intro"]'))).to.equal(
      'We want to know about waiting.',
    );
    expect(legends(easy)).to.deep.equal(['Did we say sorry for the wait?']);
    expect(
      accessibleName(getRadio(root(easy), 'Did we say sorry for the wait?', 'No, they did not')),
    ).to.equal('No, they did not');

    const plain = await prompt({ include: 'checks' }, clinicQuestions());
    expect(titleOf(plain)).to.equal('After your visit');
    expect(legends(plain)).to.deep.equal(['Did staff acknowledge the delay?']);
    expect(
      accessibleName(getRadio(root(plain), 'Did staff acknowledge the delay?', 'Not acknowledged')),
    ).to.equal('Not acknowledged');
  });

  for (const bad of ['', { 'en US': 'x' }]) {
    it(`a bad easyRead (${JSON.stringify(bad)}) is reported naming the field`, async () => {
      const errors: RapportErrorEvent[] = [];
      const listener = (e: Event) => errors.push(e as RapportErrorEvent);
      document.addEventListener('rapport-error', listener);
      try {
        const el = await prompt({ 'easy-read': '' }, clinicQuestions(bad));
        await until(() => errors.length > 0, 'a rapport-error');
        expect(errors[0].detail.code).to.equal('invalid-instrument');
        expect(errors[0].detail.message).to.contain('items[0].easyRead');
        // The quick checks are shown instead.
        expect(legends(el)[1]).to.equal('I felt listened to.');
      } finally {
        document.removeEventListener('rapport-error', listener);
      }
    });
  }

  it('<rapport-provider easy-read> turns it on', async () => {
    const provider = await fixture<HTMLElement>(
      html`<rapport-provider easy-read
        ><rapport-feedback-prompt></rapport-feedback-prompt
      ></rapport-provider>`,
    );
    const el = provider.querySelector<RapportFeedbackPrompt>(TAG)!;
    await until(() => titleOf(el) === 'Tell us about today', 'the easy-read title');
    await until(() => pictures(el).length === 6, 'the pictures');
  });
});
