/**
 * The contracts of DESIGN.md that every Rapport element keeps, as one suite each element runs.
 * A target says how to render its element, how a person completes it, and what its form
 * fields are; the suite checks the rest the same way for every element.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { RapportFormControl } from '../../src/core/form-control.js';
import { RapportErrorEvent, RapportInputEvent, RapportSubmitEvent } from '../../src/core/events.js';
import type { RapportResult } from '../../src/core/result.js';
import { nextSubmit } from '../helpers/events.js';
import { frames, SLOW, until } from '../helpers/wait.js';
import { accessibleName, textOf } from '../helpers/roles.js';
import { watchConsole, watchNetworkAndStorage, watchUncaught } from './watchers.js';

/** An element that takes answers, with its `value`. */
export type AnswerElement = RapportFormControl & { value: unknown };

export interface ContractTarget<E extends AnswerElement = AnswerElement> {
  tag: string;
  kind: string;
  /** A fresh, valid element in the document, ready to answer. Attributes are added as given. */
  create(attributes?: Record<string, string>): Promise<E>;
  /** Answers everything required, as a person would (keyboard), leaving focus where it ends. */
  complete(el: E): Promise<void>;
  /** Answers something but not everything required. */
  answerPart(el: E): Promise<void>;
  /** What `value` reads when nothing is answered (after `reset()` or `form.reset()`). */
  emptyValue: unknown;
  /** The form fields after `complete`, without the `name.` prefix. */
  completedFormEntries: Record<string, string>;
  /**
   * What has focus once a response sent with the keyboard is saved: its `part` (or tag) and
   * its text. Left out where focus then goes back to the page (a dialog that closes).
   */
  focusAfterSave?: { element: string; text: string };
  /** What the alert says after a failed save: what this element did not save. */
  notSaved: string;
  /** Beside Send on a fresh element, saying why it is not ready; left out without a Send. */
  notReady?: string;
  /**
   * Inside a form, an empty widget stops the form even without `required` (so an empty response
   * is never posted) unless the host sets this attribute. Left out: an empty one never blocks.
   */
  allowEmptyAttribute?: string;
  /** The definition id and version the created element shows. */
  definition: { id: string; version: string };
  /** Ways to give the element something it cannot use; each must give `rapport-error`. */
  badInputs: Array<{
    name: string;
    code: string;
    create(): Promise<E>;
    /** The message the person sees in the widget's place, if the widget cannot show itself. */
    shows?: string;
  }>;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function sendButton(el: RapportFormControl): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send"]');
}

