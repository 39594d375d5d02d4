import { registerBuiltInTranslation } from '../../core/localize.js';
import type { GoalPlanTerms } from './index.js';

// Usted, as in the library's Spanish interface texts; no gendered adjectives about the person.
const es: GoalPlanTerms = {
  goalTitleSet: 'Sus objetivos',
  goalTitleReview: '¿Cómo van sus objetivos?',
  goalTitleRecord: 'Plan de objetivos',
  goalIntroSet: (max) =>
    `Escriba en qué quiere trabajar, con sus propias palabras. Puede tener hasta ${max} objetivos.`,
  goalIntroReview:
    'Para cada objetivo, elija cuánto se ha acercado hoy: 0 es todavía ningún avance, 10 es objetivo cumplido.',
  goalNumber: (n) => `Objetivo ${n}`,
  goalText: 'El objetivo, con sus propias palabras',
  goalHowWeKnow: '¿Cómo sabremos que funciona?',
  goalFirstStep: 'Un primer paso pequeño',
  goalCharacters: (count, max) => `${count} de ${max} caracteres`,
  goalLimitReached: (max) => `Ha llegado al límite de ${max} caracteres.`,
  goalProposedBy: '¿De quién fue la idea de este objetivo?',
  goalProposers: { person: 'Mía', clinician: 'De mi profesional', together: 'Lo acordamos juntos' },
  goalRateStart: '¿Cuánto se ha acercado a este objetivo ahora?',
  goalRateToday: '¿Cuánto se ha acercado a este objetivo hoy?',
  goalScaleLow: 'Ningún avance',
  goalScaleHigh: 'Cumplido del todo',
  goalStatus: '¿En qué punto está este objetivo?',
  goalStatuses: {
    active: 'Sigo trabajando en él',
    achieved: 'Cumplido',
    paused: 'En pausa',
    stopped: 'Dejado',
  },
  goalReason: '¿Quiere decir algo sobre esto?',
  goalAdd: 'Añadir un objetivo',
  goalUp: (n) => `Subir el objetivo ${n}`,
  goalDown: (n) => `Bajar el objetivo ${n}`,
  goalRemove: (n) => `Quitar el objetivo ${n}`,
  goalMoved: (n, total) => `Ahora en el puesto ${n} de ${total}.`,
  goalUnavailable: 'Sus objetivos no se pueden mostrar ahora.',
  goalNotSaved: 'Sus objetivos no se han guardado. Todo lo que escribió sigue aquí.',
  goalRemoved: 'Objetivo quitado.',
  goalFull: (max) => `Este plan tiene ${max} objetivos, el máximo posible.`,
  goalNone: 'al menos un objetivo',
  goalMissingText: (n) => `el objetivo ${n} con sus palabras`,
  goalMissingRating: (n) => `cuánto se ha acercado al objetivo ${n}`,
  goalProgress: (first, now) => `Empezó en ${first}, ahora ${now}`,
  goalRatedOnce: (rating) => `Valorado con ${rating} hasta ahora`,
  goalNotRated: 'Sin valorar todavía',
  goalChart: (points) => `Valoraciones hasta ahora: ${points.join(', ')}`,
  goalRatingOn: (rating, date) => `${rating} el ${date}`,
  goalChange: (change) => `Cambio desde la primera valoración: ${change}`,
  goalAtThreshold: (threshold) => `Igual o mayor que el umbral de cambio de ${threshold}`,
  goalFinished: 'Cumplidos o dejados',
  goalEmpty: 'Todavía no hay objetivos.',
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
