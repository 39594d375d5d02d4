import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import type { RapportAllianceScale } from '../src/alliance-scale/alliance-scale.js';
import type { InstrumentDefinition } from '../src/instruments/types.js';
import { elementIn, part } from './support.js';
import '../src/provider/define.js';
import '../src/alliance-scale/define.js';

/** An instrument a clinic gives the provider, written for this story; not a clinical one. */
const clinicCheck: InstrumentDefinition = {
  id: 'riverside-check',
  version: '1.0.0',
  example: true,
  title: { en: 'Riverside session check', es: 'Revisión de la sesión (Riverside)' },
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: { en: 'No', es: 'No' } },
      { value: 2, label: { en: 'Partly', es: 'En parte' } },
      { value: 3, label: { en: 'Yes', es: 'Sí' } },
    ],
  },
  items: [
    {
      id: 'heard',
      text: { en: 'Did you feel heard today?', es: '¿Se sintió escuchado hoy?' },
    },
  ],
  scoring: { total: 'sum' },
};

/**
 * `<rapport-provider>` shares settings with every widget inside it and draws nothing itself:
 * here it gives a scale an instrument by id, and a language.
 */
const meta: Meta = {
  title: 'Elements/Provider',
  component: 'rapport-provider',
  render: (_args, context) =>
    html`<rapport-provider
      locale=${context.name.includes('Spanish') ? 'es' : 'en'}
      clinic-name="Riverside Clinic"
      client-id="client-7"
      .instruments=${[clinicCheck]}
    >
      <rapport-alliance-scale instrument="riverside-check"></rapport-alliance-scale>
    </rapport-provider>`,
};
export default meta;

type Story = StoryObj;

/** The scale finds the clinic's instrument by the id the provider gave it. */
export const InstrumentById: Story = {
  name: 'An instrument given by id',
  play: async ({ canvasElement }) => {
    const el = await elementIn<RapportAllianceScale>(canvasElement, 'rapport-alliance-scale');
    await waitFor(() =>
      expect(part(el, 'title')?.textContent?.trim()).toBe('Riverside session check'),
    );
  },
};

/** The provider's language reaches the widget inside it. */
export const InSpanish: Story = {
  name: 'In Spanish, from the provider',
  play: async ({ canvasElement }) => {
    const el = await elementIn<RapportAllianceScale>(canvasElement, 'rapport-alliance-scale');
    await waitFor(() =>
      expect(part(el, 'title')?.textContent?.trim()).toBe('Revisión de la sesión (Riverside)'),
    );
  },
};
