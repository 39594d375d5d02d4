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
  feedbackPasteCut: (cut, formatted) =>
    cut === 1
      ? '1 caractère de ce que vous avez collé ne tenait pas et a été laissé de côté.'
      : `${formatted} caractères de ce que vous avez collé ne tenaient pas et ont été laissés de côté.`,
  // Follows "Veuillez répondre à la …" in pleaseAnswer.
  feedbackNotReady: 'Répondez à une question pour envoyer.',
  feedbackNotSaved: 'Votre avis n’a pas été envoyé. Il est toujours là.',
  feedbackClosed: 'Fermé. Rien n’a été envoyé.',
  feedbackAnyQuestion: 'question de votre choix',
  // Sentences chosen so that nothing agrees with the person's gender ("on m'a parlé avec respect").
  feedbackContent: {
    title: 'Votre avis',
    intro: 'Quelques questions rapides sur aujourd’hui. Répondez seulement à ce que vous voulez.',
    rating: {
      question: 'Dans l’ensemble, comment ça s’est passé aujourd’hui\u00a0?',
      faces: ['Très mal', 'Mal', 'Moyen', 'Bien', 'Très bien'],
      scaleLow: 'Très mal',
      scaleHigh: 'Très bien',
    },
    checks: {
      heard: 'Ce que j’ai dit a été écouté.',
      respected: 'On m’a parlé avec respect.',
      whatIWanted: 'Nous avons travaillé sur ce que je voulais.',
      yes: 'Oui',
      partly: 'En partie',
      no: 'Non',
    },
    comment: {
      question: 'Que pourrions-nous faire de mieux\u00a0?',
      hint: 'Nous ne lisons pas ce message tout de suite. Si vous avez besoin d’aide maintenant, contactez-nous directement ou appelez le numéro d’urgence.',
    },
    contact: {
      consent: 'Vous pouvez me contacter à ce sujet.',
      details: 'Comment pouvons-nous vous joindre\u00a0?',
      hint: 'Un numéro de téléphone ou une adresse e-mail. Laissez vide si nous avons déjà vos coordonnées.',
    },
  },
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
