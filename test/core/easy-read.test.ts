// Easy read in the core: the easy-read texts and their fallback, the provider's switch, the
// look, the pictures, and "Read this to me" with a stand-in for the browser's speech.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { RapportElement } from '../../src/core/rapport-element.js';
import { easyPoint } from '../../src/core/easy-read.js';
import { registerTranslation } from '../../src/core/localize.js';
import '../../src/provider/define.js';
import type { RapportProvider } from '../../src/provider/provider.js';
import { until } from '../helpers/wait.js';

/** A small widget made of the core parts only: a title, two key points, a status text. */
class EasyProbe extends RapportElement {
  override render() {
    const t = this.localize;
    return html`<div part="base">
      <div part="title" role="heading" aria-level="2">Your appointment</div>
      ${this.renderReadAloud()}
      ${easyPoint(t, 'private', html`<p class="point">What you say stays private.</p>`)}
      ${easyPoint(t, 'crisis', html`<p class="point">Call us if you are not safe.</p>`)}
      <p class="status">${t.term('unavailable')}</p>
      <p class="visually-hidden">Only for screen readers.</p>
    </div>`;
  }
}
customElements.define('rapport-easy-probe', EasyProbe);

const shown = (el: Element, selector: string) =>
  el.shadowRoot!.querySelector(selector)!.textContent!.trim();

async function probe(attributes = ''): Promise<EasyProbe> {
  const el = await fixture<EasyProbe>(`<rapport-easy-probe ${attributes}></rapport-easy-probe>`);
  await el.updateComplete;
  return el;
}

describe('easy read: texts, look and pictures', () => {
  it('shows the easy-read text of a built-in message, and the plain one without easy-read', async () => {
    expect(shown(await probe(), '.status')).to.equal(
      'This questionnaire cannot be shown right now.',
    );
    expect(shown(await probe('easy-read'), '.status')).to.equal(
      'We cannot show these questions now.',
    );
  });

  it('a language without easy-read texts keeps its own plain texts, never English', async () => {
    const el = await probe('easy-read lang="es"');
    expect(shown(el, '.status')).to.equal('Este cuestionario no se puede mostrar ahora.');
    expect(el.hasAttribute('data-easy-read')).to.equal(true);
  });

  it('<rapport-provider easy-read> turns it on for the widgets inside, and off again', async () => {
    const provider = await fixture<RapportProvider>(
      html`<rapport-provider easy-read
        ><rapport-easy-probe></rapport-easy-probe
      ></rapport-provider>`,
    );
    const el = provider.querySelector<EasyProbe>('rapport-easy-probe')!;
    await el.updateComplete;
    expect(shown(el, '.status')).to.equal('We cannot show these questions now.');
    provider.easyRead = false;
    await provider.updateComplete;
    await el.updateComplete;
    expect(shown(el, '.status')).to.equal('This questionnaire cannot be shown right now.');
    expect(el.hasAttribute('data-easy-read')).to.equal(false);
  });

  it("a host's easy-read texts (en-x-easy) win over the library's", async () => {
    registerTranslation({ $code: 'en-x-easy', unavailable: 'These questions are not ready.' });
    try {
      expect(shown(await probe('easy-read'), '.status')).to.equal('These questions are not ready.');
    } finally {
      registerTranslation({ $code: 'en-x-easy', unavailable: undefined });
    }
  });

  it('larger type (at least 14 pt) and roomier lines, text from the start edge', async () => {
    const plain = getComputedStyle(await probe());
    const el = await probe('easy-read');
    const easy = getComputedStyle(el);
    expect(parseFloat(plain.fontSize)).to.equal(16);
    expect(parseFloat(easy.fontSize)).to.be.at.least(18.67);
    expect(parseFloat(easy.lineHeight) / parseFloat(easy.fontSize)).to.be.at.least(1.69);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.point')!).textAlign).to.be.oneOf([
      'start',
      'left',
    ]);
  });

  it('a picture on the start side of each key point, hidden from screen readers; none without easy read', async () => {
    const plain = await probe();
    expect(plain.shadowRoot!.querySelectorAll('[part="easy-picture"]').length).to.equal(0);
    expect(plain.shadowRoot!.querySelector('.point')!.parentElement!.getAttribute('part')).to.equal(
      'base',
    );
    const el = await probe('easy-read');
    const pictures = [...el.shadowRoot!.querySelectorAll('[part="easy-picture"]')];
    expect(pictures.length).to.equal(2);
    for (const picture of pictures) {
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      expect(picture.querySelector('svg path')!.getAttribute('d')).to.match(/^M/);
      const words = picture.nextElementSibling!.getBoundingClientRect();
      const drawn = picture.getBoundingClientRect();
      expect(drawn.width).to.be.greaterThan(30);
      expect(drawn.right).to.be.at.most(words.left + 0.5);
    }
    await expect(el).to.be.accessible();
  });
});

