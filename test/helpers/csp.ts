/**
 * The strict Content-Security-Policy hosts may serve their portal under, with Trusted Types
 * enforced, and a page for a frame that is under it from its first element.
 */

// The page's own origin stands for 'self': in a srcdoc frame Firefox does not count the parent's
// origin as 'self', while Chromium and WebKit do. The policy is otherwise the one hosts use.
const self = location.origin;

export const STRICT_POLICY = [
  `default-src ${self}`,
  `script-src ${self}`,
  `style-src ${self}`,
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/**
 * A page (for an iframe's `srcdoc`) under the strict policy: it records violations in
 * `window.violations` (test/contract/csp-frame.ts), loads the element `module` and shows `body`.
 */
export function strictPage(module: string, body: string): string {
  return `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${STRICT_POLICY}">
    <script type="module" src="/test/contract/csp-frame.ts"></script>
    <script type="module" src="${module}"></script>
    </head><body>${body}</body></html>`;
}
