import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { publicManifest } from './manifest.js';
import { directionOf, localeOf, locales, themeOf } from './globals.js';
import '../src/provider/define.js';

setCustomElementsManifest(publicManifest(manifest));

/** Page colours behind the widget: the widgets inherit text colour from the page in light mode. */
const pages = {
  light: { background: '#ffffff', color: '#1b1f23' },
  dark: { background: '#0f1114', color: '#e9ecef' },
} as const;

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (wraps each story in <rapport-provider locale>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: locales.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    easyRead: {
      description: 'Easy read (wraps each story in <rapport-provider easy-read>)',
      toolbar: {
        title: 'Easy read',
        icon: 'book',
        items: [
          { value: 'off', title: 'Plain' },
          { value: 'on', title: 'Easy read' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (sets theme on each widget and the page behind it)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', easyRead: 'off' },
  decorators: [
    (story, context) => {
      const locale = localeOf(context);
      const page = pages[themeOf(context) === 'dark' ? 'dark' : 'light'];
      return html`<div
        class="rapport-story-page"
        lang=${locale}
        dir=${directionOf(locale)}
        style=${styleMap({
          ...page,
          padding: '1.5rem',
          minHeight: '100vh',
          boxSizing: 'border-box',
          fontFamily: 'system-ui, sans-serif',
        })}
      >
        <rapport-provider locale=${locale} ?easy-read=${context.globals.easyRead === 'on'}
          >${story()}</rapport-provider
        >
      </div>`;
    },
  ],
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every state must have zero axe violations (DESIGN.md, contract 8): fail, don't just list.
    a11y: { test: 'error' },
  },
};

export default preview;
