// Every element's `value`, definition property and documented attributes given anything at
// all: nothing may throw into the page; a widget shows a sane default or says, in
// `rapport-error`, which property it could not use, once.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { RapportErrorDetail } from '../../src/index.js';
import { describeValue, runs, hostile, throwingProxy } from './arbitraries.js';
import { SLOW } from '../helpers/wait.js';
import { watchConsole } from '../contract/watchers.js';

/**
 * Runs per element. Each mounts a widget and waits for it to render, so 150 keeps the four
 * elements near ten seconds per engine on a busy machine.
 */
const ELEMENT_RUNS = 150;

interface Spec {
  tag: string;
  /** Attributes that make the widget show something to answer. */
  attributes?: Record<string, string>;
  /** The property that takes the definition, and the code a definition it cannot use gives. */
  definition: { property: string; invalid: string };
  /** Documented properties, by the attribute that sets them (or the property's own name). */
  settings: Record<string, string>;
}

const COMMON = {
  lang: 'lang',
  dir: 'dir',
  theme: 'theme',
  clientId: 'client-id',
  sessionId: 'session-id',
  clinicianId: 'clinician-id',
  encounterId: 'encounter-id',
  name: 'name',
  disabled: 'disabled',
  readonly: 'readonly',
  required: 'required',
  headingLevel: 'heading-level',
};

const SPECS: Spec[] = [
  {
    tag: 'rapport-alliance-scale',
    attributes: { instrument: 'session-check' },
    definition: { property: 'instrument', invalid: 'invalid-instrument' },
    settings: COMMON,
  },
  {
    tag: 'rapport-feedback-prompt',
    definition: { property: 'questions', invalid: 'invalid-instrument' },
    settings: {
      ...COMMON,
      ratingStyle: 'rating',
      include: 'include',
      mode: 'mode',
      open: 'open',
      maxlength: 'maxlength',
      askAgainAfter: 'ask-again-after',
    },
  },
  {
    tag: 'rapport-consent-notice',
    definition: { property: 'choices', invalid: 'invalid-definition' },
    settings: {
      ...COMMON,
      noticeId: 'notice-id',
      version: 'version',
      acceptedVersion: 'accepted-version',
      acceptedAt: 'accepted-at',
      changes: 'changes',
      mode: 'mode',
      open: 'open',
    },
  },
  {
    tag: 'rapport-boundary-agreement',
    definition: { property: 'agreement', invalid: 'invalid-definition' },
    settings: {
      ...COMMON,
      values: 'values',
      hours: 'hours',
      channels: 'channels',
      responseTime: 'response-time',
      crisisPhone: 'crisis-phone',
      emergencyNumber: 'emergency-number',
      sessionLength: 'session-length',
      noticePeriod: 'notice-period',
      omit: 'omit',
      optional: 'optional',
      signature: 'signature',
      countersign: 'countersign',
    },
  },
];

