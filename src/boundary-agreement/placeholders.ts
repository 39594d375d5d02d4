/**
 * Placeholders in clause texts: `{hours}`, `{crisisPhone}`. A text becomes paragraphs of lines
 * of pieces, so the element renders every piece as text (never as HTML) and can style a filled
 * value or a stand-in for an unfilled one.
 */

export type TextPiece =
  | { kind: 'text'; text: string }
  /** A placeholder filled with the host's value. */
  | { kind: 'value'; name: string; text: string }
  /** A placeholder with no value: `text` is the neutral stand-in shown instead. */
  | { kind: 'unfilled'; name: string; text: string };

/** Paragraphs, each a list of lines, each a list of pieces. */
export type FilledText = TextPiece[][][];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

function fillLine(
  line: string,
  valueOf: (name: string) => string | undefined,
  standIn: (name: string) => string,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of line.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    if (at > from) pieces.push({ kind: 'text', text: line.slice(from, at) });
    const name = match[1];
    const value = valueOf(name);
    pieces.push(
      value === undefined
        ? { kind: 'unfilled', name, text: standIn(name) }
        : { kind: 'value', name, text: value },
    );
    from = at + match[0].length;
  }
  if (from < line.length) pieces.push({ kind: 'text', text: line.slice(from) });
  return pieces;
}

/**
 * Splits a text into paragraphs (at blank lines) and lines (at single line breaks), and fills
 * each placeholder with `valueOf(name)`, or with `standIn(name)` when that gives `undefined`.
 */
export function fillText(
  text: string,
  valueOf: (name: string) => string | undefined,
  standIn: (name: string) => string,
): FilledText {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) =>
      paragraph.split('\n').map((line) => fillLine(line.trim(), valueOf, standIn)),
    );
}

/** The words a person reads: paragraphs separated by a blank line, lines by a line break. */
export function plainText(filled: FilledText): string {
  return filled
    .map((lines) => lines.map((pieces) => pieces.map((p) => p.text).join('')).join('\n'))
    .join('\n\n');
}

/** The names of placeholders shown with a stand-in. */
export function unfilledIn(filled: FilledText): string[] {
  return filled.flat(2).flatMap((p) => (p.kind === 'unfilled' ? [p.name] : []));
}
