import type { NoticeContent } from './types.js';

/** La notice par défaut, en français. */
const fr: NoticeContent = {
  code: 'fr',
  title: 'Votre vie privée : ce qui reste entre nous',
  intro:
    'Lisez ceci avant de commencer. Vous y verrez ce que nous gardons pour nous, quand nous pourrions devoir partager quelque chose, et ce que vous pouvez choisir.',
  sections: {
    confidential: {
      heading: 'Ce qui reste privé',
      blocks: [
        'Ce que vous nous dites est privé. Cela reste entre vous et les personnes de notre équipe qui vous aident.',
        'Nous ne parlerons pas de vous à votre famille, à vos amis, à votre école ou à votre employeur sans votre accord. Les seules exceptions sont les quelques cas de la partie suivante.',
      ],
    },
    limits: {
      heading: 'Quand nous pouvons devoir partager',
      blocks: [
        'Parfois, nous devons partager certaines informations, même si vous ne le souhaitez pas. Cela arrive seulement quand :',
        [
          'nous pensons que vous risquez un danger grave ;',
          'nous pensons qu’une autre personne risque un danger grave ;',
          'nous craignons qu’un enfant, ou un adulte qui ne peut pas se protéger seul, soit maltraité ou délaissé ;',
          'un juge nous l’ordonne, ou une autre loi nous y oblige.',
        ],
        'Nous partageons alors seulement ce qui est nécessaire, et seulement avec les personnes qui doivent le savoir. Quand c’est sans danger, nous vous en parlons d’abord et nous vous disons ce que nous avons partagé.',
      ],
    },
    records: {
      heading: 'Comment nous gardons votre dossier',
      blocks: [
        'Après nos rencontres, nous écrivons de courtes notes. Nous les gardons dans un système sécurisé, protégé par un mot de passe.',
        'Seules les personnes de notre équipe qui vous aident peuvent les lire. Une personne plus expérimentée de l’équipe peut aussi les lire pour vérifier que notre travail est sûr et de qualité.',
        'Nous gardons votre dossier aussi longtemps que la loi le demande, puis nous l’effaçons de façon sûre. Vous pouvez nous demander combien de temps cela dure.',
      ],
    },
    rights: {
      heading: 'Vos droits',
      blocks: [
        [
          'Vous pouvez demander à voir votre dossier et à en avoir une copie.',
          'Vous pouvez nous demander de corriger ce qui est faux.',
          'Vous pouvez changer les choix ci-dessous à tout moment.',
          'Si vous n’êtes pas satisfait de la façon dont nous utilisons vos informations, vous pouvez vous plaindre auprès de nous. Si vous n’êtes toujours pas satisfait, vous pouvez vous plaindre auprès de l’organisme public qui protège les informations des personnes.',
        ],
      ],
    },
  },
  limitsAcknowledgement: 'Je comprends ce qui reste privé et quand cela peut devoir être partagé.',
};

export default fr;
