import type { RapportTranslation } from '../core/localize.js';
import { formatList } from '../core/intl.js';

const es: RapportTranslation = {
  $code: 'es',
  $name: 'Español',
  $dir: 'ltr',

  send: 'Enviar',
  saving: 'Guardando…',
  saved: 'Guardado. Gracias.',
  notSaved: 'Sus respuestas no se han guardado. Siguen todas aquí.',
  retry: 'Intentar de nuevo',
  pleaseAnswer: (questions) =>
    questions.length === 1
      ? `Responda la ${questions[0]} antes de enviar.`
      : `Responda estas antes de enviar: ${formatList('es', questions)}.`,
  questionNumber: (n) => `pregunta ${n}`,
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
  theTotal: 'el total',
  cutoffRule: (score, below) => `se marca si ${score} es menor que ${below}`,
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

  // <rapport-consent-notice>
  consentAgree: 'Acepto',
  consentDecline: 'No acepto',
  consentConfirm: 'Antes de aceptar',
  consentNeeded: 'necesario para aceptar',
  consentChoices: 'Sus opciones',
  consentChoicesHint:
    'Marque solo lo que quiera. Cada opción depende de usted y puede cambiarla más adelante.',
  consentBox: (label) => `«${label}»`,
  consentTickToAgree: (boxes) => `Para aceptar, marque ${new Intl.ListFormat('es').format(boxes)}.`,
  consentNotTicked: 'Marque esta casilla para aceptar.',
  consentAgreedOn: (date) =>
    date === null ? 'Ya aceptó este aviso.' : `Aceptó este aviso el ${date}.`,
  consentReview: 'Revisar o retirar',
  consentSaveChoices: 'Guardar mis opciones',
  consentWithdraw: 'Retirar el consentimiento',
  consentWithdrawQuestion: '¿Quiere retirar su consentimiento?',
  consentWithdrawExplain:
    'A partir de ahora dejaremos de usar sus opciones. Esto no cambia nada de lo que ya se compartió.',
  consentWithdrawYes: 'Sí, retirarlo',
  consentWithdrawNo: 'No, mantenerlo',
  consentBack: 'Volver',
  consentDeclined:
    'Ha elegido no aceptar. Puede volver a leer el aviso y cambiar de opinión cuando quiera.',
  consentWithdrawn: 'Ha retirado su consentimiento. Puede volver a leer el aviso cuando quiera.',
  consentReadAgain: 'Volver a leer el aviso',
  consentChanged: (date) =>
    date === null
      ? 'Este aviso ha cambiado desde la última vez que lo aceptó. Léalo de nuevo.'
      : `Este aviso ha cambiado desde que lo aceptó el ${date}. Léalo de nuevo.`,
  consentWhatChanged: 'Qué ha cambiado',
  consentVersion: (version) => `Versión ${version}`,
  consentPrivacyChoices: 'Opciones de privacidad',
  consentNotNow: 'Ahora no',
  consentClose: 'Cerrar',
  consentUnavailable: 'Este aviso de privacidad no se puede mostrar ahora.',

  // <rapport-boundary-agreement>
  agreementAgree: 'Lo entiendo y estoy de acuerdo',
  agreementAgreedOf: (agreed, total) => `${agreed} de ${total} aceptados`,
  agreementAgreed: 'Aceptado',
  agreementNotAgreed: 'No aceptado',
  agreementTickToAgree: 'Marque la casilla para aceptar este punto antes de firmar.',
  agreementChooseOne: 'Elija una opción.',
  agreementAgreeBeforeSigning: (titles) =>
    `Antes de firmar, acepte ${new Intl.ListFormat('es').format(titles.map((t) => `«${t}»`))}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Responda la pregunta de «${titles[0]}».`
      : `Responda las preguntas de ${new Intl.ListFormat('es').format(titles.map((t) => `«${t}»`))}.`,
  agreementTypeName: 'Escriba su nombre completo.',
  agreementTypeClinicianName: 'Escriba el nombre completo del profesional.',
  agreementSignatureHeading: 'Su firma',
  agreementFullName: 'Su nombre completo',
  agreementFullNameHint: 'Escribir su nombre completo es su firma.',
  agreementDraw: 'Dibuje su firma (opcional)',
  agreementDrawHint: 'Use un dedo, un lápiz o el ratón. Con su nombre escrito es suficiente.',
  agreementDrawingArea: (drawn) =>
    drawn ? 'Área de firma, con un dibujo' : 'Área de firma, vacía',
  agreementClearDrawing: 'Borrar el dibujo',
  agreementDate: 'Fecha',
  agreementSign: 'Firmar el acuerdo',
  agreementCountersignHeading: 'Firma del profesional',
  agreementClinicianName: 'Nombre completo del profesional',
  agreementCountersign: 'Firmar como profesional',
  agreementReadyToCountersign: 'Firmado y guardado. Ahora el profesional puede firmar abajo.',
  agreementSignedBy: (name, date) => `Firmado por ${name} el ${date}`,
  agreementCountersignedBy: (name, date) => `Firmado por el profesional ${name} el ${date}`,
  agreementNotSigned: 'Todavía sin firmar',
  agreementDrawnBy: (name) => `Firma dibujada por ${name}`,
  agreementUnavailable: 'Este acuerdo no se puede mostrar ahora.',
  agreementChanged:
    'El texto que se muestra aquí no es el mismo que se firmó. Consulte con el servicio antes de fiarse de él.',
  agreementAskService: 'pregunte al servicio',
  agreementPaperSignature: 'Firma',
};

export default es;
