import { foldSpace, ownValue } from '../core/text.js';
import { PAD_HEIGHT, PAD_WIDTH, StrokeRecorder } from './signature-pad.js';
import type { AgreementSignature, ShownAgreement } from './types.js';

/** One signer's fields: the typed name, the drawing and its box, and when it was signed. */
export interface SignerState {
  name: string;
  pad: StrokeRecorder;
  box: { width: number; height: number };
  signedAt?: string;
}

export const newSigner = (): SignerState => ({
  name: '',
  pad: new StrokeRecorder(),
  box: { width: PAD_WIDTH, height: PAD_HEIGHT },
});

/** A signature as it stands; null before anything is typed or drawn. `dated` false leaves out when. */
export function signatureOf(s: SignerState, dated = true): AgreementSignature | null {
  const paths = s.pad.finished();
  const when = dated ? s.signedAt : undefined;
  if (s.name === '' && paths.length === 0 && !when) return null;
  return {
    typedName: s.name,
    ...(paths.length > 0 && { drawn: { paths, ...s.box } }),
    ...(when && { signedAt: when }),
  };
}

/** The client's answers to the agreement shown. */
export interface ClientAnswers {
  agreed: readonly string[];
  answers: Readonly<Record<string, string>>;
}

/** The answers chosen, in the order the questions are shown. */
export function answered(shown: ShownAgreement, a: ClientAnswers): Array<[string, string]> {
  return shown.clauses.flatMap(({ question: q }) =>
    q && ownValue(a.answers, q.id) !== undefined
      ? [[q.id, ownValue(a.answers, q.id)] as [string, string]]
      : [],
  );
}

/** What is still to do before signing, in the order shown: [selector of its control, label]. */
export function missingIn(shown: ShownAgreement, a: ClientAnswers): Array<[string, string]> {
  const missing: Array<[string, string]> = [];
  shown.clauses.forEach((clause, i) => {
    const q = clause.question;
    if (q?.required && ownValue(a.answers, q.id) === undefined)
      missing.push([`input[name="q-${i}"]`, q.label]);
    if (clause.required && !a.agreed.includes(clause.id)) {
      missing.push([`#agree-${i}`, clause.title]);
    }
  });
  return missing;
}

/** The titles of the clauses still to agree, and of those whose question is unanswered. */
export function unfinished(shown: ShownAgreement, a: ClientAnswers) {
  return {
    unagreed: shown.clauses
      .filter((c) => c.required && !a.agreed.includes(c.id))
      .map((c) => c.title),
    unanswered: shown.clauses
      .filter((c) => c.question?.required && ownValue(a.answers, c.question.id) === undefined)
      .map((c) => c.title),
  };
}

/** The answers as form fields (without the `name.` prefix). */
export function formEntries(
  shown: ShownAgreement,
  a: ClientAnswers,
  signatures: Record<'signature' | 'countersignature', AgreementSignature | null>,
): Array<[string, string]> {
  const entries: Array<[string, string]> = shown.clauses
    .filter((c) => a.agreed.includes(c.id))
    .map((c) => [`clause.${c.id}`, 'agreed']);
  for (const [id, choice] of answered(shown, a)) entries.push([`answer.${id}`, choice]);
  for (const [prefix, s] of Object.entries(signatures)) {
    if (!s) continue;
    if (foldSpace(s.typedName) !== '') entries.push([`${prefix}.name`, foldSpace(s.typedName)]);
    if (s.drawn) entries.push([`${prefix}.drawn`, JSON.stringify(s.drawn)]);
    if (s.signedAt) entries.push([`${prefix}.signedAt`, s.signedAt]);
  }
  return entries;
}
