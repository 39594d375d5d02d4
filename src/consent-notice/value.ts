/**
 * The element's `value`: reading one given by the host against the notice's boxes, and
 * writing what is ticked. Pure: no DOM.
 */
import { isRecord } from '../core/text.js';
import type { ConsentNoticeValue } from './choices.js';
import type { Item } from './compose.js';

/** What a host's `value` ticks, and what had to be dropped. */
export interface ReadValue {
  ticked: Set<string>;
  /** What was dropped, by id only: never anything else from the value. */
  dropped: string[];
  /** False when the value is not `{ acknowledged?: [], choices?: {} }` at all. */
  wellFormed: boolean;
}

/**
 * Reads a `value` against the notice's boxes: unknown ids, an acknowledgement of a box that is
 * not required and a decision that is not true or false are dropped.
 */
export function readValue(value: unknown, items: readonly Item[]): ReadValue {
  const ticked = new Set<string>();
  const dropped: string[] = [];
  if (value === null || value === undefined) return { ticked, dropped, wellFormed: true };
  if (!isRecord(value)) return { ticked, dropped, wellFormed: false };
  const { acknowledged, choices } = value;
  const has = (id: unknown, required: boolean) =>
    items.some((i) => i.id === id && (required ? i.required : !i.builtIn));
  let wellFormed = true;
  if (Array.isArray(acknowledged)) {
    for (const id of acknowledged as unknown[]) {
      if (has(id, true)) ticked.add(id as string);
      else dropped.push(`acknowledged "${String(id)}"`);
    }
  } else if (acknowledged !== undefined) wellFormed = false;
  if (isRecord(choices)) {
    for (const [id, decision] of Object.entries(choices)) {
      if (!has(id, false) || typeof decision !== 'boolean') dropped.push(`choices "${id}"`);
      else if (decision) ticked.add(id);
    }
  } else if (choices !== undefined) wellFormed = false;
  return { ticked, dropped, wellFormed };
}

/** What is ticked, as `value`: the required boxes ticked, in order, and every choice. */
export function valueOf(items: readonly Item[], ticked: ReadonlySet<string>): ConsentNoticeValue {
  return {
    acknowledged: items.filter((i) => i.required && ticked.has(i.id)).map((i) => i.id),
    choices: Object.fromEntries(
      items.filter((i) => !i.builtIn).map((i) => [i.id, ticked.has(i.id)]),
    ),
  };
}

/** What to tell the host about a `value` it gave, or null when every part of it was used. */
export function valueProblem({ dropped, wellFormed }: ReadValue): string | null {
  if (!wellFormed) {
    return 'value must be { acknowledged: [ids of required boxes], choices: { id: true or false } }.';
  }
  return dropped.length > 0
    ? `value: ${dropped.join(', ')} dropped (not a box of this notice, or not true or false).`
    : null;
}
