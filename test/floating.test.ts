// The library's floating surfaces on one page: a consent banner (open, then collapsed to its
// button) and a floating feedback prompt never cover each other, and each can be reached by
// pointer.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/consent-notice/define.js';
import '../src/feedback-prompt/define.js';
import type { RapportConsentNotice } from '../src/consent-notice/consent-notice.js';
import { until } from './helpers/wait.js';

const CHOICES = JSON.stringify([{ id: 'gp', label: 'Share a summary with my GP' }]);

function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The element the pointer would reach at the middle of `rect` (a shadow host for its insides). */
function reached(rect: DOMRect): Element | null {
  return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
}

describe('floating surfaces on one page', function () {
  this.timeout(60_000);
  afterEach(() => document.documentElement.style.removeProperty('--rapport-banner-block-size'));

  it('the feedback launcher sits above a consent banner, open or collapsed, and both can be pressed', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <rapport-feedback-prompt mode="floating"></rapport-feedback-prompt>
        <rapport-consent-notice mode="banner" notice-id="clinic-privacy" version="2.0.0"
          ><script type="application/json">
            ${CHOICES}
          </script></rapport-consent-notice
        >
      </div>`,
    );
    const feedback = page.querySelector('rapport-feedback-prompt')!;
    const consent = page.querySelector<RapportConsentNotice>('rapport-consent-notice')!;
    await consent.updateComplete;
    const launcher = () =>
      feedback.shadowRoot!.querySelector<HTMLElement>('[part="launcher"]')!.getBoundingClientRect();
    const fixedPart = () => consent.shadowRoot!.querySelector('.fixed')!.getBoundingClientRect();

    // Open: the banner spans the bottom; the launcher moves above it.
    await until(() => !overlap(launcher(), fixedPart()), 'the launcher clears the open banner');
    expect(reached(launcher())).to.equal(feedback);
    expect(launcher().bottom).to.be.at.most(fixedPart().top);

    // Collapsed to its "Privacy choices" button: both buttons can be pressed.
    consent.shadowRoot!.querySelector<HTMLButtonElement>('[part="hide"]')!.click();
    await consent.updateComplete;
    const reopen = () =>
      consent.shadowRoot!.querySelector<HTMLElement>('[part="reopen"]')!.getBoundingClientRect();
    await until(() => reopen().height > 0, 'the collapsed button shows');
    await until(() => !overlap(launcher(), reopen()), 'the launcher clears the collapsed button');
    expect(reached(launcher())).to.equal(feedback);
    expect(reached(reopen())).to.equal(consent);

    // Without the banner the launcher goes back to its corner.
    consent.remove();
    await until(
      () => Math.round(window.innerHeight - launcher().bottom) === 16,
      'the launcher is 1rem from the bottom again',
    );
  });
});
