import type { FeedbackContent } from './types.js';

// Usted, as in the library's Spanish interface texts; no gendered adjectives about the person.
const es: FeedbackContent = {
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
};

export default es;
