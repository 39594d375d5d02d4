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
  feedbackPasteCut: (cut, formatted) =>
    cut === 1
      ? '1 carácter de lo que pegó no cabía y se ha dejado fuera.'
      : `${formatted} caracteres de lo que pegó no cabían y se han dejado fuera.`,
  // Follows "Responda la …" in pleaseAnswer.
  feedbackNotReady: 'Responda cualquier pregunta para enviar.',
  feedbackNotSaved: 'Su opinión no se ha enviado. Sigue toda aquí.',
  feedbackClosed: 'Cerrado. No se ha enviado nada.',
  feedbackAnyQuestion: 'pregunta que quiera',
  // Usted, as in the library's Spanish interface texts; no gendered adjectives about the person.
  feedbackContent: {
    title: 'Su opinión',
    intro: 'Unas preguntas rápidas sobre hoy. Responda solo lo que quiera.',
    rating: {
      question: 'En general, ¿cómo ha ido hoy?',
      faces: ['Muy mal', 'Mal', 'Regular', 'Bien', 'Muy bien'],
      scaleLow: 'Muy mal',
      scaleHigh: 'Muy bien',
    },
    checks: {
      heard: 'Sentí que me escucharon.',
      respected: 'Sentí que me trataron con respeto.',
      whatIWanted: 'Trabajamos en lo que yo quería.',
      yes: 'Sí',
      partly: 'En parte',
      no: 'No',
    },
    comment: {
      question: '¿Qué podríamos hacer mejor?',
      hint: 'No lo leemos enseguida. Si necesita ayuda ahora, contacte directamente con nosotros o llame al número de emergencias.',
    },
    contact: {
      consent: 'Pueden ponerse en contacto conmigo sobre esto.',
      details: '¿Cómo podemos contactarle?',
      hint: 'Un teléfono o un correo electrónico. Déjelo vacío si ya tenemos sus datos.',
    },
  },
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
