import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

const fr: FeedbackTerms = {
  feedbackOpen: 'Votre avis',
  feedbackNotNow: 'Pas maintenant',
  feedbackClose: 'Fermer',
  feedbackStars: (stars, formatted) =>
    stars <= 1 ? `${formatted} étoile` : `${formatted} étoiles`,
  feedbackCharacters: (count, max) => `${count} sur ${max} caractères`,
  feedbackCharactersLeft: (left, formatted) =>
    left <= 1 ? `Il reste ${formatted} caractère` : `Il reste ${formatted} caractères`,
  feedbackLimitReached: (max) => `Vous avez atteint la limite de ${max} caractères.`,
  // Follows "Veuillez répondre à la …" in pleaseAnswer.
  feedbackAnyQuestion: 'question de votre choix',
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
