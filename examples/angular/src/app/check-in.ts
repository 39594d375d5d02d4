import type { InstrumentDefinition } from 'rapport-elements';

/** An example written for these apps: two statements, five answers. Not a clinical instrument. */
export const checkIn: InstrumentDefinition = {
  id: 'example-check-in',
  version: '1.0.0',
  example: true,
  title: { en: 'Example check-in (not a clinical instrument)' },
  scale: {
    type: 'likert',
    options: [
      { value: 1, label: { en: 'Not at all' } },
      { value: 2, label: { en: 'A little' } },
      { value: 3, label: { en: 'Somewhat' } },
      { value: 4, label: { en: 'Mostly' } },
      { value: 5, label: { en: 'Completely' } },
    ],
  },
  items: [
    { id: 'listened', text: { en: 'Today I felt listened to.' } },
    { id: 'direction', text: { en: 'We worked on what matters to me.' } },
  ],
  scoring: { total: 'sum' },
};
