import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import minifyTemplates from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

/** Public entry points: one per element, the instrument tools, and everything. */
const entries = {
  index: 'src/index.ts',
  'alliance-scale/define': 'src/alliance-scale/define.ts',
  'provider/define': 'src/provider/define.ts',
  'feedback-prompt/define': 'src/feedback-prompt/define.ts',
  'boundary-agreement/define': 'src/boundary-agreement/define.ts',
  'consent-notice/define': 'src/consent-notice/define.ts',
  'instruments/index': 'src/instruments/index.ts',
  // FHIR R4 in and out (rapport-elements/fhir.js): pure functions, no element code.
  'fhir/index': 'src/fhir/index.ts',
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo portal (index.html) with the sources, reloaded on change.
    return { server: { host: '127.0.0.1', port: 5173 } };
  }
  if (mode === 'cdn') {
    // dist/rapport.js: one self-contained, minified module with Lit inlined, for no-build pages.
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        sourcemap: true,
        lib: {
          entry: resolve(root, 'src/index.ts'),
          formats: ['es'],
          fileName: () => 'rapport.js',
        },
        // Lib mode keeps whitespace in ES output; this file is for pages, so it is minified whole.
        rollupOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }
  // Per-module ESM for bundlers, with Lit left to the application so it is loaded once.
  return {
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      minify: false,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, resolve(root, v)])),
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
