// Setting goals: written, added, reordered and removed by keyboard alone and by pointer alone.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/goal-plan/define.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import type { GoalPlanResult } from '../../src/goal-plan/types.js';
import { press, repeat, typeText } from '../helpers/keyboard.js';
import { clickOn } from '../helpers/pointer.js';
import { accessibleName, getByRole, getRadio, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { goal } from './fixtures.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function root(el: RapportGoalPlan): ShadowRoot {
  return el.shadowRoot!;
}

/** What has focus inside the widget, by its accessible name. */
function focused(el: RapportGoalPlan): string {
  const active = root(el).activeElement;
  return active ? accessibleName(active) : '';
}

/** Presses Tab until the control named `name` has focus, as a person does. */
async function tabTo(el: RapportGoalPlan, name: string): Promise<void> {
  for (let i = 0; i < 60 && focused(el) !== name; i++) await sendKeys({ press: 'Tab' });
  expect(focused(el)).to.equal(name);
}

function said(el: RapportGoalPlan): string {
  return textOf(root(el).querySelector('.visually-hidden[role="status"]'));
}

function submitted(el: RapportGoalPlan): Promise<GoalPlanResult> {
  return oneEvent(el, 'rapport-submit').then((e) => e.detail as GoalPlanResult);
}

/** The result with each goal's id checked as a UUID and left out, to compare the rest exactly. */
function withoutIds(result: GoalPlanResult) {
  for (const g of result.goals) expect(g.id).to.match(UUID_V4);
  expect(new Set(result.goals.map((g) => g.id)).size).to.equal(result.goals.length);
  return result.goals.map(({ id: _id, ...rest }) => rest);
}

