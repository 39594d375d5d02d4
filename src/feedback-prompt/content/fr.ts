import type { FeedbackContent } from './types.js';

// Sentences chosen so that nothing agrees with the person's gender ("on m'a parlé avec respect").
const fr: FeedbackContent = {
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
};

export default fr;