function statusText(el: RapportFormControl): string {
  return el.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The focused element inside the widget, by its part (or else its tag name) and its text. */
function focusedIn(el: RapportFormControl): { element: string; text: string } | null {
  const active = el.shadowRoot!.activeElement;
  if (!active) return null;
  return { element: active.getAttribute('part') ?? active.localName, text: textOf(active) };
}

async function pressSend(el: RapportFormControl): Promise<void> {
  sendButton(el)!.focus();
  await sendKeys({ press: 'Enter' });
}

export function runContractSuite<E extends AnswerElement>(target: ContractTarget<E>): void {
  describe(`<${target.tag}> keeps the Rapport contracts`, function () {
    // Nearly every contract starts with target.complete(), a keyboard walk through the widget.
    this.timeout(SLOW);
    describe('registration', () => {
      it('is defined by its module and is a form-associated element', async () => {
        const el = await target.create();
        expect(customElements.get(target.tag)).to.equal(el.constructor);
        expect((el.constructor as unknown as { formAssociated: boolean }).formAssociated).to.equal(
          true,
        );
      });

      it('a second definition of the tag warns once and does not throw', async () => {
        const el = await target.create();
        const ctor = el.constructor as unknown as { define(tag: string): void };
        const console = watchConsole();
        try {
          class SecondCopy extends (el.constructor as typeof HTMLElement) {}
          expect(() => (SecondCopy as unknown as typeof ctor).define(target.tag)).not.to.throw();
          // The element class itself again is silent: a side-effect import run twice.
          expect(() => ctor.define(target.tag)).not.to.throw();
        } finally {
          console.restore();
        }
        expect(console.calls.warn).to.have.length(1);
        expect(String(console.calls.warn[0][0])).to.contain(`<${target.tag}> is already defined`);
        expect(customElements.get(target.tag)).to.equal(el.constructor);
      });
    });

    describe('events', () => {
      it('rapport-input and rapport-submit bubble, compose, and reach a document listener from inside a shadow root', async () => {
        const outer = await fixture<HTMLDivElement>(html`<div></div>`);
        const root = outer.attachShadow({ mode: 'open' });
        const el = document.createElement(target.tag) as E;
        // Render inside someone else's shadow root, as a portal framework might.
        const created = await target.create();
        for (const a of created.getAttributeNames()) el.setAttribute(a, created.getAttribute(a)!);
        for (const child of [...created.childNodes]) el.append(child.cloneNode(true));
        created.remove();
        root.append(el);
        await el.updateComplete;

        const heard: Event[] = [];
        const listener = (e: Event) => heard.push(e);
        document.addEventListener('rapport-input', listener);
        document.addEventListener('rapport-submit', listener);
        try {
          await target.complete(el);
          const submitted = nextSubmit(document);
          await el.submit();
          await submitted;
        } finally {
          document.removeEventListener('rapport-input', listener);
          document.removeEventListener('rapport-submit', listener);
        }
        const inputs = heard.filter((e) => e.type === 'rapport-input');
        const submits = heard.filter((e) => e.type === 'rapport-submit');
        expect(inputs.length).to.be.greaterThan(0);
        expect(submits).to.have.length(1);
        for (const e of heard) {
          expect(e.bubbles, `${e.type} bubbles`).to.equal(true);
          expect(e.composed, `${e.type} composed`).to.equal(true);
        }
        expect(inputs[0]).to.be.instanceOf(RapportInputEvent);
        expect(submits[0]).to.be.instanceOf(RapportSubmitEvent);
        const lastDraft = (inputs.at(-1) as RapportInputEvent).detail;
        expect(lastDraft.kind).to.equal(target.kind);
        expect(lastDraft.complete).to.equal(true);
        expect(lastDraft.responseId).to.equal((submits[0] as RapportSubmitEvent).detail.responseId);
      });

      it('does not fire rapport-input when value is set by the host', async () => {
        const donor = await target.create();
        await target.complete(donor);
        const value = donor.value;
        const el = await target.create();
        let inputs = 0;
        el.addEventListener('rapport-input', () => inputs++);
        el.value = value;
        await el.updateComplete;
        expect(inputs).to.equal(0);
        expect(el.value).to.deep.equal(value);
      });
    });

    describe('the result envelope', () => {
      it('is plain JSON with every envelope field well formed', async () => {
        const el = await target.create({
          'client-id': 'c-1',
          'session-id': 's-2',
          'clinician-id': 'k-3',
          'encounter-id': 'e-4',
        });
        const before = Date.now();
        await target.complete(el);
        const submitted = nextSubmit(el);
        await pressSend(el);
        const { detail } = await submitted;
        const after = Date.now();

        expect(JSON.parse(JSON.stringify(detail))).to.deep.equal(detail);
        expect(detail.kind).to.equal(target.kind);
        expect(detail.responseId).to.match(UUID_V4);
        expect(detail.definition.id).to.equal(target.definition.id);
        expect(detail.definition.version).to.equal(target.definition.version);
        expect(detail.definition.contentHash).to.match(/^[0-9a-f]{64}$/);
        expect(detail.locale).to.equal('en');
        expect(detail.subject).to.deep.equal({
          clientId: 'c-1',
          sessionId: 's-2',
          clinicianId: 'k-3',
          encounterId: 'e-4',
        });
        expect(detail.startedAt).to.match(ISO);
        expect(detail.completedAt).to.match(ISO);
        const started = Date.parse(detail.startedAt);
        const completed = Date.parse(detail.completedAt);
        expect(started).to.be.within(before, completed);
        expect(completed).to.be.within(started, after);
      });

      it('takes subject ids from <rapport-provider>, with the element’s own ids first', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<rapport-provider
            client-id="from-provider"
            session-id="provider-session"
          ></rapport-provider>`,
        );
        const el = await target.create({ 'session-id': 'own-session' });
        wrapper.append(el);
        await el.updateComplete;
        await target.complete(el);
        const submitted = nextSubmit(el);
        await el.submit();
        const { detail } = await submitted;
        expect(detail.subject).to.deep.equal({
          clientId: 'from-provider',
          sessionId: 'own-session',
        });
      });
    });

    describe('sending', () => {
      it('pressing Send twice gives one rapport-submit', async () => {
        const el = await target.create();
        await target.complete(el);
        const results: RapportResult[] = [];
        // The host's save is still going on while Send is pressed again.
        let save!: () => void;
        const saving = new Promise<void>((r) => (save = r));
        el.addEventListener('rapport-submit', (e) => {
          results.push(e.detail);
          e.waitUntil(saving);
        });
        sendButton(el)!.click();
        sendButton(el)!.click();
        await el.updateComplete;
        sendButton(el)?.click();
        save();
        // Saved is the end of sending: a second rapport-submit would come before it.
        await until(() => el.state !== 'submitting', 'the save settled');
        await frames();
        expect(results).to.have.length(1);
        expect(el.state).to.equal('submitted');
        expect(el.getAttribute('state')).to.equal('submitted');
      });

      it('waitUntil: saving, then saved', async () => {
        const el = await target.create();
        await target.complete(el);
        let resolve: (() => void) | undefined;
        el.addEventListener(
          'rapport-submit',
          (e) => e.waitUntil(new Promise<void>((r) => (resolve = r))),
          {
            once: true,
          },
        );
        const done = el.submit();
        await el.updateComplete;
        expect(el.state).to.equal('submitting');
        expect(statusText(el)).to.equal('Saving…');
        await until(() => resolve !== undefined, 'rapport-submit was dispatched');
        await el.updateComplete;
        expect(statusText(el)).to.equal('Saving…');
        resolve!();
        expect(await done).to.equal(true);
        await el.updateComplete;
        expect(el.state).to.equal('submitted');
        expect(statusText(el)).to.equal('Saved. Thank you.');
      });

      it('waitUntil rejected: says so, keeps every answer, and retry sends the same responseId', async () => {
        const el = await target.create();
        await target.complete(el);
        const answers = el.value;
        const ids: string[] = [];
        let attempt = 0;
        el.addEventListener('rapport-submit', (e) => {
          ids.push(e.detail.responseId);
          attempt++;
          e.waitUntil(attempt === 1 ? Promise.reject(new Error('offline')) : Promise.resolve());
        });
        expect(await el.submit()).to.equal(false);
        await el.updateComplete;
        expect(el.state).to.equal('failed');
        expect(statusText(el)).to.contain(target.notSaved);
        expect(el.value).to.deep.equal(answers);

        const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
        expect(retry.textContent!.trim()).to.equal('Try again');
        retry.focus();
        await sendKeys({ press: 'Enter' });
        await until(
          () => ids.length === 2 && el.state !== 'submitting',
          'the retry was sent and settled',
        );
        await el.updateComplete;
        expect(el.state).to.equal('submitted');
        expect(ids).to.have.length(2);
        expect(ids[1]).to.equal(ids[0]);
        expect(el.value).to.deep.equal(answers);
      });

      it('a failed save is an alert, and focus goes to "Try again", outside the polite region', async () => {
        const el = await target.create();
        await target.complete(el);
        let attempt = 0;
        let settle!: () => void;
        el.addEventListener('rapport-submit', (e) => {
          attempt++;
          e.waitUntil(
            attempt === 1
              ? Promise.reject(new Error('offline'))
              : new Promise<void>((r) => (settle = r)),
          );
        });
        await pressSend(el);
        await until(() => el.state === 'failed', 'the save failed');
        await el.updateComplete;
        const root = el.shadowRoot!;
        expect(focusedIn(el)).to.deep.equal({ element: 'retry', text: 'Try again' });
        expect(accessibleName(root.activeElement!)).to.equal('Try again');
        expect(document.activeElement?.localName).to.equal(target.tag);
        const alerts = [...root.querySelectorAll('[part="status"] [role="alert"]')];
        expect(alerts.map(textOf)).to.deep.equal([target.notSaved]);
        expect(alerts[0].closest('[aria-live="polite"]')).to.equal(null);
        expect(
          root.activeElement!.closest('[aria-live], [role="status"], [role="alert"]'),
        ).to.equal(null);
        const polite = root.querySelector('[part="status"] [role="status"]')!;
        expect(polite.getAttribute('aria-live')).to.equal('polite');
        expect(textOf(polite)).to.equal('');

        // "Try again" goes away while saving: focus goes to "Saving…", not to the page.
        await sendKeys({ press: 'Enter' });
        await until(() => attempt === 2, 'the retry was sent');
        await el.updateComplete;
        expect(el.state).to.equal('submitting');
        expect(focusedIn(el)).to.deep.equal({ element: 'p', text: 'Saving…' });
        settle();
        await until(() => el.state === 'submitted', 'saved on retry');
        await el.updateComplete;
        await frames();
        if (target.focusAfterSave) expect(focusedIn(el)).to.deep.equal(target.focusAfterSave);
      });

      (target.notReady ? it : () => undefined)(
        'a Send that is not ready says why, to the eye and as its description',
        async () => {
          const el = await target.create();
          const send = sendButton(el)!;
          expect(send.getAttribute('aria-disabled')).to.equal('true');
          const why = el.shadowRoot!.getElementById(send.getAttribute('aria-describedby')!);
          expect(textOf(why!)).to.equal(target.notReady);
          expect(why!.checkVisibility()).to.equal(true);
          await target.complete(el);
          await el.updateComplete;
          expect(send.getAttribute('aria-disabled')).to.equal('false');
          expect(send.hasAttribute('aria-describedby')).to.equal(false);
          expect(el.shadowRoot!.querySelector('[part="send-why"]')).to.equal(null);
        },
      );

      // Only where the target says what replaces Send (the consent notice moves focus to its
      // outcome, a dated text, and its dialog hands focus back to the page).
      (target.focusAfterSave ? it : () => undefined)(
        'after a save sent with the keyboard, focus is on what replaced Send',
        async function () {
          const el = await target.create();
          await target.complete(el);
          const submitted = nextSubmit(el);
          await pressSend(el);
          await submitted;
          await until(() => el.state === 'submitted', 'saved');
          await el.updateComplete;
          await frames();
          expect(focusedIn(el)).to.deep.equal(target.focusAfterSave);
          expect(document.activeElement?.localName).to.equal(target.tag);
        },
      );

      it('reset() clears the answers and starts a new response', async () => {
        const el = await target.create();
        await target.complete(el);
        const first = nextSubmit(el);
        await el.submit();
        const firstId = (await first).detail.responseId;
        el.reset();
        await el.updateComplete;
        expect(el.state).to.equal('editing');
        expect(el.value).to.deep.equal(target.emptyValue);
        await target.complete(el);
        const second = nextSubmit(el);
        await el.submit();
        expect((await second).detail.responseId).not.to.equal(firstId);
      });
    });

    describe('accessibility', () => {
      it('axe finds nothing: empty, partly answered, missing marked, complete', async function () {
        this.timeout(SLOW);
        const el = await target.create();
        await expect(el).to.be.accessible();
        await target.answerPart(el);
        await expect(el).to.be.accessible();
        await el.submit();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await target.complete(el);
        await expect(el).to.be.accessible();
      });

      it('axe finds nothing: saving, saved, failed, disabled, read-only, dark', async function () {
        this.timeout(SLOW);
        const el = await target.create();
        await target.complete(el);
        const pending: Array<(ok: boolean) => void> = [];
        el.addEventListener('rapport-submit', (e) =>
          e.waitUntil(
            new Promise((res, rej) => pending.push((ok) => (ok ? res(null) : rej(new Error('x'))))),
          ),
        );
        let done = el.submit();
        await until(() => pending.length === 1, 'first rapport-submit');
        await el.updateComplete;
        expect(el.state).to.equal('submitting');
        await expect(el).to.be.accessible();
        pending[0](false);
        await done;
        await el.updateComplete;
        expect(el.state).to.equal('failed');
        await expect(el).to.be.accessible();
        done = el.submit();
        await until(() => pending.length === 2, 'second rapport-submit');
        pending[1](true);
        await done;
        await el.updateComplete;
        expect(el.state).to.equal('submitted');
        await expect(el).to.be.accessible();

        const disabled = await target.create({ disabled: '' });
        await expect(disabled).to.be.accessible();
        const dark = await target.create({ theme: 'dark' });
        await target.answerPart(dark);
        await expect(dark).to.be.accessible();
        const readonly = await target.create();
        await target.complete(readonly);
        readonly.readonly = true;
        await readonly.updateComplete;
        await expect(readonly).to.be.accessible();
      });
    });

    describe('native forms', () => {
      async function inForm(attributes: Record<string, string> = {}) {
        const form = await fixture<HTMLFormElement>(
          html`<form><button type="submit">Post</button></form>`,
        );
        const el = await target.create({ name: 'answers', ...attributes });
        form.prepend(el);
        await el.updateComplete;
        return { form, el };
      }

      it('hides its own Send and submits its answers under its name', async () => {
        const { form, el } = await inForm();
        expect(sendButton(el)).to.equal(null);
        expect([...new FormData(form).keys()]).to.deep.equal([]);
        await target.complete(el);
        const expected = Object.entries(target.completedFormEntries).map(([k, v]) => [
          `answers.${k}`,
          v,
        ]);
        expect([...new FormData(form).entries()]).to.deep.equal(expected);
      });

      it('required blocks the form with a validation message until complete', async () => {
        const { form, el } = await inForm({ required: '' });
        let posted = 0;
        form.addEventListener('submit', (e) => {
          e.preventDefault();
          posted++;
        });
        expect(form.checkValidity()).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        // The browser's message is the widget's own: what the status says once shown.
        el.reportValidity();
        await el.updateComplete;
        const said = el.shadowRoot!.querySelector('[part="status"] .status.missing');
        expect(el.validationMessage).to.have.length.above(10);
        expect(said?.textContent?.trim()).to.equal(el.validationMessage);
        form.requestSubmit();
        expect(posted).to.equal(0);
        await target.complete(el);
        expect(form.checkValidity()).to.equal(true);
        form.requestSubmit();
        expect(posted).to.equal(1);
      });

      if (target.allowEmptyAttribute) {
        const allow = target.allowEmptyAttribute;
        it(`without required an empty widget blocks the form, unless ${allow} is set`, async () => {
          const { form, el } = await inForm();
          expect(form.checkValidity()).to.equal(false);
          el.setAttribute(allow, '');
          await el.updateComplete;
          expect(form.checkValidity()).to.equal(true);
          expect([...new FormData(form).keys()]).to.deep.equal([]);
        });
      } else {
        it('without required an empty widget does not block the form', async () => {
          const { form } = await inForm();
          expect(form.checkValidity()).to.equal(true);
        });
      }

      it('a state the browser restores (back, forward, autofill) brings the answers back quietly', async () => {
        const { el: answered } = await inForm();
        await target.complete(answered);
        await answered.updateComplete;
        // The state the element hands the browser with its form value.
        const saved = (answered as unknown as { formState(): string }).formState();
        const answers = answered.value;

        const { form, el } = await inForm();
        const inputs: Event[] = [];
        el.addEventListener('rapport-input', (e) => inputs.push(e));
        el.formStateRestoreCallback(saved);
        await el.updateComplete;
        expect(el.value).to.deep.equal(answers);
        expect(inputs).to.have.length(0);
        expect(form.checkValidity()).to.equal(true);

        // A state this version did not write leaves the widget empty, and throws nothing.
        const { el: fresh } = await inForm();
        fresh.formStateRestoreCallback('{not json');
        fresh.formStateRestoreCallback(null);
        await fresh.updateComplete;
        expect(fresh.value).to.deep.equal(target.emptyValue);
      });

      it('form.reset() clears it', async () => {
        const { form, el } = await inForm();
        await target.complete(el);
        form.reset();
        await el.updateComplete;
        expect(el.value).to.deep.equal(target.emptyValue);
        expect([...new FormData(form).keys()]).to.deep.equal([]);
      });

      it('a disabled fieldset disables it, and nothing of it is submitted', async () => {
        const { form, el } = await inForm();
        await target.complete(el);
        const fieldset = document.createElement('fieldset');
        form.prepend(fieldset);
        fieldset.append(el);
        fieldset.disabled = true;
        await el.updateComplete;
        expect(el.matches(':disabled')).to.equal(true);
        expect([...new FormData(form).keys()]).to.deep.equal([]);
        expect(await el.submit()).to.equal(false);
      });

      it('a form submission also sends rapport-submit, once', async () => {
        const { form, el } = await inForm();
        form.addEventListener('submit', (e) => e.preventDefault());
        await target.complete(el);
        const results: RapportResult[] = [];
        document.addEventListener('rapport-submit', (e) => results.push(e.detail));
        form.requestSubmit();
        form.requestSubmit();
        // Saved is the end of sending: a second rapport-submit would come before it.
        await until(() => el.state === 'submitted', 'the form’s answers were sent');
        await frames();
        expect(results).to.have.length(1);
        expect(results[0].kind).to.equal(target.kind);
      });
    });

    describe('privacy', () => {
      it('makes no network request, stores nothing and writes nothing to the console', async () => {
        const network = watchNetworkAndStorage();
        const console = watchConsole();
        try {
          const el = await target.create();
          await target.complete(el);
          const submitted = nextSubmit(el);
          await pressSend(el);
          await submitted;
          el.readonly = true;
          await el.updateComplete;
          // Anything the widget does after saving (a late write, a log) happens by then.
          await until(() => el.state === 'submitted', 'saved');
          await frames();
        } finally {
          console.restore();
          network.restore();
        }
        expect(network.requests()).to.deep.equal([]);
        expect(network.storageChanges()).to.deep.equal([]);
        expect(console.all()).to.deep.equal([]);
      });
    });

    describe('bad input', () => {
      for (const bad of target.badInputs) {
        it(`${bad.name}: rapport-error "${bad.code}", a visible message, no exception`, async () => {
          const uncaught = watchUncaught();
          const console = watchConsole();
          const errors: RapportErrorEvent[] = [];
          const listener = (e: RapportErrorEvent) => errors.push(e);
          document.addEventListener('rapport-error', listener);
          let el: E;
          try {
            el = await bad.create();
            await el.updateComplete;
            await until(() => errors.length > 0, `rapport-error "${bad.code}"`);
            await frames();
          } finally {
            document.removeEventListener('rapport-error', listener);
            console.restore();
            uncaught.restore();
          }
          expect(uncaught.errors).to.deep.equal([]);
          expect(errors.length).to.be.greaterThan(0);
          expect(errors[0].detail.code).to.equal(bad.code);
          expect(errors[0].detail.message).to.be.a('string').and.not.equal('');
          expect(errors[0].bubbles && errors[0].composed).to.equal(true);
          // The developer is told once on the console too; no other output.
          expect(console.calls.warn.length).to.equal(errors.length);
          const shown = el!.shadowRoot!.querySelector('[part="error"]');
          if (bad.shows === undefined) {
            expect(shown, 'the widget still shows itself').to.equal(null);
          } else {
            expect(shown!.textContent!.trim()).to.equal(bad.shows);
            expect(shown!.getAttribute('role')).to.equal('alert');
          }
        });
      }
    });
  });
}