// ---- "Read this to me" ----------------------------------------------------------------------

interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

class FakeUtterance {
  text: string;
  voice: FakeVoice | null = null;
  lang = '';
  onstart: (() => void) | null = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

/** Records what is spoken; the test plays each utterance's start and end. */
class FakeSpeech extends EventTarget {
  voices: FakeVoice[] = [];
  spoken: FakeUtterance[] = [];
  cancelled = 0;
  paused = false;
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancelled++;
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}

const voice = (name: string, lang: string, localService: boolean): FakeVoice => ({
  name,
  lang,
  localService,
  default: false,
  voiceURI: name,
});

describe('easy read: Read this to me', () => {
  let speech: FakeSpeech;
  const saved = {
    speech: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    utterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };

  beforeEach(() => {
    speech = new FakeSpeech();
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
      writable: true,
    });
  });

  afterEach(() => {
    for (const [name, d] of [
      ['speechSynthesis', saved.speech],
      ['SpeechSynthesisUtterance', saved.utterance],
    ] as const) {
      if (d) Object.defineProperty(window, name, d);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  });

  const button = (el: EasyProbe, part: string) =>
    el.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);

  it('is not offered when the only voice would send the text to a server, nor outside easy read', async () => {
    speech.voices = [voice('Cloud English', 'en-GB', false)];
    const el = await probe('easy-read');
    expect(button(el, 'read-aloud-start')).to.equal(null);
    speech.voices.push(voice('Device English', 'en-GB', true));
    expect(button(await probe(), 'read-aloud-start')).to.equal(null);
  });

  it('appears when a voice on the device arrives, reads the shown text in order with it, marks the part being read, and stops', async () => {
    const el = await probe('easy-read');
    expect(button(el, 'read-aloud-start')).to.equal(null);
    speech.voices = [
      voice('Cloud English', 'en-GB', false),
      voice('Device French', 'fr-FR', true),
      voice('Device English', 'en-GB', true),
    ];
    speech.dispatchEvent(new Event('voiceschanged'));
    await until(() => button(el, 'read-aloud-start'), 'the button appears');
    expect(button(el, 'read-aloud-start')!.textContent!.trim()).to.equal('Read this to me');

    button(el, 'read-aloud-start')!.click();
    await el.updateComplete;
    const read: string[] = [];
    for (let i = 0; i < 4; i++) {
      const u = speech.spoken[i];
      expect(u, `utterance ${i + 1}`).to.not.equal(undefined);
      expect(u.voice!.name).to.equal('Device English');
      u.onstart!();
      const marked = el.shadowRoot!.querySelectorAll('[data-reading]');
      expect(marked.length).to.equal(1);
      expect(marked[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal(u.text);
      read.push(u.text);
      if (i < 3) u.onend!();
    }
    expect(read).to.deep.equal([
      'Your appointment',
      'What you say stays private.',
      'Call us if you are not safe.',
      'We cannot show these questions now.',
    ]);
    await el.updateComplete;
    expect(button(el, 'read-aloud-pause')!.textContent!.trim()).to.equal('Pause');
    button(el, 'read-aloud-pause')!.click();
    await el.updateComplete;
    expect(speech.paused).to.equal(true);
    expect(button(el, 'read-aloud-resume')!.textContent!.trim()).to.equal('Go on');

    button(el, 'read-aloud-stop')!.click();
    await el.updateComplete;
    expect(speech.cancelled).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('[data-reading]').length).to.equal(0);
    expect(button(el, 'read-aloud-start')).to.not.equal(null);
    // The end of an utterance of the stopped reading starts nothing more.
    speech.spoken[3].onend!();
    expect(speech.spoken.length).to.equal(4);
  });

  it("follows the widget's language: a Spanish widget reads only with a Spanish voice", async () => {
    speech.voices = [voice('Device English', 'en-GB', true)];
    const el = await probe('easy-read lang="es"');
    expect(button(el, 'read-aloud-start')).to.equal(null);
    speech.voices.push(voice('Dispositivo', 'es-ES', true));
    speech.dispatchEvent(new Event('voiceschanged'));
    await until(() => button(el, 'read-aloud-start'), 'the button appears');
    expect(button(el, 'read-aloud-start')!.textContent!.trim()).to.equal('Leer en voz alta');
    button(el, 'read-aloud-start')!.click();
    expect(speech.spoken[0].voice!.name).to.equal('Dispositivo');
    expect(speech.spoken[0].lang).to.equal('es-ES');
  });

  it('stops reading when the widget leaves the page', async () => {
    speech.voices = [voice('Device English', 'en-GB', true)];
    const el = await probe('easy-read');
    button(el, 'read-aloud-start')!.click();
    expect(speech.spoken.length).to.equal(1);
    el.remove();
    expect(speech.cancelled).to.equal(1);
    speech.spoken[0].onend!();
    expect(speech.spoken.length).to.equal(1);
  });
});
