import { registerBuiltInTranslation, type RapportCoreTranslation } from '../localize.js';
import { formatList } from '../intl.js';

const es: RapportCoreTranslation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',
  send: 'Enviar',
  saving: 'Guardando…',
  saved: 'Guardado. Gracias.',
  notSaved: 'Sus respuestas no se han guardado. Siguen todas aquí.',
  retry: 'Intentar de nuevo',
  draftRestored: 'Hemos guardado sus respuestas de antes.',
  draftDismiss: 'Cerrar',
  pleaseAnswer: (questions) => `Antes de enviar, falta completar: ${formatList('es', questions)}.`,
  questionNumber: (n, text) => (text ? `pregunta ${n}, «${text}»` : `pregunta ${n}`),
  stillToAnswer: (questions) =>
    questions.length > 3
      ? `Faltan ${questions.length} respuestas.`
      : `Falta responder: ${formatList('es', questions)}.`,
  pleaseAnswerMany: (count, first) =>
    `Antes de enviar, responda las ${count} preguntas marcadas «Sin responder», empezando por ${first}.`,
  answeredOf: (answered, total) => `${answered} de ${total} respondidas`,
  optional: 'opcional',
  notAnswered: 'Sin responder',
  lineValue: (value, max, nearer) =>
    nearer === null
      ? `${value} de ${max}, en el medio`
      : `${value} de ${max}, más cerca de «${nearer}»`,
  lineEmpty: (low, high) => `Sin responder. De «${low}» a «${high}»`,
  exampleInstrument: 'Ejemplo, no es un instrumento validado',
  licensedBy: (holder) => `Usado con licencia de ${holder}`,
  licenceTerms: 'Condiciones de la licencia',
  unavailable: 'Este cuestionario no se puede mostrar ahora.',
  loading: 'Cargando el cuestionario…',
  scores: 'Puntuaciones',
  total: 'Total',
  scoreOf: (score, max) => `${score} de ${max}`,
  flagged: 'Por debajo del punto de corte',
  notFlagged: 'En o por encima del punto de corte',
  cutoffUnknown: 'No hay respuestas suficientes para compararlas con el punto de corte',
  theTotal: 'el total',
  cutoffRule: (score, below) => `se marca si ${score} es menor que ${below}`,
  readAloud: 'Leer en voz alta',
  readAloudPause: 'Pausa',
  readAloudResume: 'Seguir',
  readAloudStop: 'Dejar de leer',
  changeSince: (change, amount, date) =>
    change === 0
      ? `sin cambios desde el ${date}`
      : `${change < 0 ? 'baja' : 'sube'} ${amount} desde el ${date}`,
};

registerBuiltInTranslation(es);

export default es;
