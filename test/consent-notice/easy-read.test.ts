// <rapport-consent-notice easy-read>: the easy-read notice, its pictures, the host's easy-read
// choices, and the hash of what was shown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/consent-notice/define.js';
import '../../src/provider/define.js';
import type {
  ConsentChoice,
  ConsentNoticeResult,
  RapportConsentNotice,
} from '../../src/consent-notice/define.js';
import type { RapportErrorEvent, RapportSubmitEvent } from '../../src/core/events.js';
import { checkChoices } from '../../src/consent-notice/choices.js';
import type { ConsentTerms } from '../../src/consent-notice/locales/index.js';
import easy from '../../src/consent-notice/locales/easy-en.js';
import { getByRole, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';

const TAG = 'rapport-consent-notice';

const PLAIN_TITLE = 'Your privacy: what stays between us';
const EASY_TITLE = 'What we keep private';
const EASY_ACK = 'I understand what stays private and when you must share.';
const SPANISH_TITLE = 'Su privacidad: lo que queda entre nosotros';

const GP: ConsentChoice = {
  id: 'gp',
  label: 'Share a summary with my GP',
  easyRead: 'Send a short letter about me to my doctor',
  description: 'A short letter each month. Never your session notes.',
  easyReadDescription: 'We write to your doctor once a month. We never send our notes.',
};

async function notice(
  attrs: { easy?: boolean; lang?: string; mode?: string } = {},
  choices?: readonly ConsentChoice[],
): Promise<RapportConsentNotice> {
  const el = await fixture<RapportConsentNotice>(
    html`<rapport-consent-notice
      ?easy-read=${attrs.easy === true}
      lang=${attrs.lang ?? 'en'}
      mode=${attrs.mode ?? 'inline'}
      .choices=${choices}
    ></rapport-consent-notice>`,
  );
  await until(
    () => el.shadowRoot?.querySelector('[part~="title"], [part~="error"]'),
    'the notice, or why it cannot be shown, renders',
  );
  return el;
}

const root = (el: RapportConsentNotice): ShadowRoot => el.shadowRoot!;
const part = (el: RapportConsentNotice, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const pictures = (el: Element | ShadowRoot) => [
  ...el.querySelectorAll<HTMLElement>('[part="easy-picture"]'),
];
const boxNames = (el: RapportConsentNotice) =>
  [...root(el).querySelectorAll('.box label')].map((l) => textOf(l));

/** Agrees (ticking every required box) and gives the result. */
async function agree(el: RapportConsentNotice): Promise<ConsentNoticeResult> {
  for (const box of part(el, 'acknowledgements')!.querySelectorAll('input')) box.click();
  await el.updateComplete;
  const submitted = oneEvent(el, 'rapport-submit') as unknown as Promise<
    RapportSubmitEvent<ConsentNoticeResult>
  >;
  await el.submit();
  return (await submitted).detail;
}

describe('<rapport-consent-notice easy-read>', () => {
  it('shows the easy-read notice: title, sections, acknowledgement and buttons', async () => {
    const el = await notice({ easy: true });
    const r = root(el);
    expect(textOf(part(el, 'title'))).to.equal(EASY_TITLE);
    for (const heading of [
      'What stays private',
      'When we must share',
      'How we keep your notes',
      'Your rights',
    ]) {
      expect(getByRole(r, 'heading', heading).isConnected, heading).to.equal(true);
    }
    const limits = textOf(part(el, 'section-limits'));
    expect(limits).to.contain('Sometimes we must share some information about you.');
    expect(limits).to.contain('a judge tells us to share');
    expect(textOf(part(el, 'section-rights'))).to.contain(
      'Your rights are things you are allowed to do.',
    );
    expect(boxNames(el)).to.deep.equal([`${EASY_ACK} (you must tick this to agree)`]);
    expect(textOf(part(el, 'send'))).to.equal('Yes, I agree');
    expect(textOf(part(el, 'decline'))).to.equal('No, I do not agree');
    expect(textOf(r.querySelector('legend'))).to.equal('Before you agree');
  });

  it('is plain English without easy-read, unchanged', async () => {
    const el = await notice();
    expect(textOf(part(el, 'title'))).to.equal(PLAIN_TITLE);
    expect(textOf(part(el, 'send'))).to.equal('I agree');
    expect(el.hasAttribute('data-easy-read')).to.equal(false);
  });

  it('keeps the banner’s summary short in easy read', async () => {
    const el = await notice({ easy: true, mode: 'banner' }, [GP]);
    expect(textOf(part(el, 'summary'))).to.equal(
      'What you tell us stays private in our team. Sometimes we must share something to keep people safe. You can read everything before you choose.',
    );
    expect(textOf(part(el, 'read-full'))).to.equal('Read everything and see your other choices');
  });

  it('says what is missing in easy-read words', async () => {
    const el = await notice({ easy: true });
    await el.submit();
    await until(() => textOf(part(el, 'status')) !== '', 'the status says what is missing');
    expect(textOf(part(el, 'status'))).to.equal(
      'To agree, please tick the box “I understand what stays private and when you must share”.',
    );
  });

  it('shows the plain Spanish notice with lang="es" (there is no easy-read Spanish)', async () => {
    const el = await notice({ easy: true, lang: 'es' });
    expect(textOf(part(el, 'title'))).to.equal(SPANISH_TITLE);
    expect(textOf(part(el, 'send'))).to.equal('Acepto');
    expect(el.hasAttribute('data-easy-read')).to.equal(true);
  });

  it('hashes what was shown: the easy-read notice has its own contentHash', async () => {
    const plain = await agree(await notice({}, [GP]));
    const easyRead = await agree(await notice({ easy: true }, [GP]));
    const again = await agree(await notice({ easy: true }, [GP]));
    expect(plain.definition.contentHash).to.match(/^[0-9a-f]{64}$/);
    expect(easyRead.definition.contentHash).to.not.equal(plain.definition.contentHash);
    expect(again.definition.contentHash).to.equal(easyRead.definition.contentHash);
    // The same easy-read notice, the choice without its easy-read label: a different text shown.
    const { easyRead: _label, easyReadDescription: _description, ...plainGp } = GP;
    const other = await agree(await notice({ easy: true }, [plainGp]));
    expect(other.definition.contentHash).to.not.equal(easyRead.definition.contentHash);
  });

  it('puts a picture beside each section and the acknowledgement, hidden from screen readers', async () => {
    const el = await notice({ easy: true });
    const all = pictures(root(el));
    expect(all).to.have.length(5);
    for (const picture of all) {
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      expect(picture.querySelector('svg')).to.not.equal(null);
    }
    for (const id of ['confidential', 'limits', 'records', 'rights']) {
      const section = part(el, `section-${id}`)!;
      expect(pictures(section), id).to.have.length(1);
      // The words stay beside the picture, and are what a screen reader hears.
      expect(section.querySelector('.easy-words [role="heading"]'), id).to.not.equal(null);
    }
    expect(pictures(part(el, 'acknowledgements')!)).to.have.length(1);

    const plain = await notice();
    expect(pictures(root(plain))).to.have.length(0);
    expect(root(plain).querySelector('.easy-point')).to.equal(null);
  });

  describe('Read this to me', () => {
    const voice = (localService: boolean) =>
      ({
        lang: 'en-GB',
        localService,
        default: true,
        name: 'Test',
        voiceURI: 'test',
      }) as SpeechSynthesisVoice;
    let restore: (() => void) | undefined;
    afterEach(() => {
      restore?.();
      restore = undefined;
    });
    /** The device's voices are `voices`; skipped where the browser has no speech at all. */
    function deviceVoices(context: Mocha.Context, voices: SpeechSynthesisVoice[]): void {
      if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined')
        context.skip();
      Object.defineProperty(speechSynthesis, 'getVoices', {
        value: () => voices,
        configurable: true,
      });
      restore = () => delete (speechSynthesis as unknown as Record<string, unknown>).getVoices;
    }

    it('is right under the title, with a voice on the device', async function () {
      deviceVoices(this, [voice(true)]);
      const el = await notice({ easy: true });
      const button = getByRole(root(el), 'button', 'Read this to me');
      expect(part(el, 'title')!.nextElementSibling).to.equal(part(el, 'read-aloud'));
      expect(part(el, 'read-aloud')!.contains(button)).to.equal(true);
      const plain = await notice();
      expect(part(plain, 'read-aloud')).to.equal(null);
    });

    it('is not there when the only voice would send the text away', async function () {
      deviceVoices(this, [voice(false)]);
      const el = await notice({ easy: true });
      expect(part(el, 'read-aloud')).to.equal(null);
    });
  });

  it('passes axe in easy read', async function () {
    this.timeout(SLOW);
    const el = await notice({ easy: true }, [GP]);
    await expect(el).to.be.accessible();
  });

  it('shows a choice’s easyRead label and description in easy read, its own text otherwise', async () => {
    const el = await notice({ easy: true }, [GP]);
    expect(boxNames(el)).to.include('Send a short letter about me to my doctor');
    expect(textOf(root(el).querySelector('.description'))).to.equal(
      'We write to your doctor once a month. We never send our notes.',
    );
    const plain = await notice({}, [GP]);
    expect(boxNames(plain)).to.include('Share a summary with my GP');
    expect(textOf(root(plain).querySelector('.description'))).to.equal(
      'A short letter each month. Never your session notes.',
    );
  });

  it('reports a bad easyRead, naming the field, and asks nothing', async () => {
    for (const [bad, field] of [
      ['', 'choices[0].easyRead must not be blank'],
      [{ 'en US': 'x' }, 'choices[0].easyRead["en US"] is not a language tag'],
    ] as const) {
      const choice = { id: 'gp', label: 'Share a summary with my GP', easyRead: bad };
      const checked = checkChoices([choice]);
      expect(checked.ok).to.equal(false);
      expect(checked.ok ? '' : checked.message).to.contain(field);

      const heard: RapportErrorEvent[] = [];
      const listener = (e: Event) => heard.push(e as RapportErrorEvent);
      document.addEventListener('rapport-error', listener);
      try {
        const el = await notice({ easy: true }, [choice as ConsentChoice]);
        await until(() => heard.length > 0, 'rapport-error is fired');
        expect(heard[0].detail.code).to.equal('invalid-definition');
        expect(heard[0].detail.message).to.contain(field);
        expect(textOf(part(el, 'error'))).to.equal('We cannot show this information now.');
      } finally {
        document.removeEventListener('rapport-error', listener);
      }
    }
    const noDescription = checkChoices([{ ...GP, description: undefined }]);
    expect(noDescription.ok ? '' : noDescription.message).to.contain(
      'choices[0].easyReadDescription needs a description beside it',
    );
  });

  it('is turned on by <rapport-provider easy-read> around it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<rapport-provider easy-read
        ><rapport-consent-notice></rapport-consent-notice
      ></rapport-provider>`,
    );
    const el = wrapper.querySelector(TAG)!;
    await until(() => textOf(part(el, 'title')) === EASY_TITLE, 'the easy-read title shows');
    expect(pictures(root(el))).to.have.length(5);
    expect(el.hasAttribute('data-easy-read')).to.equal(true);
  });

  it('writes every sentence in 20 words or fewer', () => {
    const samples: Record<string, unknown[][]> = {
      consentReadFull: [[true], [false]],
      consentBox: [['a box']],
      consentTickToAgree: [[['“one”']], [['“one”', '“two”']]],
      consentAgreedOn: [[null], ['3 March 2026']],
      consentChanged: [[null], ['3 March 2026']],
      consentVersion: [['1.0.0']],
    };
    const texts: string[] = [];
    const collect = (value: unknown, key: string): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        for (const args of samples[key] ?? [[]])
          texts.push((value as (...a: unknown[]) => string)(...args));
      } else if (Array.isArray(value)) value.forEach((v) => collect(v, key));
      else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) collect(v, k);
      }
    };
    collect(easy as Partial<ConsentTerms>, '');
    expect(texts.length).to.be.greaterThan(60);
    const long = texts
      .flatMap((t) => t.split(/(?<=[.!?:])\s+/))
      .filter((sentence) => sentence.split(/\s+/).filter(Boolean).length > 20);
    expect(long).to.deep.equal([]);
  });
});
