// <rapport-goal-plan> in easy read: the easy-read texts, a picture beside each goal and its
// progress, and the content hash of what was shown.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/goal-plan/define.js';
import '../../src/provider/define.js';
import type { RapportGoalPlan } from '../../src/goal-plan/define.js';
import type { GoalPlanResult } from '../../src/goal-plan/types.js';
import easyTable from '../../src/goal-plan/locales/easy-en.js';
import { accessibleName, textOf } from '../helpers/roles.js';
import { SLOW, until } from '../helpers/wait.js';
import { PLAN, createPlan, goal } from './fixtures.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const titleOf = (el: HTMLElement) => textOf(root(el).querySelector('[part="title"]'));
const introOf = (el: HTMLElement) => textOf(root(el).querySelector('[part="intro"]'));
const pictures = (el: HTMLElement) => [...root(el).querySelectorAll('[part="easy-picture"]')];
const fieldNames = (el: HTMLElement) =>
  [...root(el).querySelectorAll('textarea, fieldset')].map(accessibleName);

async function plan(attributes: Record<string, string>, value?: unknown) {
  const el = await createPlan(attributes, value);
  await until(() => root(el).querySelector('[part="title"]'), 'the plan renders');
  return el;
}

const ONE_GOAL = { goals: [goal({ text: 'Walk to the shop', rating: 3 })] };

async function hashOf(el: RapportGoalPlan): Promise<string> {
  const sent = oneEvent(el, 'rapport-submit');
  void el.submit();
  const { detail } = (await sent) as unknown as { detail: GoalPlanResult };
  return detail.definition.contentHash;
}