/** What went wrong on the page while a run was under way. */
class PageErrors {
  readonly seen: string[] = [];
  readonly #onError = (e: ErrorEvent) => this.seen.push(`error: ${e.message}`);
  readonly #onRejection = (e: PromiseRejectionEvent) =>
    this.seen.push(`unhandled rejection: ${describeValue(String(e.reason))}`);
  constructor() {
    window.addEventListener('error', this.#onError);
    window.addEventListener('unhandledrejection', this.#onRejection);
  }
  stop(): void {
    window.removeEventListener('error', this.#onError);
    window.removeEventListener('unhandledrejection', this.#onRejection);
  }
}

/** A widget made, given its attributes and put in the page, with its errors recorded. */
async function mount(
  spec: Spec,
): Promise<{ el: HTMLElement & Record<string, unknown>; errors: RapportErrorDetail[] }> {
  const el = document.createElement(spec.tag) as HTMLElement & Record<string, unknown>;
  for (const [name, value] of Object.entries(spec.attributes ?? {})) el.setAttribute(name, value);
  const errors: RapportErrorDetail[] = [];
  el.addEventListener('rapport-error', (e) => errors.push(e.detail));
  document.body.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, errors };
}

async function settled(el: HTMLElement): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** A value a definition property can never take: not an object, an id, or nothing. */
function unusableKind(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  return typeof value !== 'object' && typeof value !== 'string';
}

/** Whether the widget still says it is loading. */
function loading(el: HTMLElement): boolean {
  return el.shadowRoot?.querySelector('.loading') != null;
}

/**
 * The property every element keeps: anything set as any of `targets` never throws into the page;
 * each problem is said once, in `rapport-error`; the console says only what those said;
 * `value`, where there is one, reads back as plain JSON.
 * `check` adds an element's own expectations about what was raised.
 */
async function takesAnything(
  spec: Spec,
  targets: string[],
  check?: (el: HTMLElement, target: string, given: unknown, raised: RapportErrorDetail[]) => void,
): Promise<void> {
  const page = new PageErrors();
  const logged = watchConsole();
  const reported = new Set<string>();
  try {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...targets), hostile, async (target, given) => {
        const { el, errors } = await mount(spec);
        const before = errors.length;
        try {
          try {
            el[target] = given;
          } catch (error) {
            expect.fail(`setting ${target} threw ${String(error)}`);
          }
          await settled(el);
          const raised = errors.slice(before);
          for (const e of errors) reported.add(`warn: <${spec.tag}>: ${e.message}`);
          const messages = raised.map((e) => e.message);
          expect(new Set(messages).size, 'each problem reported once').to.equal(messages.length);
          check?.(el, target, given, raised);
          if ('value' in el) {
            const back = JSON.parse(JSON.stringify(el.value)) as unknown;
            expect(back).to.deep.equal(el.value);
          }
          expect(page.seen).to.deep.equal([]);
        } finally {
          el.remove();
        }
      }),
      runs(ELEMENT_RUNS),
    );
    // The console says only what rapport-error said: nothing about answers.
    expect(logged.all().filter((line) => !reported.has(line))).to.deep.equal([]);
  } finally {
    logged.restore();
    page.stop();
  }
}

for (const spec of SPECS) {
  describe(`fuzz: <${spec.tag}>`, () => {
    const { property: definition, invalid } = spec.definition;
    const targets = ['value', definition, ...Object.keys(spec.settings)];

    it(`takes anything as value, ${definition} or a setting without throwing into the page`, async function () {
      this.timeout(SLOW * 3);
      await takesAnything(spec, targets, (el, target, given, raised) => {
        const named = target === 'value' ? 'value' : (spec.settings[target] ?? target);
        for (const e of raised) {
          const names = e.message.includes(named) || e.message.includes(target);
          expect(names, `"${e.message}" names ${named}`).to.equal(true);
        }
        if (target === definition && unusableKind(given)) {
          expect(raised.map((e) => e.code)).to.deep.equal([invalid]);
          expect(loading(el), 'still loading').to.equal(false);
        }
      });
    });

    it(`reports ${definition} set to a value of the wrong kind once, as ${invalid}`, async () => {
      const wrong: unknown[] = [0, 1, true, NaN, 1e308, 10n, Symbol('x'), () => 1];
      for (const given of wrong) {
        const { el, errors } = await mount(spec);
        const before = errors.length;
        el[definition] = given;
        await settled(el);
        (el as unknown as { requestUpdate(): void }).requestUpdate();
        await settled(el);
        expect(
          errors.slice(before).map((e) => [e.code, e.message.startsWith(`${definition} `)]),
          describeValue(given),
        ).to.deep.equal([[invalid, true]]);
        expect(loading(el), `${describeValue(given)}: still loading`).to.equal(false);
        el.remove();
      }
    });

    it('takes a setting given as a plain value of another kind as markup would give it', async () => {
      const { el, errors } = await mount(spec);
      const before = errors.length;
      el.headingLevel = '3';
      el.clientId = 42;
      await settled(el);
      expect([el.headingLevel, el.clientId]).to.deep.equal([3, '42']);
      expect(errors.slice(before)).to.deep.equal([]);
      el.remove();
    });

    it(`reports ${definition} that throws when read, without throwing into the page`, async () => {
      const page = new PageErrors();
      const { el, errors } = await mount(spec);
      const before = errors.length;
      try {
        el[definition] = throwingProxy();
        await settled(el);
        expect(page.seen).to.deep.equal([]);
        const raised = errors.slice(before);
        expect(raised.map((e) => e.code)).to.deep.equal([invalid]);
        // Said by the controller, or by the element's check of a copy it could not make.
        expect(raised[0].message).to.be.oneOf([
          `${definition} could not be read: trap`,
          `${definition} is not valid: ${definition} could not be read: trap.`,
        ]);
      } finally {
        page.stop();
        el.remove();
      }
    });

    it('reports a value that throws when read, without throwing into the page', async () => {
      const page = new PageErrors();
      const { el, errors } = await mount(spec);
      const before = errors.length;
      try {
        el.value = throwingProxy();
        await settled(el);
        expect(page.seen).to.deep.equal([]);
        expect(errors.slice(before)).to.deep.equal([
          { code: 'invalid-value', message: 'value could not be read: trap' },
        ]);
      } finally {
        page.stop();
        el.remove();
      }
    });
  });
}

