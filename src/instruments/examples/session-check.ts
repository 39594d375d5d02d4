import type { InstrumentDefinition } from '../types.js';
import { provideExample } from '../registry.js';

/**
 * An original four-line check at the end of a session: lines from 0 to 10, summed to 0–40.
 * An example of the format, not a validated clinical instrument.
 */
export const sessionCheck: InstrumentDefinition = {
  id: 'session-check',
  version: '1.0.0',
  example: true,
  title: {
    en: "How was today's session?",
    es: '¿Cómo fue la sesión de hoy?',
    fr: "Comment s'est passée la séance d'aujourd'hui\u00a0?",
    ar: 'كيف كانت جلسة اليوم؟',
  },
  instructions: {
    en: 'Mark each line at the point that best matches how today was for you. There are no right or wrong answers.',
    es: 'Marque cada línea en el punto que mejor refleje cómo fue hoy para usted. No hay respuestas correctas ni incorrectas.',
    fr: "Sur chaque ligne, placez une marque à l'endroit qui correspond le mieux à ce que vous avez vécu aujourd'hui. Il n'y a pas de bonne ou de mauvaise réponse.",
    ar: 'ضع علامة على كل خط في المكان الذي يعبّر أكثر عن جلسة اليوم بالنسبة لك. لا توجد إجابة صحيحة أو خاطئة.',
  },
  // Easy read: "meeting" for the session, "relaxed" for comfortable, in every example.
  easyRead: {
    title: { en: 'How was our meeting today?' },
    instructions: {
      en: 'Each question has a line. Put a mark on the line to show your answer. There are no right or wrong answers.',
    },
  },
  scale: { type: 'visual-analog', min: 0, max: 10, step: 0.1 },
  items: [
    {
      id: 'at-ease',
      text: {
        en: 'How comfortable did you feel with me today?',
        es: '¿Qué tan a gusto se sintió conmigo hoy?',
        fr: "Aujourd'hui, à quel point étiez-vous à l'aise avec moi\u00a0?",
        ar: 'إلى أي حد شعرت بالارتياح معي اليوم؟',
      },
      easyRead: { en: 'How relaxed did you feel with me today?' },
      anchors: {
        low: {
          en: 'Not comfortable at all',
          es: 'Nada a gusto',
          fr: "Pas du tout à l'aise",
          ar: 'لم أشعر بالارتياح أبدًا',
        },
        high: {
          en: 'Completely comfortable',
          es: 'Totalmente a gusto',
          fr: "Tout à fait à l'aise",
          ar: 'شعرت بارتياح تام',
        },
        easyRead: { low: { en: 'Not relaxed at all' }, high: { en: 'Very relaxed' } },
      },
    },
    {
      id: 'what-mattered',
      text: {
        en: "Did we spend today's time on what matters most to you?",
        es: '¿Dedicamos el tiempo de hoy a lo que más le importa?',
        fr: "Avons-nous consacré le temps d'aujourd'hui à ce qui compte le plus pour vous\u00a0?",
        ar: 'هل خصّصنا وقت اليوم لما يهمّك أكثر؟',
      },
      easyRead: { en: 'Did we talk about what matters most to you?' },
      anchors: {
        low: {
          en: 'Mostly on other things',
          es: 'Sobre todo a otras cosas',
          fr: "Surtout à d'autres choses",
          ar: 'في الغالب لأمور أخرى',
        },
        high: {
          en: 'On what matters most to me',
          es: 'A lo que más me importa',
          fr: 'À ce qui compte le plus pour moi',
          ar: 'لما يهمّني أكثر',
        },
        easyRead: {
          low: { en: 'We talked about other things' },
          high: { en: 'We talked about what matters most to me' },
        },
      },
    },
    {
      id: 'way-of-working',
      text: {
        en: 'How well did our way of working suit you today?',
        es: '¿Hasta qué punto le convino hoy nuestra forma de trabajar?',
        fr: "Aujourd'hui, notre façon de travailler vous a-t-elle convenu\u00a0?",
        ar: 'إلى أي حد ناسبتك طريقتنا في العمل اليوم؟',
      },
      easyRead: { en: 'Did you like the way we worked today?' },
      anchors: {
        low: {
          en: 'It did not suit me',
          es: 'No me convino',
          fr: "Elle ne m'a pas convenu",
          ar: 'لم تناسبني',
        },
        high: {
          en: 'It suited me very well',
          es: 'Me convino mucho',
          fr: "Elle m'a très bien convenu",
          ar: 'ناسبتني كثيرًا',
        },
        easyRead: { low: { en: 'I did not like it' }, high: { en: 'I liked it a lot' } },
      },
    },
    {
      id: 'whole-session',
      text: {
        en: "Taking everything together, how was today's session for you?",
        es: 'En conjunto, ¿cómo fue para usted la sesión de hoy?',
        fr: "Dans l'ensemble, comment s'est passée la séance d'aujourd'hui pour vous\u00a0?",
        ar: 'بشكل عام، كيف كانت جلسة اليوم بالنسبة لك؟',
      },
      easyRead: { en: 'Think about all of our meeting today. How was it for you?' },
      anchors: {
        low: {
          en: 'It went badly',
          es: 'Fue mal',
          fr: "Elle s'est mal passée",
          ar: 'كانت سيئة',
        },
        high: {
          en: 'It went very well',
          es: 'Fue muy bien',
          fr: "Elle s'est très bien passée",
          ar: 'كانت جيدة جدًا',
        },
      },
    },
  ],
  scoring: {
    total: 'sum',
    cutoff: {
      score: 'total',
      below: 36,
      message: {
        en: 'The total is below 36. Take a few minutes to ask how working together feels, what could be better, and what to change next time.',
        es: 'El total es menor que 36. Dedique unos minutos a preguntar cómo se siente la persona con el trabajo en común, qué podría mejorar y qué cambiar la próxima vez.',
        fr: "Le total est inférieur à 36. Prenez quelques minutes pour demander comment se passe le travail ensemble, ce qui pourrait être mieux et ce qu'il faudrait changer la prochaine fois.",
        ar: 'المجموع أقل من 36. خصّص بضع دقائق لتسأل كيف يشعر الشخص تجاه العمل معًا، وما الذي يمكن تحسينه، وما الذي يجب تغييره في المرة القادمة.',
      },
    },
  },
};

provideExample(sessionCheck);
