import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const es: ConsentTerms = {
  consentAgree: 'Acepto',
  consentReadFull: (choices) =>
    choices ? 'Leer el aviso completo y sus otras opciones' : 'Leer el aviso completo',
  consentDecline: 'No acepto',
  consentConfirm: 'Antes de aceptar',
  consentNeeded: 'necesario para aceptar',
  consentChoices: 'Sus opciones',
  consentChoicesHint:
    'Marque solo lo que quiera. Cada opción depende de usted y puede cambiarla más adelante.',
  consentBox: (label) => `«${label}»`,
  consentTickToAgree: (boxes) => `Para aceptar, marque ${formatList('es', boxes)}.`,
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
  consentNotSaved: 'Sus decisiones no se han guardado. Siguen todas aquí.',
  consentUnavailable: 'Este aviso de privacidad no se puede mostrar ahora.',
  consentNotice: {
    title: 'Su privacidad: lo que queda entre nosotros',
    intro:
      'Lea esto antes de empezar. Explica lo que mantenemos en privado, cuándo podríamos tener que compartir algo y qué puede elegir usted.',
    summary:
      'Lo que nos cuente es privado y queda dentro del equipo que le atiende. Solo tendríamos que compartir algo si alguien corre un riesgo grave o si la ley nos obliga. Puede leer el aviso completo antes de decidir.',
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
  },
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
