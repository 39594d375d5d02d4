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
  'goal-plan/define': 'src/goal-plan/define.ts',
  'alliance-trend/define': 'src/alliance-trend/define.ts',
  'instruments/index': 'src/instruments/index.ts',
  'locales/es': 'src/locales/es.ts',
  'locales/fr': 'src/locales/fr.ts',
  'locales/ar': 'src/locales/ar.ts',
  // FHIR R4 in and out (rapport-elements/fhir.js): pure functions, no element code.
  'fhir/index': 'src/fhir/index.ts',
  // React components (rapport-elements/react), with React and @lit/react left to the application.
  'react/index': 'src/react/index.ts',
};

/**
 * A file name for each file dist/rapport.js loads, from the module it stands for:
 * `src/alliance-scale/define.ts` → `rapport/alliance-scale.js`, `src/consent-notice/locales/es.ts`
 * → `rapport/consent-notice.es.js`, `src/core/locales/fr.ts` → `rapport/core.fr.js`,
 * `src/goal-plan/review.ts` → `rapport/goal-plan.review.js`; shared code keeps the name the
 * bundler gives it.
 */
function cdnChunkName(chunk: { facadeModuleId: string | null; name: string }): string {
  const id = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
  const element = /\/src\/([\w-]+)\/define\.ts$/.exec(id);
  if (element) return `rapport/${element[1]}.js`;
  const language = /\/src\/([\w-]+)\/locales\/([\w-]+)\.ts$/.exec(id);
  if (language) return `rapport/${language[1]}.${language[2]}.js`;
  const example = /\/src\/instruments\/examples\/([\w-]+)\.ts$/.exec(id);
  if (example) return `rapport/example.${example[1]}.js`;
  // A part of one element loaded when first shown: src/goal-plan/review.ts → goal-plan.review.js.
  const part = /\/src\/([\w-]+)\/([\w-]+)\.ts$/.exec(id);
  if (part && part[1] !== 'core') return `rapport/${part[1]}.${part[2]}.js`;
  return 'rapport/[name].js';
}

/**
 * The core that every element's page loads comes as one file, whichever elements use which
 * part of it (the trend uses no form code): split by element, it would cost every page a few
 * more files and lose what gzip shares between them. Parts only some elements use (drafts,
 * hashing, drags, choices, other languages) still load on their own.
 */
const SHARED_CORE =
  /\/src\/core\/(?!locales\/(?!en|index)|draft|sha256|pointer-drag|slot-text|faces|radio-group|choices|fields|css-vars|pictures|read-aloud)/;

function coreChunk(id: string): string | undefined {
  return SHARED_CORE.test(id.replaceAll('\\', '/')) ? 'core' : undefined;
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo portal (index.html) with the sources, reloaded on change.
    return { server: { host: '127.0.0.1', port: 5173 } };
  }
  if (mode === 'cdn') {
    // dist/rapport.js and the files it loads beside it (dist/rapport/): Lit included, minified,
    // one file per element, per language of an element, per example instrument, and the code
    // they share, for pages without a build.
    return {
      plugins: [minifyTemplates()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        minify: true,
        sourcemap: true,
        lib: {
          entry: resolve(root, 'src/rapport.ts'),
          formats: ['es'],
          fileName: () => 'rapport.js',
        },
        rollupOptions: {
          output: { minify: true, chunkFileNames: cdnChunkName, manualChunks: coreChunk },
        },
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
        external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
