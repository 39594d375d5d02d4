import type { AgreementWording } from './types.js';

/** The built-in agreement in Spanish. */
const es: AgreementWording = {
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
};

export default es;