/**
 * The elements that came later, which have no definition to check (the goal plan) or no
 * value (the trend): the same property over what each of them takes.
 */
const LATER: Array<{ tag: string; attributes?: Record<string, string>; targets: string[] }> = [
  {
    tag: 'rapport-goal-plan',
    targets: ['value', ...Object.keys(COMMON), 'mode', 'maxGoals', 'changeThreshold'],
  },
  {
    tag: 'rapport-alliance-trend',
    attributes: { instrument: 'session-check' },
    targets: [
      'instrument',
      'results',
      'dropAlert',
      'lang',
      'dir',
      'theme',
      'clientId',
      'sessionId',
      'headingLevel',
    ],
  },
];

for (const later of LATER) {
  const spec: Spec = {
    tag: later.tag,
    attributes: later.attributes,
    definition: { property: '', invalid: '' },
    settings: {},
  };
  describe(`fuzz: <${later.tag}>`, () => {
    it('takes anything as any of its properties without throwing into the page, and says each problem once', async function () {
      this.timeout(SLOW * 3);
      await takesAnything(spec, later.targets, (el) => {
        expect(el.shadowRoot!.childElementCount, 'it still shows something').to.be.above(0);
      });
    });
  });
}

describe('fuzz: <rapport-provider>', () => {
  /** Runs: each mounts a provider and a widget inside it. */
  const PROVIDER_RUNS = 100;
  const settings = ['locale', 'clientId', 'clinicName', 'texts', 'instruments'];

  it('takes anything as a setting without throwing into the page or its widgets', async function () {
    this.timeout(SLOW * 2);
    const page = new PageErrors();
    const logged = watchConsole();
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...settings), hostile, async (setting, given) => {
          const provider = document.createElement('rapport-provider') as unknown as HTMLElement &
            Record<string, unknown>;
          const scale = document.createElement('rapport-alliance-scale');
          scale.setAttribute('instrument', 'session-check');
          provider.append(scale);
          document.body.append(provider);
          try {
            try {
              provider[setting] = given;
            } catch (error) {
              expect.fail(`setting ${setting} threw ${String(error)}`);
            }
            await settled(provider);
            await settled(scale);
            expect(page.seen).to.deep.equal([]);
            expect(loading(scale), 'still loading').to.equal(false);
          } finally {
            provider.remove();
          }
        }),
        runs(PROVIDER_RUNS),
      );
    } finally {
      logged.restore();
      page.stop();
    }
  });
});
