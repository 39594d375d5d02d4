import { registerBuiltInTranslation } from '../../core/localize.js';
import type { GoalPlanTerms } from './index.js';

/**
 * The goal plan in easy-read English: short sentences, one idea each, everyday words, and the
 * same word for the same thing ("goal", "number" for the 0 to 10 answer, "letters" for what the
 * boxes count).
 */
const easy: Partial<GoalPlanTerms> = {
  goalTitleSet: 'Your goals',
  goalTitleReview: 'How are your goals going?',
  goalTitleRecord: 'Goals',
  goalIntroSet: (max) =>
    `A goal is something you want to change. Write each goal in your own words. You can have up to ${max} goals.`,
  goalIntroReview:
    'Look at each goal. Choose a number for how close you are today. 0 means nothing has changed yet. 10 means you reached the goal.',
  goalNumber: (n) => `Goal ${n}`,
  goalText: 'Your goal, in your own words',
  goalHowWeKnow: 'How will we know things are getting better?',
  goalFirstStep: 'What is one small thing you can do first?',
  goalCharacters: (count, max) => `You used ${count} of ${max} letters`,
  goalLimitReached: (max) => `You wrote ${max} letters. That is the most you can write.`,
  goalProposedBy: 'Whose idea was this goal?',
  goalProposers: {
    person: 'My idea',
    clinician: 'The idea of the person who helps me',
    together: 'We agreed it together',
  },
  goalRateStart: 'How close are you to this goal now?',
  goalRateToday: 'How close are you to this goal today?',
  goalScaleLow: 'Nothing has changed yet',
  goalScaleHigh: 'I reached the goal',
  goalStatus: 'What is happening with this goal now?',
  goalStatuses: {
    active: 'I am still working on it',
    achieved: 'I reached it',
    paused: 'I stopped for now',
    stopped: 'I stopped for good',
  },
  goalReason: 'Do you want to tell us more about this?',
  goalAdd: 'Add a goal',
  goalUp: (n) => `Move goal ${n} up`,
  goalDown: (n) => `Move goal ${n} down`,
  goalRemove: (n) => `Remove goal ${n}`,
  goalMoved: (n, total) => `Goal moved. It is now number ${n} of ${total}.`,
  goalUnavailable: 'We cannot show your goals now.',
  goalNotSaved: 'Your goals did not send. Everything you wrote is still here. You can try again.',
  goalRemoved: 'The goal is removed.',
  goalFull: (max) => `You have ${max} goals. That is the most you can have.`,
  goalNone: 'one goal or more',
  goalMissingText: (n) => `goal ${n} in your own words`,
  goalMissingRating: (n) => `how close you are to goal ${n}`,
  goalProgress: (first, now) => `You started at ${first}. Now you are at ${now}.`,
  goalRatedOnce: (rating) => `So far you chose ${rating}.`,
  goalNotRated: 'No number chosen yet.',
  goalChart: (points) => `Your numbers so far: ${points.join(', ')}`,
  goalRatingOn: (rating, date) => `${rating} on ${date}`,
  goalChange: (change) => `Change since the first number: ${change}`,
  goalAtThreshold: (threshold) => `That is a big change, ${threshold} or more`,
  goalFinished: 'Goals reached or stopped',
  goalEmpty: 'There are no goals yet.',
};

registerBuiltInTranslation({ $code: 'en-x-easy', ...easy });

export default easy;
