import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const root = resolve(import.meta.dirname, '..');

// preview.ts imports custom-elements.json, which is built and git-ignored. The npm scripts run
// `analyze` first; this covers a bare `npx storybook dev` in a fresh checkout.
if (!existsSync(resolve(root, 'custom-elements.json'))) {
  execFileSync('npm', ['run', '--silent', 'analyze'], { cwd: root, stdio: 'inherit' });
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // With telemetry on, every start and build waits on a lookup that cannot succeed offline.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      // Without this, Vite discovers lit/directive-helpers.js late and pre-bundles a second copy
      // of Lit ("Multiple versions of Lit loaded").
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
    });
  },
};

export default config;
