import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

/**
 * The feedback prompt in easy-read English: short sentences, one idea each, everyday words, and
 * the same word for the same thing ("answer", "send", "letters" for what the box counts).
 * Built-in content is replaced whole, so every question is here.
 */
const easy: Partial<FeedbackTerms> = {
  feedbackOpen: 'Tell us what you think',
  feedbackNotNow: 'Not now',
  feedbackClose: 'Close',
  feedbackStars: (stars, formatted) => (stars === 1 ? `${formatted} star` : `${formatted} stars`),
  feedbackCharacters: (count, max) => `You used ${count} of ${max} letters`,
  feedbackCharactersLeft: (left, formatted) =>
    left === 1 ? 'You can write 1 more letter.' : `You can write ${formatted} more letters.`,
  feedbackLimitReached: (max) => `You wrote ${max} letters. That is the most you can write.`,
  feedbackPasteCut: (cut, formatted) =>
    cut === 1
      ? 'What you pasted was too long. We left out the last letter.'
      : `What you pasted was too long. We left out the last ${formatted} letters.`,
  feedbackNotReady: 'Answer one question or more. Then you can send.',
  feedbackNotSaved: 'Your answers did not send. Your answers are still here. You can try again.',
  feedbackClosed: 'You closed this. We did not get any answers.',
  feedbackAnyQuestion: 'one question or more',
  feedbackContent: {
    title: 'Tell us about today',
    intro: 'We want to know how today went. Answer only the questions you want to.',
    rating: {
      question: 'How was today?',
      faces: ['Very bad', 'Bad', 'OK', 'Good', 'Very good'],
      scaleLow: 'Very bad',
      scaleHigh: 'Very good',
    },
    checks: {
      heard: 'I felt listened to.',
      respected: 'People treated me well.',
      whatIWanted: 'We talked about the things I wanted to talk about.',
      yes: 'Yes',
      partly: 'A bit',
      no: 'No',
    },
    comment: {
      question: 'What could we do better?',
      hint: 'We do not read this straight away. Do you need help now? Then phone us. In an emergency, phone your local emergency number.',
    },
    contact: {
      consent: 'You can contact me about what I wrote.',
      details: 'How can we contact you?',
      hint: 'Write your phone number or your email address. Do we have your details already? Then leave this empty.',
    },
  },
};

registerBuiltInTranslation({ $code: 'en-x-easy', ...easy });

export default easy;
