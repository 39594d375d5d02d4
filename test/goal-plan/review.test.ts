// Reviewing a plan: history, today's ratings, achieve / pause / stop, a goal added, the round
// trip from one result to the next review, the record, required, bad values, and right to left.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/goal-plan/define.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import type { GoalPlanResult } from '../../src/goal-plan/types.js';
import type { RapportErrorEvent } from '../../src/core/events.js';
import { press, typeText } from '../helpers/keyboard.js';
import { accessibleName, allByRole, getByRole, getRadio, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { watchConsole } from '../contract/watchers.js';
import { PLAN, createPlan, goal } from './fixtures.js';

const [SLEEP, SISTER, SWIM] = PLAN.goals;

function root(el: RapportGoalPlan): ShadowRoot {
  return el.shadowRoot!;
}

function goals(el: RapportGoalPlan): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part="goal"]')];
}

/** Chooses a radio by keyboard: focus its group's checked (or first) radio, then arrows. */
async function choose(el: RapportGoalPlan, group: string, option: string): Promise<void> {
  const radio = getRadio(root(el), group, option);
  radio.focus();
  await press(' ');
  await el.updateComplete;
  expect(radio.checked, `${group}: ${option}`).to.equal(true);
}

function submitted(el: RapportGoalPlan): Promise<GoalPlanResult> {
  return oneEvent(el, 'rapport-submit').then((e) => e.detail as GoalPlanResult);
}

const review = (attributes: Record<string, string> = {}) =>
  createPlan({ mode: 'review', ...attributes }, PLAN);

