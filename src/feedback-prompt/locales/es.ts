import { registerBuiltInTranslation } from '../../core/localize.js';
import type { FeedbackTerms } from './index.js';

const es: FeedbackTerms = {
  feedbackOpen: 'Su opinión',
  feedbackNotNow: 'Ahora no',
  feedbackClose: 'Cerrar',
  feedbackStars: (stars, formatted) =>
    stars === 1 ? `${formatted} estrella` : `${formatted} estrellas`,
  feedbackCharacters: (count, max) => `${count} de ${max} caracteres`,
  feedbackCharactersLeft: (left, formatted) =>
    left === 1 ? `Queda ${formatted} carácter` : `Quedan ${formatted} caracteres`,
  feedbackLimitReached: (max) => `Ha llegado al límite de ${max} caracteres.`,
  // Follows "Responda la …" in pleaseAnswer.
  feedbackAnyQuestion: 'pregunta que quiera',
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