describe('<rapport-goal-plan> setting goals', function () {
  this.timeout(SLOW);

  it('three goals by keyboard alone, one moved up, with the exact result', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><button>before</button><rapport-goal-plan></rapport-goal-plan></div>`,
    );
    const el = page.querySelector('rapport-goal-plan')!;
    await el.updateComplete;
    page.querySelector('button')!.focus();

    // Goal 1: the person's own words, both notes, their own idea, 2 now.
    await press('Tab');
    expect(focused(el)).to.equal('Goal 1: The goal, in your own words');
    await typeText('Sleep better');
    await press('Tab');
    expect(focused(el)).to.equal('Goal 1: How will we know it is working? (optional)');
    await typeText('Awake less');
    await press('Tab');
    await typeText('No phone');
    await press('Tab');
    expect(focused(el)).to.equal('We agreed it together');
    expect(accessibleName(root(el).activeElement!.closest('fieldset')!)).to.equal(
      'Goal 1: Whose idea was this goal?',
    );
    await press('ArrowUp', 'ArrowUp');
    await press('Tab', ' ', 'ArrowRight', 'ArrowRight');
    expect(focused(el)).to.equal('2');
    await tabTo(el, 'Add a goal');
    await press('Enter');
    await el.updateComplete;

    // Goal 2: words only, the clinician's idea.
    expect(focused(el)).to.equal('Goal 2: The goal, in your own words');
    expect(root(el).activeElement!.id).to.equal('text-1');
    await typeText('Call Ana');
    await tabTo(el, 'We agreed it together');
    await press('ArrowUp');
    await tabTo(el, 'Add a goal');
    await press('Enter');
    await el.updateComplete;

    // Goal 3: words, rated 5.
    await typeText('Swim');
    await tabTo(el, '0 No progress');
    await press(' ', ...repeat('ArrowRight', 5));
    await el.updateComplete;
    // The plan is full: no Add, a note instead.
    expect(root(el).querySelector('[part="add"]')).to.equal(null);
    expect(textOf(root(el).querySelector('.base'))).to.contain(
      'This plan has 3 goals, the most it can hold.',
    );

    // Goal 3 moves up: focus stays with it, and its new place is said.
    await tabTo(el, 'Move goal 3 up');
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)).to.equal('Move goal 2 up');
    expect(said(el)).to.equal('Moved to position 2 of 3.');
    // Up again: at the top, focus goes to its Move down.
    await press('Enter');
    await el.updateComplete;
    expect(focused(el)).to.equal('Move goal 1 down');
    expect(said(el)).to.equal('Moved to position 1 of 3.');
    expect((root(el).querySelector('#text-0') as HTMLTextAreaElement).value).to.equal('Swim');

    const result = submitted(el);
    await tabTo(el, 'Send');
    await press('Enter');
    const detail = await result;
    const at = detail.completedAt;
    expect(detail.kind).to.equal('goal-plan');
    expect(detail.mode).to.equal('set');
    expect(detail.definition.id).to.equal('goal-plan');
    expect(withoutIds(detail)).to.deep.equal(
      [
        goal({ text: 'Swim', createdAt: at, rating: 5, history: [{ at, rating: 5 }] }),
        goal({
          text: 'Sleep better',
          howWeKnow: 'Awake less',
          firstStep: 'No phone',
          proposedBy: 'person',
          createdAt: at,
          rating: 2,
          history: [{ at, rating: 2 }],
        }),
        goal({ text: 'Call Ana', proposedBy: 'clinician', createdAt: at }),
      ].map(({ id: _id, ...rest }) => rest),
    );
  });

  it('three goals by pointer alone (typing aside), with the exact result', async () => {
    const el = await fixture<RapportGoalPlan>(html`<rapport-goal-plan></rapport-goal-plan>`);
    const r = root(el);
    for (const [i, text] of ['Cook twice a week', 'Walk to work', 'Read again'].entries()) {
      if (i > 0) {
        await clickOn(getByRole(r, 'button', 'Add a goal'));
        await el.updateComplete;
      }
      await clickOn(r.querySelector(`#text-${i}`)!);
      await typeText(text);
      await clickOn(
        getRadio(r, `Goal ${i + 1}: How close are you to this goal now?`, String(i + 1)).closest(
          'label',
        )!,
      );
    }
    await clickOn(getRadio(r, 'Goal 1: Whose idea was this goal?', 'Mine').closest('label')!);
    await el.updateComplete;
    // Goal 2 moves down, then goal 1 goes.
    await clickOn(getByRole(r, 'button', 'Move goal 2 down'));
    await el.updateComplete;
    expect(said(el)).to.equal('Moved to position 3 of 3.');
    await clickOn(getByRole(r, 'button', 'Remove goal 1'));
    await el.updateComplete;
    expect(said(el)).to.equal('Goal removed.');
    expect(focused(el)).to.equal('Add a goal');

    const result = submitted(el);
    await clickOn(getByRole(r, 'button', 'Send'));
    const detail = await result;
    const at = detail.completedAt;
    expect(withoutIds(detail)).to.deep.equal(
      [
        goal({ text: 'Read again', createdAt: at, rating: 3, history: [{ at, rating: 3 }] }),
        goal({ text: 'Walk to work', createdAt: at, rating: 2, history: [{ at, rating: 2 }] }),
      ].map(({ id: _id, ...rest }) => rest),
    );
  });

  it('a double click on Send gives one rapport-submit', async () => {
    const el = await fixture<RapportGoalPlan>(html`<rapport-goal-plan></rapport-goal-plan>`);
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#text-0')!.focus();
    await typeText('Rest');
    const heard: Event[] = [];
    el.addEventListener('rapport-submit', (e) => heard.push(e));
    const send = getByRole(root(el), 'button', 'Send');
    send.scrollIntoView();
    send.click();
    send.click();
    await until(() => el.state === 'submitted', 'saved');
    expect(heard).to.have.length(1);
  });

  it('Send with nothing written names what is missing and goes to the goal’s box', async () => {
    const el = await fixture<RapportGoalPlan>(html`<rapport-goal-plan></rapport-goal-plan>`);
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part="status"]'))).to.equal(
      'Please answer at least one goal before sending.',
    );
    // A goal with a first step but no words: that goal is named, and its box marked.
    el.shadowRoot!.querySelector<HTMLTextAreaElement>('#firstStep-0')!.focus();
    await typeText('Walk');
    expect(await el.submit()).to.equal(false);
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part="status"]'))).to.equal(
      'Please answer goal 1 in your words before sending.',
    );
    const box = root(el).querySelector('#text-0')!;
    expect(root(el).activeElement).to.equal(box);
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('counts a goal’s characters, stops at 300 and says so once', async () => {
    const el = await fixture<RapportGoalPlan>(html`<rapport-goal-plan></rapport-goal-plan>`);
    const box = root(el).querySelector<HTMLTextAreaElement>('#text-0')!;
    expect(box.maxLength).to.equal(300);
    expect(accessibleName(box)).to.equal('Goal 1: The goal, in your own words');
    box.focus();
    await typeText('Hi');
    const count = root(el).querySelector('#text-0-count')!;
    expect(textOf(count)).to.equal('2 of 300 characters');
    expect(box.getAttribute('aria-describedby')).to.equal('text-0-count');
    box.value = 'x'.repeat(299);
    box.dispatchEvent(new Event('input'));
    await typeText('y');
    await el.updateComplete;
    expect(textOf(count)).to.equal('300 of 300 characters');
    expect(said(el)).to.equal('You have reached the limit of 300 characters.');
  });

  it('max-goals="1" gives room for one goal; the Add button never shows', async () => {
    const el = await fixture<RapportGoalPlan>(
      html`<rapport-goal-plan max-goals="1"></rapport-goal-plan>`,
    );
    expect(root(el).querySelector('[part="add"]')).to.equal(null);
    expect(textOf(root(el).querySelector('[part="intro"]'))).to.equal(
      'Write what you want to work on, in your own words. You can have up to 1 goals.',
    );
  });

  it('axe finds nothing with three goals, one marked missing', async () => {
    const el = await fixture<RapportGoalPlan>(html`<rapport-goal-plan></rapport-goal-plan>`);
    el.value = {
      goals: [
        goal({ text: 'One' }),
        goal({ id: 'b', firstStep: 'Two' }),
        goal({ id: 'c', text: 'Three' }),
      ],
    };
    await el.submit();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
