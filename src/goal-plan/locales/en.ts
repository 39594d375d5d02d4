import { registerBuiltInTranslation } from '../../core/localize.js';
import type { GoalPlanTerms } from './index.js';

const en: GoalPlanTerms = {
  goalTitleSet: 'Your goals',
  goalTitleReview: 'How are your goals going?',
  goalTitleRecord: 'Goal plan',
  goalIntroSet: (max) =>
    `Write what you want to work on, in your own words. You can have up to ${max} goals.`,
  goalIntroReview:
    'For each goal, choose how close you are today: 0 is no progress yet, 10 is fully reached.',
  goalNumber: (n) => `Goal ${n}`,
  goalText: 'The goal, in your own words',
  goalHowWeKnow: 'How will we know it is working?',
  goalFirstStep: 'A first small step',
  goalCharacters: (count, max) => `${count} of ${max} characters`,
  goalLimitReached: (max) => `You have reached the limit of ${max} characters.`,
  goalProposedBy: 'Whose idea was this goal?',
  goalProposers: { person: 'Mine', clinician: 'My clinician’s', together: 'We agreed it together' },
  goalRateStart: 'How close are you to this goal now?',
  goalRateToday: 'How close are you to this goal today?',
  goalScaleLow: 'No progress',
  goalScaleHigh: 'Fully reached',
  goalStatus: 'Where is this goal now?',
  goalStatuses: {
    active: 'Still working on it',
    achieved: 'Achieved',
    paused: 'Paused',
    stopped: 'Stopped',
  },
  goalReason: 'Anything you want to say about this?',
  goalAdd: 'Add a goal',
  goalUp: (n) => `Move goal ${n} up`,
  goalDown: (n) => `Move goal ${n} down`,
  goalRemove: (n) => `Remove goal ${n}`,
  goalMoved: (n, total) => `Moved to position ${n} of ${total}.`,
  goalUnavailable: 'Your goals cannot be shown right now.',
  goalNotSaved: 'Your goals were not saved. Everything you wrote is still here.',
  goalRemoved: 'Goal removed.',
  goalFull: (max) => `This plan has ${max} goals, the most it can hold.`,
  goalNone: 'at least one goal',
  goalMissingText: (n) => `goal ${n} in your words`,
  goalMissingRating: (n) => `how close you are to goal ${n}`,
  goalProgress: (first, now) => `Started at ${first}, now ${now}`,
  goalRatedOnce: (rating) => `Rated ${rating} so far`,
  goalNotRated: 'Not rated yet',
  goalChart: (points) => `Ratings so far: ${points.join(', ')}`,
  goalRatingOn: (rating, date) => `${rating} on ${date}`,
  goalChange: (change) => `Change since the first rating: ${change}`,
  goalAtThreshold: (threshold) => `At or above the change threshold of ${threshold}`,
  goalFinished: 'Achieved or stopped',
  goalEmpty: 'No goals yet.',
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
