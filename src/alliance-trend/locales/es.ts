import { registerBuiltInTranslation } from '../../core/localize.js';
import type { TrendTerms } from './index.js';

const es: TrendTerms = {
  trendSessions: (count, formatted, first, last) =>
    count === 1 ? `1 sesión, ${first}.` : `${formatted} sesiones, del ${first} al ${last}.`,
  trendLast: (total, below, isBelow) =>
    below === null
      ? `Último total: ${total}.`
      : `Último total: ${total}, ${isBelow ? 'por debajo de' : 'igual o por encima de'} ${below}.`,
  trendChange: (change, amount) =>
    change === 0
      ? 'Sin cambios desde la sesión anterior.'
      : `${change < 0 ? 'Baja' : 'Sube'} ${amount} desde la sesión anterior.`,
  trendEmpty: 'Todavía no hay sesiones que mostrar.',
  trendShowTable: 'Ver como tabla',
  trendShowSubscales: 'Ver subescalas',
  trendChart: (title) => `${title}: total por sesión`,
  trendKeys: 'Use las flechas, Inicio y Fin para moverse entre sesiones, e Intro para abrir una.',
  trendSession: (n) => `Sesión ${n}`,
  trendSessionColumn: 'Sesión',
  trendDate: 'Fecha',
  trendFlags: 'Avisos',
  trendBelow: (below) => `Por debajo del punto de corte de ${below}`,
  trendDrop: (amount) => `Baja ${amount}`,
  trendWordingChanged: 'Cambió la redacción',
  trendCutoff: (below) => `Punto de corte ${below}`,
  trendDropRule: (points) => `Una bajada de ${points} o más`,
  trendSubscales: 'Subescalas',
};

registerBuiltInTranslation({ $code: 'es', ...es });

export default es;
