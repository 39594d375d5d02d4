import type { RapportResult } from 'rapport-elements';

/** One line for a result, narrowed by its kind. */
export function describeResult(result: RapportResult): string {
  switch (result.kind) {
    case 'alliance-scale':
      return `alliance-scale: total ${result.scores.total}, answers ${JSON.stringify(result.answers)}`;
    case 'feedback-prompt':
      return `feedback-prompt: rating ${result.rating.value} (${result.rating.style})`;
    default:
      return result.kind;
  }
}
