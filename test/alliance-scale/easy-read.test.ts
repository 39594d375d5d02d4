// <rapport-alliance-scale easy-read>: the instrument's easy-read words, a picture by the
// instructions, the plain text where a language has no easy read, and a hash of what was shown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/alliance-scale/define.js';
import '../../src/provider/define.js';
import type {
  AllianceScaleResult,
  RapportAllianceScale,
} from '../../src/alliance-scale/alliance-scale.js';
import type { RapportErrorEvent, RapportSubmitEvent } from '../../src/core/events.js';
import type { InstrumentDefinition } from '../../src/instruments/types.js';
import { canonicalInstrumentText } from '../../src/instruments/canonical.js';
import { sha256Hex } from '../../src/core/hash.js';
import { sessionCheck } from '../../src/instruments/examples/session-check.js';
import { workingRelationship } from '../../src/instruments/examples/working-relationship.js';
import { facesCheck } from '../../src/instruments/examples/faces-check.js';
import { accessibleName, allByRole, visibleText } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { watchConsole } from '../contract/watchers.js';

const EASY_TITLE = 'How was our meeting today?';
const FULL = { 'at-ease': 1, 'what-mattered': 2, 'way-of-working': 3, 'whole-session': 4 };

const rootOf = (el: Element) => el.shadowRoot!;
const textAt = (el: Element, selector: string) => visibleText(rootOf(el).querySelector(selector));
const pictures = (el: Element) => [...rootOf(el).querySelectorAll('[part="easy-picture"]')];

/** A scale, once it shows `title` (easy read loads its texts and pictures first). */
async function scale(
  title: string,
  { easy = true, lang = 'en', instrument = 'session-check' as InstrumentDefinition | string } = {},
): Promise<RapportAllianceScale> {
  const el = await fixture<RapportAllianceScale>(
    html`<rapport-alliance-scale
      lang=${lang}
      ?easy-read=${easy}
      .instrument=${instrument}
    ></rapport-alliance-scale>`,
  );
  await until(() => textAt(el, '[part="title"]') === title, `the title "${title}"`);
  return el;
}

async function hashOf(el: RapportAllianceScale): Promise<string> {
  el.value = FULL;
  await el.updateComplete;
  const submitted = oneEvent(el, 'rapport-submit') as unknown as Promise<
    RapportSubmitEvent<AllianceScaleResult>
  >;
  expect(await el.submit()).to.equal(true);
  return (await submitted).detail.definition.contentHash;
}

/** A clinic's own instrument, with an easy-read text on its first item. */
function clinic(easyRead: unknown = 'Did I listen to you?'): InstrumentDefinition {
  return {
    id: 'clinic-easy',
    version: '1.0.0',
    title: 'Our check-in',
    scale: { type: 'visual-analog', min: 0, max: 10 },
    items: [
      {
        id: 'heard',
        text: 'Did you feel heard and understood today?',
        easyRead,
        anchors: { low: 'Not at all', high: 'Completely' },
      } as InstrumentDefinition['items'][number],
    ],
  };
}

/** Every easy-read English text of an instrument. */
function easyTexts(inst: InstrumentDefinition): string[] {
  const en = (t: unknown) => (typeof t === 'string' ? t : (t as Record<string, string>)?.en);
  const scales = [inst.scale, ...inst.items.map((i) => i.scale)];
  return [
    en(inst.easyRead?.title),
    en(inst.easyRead?.instructions),
    ...inst.items.flatMap((i) => [
      en(i.easyRead),
      en(i.anchors?.easyRead?.low),
      en(i.anchors?.easyRead?.high),
    ]),
    ...scales
      .flatMap((s) => (s && s.type !== 'visual-analog' ? s.options : []))
      .map((o) => en(o.easyRead)),
  ].filter((t): t is string => typeof t === 'string');
}

