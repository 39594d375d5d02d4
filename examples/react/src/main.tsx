import { StrictMode, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import { RapportAllianceScale } from 'rapport-elements/react';
import type { RapportFeedbackPrompt } from 'rapport-elements';
import { checkIn } from './check-in';
import { describeResult } from './describe';

// The feedback prompt is used as a plain tag, as React 19 allows: declare it for JSX.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'rapport-feedback-prompt': DetailedHTMLProps<
        HTMLAttributes<RapportFeedbackPrompt>,
        RapportFeedbackPrompt
      > & { include?: string };
    }
  }
}

function App() {
  const [lines, setLines] = useState<string[]>([]);
  const [heard, setHeard] = useState(0);
  const feedback = useRef<RapportFeedbackPrompt>(null);
  const show = (line: string) => setLines((previous) => [...previous, line]);

  // One listener on the document hears every widget's result; its detail is typed by kind.
  useEffect(() => {
    const listening = new AbortController();
    document.addEventListener('rapport-submit', (e) => e.detail.kind && setHeard((n) => n + 1), {
      signal: listening.signal,
    });
    return () => listening.abort();
  }, []);

  // The plain tag's own listener, on the element.
  useEffect(() => {
    const listening = new AbortController();
    feedback.current?.addEventListener('rapport-submit', (e) => show(describeResult(e.detail)), {
      signal: listening.signal,
    });
    return () => listening.abort();
  }, []);

  return (
    <main>
      <h1>Rapport in React</h1>
      <RapportAllianceScale
        instrument={checkIn}
        onRapportSubmit={(event) => show(describeResult(event.detail))}
      />
      <rapport-feedback-prompt include="rating" ref={feedback} />
      <h2>Results</h2>
      <ul id="results">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p id="heard">Heard on the document: {heard}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
