/**
 * Drafts (DESIGN.md "Drafts"), the same for every element that takes answers: with `draft-key`
 * the answers so far are kept in `sessionStorage` and brought back in a fresh widget (as after
 * a reload: a new element, the same tab's storage), until the response is saved or reset.
 * Without `draft-key` nothing is stored: the privacy contract proves that for every element.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { RapportErrorEvent, RapportInputEvent } from '../../src/core/events.js';
import type { RapportResult } from '../../src/core/result.js';
import { SLOW, frames, until } from '../helpers/wait.js';
import type { AnswerElement, ContractTarget } from './contract-suite.js';
import { watchConsole, watchUncaught } from './watchers.js';

const KEY = 'visit-42';

/** The drafts in this tab's storage, by storage key. */
function drafts(): Map<string, { savedAt: number; responseId: string; value: unknown }> {
  const found = new Map();
  for (let i = 0; i < sessionStorage.length; i++) {
    const name = sessionStorage.key(i)!;
    if (name.startsWith('rapport-draft:'))
      found.set(name, JSON.parse(sessionStorage.getItem(name)!));
  }
  return found;
}

function clearDrafts(): void {
  for (const name of drafts().keys()) sessionStorage.removeItem(name);
}

function statusText(el: AnswerElement): string {
  return el.shadowRoot!.querySelector('[part="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** Everything `rapport-input` and `rapport-error` said while `run` ran. */
function heard(el: EventTarget) {
  const inputs: RapportInputEvent[] = [];
  const errors: RapportErrorEvent[] = [];
  const onInput = (e: Event) => inputs.push(e as RapportInputEvent);
  const onError = (e: Event) => errors.push(e as RapportErrorEvent);
  el.addEventListener('rapport-input', onInput);
  el.addEventListener('rapport-error', onError);
  return {
    inputs,
    errors,
    stop() {
      el.removeEventListener('rapport-input', onInput);
      el.removeEventListener('rapport-error', onError);
    },
  };
}

export function runDraftSuite<E extends AnswerElement>(target: ContractTarget<E>): void {
  describe(`<${target.tag}> keeps a draft with draft-key`, function () {
    this.timeout(SLOW);
    beforeEach(clearDrafts);
    afterEach(clearDrafts);

    /** A widget answered in part, its draft written; returns its answers and response id. */
    async function answeredInPart(attributes: Record<string, string> = {}) {
      const el = await target.create({ 'draft-key': KEY, ...attributes });
      const said = heard(el);
      await target.answerPart(el);
      said.stop();
      await until(() => drafts().size === 1, 'the draft is written');
      await until(
        () => JSON.stringify([...drafts().values()][0].value) === JSON.stringify(el.value),
        'the draft holds the last answer',
      );
      const responseId = said.inputs.at(-1)!.detail.responseId;
      el.remove();
      return { value: el.value, responseId };
    }

    it('keeps the answers under the kind, the key, and the definition’s id, version and hash', async () => {
      const { value, responseId } = await answeredInPart();
      const [[name, record]] = [...drafts()];
      const [kind, key, id, version, hash] = JSON.parse(name.slice('rapport-draft:'.length));
      expect([kind, key, id, version]).to.deep.equal([
        target.kind,
        KEY,
        target.definition.id,
        target.definition.version,
      ]);
      expect(hash).to.match(/^[0-9a-f]{64}$/);
      expect(record.value).to.deep.equal(value);
      expect(record.responseId).to.equal(responseId);
    });

    it('brings them back in a fresh widget, quietly, and says so; sending keeps the response and clears the draft', async () => {
      const { value, responseId } = await answeredInPart();
      const started = Date.now();
      const el = await target.create({ 'draft-key': KEY });
      const said = heard(el);
      await until(() => JSON.stringify(el.value) === JSON.stringify(value), 'the answers are back');
      await el.updateComplete;
      expect(said.inputs, 'a restore is not the person answering').to.have.length(0);
      expect(statusText(el)).to.equal('We kept your answers from before. Dismiss');
      const dismiss = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="draft-dismiss"]')!;
      expect(dismiss.localName).to.equal('button');

      // The host completes the response; it is the same response, started before the reload.
      const other = await target.create();
      await target.complete(other);
      el.value = other.value;
      await el.updateComplete;
      const submitted = new Promise<RapportResult>((resolve) =>
        el.addEventListener('rapport-submit', (e) => resolve(e.detail), { once: true }),
      );
      expect(await el.submit()).to.equal(true);
      const result = await submitted;
      said.stop();
      expect(result.responseId).to.equal(responseId);
      expect(Date.parse(result.startedAt)).to.be.at.most(started);
      await until(() => drafts().size === 0, 'the draft is gone once saved');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Saved. Thank you.');
    });

    it('the note goes with Enter on Dismiss, and focus goes to the form', async () => {
      const { value } = await answeredInPart();
      const el = await target.create({ 'draft-key': KEY });
      await until(() => JSON.stringify(el.value) === JSON.stringify(value), 'restored');
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="draft-dismiss"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => statusText(el) === '', 'the note is gone');
      await until(() => el.shadowRoot!.activeElement !== null, 'focus is in the widget');
      const focused = el.shadowRoot!.activeElement!;
      expect(
        ['input', 'textarea'].includes(focused.localName) ||
          focused.getAttribute('tabindex') === '0',
      ).to.equal(true);
      expect(JSON.stringify(el.value)).to.equal(JSON.stringify(value));
    });

    it('reset() removes the draft', async () => {
      const el = await target.create({ 'draft-key': KEY });
      await target.answerPart(el);
      await until(() => drafts().size === 1, 'the draft is written');
      el.reset();
      await until(() => drafts().size === 0, 'the draft is gone');
      expect(el.value).to.deep.equal(target.emptyValue);
    });

    it('a draft older than draft-ttl is not brought back, and goes', async () => {
      await answeredInPart({ 'draft-ttl': 'PT10M' });
      const [[name, record]] = [...drafts()];
      // Written eleven minutes ago.
      sessionStorage.setItem(name, JSON.stringify({ ...record, savedAt: Date.now() - 660_000 }));
      const el = await target.create({ 'draft-key': KEY, 'draft-ttl': 'PT10M' });
      const said = heard(el);
      await until(() => drafts().size === 0, 'the old draft is removed');
      await el.updateComplete;
      said.stop();
      expect(el.value).to.deep.equal(target.emptyValue);
      expect(said.errors).to.have.length(0);
      expect(statusText(el)).not.to.contain('We kept your answers');
    });

    it('a draft for another version or text is not brought back: rapport-error "draft-discarded"', async () => {
      await answeredInPart();
      const [[name, record]] = [...drafts()];
      const parts = JSON.parse(name.slice('rapport-draft:'.length));
      parts[4] = '0'.repeat(64);
      sessionStorage.removeItem(name);
      sessionStorage.setItem(`rapport-draft:${JSON.stringify(parts)}`, JSON.stringify(record));
      const watched = watchConsole();
      const said = heard(document);
      try {
        const el = await target.create({ 'draft-key': KEY });
        await until(() => said.errors.length > 0, 'rapport-error');
        await until(() => drafts().size === 0, 'the draft is removed');
        expect(el.value).to.deep.equal(target.emptyValue);
      } finally {
        watched.restore();
      }
      said.stop();
      expect(said.errors.map((e) => e.detail.code)).to.deep.equal(['draft-discarded']);
      expect(said.errors[0].detail.message).to.contain(`draft-key="${KEY}"`);
      expect(JSON.stringify(said.errors[0].detail.message)).not.to.contain(
        JSON.stringify(record.value).slice(1, -1),
      );
    });

    it('storage that refuses (private mode, quota) is no reason to fail', async () => {
      const uncaught = watchUncaught();
      const proto = Storage.prototype;
      const { setItem, getItem } = proto;
      proto.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      proto.getItem = () => {
        throw new DOMException('refused', 'SecurityError');
      };
      try {
        const el = await target.create({ 'draft-key': KEY });
        const said = heard(el);
        await target.answerPart(el);
        await frames();
        said.stop();
        expect(said.inputs.length).to.be.greaterThan(0);
        expect(said.errors).to.have.length(0);
        expect(el.value).not.to.deep.equal(target.emptyValue);
      } finally {
        proto.setItem = setItem;
        proto.getItem = getItem;
        uncaught.restore();
      }
      expect(uncaught.errors).to.deep.equal([]);
    });

    it('a draft-ttl that is not a duration: rapport-error naming it, and two hours', async () => {
      await answeredInPart();
      const watched = watchConsole();
      const said = heard(document);
      try {
        const el = await target.create({ 'draft-key': KEY, 'draft-ttl': '2 hours' });
        await until(() => said.errors.length > 0, 'rapport-error');
        expect(said.errors[0].detail.code).to.equal('invalid-attribute');
        expect(said.errors[0].detail.message).to.contain('draft-ttl="2 hours"');
        await until(() => statusText(el).startsWith('We kept your answers'), 'restored');
      } finally {
        said.stop();
        watched.restore();
      }
    });
  });
}
