// Custom Elements Manifest: built from the JSDoc in src/ (`npm run analyze`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      name: 'rapport-events-only',
      // The analyzer also lists the argument of every `dispatchEvent(new X(arg))` as an event
      // name; only the documented `rapport-*` events are real.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events)
              decl.events = decl.events.filter((e) => e.name?.startsWith('rapport-'));
          }
        }
      },
    },
  ],
};
