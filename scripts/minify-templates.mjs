// A build plugin that takes the indentation and comments out of the static parts of the
// library's css``, html`` and svg`` templates. Lit keeps those strings as written, so without
// it every page would download the source's line breaks and indentation (about 3.5 KB gzip of
// dist/rapport.js).
//
// Only the static text between `${…}` is changed, and only in ways that render the same
// (test/bundle-same.test.ts compares the bundle's rendering with the sources'):
// - html``/svg``: a run of white space that contains a line break becomes one space (HTML
//   collapses white space anyway; no template here holds <pre> text);
// - css``: comments go, white space runs become one space, the spaces around { } ; , go, and
//   so does the space after a colon (no selector has one). Spaces around + - * / and before a
//   colon stay, since calc() and selectors (`.a :focus`) need them.

import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);

export function minifyCss(text) {
  // Comments first (one may hold an apostrophe); then quoted strings (content: ', ') are kept
  // exactly and only the text between them is squeezed.
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/("(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*')/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/[ \t\n\r\f]+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('');
}

export function minifyHtml(text) {
  return text.replace(/[ \t]*\n[ \t\n\r\f]*/g, ' ');
}

/** Each tagged template in an ESTree program, found by walking it. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (
    node.type === 'TaggedTemplateExpression' &&
    node.tag.type === 'Identifier' &&
    TAGS.has(node.tag.name)
  ) {
    yield node;
  }
  for (const key of Object.keys(node)) {
    if (key !== 'parent' && typeof node[key] === 'object') yield* taggedTemplates(node[key]);
  }
}

export default function minifyTemplates() {
  return {
    name: 'rapport:minify-templates',
    apply: 'build',
    // After TypeScript is stripped, so the code parses as JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.[cm]?[jt]s$/.test(id) || !/(?:css|html|svg)`/.test(code)) return null;
      const out = new MagicString(code);
      for (const node of taggedTemplates(this.parse(code))) {
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          // Positions that do not frame exactly the raw text: leave the template as it is.
          if (raw !== quasi.value.raw) continue;
          const small = minify(raw);
          if (small !== raw) out.overwrite(quasi.start, quasi.end, small);
        }
      }
      if (!out.hasChanged()) return null;
      // A real map: the code after a squeezed template moves up, and source maps must follow.
      return { code: out.toString(), map: out.generateMap({ hires: true, source: id }) };
    },
  };
}
