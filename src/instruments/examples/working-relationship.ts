import type { InstrumentDefinition, ItemDefinition, LocalizedText } from '../types.js';
import { provideExample } from '../registry.js';

type Subscale = 'bond' | 'goals' | 'tasks';

/** A statement, with its easy-read English (`easyRead`) when the wording can be plainer. */
function item(
  subscale: Subscale,
  n: number,
  text: LocalizedText,
  easyRead: string,
  reverse = false,
): ItemDefinition {
  return {
    id: `${subscale}-${n}`,
    subscale,
    text,
    easyRead: { en: easyRead },
    ...(reverse ? { reverse } : {}),
  };
}

/**
 * An original twelve-statement questionnaire about the working relationship: how often each
 * statement is true, 1 (never) to 5 (always). Four statements each on the bond, agreement on
 * goals and agreement on tasks; one in each is worded the other way round and reverse-scored.
 * Total 12–60, subscales as means 1–5. An example of the format, not a validated clinical
 * instrument.
 */
export const workingRelationship: InstrumentDefinition = {
  id: 'working-relationship',
  version: '1.0.0',
  example: true,
  title: {
    en: 'Working together',
    es: 'Trabajar juntos',
    fr: 'Travailler ensemble',
    ar: 'العمل معًا',
  },
  instructions: {
    en: 'Think about your meetings so far with the person who is helping you. For each sentence, choose how often it is true for you.',
    es: 'Piense en sus reuniones hasta ahora con la persona que le ayuda. Para cada frase, elija con qué frecuencia es cierta para usted.',
    fr: "Pensez à vos rencontres jusqu'ici avec la personne qui vous aide. Pour chaque phrase, indiquez à quelle fréquence elle est vraie pour vous.",
    ar: 'فكّر في لقاءاتك حتى الآن مع الشخص الذي يساعدك. لكل جملة، اختر كم مرة تنطبق عليك.',
  },
  easyRead: {
    instructions: {
      en: 'Think about your meetings with the person who helps you. Read each sentence. Choose how often it is true for you.',
    },
  },
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: { en: 'Never', es: 'Nunca', fr: 'Jamais', ar: 'أبدًا' } },
      {
        value: 2,
        label: { en: 'Rarely', es: 'Pocas veces', fr: 'Rarement', ar: 'نادرًا' },
        easyRead: { en: 'Not often' },
      },
      { value: 3, label: { en: 'Sometimes', es: 'A veces', fr: 'Parfois', ar: 'أحيانًا' } },
      { value: 4, label: { en: 'Often', es: 'A menudo', fr: 'Souvent', ar: 'غالبًا' } },
      { value: 5, label: { en: 'Always', es: 'Siempre', fr: 'Toujours', ar: 'دائمًا' } },
    ],
  },
  // Interleaved so that neighbouring statements are about different things.
  items: [
    item(
      'bond',
      1,
      {
        en: 'I feel safe to say what is really on my mind.',
        es: 'Siento confianza para decir lo que de verdad pienso.',
        fr: 'Je me sens en confiance pour dire ce que je pense vraiment.',
        ar: 'أشعر بالأمان لأقول ما يدور في ذهني حقًا.',
      },
      'I feel safe to say what I really think.',
    ),
    item(
      'goals',
      1,
      {
        en: 'We both know what I hope to get from our meetings.',
        es: 'Los dos sabemos qué espero conseguir con nuestras reuniones.',
        fr: "Nous savons tous les deux ce que j'espère tirer de nos rencontres.",
        ar: 'كلانا يعرف ما أرجو أن أحصل عليه من لقاءاتنا.',
      },
      'We both know what I want from our meetings.',
    ),
    item(
      'tasks',
      1,
      {
        en: 'What we do in our meetings makes sense to me.',
        es: 'Lo que hacemos en nuestras reuniones tiene sentido para mí.',
        fr: 'Ce que nous faisons pendant nos rencontres a du sens pour moi.',
        ar: 'ما نفعله في لقاءاتنا مفهوم بالنسبة لي.',
      },
      'I understand why we do the things we do in our meetings.',
    ),
    item(
      'bond',
      2,
      {
        en: 'The person helping me is patient with me, even on hard days.',
        es: 'La persona que me ayuda tiene paciencia conmigo, incluso en los días difíciles.',
        fr: "La personne qui m'aide est patiente avec moi, même les jours difficiles.",
        ar: 'الشخص الذي يساعدني صبور معي، حتى في الأيام الصعبة.',
      },
      'The person who helps me is patient with me. This is true on bad days too.',
    ),
    item(
      'goals',
      2,
      {
        en: 'My own ideas shape what we are aiming for.',
        es: 'Mis propias ideas cuentan a la hora de decidir qué queremos lograr.',
        fr: 'Mes propres idées comptent dans le choix de ce que nous voulons atteindre.',
        ar: 'لآرائي دور في تحديد ما نسعى إليه.',
      },
      'We use my own ideas to choose what we are working towards.',
    ),
    item(
      'tasks',
      2,
      {
        en: 'I can say so if I would like us to do things differently.',
        es: 'Puedo decirlo si quiero que hagamos las cosas de otra manera.',
        fr: 'Si je veux que nous fassions les choses autrement, je peux le dire.',
        ar: 'أستطيع أن أقول ذلك إذا أردت أن نعمل بطريقة مختلفة.',
      },
      'I can ask to do things in a different way.',
    ),
    item(
      'bond',
      3,
      {
        en: 'I keep things to myself because I worry what the person helping me will think.',
        es: 'Me guardo cosas porque me preocupa lo que pensará la persona que me ayuda.',
        fr: "Je garde des choses pour moi parce que j'ai peur de ce que la personne qui m'aide va penser.",
        ar: 'أحتفظ ببعض الأمور لنفسي لأنني أقلق مما سيفكر فيه الشخص الذي يساعدني.',
      },
      'I do not tell some things to the person who helps me. I worry what they will think.',
      true,
    ),
    item(
      'goals',
      3,
      {
        en: 'We check together whether I am getting closer to what I want.',
        es: 'Revisamos juntos si me estoy acercando a lo que quiero.',
        fr: 'Nous vérifions ensemble si je me rapproche de ce que je veux.',
        ar: 'نتحقق معًا مما إذا كنت أقترب مما أريد.',
      },
      'We look together at how close I am to what I want.',
    ),
    item(
      'tasks',
      3,
      {
        en: 'The things we do together help me move forward.',
        es: 'Lo que hacemos juntos me ayuda a avanzar.',
        fr: "Ce que nous faisons ensemble m'aide à avancer.",
        ar: 'ما نقوم به معًا يساعدني على التقدّم.',
      },
      'The things we do together help me get where I want to be.',
    ),
    item(
      'bond',
      4,
      {
        en: 'I feel at ease when we meet.',
        es: 'Me siento a gusto cuando nos vemos.',
        fr: "Je me sens à l'aise quand nous nous voyons.",
        ar: 'أشعر بالراحة عندما نلتقي.',
      },
      'I feel relaxed when we meet.',
    ),
    item(
      'goals',
      4,
      {
        en: 'I am not sure what we are trying to achieve.',
        es: 'No tengo claro qué estamos intentando conseguir.',
        fr: "Je ne sais pas trop ce que nous essayons d'atteindre.",
        ar: 'لا أعرف بوضوح ما الذي نحاول تحقيقه.',
      },
      'I am not sure what we are working towards.',
      true,
    ),
    item(
      'tasks',
      4,
      {
        en: 'I find it hard to see how what we do will help me.',
        es: 'Me cuesta ver cómo me va a ayudar lo que hacemos.',
        fr: "J'ai du mal à voir en quoi ce que nous faisons va m'aider.",
        ar: 'يصعب عليّ أن أرى كيف سيساعدني ما نفعله.',
      },
      'I do not see how the things we do will help me.',
      true,
    ),
  ],
  subscales: {
    bond: {
      label: { en: 'Bond', es: 'Vínculo', fr: 'Lien', ar: 'الرابطة' },
    },
    goals: {
      label: {
        en: 'Agreement on goals',
        es: 'Acuerdo sobre los objetivos',
        fr: 'Accord sur les objectifs',
        ar: 'الاتفاق على الأهداف',
      },
    },
    tasks: {
      label: {
        en: 'Agreement on tasks',
        es: 'Acuerdo sobre las tareas',
        fr: 'Accord sur les tâches',
        ar: 'الاتفاق على المهام',
      },
    },
  },
  scoring: {
    total: 'sum',
    subscales: 'mean',
    cutoff: {
      score: 'total',
      below: 42,
      message: {
        en: 'The total is below 42. Talk together about how the work is going: what helps, what gets in the way, and what you would both like to change.',
        es: 'El total es menor que 42. Hablen juntos de cómo va el trabajo: qué ayuda, qué lo dificulta y qué les gustaría cambiar a los dos.',
        fr: 'Le total est inférieur à 42. Parlez ensemble de la façon dont se passe le travail\u00a0: ce qui aide, ce qui gêne et ce que vous aimeriez changer tous les deux.',
        ar: 'المجموع أقل من 42. تحدّثا معًا عن سير العمل: ما الذي يساعد، وما الذي يعيق، وما الذي تودّان تغييره.',
      },
    },
  },
};

provideExample(workingRelationship);
