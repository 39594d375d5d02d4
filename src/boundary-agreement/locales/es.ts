import { formatList } from '../../core/intl.js';
import { registerBuiltInTranslation } from '../../core/localize.js';
import type { AgreementTerms } from './index.js';

const es: AgreementTerms = {
  agreementAgree: 'Lo entiendo y estoy de acuerdo',
  agreementAgreedOf: (agreed, total) => `${agreed} de ${total} aceptados`,
  agreementAgreed: 'Aceptado',
  agreementNotAgreed: 'No aceptado',
  agreementTickToAgree: 'Marque la casilla para aceptar este punto antes de firmar.',
  agreementChooseOne: 'Elija una opción.',
  agreementAgreeBeforeSigning: (titles) =>
    `Antes de firmar, acepte ${formatList(
      'es',
      titles.map((t) => `«${t}»`),
    )}.`,
  agreementAnswerBeforeSigning: (titles) =>
    titles.length === 1
      ? `Responda la pregunta de «${titles[0]}».`
      : `Responda las preguntas de ${formatList(
          'es',
          titles.map((t) => `«${t}»`),
        )}.`,
  agreementTypeName: 'Escriba su nombre completo.',
  agreementTypeClinicianName: 'Escriba el nombre completo del profesional.',
  agreementSignatureHeading: 'Su firma',
  agreementFullName: 'Su nombre completo',
  agreementFullNameHint: 'Escribir su nombre completo es su firma.',
  agreementDraw: 'Dibuje su firma (opcional)',
  agreementDrawHint: 'Use un dedo, un lápiz o el ratón. Con su nombre escrito es suficiente.',
  agreementDrawingArea: (drawn) =>
    drawn ? 'Área de firma, con un dibujo' : 'Área de firma, vacía',
  agreementClearDrawing: 'Borrar el dibujo',
  agreementDate: 'Fecha',
  agreementSign: 'Firmar el acuerdo',
  agreementCountersignHeading: 'Firma del profesional',
  agreementClinicianName: 'Nombre completo del profesional',
  agreementCountersign: 'Firmar como profesional',
  agreementReadyToCountersign: 'Firmado y guardado. Ahora el profesional puede firmar abajo.',
  agreementSignedBy: (name, date) => `Firmado por ${name} el ${date}`,
  agreementCountersignedBy: (name, date) => `Firmado por el profesional ${name} el ${date}`,
  agreementNotSigned: 'Todavía sin firmar',
  agreementDrawnBy: (name) => `Firma dibujada por ${name}`,
  agreementUnavailable: 'Este acuerdo no se puede mostrar ahora.',
  agreementChanged:
    'El texto que se muestra aquí no es el mismo que se firmó. Consulte con el servicio antes de fiarse de él.',
  agreementAskService: 'pregunte al servicio',
  agreementPaperSignature: 'Firma',
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
