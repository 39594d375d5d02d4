import { registerBuiltInTranslation } from '../../core/localize.js';
import type { TrendTerms } from './index.js';

const fr: TrendTerms = {
  trendSessions: (count, formatted, first, last) =>
    count === 1 ? `1 séance, le ${first}.` : `${formatted} séances, du ${first} au ${last}.`,
  trendLast: (total, below, isBelow) =>
    below === null
      ? `Dernier total\u00a0: ${total}.`
      : `Dernier total\u00a0: ${total}, ${isBelow ? 'sous' : 'égal ou supérieur à'} ${below}.`,
  trendChange: (change, amount) =>
    change === 0
      ? 'Aucun changement depuis la séance précédente.'
      : `${change < 0 ? 'En baisse' : 'En hausse'} de ${amount} depuis la séance précédente.`,
  trendEmpty: 'Aucune séance à afficher pour le moment.',
  trendShowTable: 'Afficher en tableau',
  trendShowSubscales: 'Afficher les sous-échelles',
  trendChart: (title) => `${title}\u00a0: total par séance`,
  trendKeys:
    'Utilisez les flèches, Début et Fin pour passer d’une séance à l’autre, et Entrée pour en ouvrir une.',
  trendSession: (n) => `Séance ${n}`,
  trendSessionColumn: 'Séance',
  trendDate: 'Date',
  trendFlags: 'Alertes',
  trendBelow: (below) => `Sous le seuil de ${below}`,
  trendDrop: (amount) => `En baisse de ${amount}`,
  trendWordingChanged: 'Formulation modifiée',
  trendCutoff: (below) => `Seuil ${below}`,
  trendDropRule: (points) => `Une baisse de ${points} ou plus`,
  trendSubscales: 'Sous-échelles',
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
