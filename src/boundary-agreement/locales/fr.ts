import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';

const fr: AgreementTerms = {
  agreementAgree: 'Je comprends et je suis d’accord',
  agreementAgreedOf: (agreed, total) => `${agreed} sur ${total} acceptés`,
  agreementAgreed: 'Accepté',
  agreementNotAgreed: 'Non accepté',
  agreementTickToAgree: 'Cochez la case pour accepter ce point avant de signer.',
  agreementChooseOne: 'Choisissez une réponse.',
  agreementAgreeBeforeSigning: (titles) =>
    `Avant de signer, acceptez ${formatList(
      'fr',
      titles.map((t) => `«\u00a0${t}\u00a0»`),
    )}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Répondez à la question de «\u00a0${titles[0]}\u00a0».`
      : `Répondez aux questions de ${formatList(
          'fr',
          titles.map((t) => `«\u00a0${t}\u00a0»`),
        )}.`,
  agreementTypeName: 'Écrivez votre nom complet.',
  agreementTypeClinicianName: 'Écrivez le nom complet du professionnel.',
  agreementSignatureHeading: 'Votre signature',
  agreementFullName: 'Votre nom complet',
  agreementFullNameHint: 'Écrire votre nom complet vaut signature.',
  agreementNameLimit: (max) => `Un nom peut compter jusqu’à ${max} caractères.`,
  agreementDraw: 'Dessinez votre signature (facultatif)',
  agreementDrawHint: 'Utilisez un doigt, un stylet ou la souris. Votre nom écrit suffit.',
  agreementDrawingArea: (drawn) =>
    drawn ? 'Zone de signature, avec un dessin' : 'Zone de signature, vide',
  agreementClearDrawing: 'Effacer le dessin',
  agreementDate: 'Date',
  agreementSign: 'Signer l’accord',
  agreementCountersignHeading: 'Contre-signature du professionnel',
  agreementClinicianName: 'Nom complet du professionnel',
  agreementCountersign: 'Contresigner',
  agreementReadyToCountersign:
    'Signé et enregistré. Le professionnel peut maintenant contresigner ci-dessous.',
  agreementSignedBy: (name, date) => `Signé par ${name} le ${date}`,
  agreementCountersignedBy: (name, date) => `Contresigné par ${name} le ${date}`,
  agreementNotSigned: 'Pas encore signé',
  agreementDrawnBy: (name) => `Signature dessinée par ${name}`,
  agreementNotSaved:
    'L’accord n’a pas été enregistré. Vos réponses et votre signature sont toujours là.',
  agreementUnavailable: 'Cet accord ne peut pas être affiché pour le moment.',
  agreementChanged:
    'Le texte affiché ici n’est pas celui qui a été signé. Vérifiez auprès du service avant de vous y fier.',
  agreementAskService: 'demandez au service',
  agreementPaperSignature: 'Signature',
  /** The built-in agreement in this language. */
  agreementContent: {
    title: 'Notre accord',
    intro:
      'Ces points rendent notre travail ensemble sûr et clair pour nous deux. Lisez chacun d’eux, puis cochez la case en dessous si vous le comprenez et êtes d’accord. Vous pouvez me poser des questions sur chaque point avant de signer.',
    clauses: {
      contact: {
        title: 'Me contacter',
        text: 'Quand me contacter\u00a0: {hours}.\nComment me contacter\u00a0: {channels}.\nDélai habituel de ma réponse\u00a0: {responseTime}.\n\nJe ne lis pas les messages en dehors de ces horaires. Un message envoyé le soir ou le week-end attend mon retour au travail.',
      },
      crisis: {
        title: 'En cas de crise ou en dehors des horaires',
        text: 'Si vous ne vous sentez pas en sécurité, ou si vous êtes en crise et que cela ne peut pas attendre, appelez {crisisPhone}. Vous pouvez aussi appeler quand je ne travaille pas.\n\nSi vous ou une autre personne êtes en danger maintenant, appelez {emergencyNumber}. En cas d’urgence, n’attendez pas que je réponde à un message.',
      },
      gifts: {
        title: 'Cadeaux',
        text: 'Merci de ne pas me donner d’argent ni de cadeaux qui coûtent cher. Une carte, ou une petite chose que vous avez faite, c’est très bien. Si je refuse un cadeau, c’est à cause des règles de mon métier, pas à cause de vous.',
      },
      'social-media': {
        title: 'Réseaux sociaux et contact en ligne',
        text: 'Je ne vous suivrai pas, je ne vous ajouterai pas en ami et je ne vous enverrai pas de messages sur les réseaux sociaux. Je ne ferai pas non plus de recherches sur vous en ligne. Cela protège votre vie privée. Merci de me contacter seulement par les moyens écrits dans cet accord.',
      },
      'outside-sessions': {
        title: 'Se voir en dehors des séances',
        text: 'Nous nous voyons seulement pendant nos séances. Nous ne nous voyons pas en amis, et nous ne faisons pas d’affaires ensemble\u00a0: pas de vente, pas d’achat.\n\nSi nous nous croisons par hasard, je ne vous dirai pas bonjour en premier, pour protéger votre vie privée. Vous pouvez me dire bonjour si vous le souhaitez. Si je vous connais déjà d’une autre façon, vous ou un de vos proches, je vous le dirai et nous déciderons ensemble quoi faire.',
      },
      sessions: {
        title: 'Séances, retards et annulations',
        text: 'Durée de chaque séance\u00a0: {sessionLength}.\nDélai pour prévenir si vous ne pouvez pas venir\u00a0: {noticePeriod}.\n\nSi vous arrivez en retard, la séance se termine quand même à l’heure habituelle. Si vous ne pouvez pas venir, prévenez-moi le plus tôt possible. Si vous manquez une séance sans me prévenir, je vous contacterai pour savoir si tout va bien, et nous parlerons de la suite.',
      },
      recording: {
        title: 'Enregistrement',
        text: 'Aucun de nous deux n’enregistrera une séance, en son ou en vidéo, sans avoir d’abord demandé à l’autre et reçu un oui clair. Vous pouvez dire non, et cela ne changera rien à vos soins.',
      },
      ending: {
        title: 'La fin de notre travail',
        text: 'Nous préparerons ensemble la fin de notre travail, pour qu’elle n’arrive pas par surprise. Vous pouvez décider d’arrêter à tout moment. Si possible, dites-le-moi, pour que nous puissions bien terminer.\n\nLes points sur les cadeaux, les réseaux sociaux et les rencontres en dehors des séances restent valables après la fin de notre travail.',
      },
    },
    contactQuestion: {
      label: 'Comment préférez-vous que je vous contacte\u00a0?',
      options: { phone: 'Appel téléphonique', text: 'SMS', email: 'E-mail', letter: 'Courrier' },
    },
    fallbacks: {
      hours: 'demandez au service',
      channels: 'demandez au service',
      responseTime: 'demandez au service',
      crisisPhone: 'la ligne d’écoute de crise de votre région',
      emergencyNumber: 'le numéro d’urgence de votre pays',
      sessionLength: 'demandez au service',
      noticePeriod: 'demandez au service',
    },
  },
};

registerBuiltInTranslation({ $code: 'fr', ...fr });

export default fr;
