import { registerBuiltInTranslation, type RapportCoreTranslation } from '../localize.js';
import { formatList } from '../intl.js';

const fr: RapportCoreTranslation = {
  $code: 'fr',
  $name: 'Français',
  $dir: 'ltr',
  send: 'Envoyer',
  saving: 'Enregistrement…',
  saved: 'Enregistré. Merci.',
  notSaved: 'Vos réponses n’ont pas été enregistrées. Elles sont toutes encore là.',
  retry: 'Réessayer',
  draftRestored: 'Nous avons gardé vos réponses précédentes.',
  draftDismiss: 'Fermer',
  pleaseAnswer: (questions) =>
    `Avant d’envoyer, il reste à compléter : ${formatList('fr', questions)}.`,
  questionNumber: (n, text) => (text ? `question ${n}, « ${text} »` : `question ${n}`),
  stillToAnswer: (questions) =>
    questions.length > 3
      ? `Il manque encore ${questions.length} réponses.`
      : `Reste à répondre : ${formatList('fr', questions)}.`,
  pleaseAnswerMany: (count, first) =>
    `Avant d’envoyer, répondez aux ${count} questions marquées « Sans réponse », en commençant par ${first}.`,
  answeredOf: (answered, total) => `${answered} sur ${total} répondues`,
  optional: 'facultatif',
  notAnswered: 'Sans réponse',
  lineValue: (value, max, nearer) =>
    nearer === null
      ? `${value} sur ${max}, au milieu`
      : `${value} sur ${max}, plus près de « ${nearer} »`,
  lineEmpty: (low, high) => `Sans réponse. De « ${low} » à « ${high} »`,
  exampleInstrument: 'Exemple, pas un instrument validé',
  licensedBy: (holder) => `Utilisé sous licence de ${holder}`,
  licenceTerms: 'Conditions de la licence',
  unavailable: 'Ce questionnaire ne peut pas être affiché pour le moment.',
  loading: 'Chargement du questionnaire…',
  scores: 'Scores',
  total: 'Total',
  scoreOf: (score, max) => `${score} sur ${max}`,
  flagged: 'Sous le seuil',
  notFlagged: 'Au seuil ou au-dessus',
  cutoffUnknown: 'Pas assez de réponses pour comparer au seuil',
  theTotal: 'le total',
  cutoffRule: (score, below) => `signalé si ${score} est inférieur à ${below}`,
  readAloud: 'Me lire ce texte',
  readAloudPause: 'Pause',
  readAloudResume: 'Continuer',
  readAloudStop: 'Arrêter la lecture',
  changeSince: (change, amount, date) =>
    change === 0
      ? `aucun changement depuis le ${date}`
      : `${change < 0 ? 'en baisse' : 'en hausse'} de ${amount} depuis le ${date}`,
};

registerBuiltInTranslation(fr);

export default fr;