describe('<rapport-goal-plan> reviewing a plan', function () {
  this.timeout(SLOW);

  it('shows each current goal with its history, as a chart and in words', async () => {
    const el = await review();
    expect(textOf(root(el).querySelector('[part="title"]'))).to.equal('How are your goals going?');
    const [sleep, sister] = goals(el);
    expect(goals(el)).to.have.length(2);
    expect(textOf(sleep.querySelector('[part="goal-text"]'))).to.equal(SLEEP.text);
    expect(textOf(sleep.querySelector('[part="progress"]'))).to.equal('Started at 2, now 4');
    const chart = sleep.querySelector('[part="chart"]')!;
    expect(chart.getAttribute('role')).to.equal('img');
    expect(accessibleName(chart)).to.equal('Ratings so far: 2 on Sep 1, 2026, 4 on Oct 6, 2026');
    expect(chart.querySelectorAll('circle')).to.have.length(2);
    expect(textOf(sister.querySelector('[part="progress"]'))).to.equal('Rated 1 so far');
    // The goal achieved earlier is listed, not reviewed.
    expect([...root(el).querySelectorAll('.finished li')].map(textOf)).to.deep.equal([
      'Get back to the swimming club · Achieved',
    ]);
    // Nothing to remove: these goals were agreed before.
    expect(root(el).querySelector('[part="remove"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('rates each goal today, by keyboard, and sends the history carried forward', async () => {
    const el = await review();
    const today = 'Goal 1: How close are you to this goal today?';
    await choose(el, today, '0 No progress');
    await press('ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowRight');
    await el.updateComplete;
    expect(textOf(goals(el)[0].querySelector('[part="progress"]'))).to.equal('Started at 2, now 6');
    await choose(el, 'Goal 2: How close are you to this goal today?', '3');
    const result = submitted(el);
    expect(await el.submit()).to.equal(true);
    const detail = await result;
    const at = detail.completedAt;
    expect(detail.mode).to.equal('review');
    expect(detail.goals).to.deep.equal([
      { ...SLEEP, rating: 6, history: [...SLEEP.history, { at, rating: 6 }] },
      { ...SISTER, rating: 3, history: [...SISTER.history, { at, rating: 3 }] },
      SWIM,
    ]);
  });

  it('marks goals achieved, paused and stopped, with a reason, and adds a goal', async () => {
    const el = await createPlan(
      { mode: 'review' },
      {
        goals: [
          ...PLAN.goals,
          goal({ id: 'walk', text: 'Walk the dog', createdAt: SLEEP.createdAt }),
        ],
      },
    );
    await choose(el, 'Goal 1: Where is this goal now?', 'Achieved');
    const reason = root(el).querySelector<HTMLTextAreaElement>('#reason-0')!;
    expect(accessibleName(reason)).to.equal(
      'Goal 1: Anything you want to say about this? (optional)',
    );
    reason.focus();
    await typeText('Most nights');
    await choose(el, 'Goal 1: How close are you to this goal today?', '9');
    await choose(el, 'Goal 2: Where is this goal now?', 'Paused');
    await choose(el, 'Goal 3: Where is this goal now?', 'Stopped');
    // Goals no longer active need no rating today.
    expect(el.checkValidity()).to.equal(true);

    getByRole(root(el), 'button', 'Add a goal').focus();
    await press('Enter');
    await el.updateComplete;
    expect(root(el).activeElement!.id).to.equal('text-3');
    await typeText('Sing');
    await choose(el, 'Goal 4: How close are you to this goal today?', '1');
    expect(accessibleName(getByRole(root(el), 'button', 'Remove goal 4'))).to.equal(
      'Remove goal 4',
    );

    const result = submitted(el);
    await el.submit();
    const detail = await result;
    const at = detail.completedAt;
    expect(
      detail.goals.map((g) => [g.text, g.status, g.reason, g.rating, g.createdAt]),
    ).to.deep.equal([
      [SLEEP.text, 'achieved', 'Most nights', 9, SLEEP.createdAt],
      [SISTER.text, 'paused', '', null, SISTER.createdAt],
      ['Walk the dog', 'stopped', '', null, SLEEP.createdAt],
      ['Sing', 'active', '', 1, at],
      [SWIM.text, 'achieved', SWIM.reason, null, SWIM.createdAt],
    ]);
    expect(detail.goals[1].history).to.deep.equal(SISTER.history);
    expect(detail.goals[3].history).to.deep.equal([{ at, rating: 1 }]);
  });

  it('value round trip: a result given back starts the next review from it', async () => {
    const first = await review();
    await choose(first, 'Goal 1: How close are you to this goal today?', '6');
    await choose(first, 'Goal 2: Where is this goal now?', 'Stopped');
    const result = submitted(first);
    await first.submit();
    const last = await result;

    const next = await createPlan({ mode: 'review' }, last);
    // Today's ratings are history now; nothing is rated yet.
    expect(next.value.goals.map((g) => g.rating)).to.deep.equal([null, null, null]);
    expect(next.value.goals.map((g) => g.history)).to.deep.equal(last.goals.map((g) => g.history));
    expect(goals(next)).to.have.length(1);
    expect(textOf(goals(next)[0].querySelector('[part="progress"]'))).to.equal(
      'Started at 2, now 6',
    );
    expect([...root(next).querySelectorAll('.finished li')].map(textOf)).to.deep.equal([
      `${SISTER.text} · Stopped`,
      `${SWIM.text} · Achieved`,
    ]);
    // value as read goes back in unchanged.
    const again = await createPlan({ mode: 'review' }, next.value);
    expect(again.value).to.deep.equal(next.value);
    // A result's hash covers the goals reviewed: another plan, another hash.
    const other = await createPlan({ mode: 'review' }, { goals: [SISTER] });
    const hashes = [];
    for (const el of [next, again, other]) {
      await choose(el, 'Goal 1: How close are you to this goal today?', '5');
      const sent = submitted(el);
      await el.submit();
      hashes.push((await sent).definition.contentHash);
    }
    expect(hashes[0]).to.equal(hashes[1]);
    expect(hashes[2]).not.to.equal(hashes[0]);
  });

  it('required: a rating for each active goal blocks the form until given', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <rapport-goal-plan name="plan" mode="review" required></rapport-goal-plan>
      </form>`,
    );
    const el = form.querySelector('rapport-goal-plan')!;
    el.value = PLAN;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal(
      'Please answer these before sending: how close you are to goal 1 and how close you are to goal 2.',
    );
    await choose(el, 'Goal 1: How close are you to this goal today?', '5');
    await choose(el, 'Goal 2: Where is this goal now?', 'Paused');
    expect(form.checkValidity()).to.equal(true);
    const fields = [...new FormData(form).entries()];
    expect(fields).to.deep.include.members([
      ['plan.goal.1.id', SLEEP.id],
      ['plan.goal.1.text', SLEEP.text],
      ['plan.goal.1.rating', '5'],
      ['plan.goal.2.status', 'paused'],
      ['plan.goal.3.status', 'achieved'],
      ['plan.goal.3.reason', SWIM.reason],
    ]);
    expect(fields.some(([k]) => k === 'plan.goal.2.rating')).to.equal(false);
  });

  it('required while setting: at least one goal', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <rapport-goal-plan name="plan" required></rapport-goal-plan>
      </form>`,
    );
    const el = form.querySelector('rapport-goal-plan')!;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Please answer at least one goal before sending.');
    root(el).querySelector<HTMLTextAreaElement>('#text-0')!.focus();
    await typeText('Rest');
    expect(form.checkValidity()).to.equal(true);
  });

  it('readonly is a record: change since the first rating, marked at change-threshold', async () => {
    const el = await createPlan({ readonly: '', 'change-threshold': '3' }, PLAN);
    expect(textOf(root(el).querySelector('[part="title"]'))).to.equal('Goal plan');
    expect(root(el).querySelector('textarea, input, [part="send"]')).to.equal(null);
    const changes = [...root(el).querySelectorAll('[part="change"]')];
    expect(changes.map(textOf)).to.deep.equal([
      'Change since the first rating: +2',
      'Change since the first rating: +7. At or above the change threshold of 3',
    ]);
    expect(changes.map((c) => c.classList.contains('marked'))).to.deep.equal([false, true]);
    expect(textOf(goals(el)[1])).to.contain('We agreed it together · Still working on it');
    await expect(el).to.be.accessible();

    // No threshold given, nothing is marked.
    el.removeAttribute('change-threshold');
    await el.updateComplete;
    expect(root(el).querySelectorAll('.marked')).to.have.length(0);
  });

  it('a bad value names each field it could not take, and shows the rest as text', async () => {
    const errors: RapportErrorEvent[] = [];
    const listen = (e: RapportErrorEvent) => errors.push(e);
    document.addEventListener('rapport-error', listen);
    const console = watchConsole();
    const attack = '<img src=x onerror="window.hacked=1">';
    let el: RapportGoalPlan;
    try {
      el = await createPlan(
        { mode: 'review' },
        {
          goals: [
            {
              id: 'a',
              text: attack,
              status: 'done',
              proposedBy: 'me',
              rating: 11,
              createdAt: 'soon',
            },
            {
              id: 'a',
              text: 'Twin',
              history: [{ at: '2026-01-01', rating: 4 }, { rating: 'high' }],
            },
            'not a goal',
          ],
        },
      );
      await until(() => errors.length > 0, 'rapport-error');
    } finally {
      document.removeEventListener('rapport-error', listen);
      console.restore();
    }
    expect(errors).to.have.length(1);
    expect(console.calls.warn).to.have.length(1);
    expect(errors[0].detail.code).to.equal('invalid-value');
    expect(errors[0].detail.message.split('; ')).to.deep.equal([
      'value.goals[0].proposedBy "me" is not one of person, clinician, together (using together)',
      'value.goals[0].status "done" is not one of active, achieved, paused, stopped (using active)',
      'value.goals[0].createdAt must be an ISO 8601 date',
      'value.goals[0].rating must be a whole number from 0 to 10',
      'value.goals[1].id must be a string of its own (a new id was given)',
      'value.goals[1].history must be a list of { at: ISO 8601 date, rating: 0–10 } (the rest left out)',
      'value.goals[2] must be an object with a text (left out).',
    ]);
    const text = goals(el!)[0].querySelector('textarea, [part="goal-text"]')!;
    expect((text as HTMLTextAreaElement).value ?? textOf(text)).to.equal(attack);
    expect(root(el!).querySelector('img')).to.equal(null);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect(el!.value.goals[1].history).to.deep.equal([{ at: '2026-01-01', rating: 4 }]);
  });

  it('a long word wraps inside a narrow widget instead of widening it', async () => {
    const word = 'a'.repeat(300);
    const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
    const el = await createPlan({ mode: 'review' }, { goals: [{ ...SLEEP, text: word }] });
    box.append(el);
    await el.updateComplete;
    const text = goals(el)[0].querySelector<HTMLElement>('[part="goal-text"]')!;
    expect(textOf(text)).to.equal(word);
    expect(text.scrollWidth).to.be.at.most(text.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('right to left in Arabic: arrow keys follow the reading direction', async () => {
    const el = await review({ lang: 'ar' });
    const base = root(el).querySelector('[part="base"]')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(textOf(root(el).querySelector('[part="title"]'))).to.equal('كيف تسير أهدافك؟');
    const group = allByRole(root(el), 'group').find(
      (g) => g.getAttribute('part') === 'rating options',
    )!;
    const radios = [...group.querySelectorAll<HTMLInputElement>('input')];
    radios[3].focus();
    await press(' ', 'ArrowLeft');
    await el.updateComplete;
    expect(el.value.goals[0].rating).to.equal(4);
    await press('ArrowRight', 'ArrowRight');
    await el.updateComplete;
    expect(el.value.goals[0].rating).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('axe finds nothing: missing ratings marked, and a goal being added', async () => {
    const el = await review();
    await el.submit();
    await el.updateComplete;
    expect(root(el).querySelectorAll('.options.missing')).to.have.length(2);
    await expect(el).to.be.accessible();
    getByRole(root(el), 'button', 'Add a goal').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
