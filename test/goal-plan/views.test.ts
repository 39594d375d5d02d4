// The goal plan's review and record views (goal-plan.review.js) load the first time a plan is
// reviewed or shown as a record, on a no-build page: never for a plan only being set, once when
// needed, styled, and, when the file cannot be fetched, an alert and a rapport-error instead of
// a half-drawn review.
import { expect } from '@open-wc/testing';
import { bundleFrame } from '../helpers/bundle.js';
import { until } from '../helpers/wait.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import type { RapportErrorDetail } from '../../src/core/events.js';
import { PLAN } from './fixtures.js';

const VIEWS = 'goal-plan.review.js';

/** How many times the frame fetched the views. */
function viewFetches(win: Window): number {
  return win.performance
    .getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.endsWith(`/rapport/${VIEWS}`)).length;
}

/** A goal plan with these attributes added to the frame's body, then given the plan. */
async function addPlan(
  win: Window,
  attributes: Record<string, string>,
  errors: RapportErrorDetail[],
): Promise<RapportGoalPlan> {
  const el = win.document.createElement('rapport-goal-plan') as RapportGoalPlan;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.addEventListener('rapport-error', (e) => errors.push((e as CustomEvent).detail));
  win.document.body.append(el);
  await until(() => win.customElements.get('rapport-goal-plan'), 'the element loads', 30_000);
  el.value = structuredClone(PLAN);
  await el.updateComplete;
  return el;
}

describe('goal plan: the review and record views load when first shown', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('setting goals never fetches them; a review fetches them once, and its chart is styled', async () => {
    const win = await bundleFrame('<rapport-goal-plan></rapport-goal-plan>');
    const setting = win.document.querySelector('rapport-goal-plan') as RapportGoalPlan;
    await setting.updateComplete;
    expect(setting.shadowRoot!.querySelector('textarea')).to.not.equal(null);
    expect(viewFetches(win)).to.equal(0);

    const errors: RapportErrorDetail[] = [];
    const first = await addPlan(win, { mode: 'review' }, errors);
    const record = await addPlan(win, { readonly: '' }, errors);
    expect(viewFetches(win)).to.equal(1);
    expect(errors).to.deep.equal([]);
    const progress = [...first.shadowRoot!.querySelectorAll('[part="progress"]')].map((p) =>
      p.textContent!.trim(),
    );
    expect(progress).to.deep.equal(['Started at 2, now 4', 'Rated 1 so far']);
    const chart = first.shadowRoot!.querySelector<SVGElement>('[part="chart"]')!;
    // 7rem wide, beside its words: the review's own styles were added to the widget's.
    expect(chart.getBoundingClientRect().width).to.equal(112);
    expect(record.shadowRoot!.querySelectorAll('[part="change"]').length).to.equal(2);

    // The widget that only sets goals can become a review later: it gets the styles too.
    setting.value = structuredClone(PLAN);
    setting.mode = 'review';
    await setting.updateComplete;
    const later = setting.shadowRoot!.querySelector<SVGElement>('[part="chart"]')!;
    expect(later.getBoundingClientRect().width).to.equal(112);
    expect(viewFetches(win)).to.equal(1);
  });

  it('when the views cannot be fetched: an alert, rapport-error part-unavailable, and no Send', async () => {
    const win = await bundleFrame('<p>A portal page</p>', VIEWS);
    const errors: RapportErrorDetail[] = [];
    const el = await addPlan(win, { mode: 'review' }, errors);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert?.textContent!.trim()).to.equal('Your goals cannot be shown right now.');
    expect(el.shadowRoot!.querySelector('[part="send"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="goal"]')).to.equal(null);
    expect(errors.map((e) => e.code)).to.deep.equal(['part-unavailable']);
    // The plan it was given is still there for the host.
    expect(el.value.goals.map((g) => g.text)).to.deep.equal(PLAN.goals.map((g) => g.text));
  });
});
