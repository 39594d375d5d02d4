// The page's own script: give the scale its instrument as a property, and show each result.

/** An example written for these apps: two statements, five answers. Not a clinical instrument. */
const checkIn = {
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

function describeResult(result) {
  switch (result.kind) {
    case 'alliance-scale':
      return `alliance-scale: total ${result.scores.total}, answers ${JSON.stringify(result.answers)}`;
    case 'feedback-prompt':
      return `feedback-prompt: rating ${result.rating.value} (${result.rating.style})`;
    default:
      return result.kind;
  }
}

document.getElementById('check-in').instrument = checkIn;

// One listener on the document hears every widget's result.
let heard = 0;
document.addEventListener('rapport-submit', (event) => {
  heard += 1;
  document.getElementById('heard').textContent = `Heard on the document: ${heard}`;
  const line = document.createElement('li');
  line.textContent = describeResult(event.detail);
  document.getElementById('results').append(line);
});
