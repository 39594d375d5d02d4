// Every story in stories/ as a test (`npm run test:stories`, and part of a full `npm test`):
// Storybook's Vitest plugin renders each story in Chromium, runs its play function if it has
// one, and axe fails the story on any violation (`a11y: { test: 'error' }` in
// .storybook/preview.ts). The browser is the one installed on the machine: nothing is
// downloaded.
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { selectEngines } from './scripts/browsers.mjs';

const { found } = selectEngines({ WTR_BROWSERS: 'chromium' });
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // As in .storybook/main.ts: one copy of Lit.
  optimizeDeps: { include: ['lit/directive-helpers.js'] },
  test: {
    name: 'stories',
    // axe and first renders are slow on a busy two-core machine.
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: found.chromium,
          args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-dev-shm-usage'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