describe('<rapport-goal-plan> in easy read', function () {
  this.timeout(SLOW);

  it('setting goals: the easy-read intro, fields, choices and scale', async () => {
    const el = await plan({ 'easy-read': '' }, ONE_GOAL);
    expect(titleOf(el)).to.equal('Your goals');
    expect(introOf(el)).to.equal(
      'A goal is something you want to change. Write each goal in your own words. You can have up to 3 goals.',
    );
    expect(fieldNames(el)).to.deep.equal([
      'Goal 1: Your goal, in your own words',
      'Goal 1: How will we know things are getting better? (you can leave this out)',
      'Goal 1: What is one small thing you can do first? (you can leave this out)',
      'Goal 1: Whose idea was this goal?',
      'Goal 1: How close are you to this goal now?',
    ]);
    const proposers = root(el).querySelectorAll('fieldset')[0];
    expect([...proposers.querySelectorAll('input')].map(accessibleName)).to.deep.equal([
      'My idea',
      'The idea of the person who helps me',
      'We agreed it together',
    ]);
    const radios = [...root(el).querySelectorAll('fieldset')[1].querySelectorAll('input')];
    expect(accessibleName(radios[0])).to.equal('0 Nothing has changed yet');
    expect(accessibleName(radios[10])).to.equal('10 I reached the goal');
    expect(textOf(root(el).querySelector('[part="counter"]'))).to.equal(
      'You used 16 of 300 letters',
    );
  });

  it('reviewing: the easy-read intro, progress and statuses; the record', async () => {
    const el = await plan({ 'easy-read': '', mode: 'review' }, PLAN);
    await until(() => root(el).querySelector('[part="progress"]'), 'the progress');
    expect(titleOf(el)).to.equal('How are your goals going?');
    expect(introOf(el)).to.equal(
      'Look at each goal. Choose a number for how close you are today. 0 means nothing has changed yet. 10 means you reached the goal.',
    );
    expect([...root(el).querySelectorAll('[part="progress"]')].map(textOf)).to.deep.equal([
      'You started at 2. Now you are at 4.',
      'So far you chose 1.',
    ]);
    const status = root(el).querySelector('fieldset')!;
    expect(accessibleName(status)).to.equal('Goal 1: What is happening with this goal now?');
    expect([...status.querySelectorAll('input')].map(accessibleName)).to.deep.equal([
      'I am still working on it',
      'I reached it',
      'I stopped for now',
      'I stopped for good',
    ]);

    const record = await plan({ 'easy-read': '', readonly: '' }, PLAN);
    await until(() => root(record).querySelector('[part="change"]'), 'the record');
    expect(titleOf(record)).to.equal('Goals');
    expect(textOf(root(record).querySelector('[part="change"]'))).to.equal(
      'Change since the first number: +2',
    );
  });

  it('every sentence of its easy-read texts has at most 20 words', () => {
    const t = easyTable;
    const texts = [
      ...Object.values(t).filter((v): v is string => typeof v === 'string'),
      ...Object.values(t.goalProposers!),
      ...Object.values(t.goalStatuses!),
      t.goalIntroSet!('3'),
      t.goalLimitReached!('300'),
      t.goalMoved!(2, 3),
      t.goalFull!('3'),
      t.goalProgress!('2', '6'),
      t.goalAtThreshold!('3'),
    ];
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.?!])\s+/)) {
        expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
      }
    }
  });

  it('in Spanish with easy read, the plain Spanish texts', async () => {
    const el = await plan({ 'easy-read': '', lang: 'es' }, ONE_GOAL);
    await until(() => titleOf(el) === 'Sus objetivos', 'the Spanish title');
    expect(introOf(el)).to.equal(
      'Escriba en qué quiere trabajar, con sus propias palabras. Puede tener hasta 3 objetivos.',
    );
  });

  it('the content hash of easy read differs from the plain one', async () => {
    const plainHash = await hashOf(await plan({}, ONE_GOAL));
    const easyHash = await hashOf(await plan({ 'easy-read': '' }, ONE_GOAL));
    expect(plainHash).to.match(/^[0-9a-f]{64}$/);
    expect(easyHash).to.match(/^[0-9a-f]{64}$/);
    expect(easyHash).to.not.equal(plainHash);
  });

  it('a flag beside each goal, a line going up beside its progress; none outside easy read', async () => {
    const two = { goals: [...ONE_GOAL.goals, goal({ id: 'b', text: 'Cook once a week' })] };
    const el = await plan({ 'easy-read': '' }, two);
    await until(() => pictures(el).length === 2, 'two pictures');
    for (const picture of pictures(el)) {
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
      const words = picture.closest('.easy-point')!.querySelector('.easy-words')!;
      expect(textOf(words)).to.match(/^Goal [12]$/);
    }

    const review = await plan({ 'easy-read': '', mode: 'review' }, PLAN);
    await until(() => pictures(review).length === 4, 'two goals and their progress');
    const progress = root(review).querySelectorAll('.easy-words > .history');
    expect(progress).to.have.length(2);
    for (const picture of pictures(review)) {
      expect(picture.getAttribute('aria-hidden')).to.equal('true');
    }

    const plain = await plan({ mode: 'review' }, PLAN);
    await until(() => root(plain).querySelector('[part="progress"]'), 'the progress');
    expect(pictures(plain)).to.have.length(0);
    expect(root(plain).querySelector('.easy-point')).to.equal(null);
    const plainSet = await plan({}, two);
    expect(pictures(plainSet)).to.have.length(0);
  });

  it('passes axe in easy read, setting and reviewing', async function () {
    this.timeout(60_000);
    const el = await plan({ 'easy-read': '' }, ONE_GOAL);
    await until(() => pictures(el).length > 0, 'the pictures');
    await expect(el).to.be.accessible();
    const review = await plan({ 'easy-read': '', mode: 'review' }, PLAN);
    await until(() => pictures(review).length === 4, 'the pictures');
    await expect(review).to.be.accessible();
  });

  it('<rapport-provider easy-read> turns it on', async () => {
    const provider = await fixture<HTMLElement>(
      html`<rapport-provider easy-read><rapport-goal-plan></rapport-goal-plan></rapport-provider>`,
    );
    const el = provider.querySelector<RapportGoalPlan>('rapport-goal-plan')!;
    await until(
      () => introOf(el).startsWith('A goal is something you want to change.'),
      'the easy-read intro',
    );
    await until(() => pictures(el).length === 1, 'the picture');
  });
});
