import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

const en: FeedbackTerms = {
  feedbackOpen: 'Feedback',
  feedbackNotNow: 'Not now',
  feedbackClose: 'Close',
  feedbackStars: (stars, formatted) => (stars === 1 ? `${formatted} star` : `${formatted} stars`),
  feedbackCharacters: (count, max) => `${count} of ${max} characters`,
  feedbackCharactersLeft: (left, formatted) =>
    left === 1 ? `${formatted} character left` : `${formatted} characters left`,
  feedbackLimitReached: (max) => `You have reached the limit of ${max} characters.`,
  feedbackPasteCut: (cut, formatted) =>
    cut === 1
      ? '1 character of what you pasted did not fit, so it was left out.'
      : `${formatted} characters of what you pasted did not fit, so they were left out.`,
  feedbackNotReady: 'Answer any question to send.',
  feedbackNotSaved: 'Your feedback was not sent. It is all still here.',
  feedbackClosed: 'Closed. Nothing was sent.',
  feedbackAnyQuestion: 'at least one question',
  feedbackContent: {
    title: 'Your feedback',
    intro: 'A few quick questions about today. Answer only what you want to.',
    rating: {
      question: 'Overall, how was today?',
      faces: ['Very bad', 'Bad', 'Okay', 'Good', 'Very good'],
      scaleLow: 'Very bad',
      scaleHigh: 'Very good',
    },
    checks: {
      heard: 'I felt heard.',
      respected: 'I felt respected.',
      whatIWanted: 'We worked on what I wanted to work on.',
      yes: 'Yes',
      partly: 'Partly',
      no: 'No',
    },
    comment: {
      question: 'What could we do better?',
      hint: 'We do not read this straight away. If you need help now, contact us directly or call your local emergency number.',
    },
    contact: {
      consent: 'You may contact me about this.',
      details: 'How can we reach you?',
      hint: 'A phone number or email address. Leave it empty if we already have your details.',
    },
  },
};

registerBuiltInTranslation({ $code: 'en', ...en });

export default en;
