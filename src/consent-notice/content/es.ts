import type { NoticeContent } from './types.js';

/** El aviso predeterminado, en español. */
const es: NoticeContent = {
  code: 'es',
  title: 'Su privacidad: lo que queda entre nosotros',
  intro:
    'Lea esto antes de empezar. Explica lo que mantenemos en privado, cuándo podríamos tener que compartir algo y qué puede elegir usted.',
  sections: {
    confidential: {
      heading: 'Lo que es privado',
      blocks: [
        'Lo que nos cuenta es privado. Queda entre usted y las personas de nuestro equipo que le ayudan.',
        'No hablaremos de usted con su familia, sus amigos, su escuela ni su trabajo si usted no dice que sí. Las únicas excepciones son los pocos casos de la parte siguiente.',
      ],
    },
    limits: {
      heading: 'Cuándo podemos tener que compartir',
      blocks: [
        'A veces debemos compartir alguna información, aunque usted no quiera. Solo ocurre cuando:',
        [
          'creemos que usted corre el riesgo de sufrir un daño grave;',
          'creemos que otra persona corre el riesgo de sufrir un daño grave;',
          'nos preocupa que un niño, o un adulto que no puede protegerse solo, esté sufriendo daño o abandono;',
          'un juez nos lo ordena, u otra ley nos obliga a hacerlo.',
        ],
        'En ese caso compartimos solo lo necesario, y solo con las personas que necesitan saberlo. Si es seguro, hablaremos antes con usted y le diremos qué compartimos.',
      ],
    },
    records: {
      heading: 'Cómo guardamos su historial',
      blocks: [
        'Después de vernos escribimos notas breves. Las guardamos en un sistema seguro que necesita contraseña.',
        'Solo pueden leerlas las personas de nuestro equipo que le ayudan. Una persona con más experiencia del equipo también puede leerlas para comprobar que nuestro trabajo es seguro y bueno.',
        'Guardamos su historial el tiempo que marca la ley y después lo borramos de forma segura. Puede preguntarnos cuánto tiempo es.',
      ],
    },
    rights: {
      heading: 'Sus derechos',
      blocks: [
        [
          'Puede pedir ver su historial y recibir una copia.',
          'Puede pedirnos que corrijamos lo que esté mal.',
          'Puede cambiar las opciones de abajo cuando quiera.',
          'Si no está conforme con cómo usamos su información, puede presentarnos una queja. Si sigue sin estar conforme, puede quejarse ante el organismo público que protege la información de las personas.',
        ],
      ],
    },
  },
  limitsAcknowledgement: 'Entiendo lo que es privado y cuándo puede que haya que compartirlo.',
};

export default es;
