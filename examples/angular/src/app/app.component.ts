import {
  CUSTOM_ELEMENTS_SCHEMA,
  Component,
  DestroyRef,
  inject,
  signal,
  type OnInit,
} from '@angular/core';
import type { RapportSubmitEvent } from 'rapport-elements';
import { checkIn } from './check-in';
import { describeResult } from './describe';

@Component({
  selector: 'app-root',
  // Rapport's tags are custom elements, defined by the import in main.ts.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Rapport in Angular</h1>
      <rapport-alliance-scale [instrument]="checkIn" (rapport-submit)="show($event)" />
      <rapport-feedback-prompt include="rating" (rapport-submit)="show($event)" />
      <h2>Results</h2>
      <ul id="results">
        @for (line of lines(); track $index) {
          <li>{{ line }}</li>
        }
      </ul>
      <p id="heard">Heard on the document: {{ heard() }}</p>
    </main>
  `,
})
export class AppComponent implements OnInit {
  protected readonly checkIn = checkIn;
  protected readonly lines = signal<string[]>([]);
  protected readonly heard = signal(0);
  readonly #destroyRef = inject(DestroyRef);

  ngOnInit(): void {
    // One listener on the document hears every widget's result; its detail is typed by kind.
    const listening = new AbortController();
    document.addEventListener(
      'rapport-submit',
      (e) => e.detail.kind && this.heard.update((n) => n + 1),
      { signal: listening.signal },
    );
    this.#destroyRef.onDestroy(() => listening.abort());
  }

  protected show(event: RapportSubmitEvent): void {
    this.lines.update((lines) => [...lines, describeResult(event.detail)]);
  }
}
