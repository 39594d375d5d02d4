import type { InstrumentDefinition, LocalizedText, ScaleOption } from '../types.js';
import { provideExample } from '../registry.js';

function face(value: number, label: LocalizedText): ScaleOption {
  return { value, label };
}

/**
 * An original three-question check for children, answered with five faces (1 saddest, 5
 * happiest) and summed to 3–15. An example of the format, not a validated clinical instrument.
 */
export const facesCheck: InstrumentDefinition = {
  id: 'faces-check',
  version: '1.0.0',
  example: true,
  title: {
    en: 'How was today?',
    es: '¿Qué tal hoy?',
    fr: "C'était comment aujourd'hui\u00a0?",
    ar: 'كيف كان اليوم؟',
  },
  instructions: {
    en: 'Pick the face that shows how you feel.',
    es: 'Elige la cara que muestra cómo te sientes.',
    fr: 'Choisis le visage qui montre ce que tu ressens.',
    ar: 'اختر الوجه الذي يُظهر شعورك.',
  },
  // Easy read: the questions are already short and plain; these two say a little more.
  easyRead: {
    instructions: { en: 'Look at the faces. Pick the face that shows how you feel.' },
  },
  scale: {
    type: 'faces',
    // French "bof / bien / super bien" rather than "content(e)": the same word for every child.
    options: [
      face(1, { en: 'Very sad', es: 'Muy triste', fr: 'Très triste', ar: 'حزين جدًا' }),
      face(2, { en: 'Sad', es: 'Triste', fr: 'Triste', ar: 'حزين' }),
      face(3, { en: 'Okay', es: 'Más o menos', fr: 'Bof', ar: 'عادي' }),
      face(4, { en: 'Happy', es: 'Feliz', fr: 'Bien', ar: 'سعيد' }),
      face(5, { en: 'Very happy', es: 'Muy feliz', fr: 'Super bien', ar: 'سعيد جدًا' }),
    ],
  },
  items: [
    {
      id: 'listened',
      text: {
        en: 'Did I listen to what you said?',
        es: '¿Escuché bien lo que dijiste?',
        fr: "Est-ce que j'ai bien écouté ce que tu disais\u00a0?",
        ar: 'هل استمعت جيدًا لما قلته؟',
      },
    },
    {
      id: 'liked-it',
      text: {
        en: 'Did you like what we did today?',
        es: '¿Te gustó lo que hicimos hoy?',
        fr: "Est-ce que tu as aimé ce qu'on a fait aujourd'hui\u00a0?",
        ar: 'هل أعجبك ما فعلناه اليوم؟',
      },
    },
    {
      id: 'come-back',
      text: {
        en: 'How do you feel about coming back?',
        es: '¿Qué te parece volver otra vez?',
        fr: "Qu'est-ce que tu penses de revenir la prochaine fois\u00a0?",
        ar: 'ما رأيك في العودة مرة أخرى؟',
      },
      easyRead: { en: 'How do you feel about coming here again?' },
    },
  ],
  scoring: {
    total: 'sum',
    cutoff: {
      score: 'total',
      below: 9,
      message: {
        en: 'The total is below 9. Ask the child, in a relaxed way, what would make coming here better for them.',
        es: 'El total es menor que 9. Pregunte al niño o a la niña, con calma, qué haría que venir aquí fuera mejor.',
        fr: "Le total est inférieur à 9. Demandez tranquillement à l'enfant ce qui rendrait ses venues plus agréables.",
        ar: 'المجموع أقل من 9. اسأل الطفل بهدوء عمّا يمكن أن يجعل مجيئه إلى هنا أفضل.',
      },
    },
  },
};

provideExample(facesCheck);
