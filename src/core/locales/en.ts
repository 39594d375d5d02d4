import { registerBuiltInTranslation, type RapportCoreTranslation } from '../localize.js';

/**
 * "a, b, and c". Written out rather than through Intl.ListFormat: this message is built when
 * each form first renders, and the first Intl formatter on a page costs tens of milliseconds.
 */
function andList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

const en: RapportCoreTranslation = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr',
  send: 'Send',
  saving: 'Saving…',
  saved: 'Saved. Thank you.',
  notSaved: 'Your answers were not saved. They are all still here.',
  retry: 'Try again',
  draftRestored: 'We kept your answers from before.',
  draftDismiss: 'Dismiss',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `Please answer ${questions[0]} before sending.`
      : `Please answer these before sending: ${andList(questions)}.`,
  questionNumber: (n, text) => (text ? `question ${n}, “${text}”` : `question ${n}`),
  stillToAnswer: (questions) =>
    questions.length > 3
      ? `${questions.length} answers still needed.`
      : `Still to answer: ${andList(questions)}.`,
  pleaseAnswerMany: (count, first) =>
    `Please answer the ${count} questions marked “Not answered” before sending, starting with ${first}.`,
  answeredOf: (answered, total) => `${answered} of ${total} answered`,
  optional: 'optional',
  notAnswered: 'Not answered',
  lineValue: (value, max, nearer) =>
    nearer === null
      ? `${value} of ${max}, in the middle`
      : `${value} of ${max}, nearer “${nearer}”`,
  lineEmpty: (low, high) => `Not answered. From “${low}” to “${high}”`,
  exampleInstrument: 'Example, not a validated instrument',
  licensedBy: (holder) => `Used under licence from ${holder}`,
  licenceTerms: 'Licence terms',
  unavailable: 'This questionnaire cannot be shown right now.',
  loading: 'Loading the questionnaire…',
  scores: 'Scores',
  total: 'Total',
  scoreOf: (score, max) => `${score} of ${max}`,
  flagged: 'Below the cutoff',
  notFlagged: 'At or above the cutoff',
  cutoffUnknown: 'Not enough answers to compare with the cutoff',
  theTotal: 'the total',
  cutoffRule: (score, below) => `flagged when ${score} is below ${below}`,
  readAloud: 'Read this to me',
  readAloudPause: 'Pause',
  readAloudResume: 'Go on',
  readAloudStop: 'Stop reading',
  changeSince: (change, amount, date) =>
    change === 0
      ? `no change since ${date}`
      : `${change < 0 ? 'down' : 'up'} ${amount} since ${date}`,
};

// Built in: English is what every widget falls back to.
registerBuiltInTranslation(en);

export default en;
