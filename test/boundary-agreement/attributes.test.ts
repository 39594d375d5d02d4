import { expect, fixture, html } from '@open-wc/testing';
import '../../src/boundary-agreement/define.js';
import type { RapportBoundaryAgreement } from '../../src/boundary-agreement/define.js';

const ATTRIBUTES = [
  ['hours', 'hours'],
  ['crisis-phone', 'crisisPhone'],
  ['notice-period', 'noticePeriod'],
  ['channels', 'channels'],
  ['emergency-number', 'emergencyNumber'],
  ['response-time', 'responseTime'],
] as const;

const valueShown = (el: RapportBoundaryAgreement) =>
  [...el.shadowRoot!.querySelectorAll('[part="value"]')].map((v) => v.textContent);

describe('<rapport-boundary-agreement> placeholder attributes', () => {
  for (const [attribute, prop] of ATTRIBUTES) {
    it(`${attribute} removed, or set to null or undefined, is unset and nothing throws`, async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error);
      window.addEventListener('error', onError);
      try {
        const el = await fixture<RapportBoundaryAgreement>(
          html`<rapport-boundary-agreement></rapport-boundary-agreement>`,
        );
        el.setAttribute(attribute, '9 to 5');
        await el.updateComplete;
        expect(valueShown(el)).to.deep.equal(['9 to 5']);
        for (const unset of [
          () => el.removeAttribute(attribute),
          () => ((el as unknown as Record<string, unknown>)[prop] = null),
          () => ((el as unknown as Record<string, unknown>)[prop] = undefined),
        ]) {
          el.setAttribute(attribute, '9 to 5');
          await el.updateComplete;
          unset();
          await el.updateComplete;
          expect(valueShown(el)).to.deep.equal([]);
          // Later updates go on working.
          el.omit = 'gifts';
          await el.updateComplete;
          el.omit = '';
          await el.updateComplete;
        }
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });
  }
});
