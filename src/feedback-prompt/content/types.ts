/**
 * The default wording of `<rapport-feedback-prompt>`, one plain-data module per language. These
 * are the questions a person answers (content), kept apart from the short interface texts in
 * `src/locales/`, so that a build can later load only the languages a page uses.
 */
export interface FeedbackContent {
  /** The prompt's heading. */
  title: string;
  /** One line under the heading. */
  intro: string;
  rating: {
    /** The overall question, whatever the rating style. */
    question: string;
    /** The five faces' labels, saddest first (values 1–5). */
    faces: readonly [string, string, string, string, string];
    /** The words at 0 and at 10 on the 0–10 scale. */
    scaleLow: string;
    scaleHigh: string;
  };
  checks: {
    heard: string;
    respected: string;
    whatIWanted: string;
    yes: string;
    partly: string;
    no: string;
  };
  comment: {
    question: string;
    /** Under the question: this box is not watched, so where to go for urgent help. */
    hint: string;
  };
  contact: {
    /** The checkbox. */
    consent: string;
    /** The field shown when the checkbox is ticked. */
    details: string;
    hint: string;
  };
}
