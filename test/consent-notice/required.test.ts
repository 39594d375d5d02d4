import { expect, fixture, html } from '@open-wc/testing';
import '../../src/consent-notice/define.js';
import type { RapportConsentNotice } from '../../src/consent-notice/consent-notice.js';

describe('consent notice: required boxes', () => {
  it('exposes every box needed to agree as required, and no optional one', async () => {
    const el = await fixture<RapportConsentNotice>(
      html`<rapport-consent-notice
        .choices=${[
          { id: 'gp', label: 'Share with my GP', required: true },
          { id: 'sms', label: 'Text me' },
        ]}
      ></rapport-consent-notice>`,
    );
    const boxes = [...el.shadowRoot!.querySelectorAll('input[type="checkbox"]')].map((input) => [
      (input as HTMLInputElement).labels![0].textContent!.replace(/\s+/g, ' ').trim(),
      (input as HTMLInputElement).required,
    ]);
    expect(boxes).to.deep.equal([
      [
        'I understand what stays private and when it may have to be shared. (needed to agree)',
        true,
      ],
      ['Share with my GP (needed to agree)', true],
      ['Text me', false],
    ]);
  });
});
