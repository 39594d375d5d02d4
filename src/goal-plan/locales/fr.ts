import { registerBuiltInTranslation } from '../../core/localize.js';
import type { GoalPlanTerms } from './index.js';

// Vous, as in the library's French interface texts.
const fr: GoalPlanTerms = {
  goalTitleSet: 'Vos objectifs',
  goalTitleReview: 'Où en sont vos objectifs ?',
  goalTitleRecord: 'Plan d’objectifs',
  goalIntroSet: (max) =>
    `Écrivez ce sur quoi vous voulez travailler, avec vos propres mots. Vous pouvez avoir jusqu’à ${max} objectifs.`,
  goalIntroReview:
    'Pour chaque objectif, choisissez où vous en êtes aujourd’hui : 0, aucun progrès encore ; 10, objectif pleinement atteint.',
  goalNumber: (n) => `Objectif ${n}`,
  goalText: 'L’objectif, avec vos propres mots',
  goalHowWeKnow: 'Comment saurons-nous que cela marche ?',
  goalFirstStep: 'Un premier petit pas',
  goalCharacters: (count, max) => `${count} caractères sur ${max}`,
  goalLimitReached: (max) => `Vous avez atteint la limite de ${max} caractères.`,
  goalProposedBy: 'De qui vient l’idée de cet objectif ?',
  goalProposers: {
    person: 'De moi',
    clinician: 'De mon ou ma thérapeute',
    together: 'Nous l’avons choisi ensemble',
  },
  goalRateStart: 'Où en êtes-vous de cet objectif maintenant ?',
  goalRateToday: 'Où en êtes-vous de cet objectif aujourd’hui ?',
  goalScaleLow: 'Aucun progrès',
  goalScaleHigh: 'Pleinement atteint',
  goalStatus: 'Où en est cet objectif ?',
  goalStatuses: {
    active: 'J’y travaille encore',
    achieved: 'Atteint',
    paused: 'En pause',
    stopped: 'Arrêté',
  },
  goalReason: 'Voulez-vous dire quelque chose à ce sujet ?',
  goalAdd: 'Ajouter un objectif',
  goalUp: (n) => `Monter l’objectif ${n}`,
  goalDown: (n) => `Descendre l’objectif ${n}`,
  goalRemove: (n) => `Retirer l’objectif ${n}`,
  goalMoved: (n, total) => `Maintenant en position ${n} sur ${total}.`,
  goalUnavailable: 'Vos objectifs ne peuvent pas être affichés pour le moment.',
  goalNotSaved:
    'Vos objectifs n’ont pas été enregistrés. Tout ce que vous avez écrit est encore là.',
  goalRemoved: 'Objectif retiré.',
  goalFull: (max) => `Ce plan a ${max} objectifs, le maximum possible.`,
  goalNone: 'au moins un objectif',
  goalMissingText: (n) => `l’objectif ${n} avec vos mots`,
  goalMissingRating: (n) => `où vous en êtes de l’objectif ${n}`,
  goalProgress: (first, now) => `Au départ ${first}, maintenant ${now}`,
  goalRatedOnce: (rating) => `Noté ${rating} jusqu’ici`,
  goalNotRated: 'Pas encore noté',
  goalChart: (points) => `Notes jusqu’ici : ${points.join(', ')}`,
  goalRatingOn: (rating, date) => `${rating} le ${date}`,
  goalChange: (change) => `Évolution depuis la première note : ${change}`,
  goalAtThreshold: (threshold) => `Égale ou supérieure au seuil de ${threshold}`,
  goalFinished: 'Atteints ou arrêtés',
  goalEmpty: 'Pas encore d’objectif.',
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