describe('alliance scale: easy read', function () {
  this.timeout(SLOW);

  it('shows the easy-read words of the title, instructions, questions and line ends', async () => {
    const el = await scale(EASY_TITLE);
    expect(textAt(el, '[part="instructions"]')).to.equal(
      'Each question has a line. Put a mark on the line to show your answer. There are no right or wrong answers.',
    );
    expect(textAt(el, '[part="badge"]')).to.equal(
      'This is an example. It is not a tested questionnaire.',
    );
    const lines = allByRole(rootOf(el), 'slider');
    expect(lines.map((l) => accessibleName(l))).to.deep.equal([
      'How relaxed did you feel with me today?',
      'Did we talk about what matters most to you?',
      'Did you like the way we worked today?',
      'Think about all of our meeting today. How was it for you?',
    ]);
    expect(lines[0].getAttribute('aria-valuetext')).to.equal(
      'Not answered. The line goes from “Not relaxed at all” to “Very relaxed”.',
    );
    expect(textAt(el, '[part="anchors"]')).to.equal('Not relaxed at all Very relaxed');
    expect(textAt(el, '[part="progress"]')).to.equal('You answered 0 of 4');
  });

  it('shows the easy-read choices of a Likert instrument, and the plain words outside easy read', async () => {
    const easy = await scale('Working together', { instrument: 'working-relationship' });
    const radios = allByRole(rootOf(easy), 'radio');
    expect(radios.slice(0, 5).map((r) => accessibleName(r))).to.deep.equal([
      'Never',
      'Not often',
      'Sometimes',
      'Often',
      'Always',
    ]);
    expect(textAt(easy, 'fieldset legend .text')).to.equal(
      'I feel safe to say what I really think.',
    );
    const plain = await scale('Working together', {
      instrument: 'working-relationship',
      easy: false,
    });
    expect(accessibleName(allByRole(rootOf(plain), 'radio')[1])).to.equal('Rarely');
    expect(textAt(plain, 'fieldset legend .text')).to.equal(
      'I feel safe to say what is really on my mind.',
    );
  });

  it('in Spanish shows the plain Spanish texts, and Spanish easy read hashes as plain Spanish', async () => {
    const el = await scale('¿Cómo fue la sesión de hoy?', { lang: 'es' });
    expect(textAt(el, '[part="instructions"]')).to.equal(
      'Marque cada línea en el punto que mejor refleje cómo fue hoy para usted. No hay respuestas correctas ni incorrectas.',
    );
    expect(accessibleName(allByRole(rootOf(el), 'slider')[0])).to.equal(
      '¿Qué tan a gusto se sintió conmigo hoy?',
    );
    expect(visibleText(rootOf(el))).not.to.contain('relaxed');
    const plain = await scale('¿Cómo fue la sesión de hoy?', { lang: 'es', easy: false });
    expect(await hashOf(el)).to.equal(await hashOf(plain));
  });

  it('hashes the words shown: easy read has its own content hash', async () => {
    const easy = await hashOf(await scale(EASY_TITLE));
    const plain = await hashOf(await scale("How was today's session?", { easy: false }));
    expect(plain).to.equal(await sha256Hex(canonicalInstrumentText(sessionCheck, 'en')));
    expect(easy).to.equal(await sha256Hex(canonicalInstrumentText(sessionCheck, 'en', true)));
    expect(easy).not.to.equal(plain);
  });

  it('puts a picture, hidden from screen readers, by the instructions; none outside easy read', async () => {
    const el = await scale(EASY_TITLE);
    const shown = pictures(el);
    expect(shown).to.have.length(1);
    expect(shown[0].getAttribute('aria-hidden')).to.equal('true');
    expect(shown[0].closest('.easy-point')?.querySelector('[part="instructions"]')).to.not.equal(
      null,
    );
    expect(shown[0].querySelector('svg')).to.not.equal(null);
    const plain = await scale("How was today's session?", { easy: false });
    expect(pictures(plain)).to.have.length(0);
    expect(rootOf(plain).querySelector('.easy-point')).to.equal(null);
  });

  it('is accessible in easy read', async () => {
    const el = await scale(EASY_TITLE);
    await expect(el).to.be.accessible();
    const faces = await scale('How was today?', { instrument: 'faces-check' });
    expect(textAt(faces, '[part="instructions"]')).to.equal(
      'Look at the faces. Pick the face that shows how you feel.',
    );
    await expect(faces).to.be.accessible();
  });

  it("shows a definition's easyRead in easy read, and its text otherwise", async () => {
    const easy = await scale('Our check-in', { instrument: clinic() });
    expect(accessibleName(allByRole(rootOf(easy), 'slider')[0])).to.equal('Did I listen to you?');
    const plain = await scale('Our check-in', { instrument: clinic(), easy: false });
    expect(accessibleName(allByRole(rootOf(plain), 'slider')[0])).to.equal(
      'Did you feel heard and understood today?',
    );
  });

  for (const [bad, mentions] of [
    ['', 'items[0].easyRead must not be blank'],
    [{ 'en US': 'x' }, 'items[0].easyRead["en US"] is not a language tag'],
  ] as const) {
    it(`reports a bad easyRead (${JSON.stringify(bad)}) naming the field`, async () => {
      const errors: RapportErrorEvent[] = [];
      const listener = (e: Event) => errors.push(e as RapportErrorEvent);
      document.addEventListener('rapport-error', listener);
      const console = watchConsole();
      try {
        const el = await fixture<RapportAllianceScale>(
          html`<rapport-alliance-scale
            easy-read
            .instrument=${clinic(bad)}
          ></rapport-alliance-scale>`,
        );
        await until(() => errors.length > 0, 'rapport-error for the bad easyRead');
        expect(errors.map((e) => e.detail.code)).to.deep.equal(['invalid-instrument']);
        expect(errors[0].detail.message).to.contain(mentions);
        expect(allByRole(rootOf(el), 'slider')).to.have.length(0);
      } finally {
        console.restore();
        document.removeEventListener('rapport-error', listener);
      }
    });
  }

  it('is turned on by <rapport-provider easy-read> around it', async () => {
    const provider = await fixture(
      html`<rapport-provider easy-read
        ><rapport-alliance-scale instrument="session-check"></rapport-alliance-scale
      ></rapport-provider>`,
    );
    const el = provider.querySelector<RapportAllianceScale>('rapport-alliance-scale')!;
    await until(() => textAt(el, '[part="title"]') === EASY_TITLE, 'the easy-read title');
    expect(pictures(el)).to.have.length(1);
    expect(el.hasAttribute('data-easy-read')).to.equal(true);
  });

  it('keeps every easy-read sentence of the examples short (at most 20 words)', () => {
    for (const inst of [sessionCheck, workingRelationship, facesCheck]) {
      const texts = easyTexts(inst);
      expect(texts.length, inst.id).to.be.greaterThan(1);
      for (const text of texts) {
        for (const sentence of text.split(/(?<=[.?!])\s+/)) {
          expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
        }
      }
    }
  });
});
