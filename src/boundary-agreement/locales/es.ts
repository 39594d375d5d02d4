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
  agreementNameLimit: (max) => `Un nombre puede tener hasta ${max} caracteres.`,
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
  agreementNotSaved: 'El acuerdo no se ha guardado. Sus respuestas y su firma siguen aquí.',
  agreementUnavailable: 'Este acuerdo no se puede mostrar ahora.',
  agreementChanged:
    'El texto que se muestra aquí no es el mismo que se firmó. Consulte con el servicio antes de fiarse de él.',
  agreementAskService: 'pregunte al servicio',
  agreementPaperSignature: 'Firma',
  /** The built-in agreement in this language. */
  agreementContent: {
    title: 'Nuestro acuerdo',
    intro:
      'Estos puntos ayudan a que nuestro trabajo juntos sea seguro y claro para los dos. Lea cada uno y marque la casilla de abajo si lo entiende y está de acuerdo. Puede preguntarme por cualquiera de ellos antes de firmar.',
    clauses: {
      contact: {
        title: 'Cómo ponerse en contacto conmigo',
        text: 'Cuándo puede contactarme: {hours}.\nCómo puede contactarme: {channels}.\nCuánto suelo tardar en responder: {responseTime}.\n\nNo leo mensajes fuera de ese horario. Un mensaje enviado por la noche o el fin de semana espera hasta que vuelva al trabajo.',
      },
      crisis: {
        title: 'En una crisis o fuera de horario',
        text: 'Si siente que no está a salvo, o está en crisis y no puede esperar, llame a {crisisPhone}. También puede llamar cuando yo no esté trabajando.\n\nSi usted u otra persona está en peligro ahora mismo, llame a {emergencyNumber}. En una emergencia, no espere a que yo responda un mensaje.',
      },
      gifts: {
        title: 'Regalos',
        text: 'Por favor, no me dé dinero ni regalos caros. Una tarjeta, o algo pequeño hecho por usted, está bien. Si digo que no a un regalo, es por las normas de mi trabajo, no por usted.',
      },
      'social-media': {
        title: 'Redes sociales y contacto por internet',
        text: 'No le seguiré, no le agregaré como amigo ni le enviaré mensajes en redes sociales, y no buscaré información sobre usted en internet. Así se protege su privacidad. Por favor, contácteme solo por los medios que indica este acuerdo.',
      },
      'outside-sessions': {
        title: 'Vernos fuera de las sesiones',
        text: 'Nos vemos solo en nuestras sesiones. No nos vemos como amigos, y no compramos, vendemos ni hacemos negocios entre nosotros.\n\nSi nos encontramos por casualidad, no le saludaré primero, para proteger su privacidad. Usted puede saludarme si quiere. Si ya le conozco a usted, o a alguien cercano a usted, de otra manera, se lo diré y decidiremos juntos qué hacer.',
      },
      sessions: {
        title: 'Sesiones, retrasos y cancelaciones',
        text: 'Duración de cada sesión: {sessionLength}.\nAviso que necesito si no puede venir: {noticePeriod}.\n\nSi llega tarde, la sesión termina igualmente a la hora de siempre. Si no puede venir, avíseme lo antes posible. Si falta a una sesión sin avisar, me pondré en contacto para saber si está bien, y hablaremos de cómo seguir.',
      },
      recording: {
        title: 'Grabaciones',
        text: 'Ninguno de los dos grabará una sesión, con sonido o en vídeo, sin preguntar antes al otro y recibir un sí claro. Puede decir que no, y eso no cambiará la atención que recibe.',
      },
      ending: {
        title: 'El final de nuestro trabajo',
        text: 'Planearemos juntos el final de nuestro trabajo, para que no llegue por sorpresa. Puede decidir dejarlo en cualquier momento. Si puede, dígamelo, para que podamos terminar bien.\n\nLos puntos sobre regalos, redes sociales y vernos fuera de las sesiones siguen valiendo después del final de nuestro trabajo.',
      },
    },
    contactQuestion: {
      label: '¿Cómo prefiere que me ponga en contacto con usted?',
      options: {
        phone: 'Llamada de teléfono',
        text: 'Mensaje de texto',
        email: 'Correo electrónico',
        letter: 'Carta',
      },
    },
    fallbacks: {
      hours: 'pregunte al servicio',
      channels: 'pregunte al servicio',
      responseTime: 'pregunte al servicio',
      crisisPhone: 'la línea de crisis de su zona',
      emergencyNumber: 'el número de emergencias de su zona',
      sessionLength: 'pregunte al servicio',
      noticePeriod: 'pregunte al servicio',
    },
  },
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
