import { registerBuiltInTranslation, type RapportTranslationTable } from '../localize.js';

/** "a, b and c", as in the plain English texts. */
function andList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The core's texts in easy-read English: short sentences, one idea each, everyday words, the
 * same word for the same thing ("answer", "send"). Texts not here are the plain English ones
 * (scores and cutoffs are for the clinician's record, not for the person answering).
 */
const easy: RapportTranslationTable = {
  $code: 'en-x-easy',
  send: 'Send',
  saving: 'Sending your answers…',
  saved: 'Your answers are sent. Thank you.',
  notSaved: 'Your answers did not send. Your answers are still here. You can try again.',
  retry: 'Try again',
  draftRestored: 'We kept the answers you gave before.',
  draftDismiss: 'OK',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `Please answer ${questions[0]}. Then press Send.`
      : `Please answer these: ${andList(questions)}. Then press Send.`,
  stillToAnswer: (questions) =>
    questions.length > 3
      ? `You still need to give ${questions.length} answers.`
      : `You still need to answer: ${andList(questions)}.`,
  pleaseAnswerMany: (count, first) =>
    `${count} questions say “Not answered”. Please answer them. Start with ${first}.`,
  answeredOf: (answered, total) => `You answered ${answered} of ${total}`,
  optional: 'you can leave this out',
  notAnswered: 'Not answered',
  lineEmpty: (low, high) => `Not answered. The line goes from “${low}” to “${high}”.`,
  exampleInstrument: 'This is an example. It is not a tested questionnaire.',
  unavailable: 'We cannot show these questions now.',
  loading: 'Getting the questions ready…',
  readAloud: 'Read this to me',
  readAloudPause: 'Pause',
  readAloudResume: 'Go on',
  readAloudStop: 'Stop reading',
};

registerBuiltInTranslation(easy);

export default easy;
