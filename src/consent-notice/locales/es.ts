import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { ConsentTerms } from './index.js';

const es: ConsentTerms = {
  consentAgree: 'Acepto',
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
  consentUnavailable: 'Este aviso de privacidad no se puede mostrar ahora.',
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
