/**
 * The agreement as shown: the definition in use, with the clauses given as light-DOM children,
 * the host's `omit`, `optional` and placeholder values, and the wording of its language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DefinitionController } from '../core/definition-controller.js';
import type { RapportContextValue } from '../core/context.js';
import type { RapportErrorDetail } from '../core/events.js';
import { LightDomController } from '../core/json-child.js';
import type { LocalizeController } from '../core/localize.js';
import { builtInCrisisClause, PLACEHOLDER_ATTRIBUTES, type NamedPlaceholder } from './builtin.js';
import type { AgreementDefinition } from './definition.js';
import { AgreementComposer, childClause } from './compose.js';
import type { ChildClause, ShownAgreement } from './types.js';

/** What the agreement shown is made from on the widget: its attributes and properties. */
export interface ShownHost
  extends ReactiveControllerHost, HTMLElement, Readonly<Record<NamedPlaceholder, unknown>> {
  readonly omit: unknown;
  readonly optional: unknown;
  readonly values?: unknown;
  readonly rapportContext?: RapportContextValue;
  /** Reports a problem once per key (see RapportElement.reportOnce). */
  reportOnce(key: string, detail: RapportErrorDetail): void;
}

/** What working out the agreement shown needs from the widget besides its properties. */
export interface ShownOptions {
  definitions: DefinitionController<AgreementDefinition>;
  localize: LocalizeController;
  /** The agreement can be shown (a value that waited for it is applied). */
  shownNow(): void;
}

/**
 * Works out the agreement as shown before each render (added after the definition controller,
 * its `hostUpdate` runs once the definition is settled), and again whenever it is asked for.
 * It is composed again only when what it depends on changed; each problem met is reported once.
 */
export class ShownAgreementController implements ReactiveController {
  /** Clauses given as light-DOM children; a no-build page may write them after the element. */
  #children: ChildClause[] = [];
  #agreement: ShownAgreement | null = null;
  readonly #composer = new AgreementComposer();

  readonly #host: ShownHost;
  readonly #options: ShownOptions;

  constructor(host: ShownHost, options: ShownOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    new LightDomController(host, () => this.#readChildren(), [
      'slot',
      'data-title',
      'data-version',
      'data-optional',
    ]);
  }

  /** The agreement as last worked out; null when it cannot be shown. */
  get agreement(): ShownAgreement | null {
    return this.#agreement;
  }

  hostUpdate(): void {
    this.refresh();
  }

  #readChildren(): void {
    const children = [...this.#host.children].flatMap((child) => childClause(child) ?? []);
    if (JSON.stringify(children) !== JSON.stringify(this.#children)) {
      this.#children = children;
      this.#host.requestUpdate();
    }
  }

  /** The agreement as shown now (the definition looked at again first); null when it cannot be. */
  refresh(): ShownAgreement | null {
    const { definitions, localize } = this.#options;
    const host = this.#host;
    definitions.refresh();
    const agreement = definitions.definition;
    const wording = localize.content('agreementContent');
    if (!agreement || !wording) return (this.#agreement = null);
    const askService = localize.term('agreementAskService');
    const { shown, problems } = this.#composer.compose(
      {
        agreement,
        lang: localize.lang(),
        easy: localize.easyRead(),
        children: this.#children,
        omit: host.omit,
        optional: host.optional,
        attributes: Object.fromEntries(
          Object.keys(PLACEHOLDER_ATTRIBUTES).map((n) => [n, host[n as NamedPlaceholder]]),
        ) as Record<NamedPlaceholder, unknown>,
        values: host.values,
        clinicName: host.rapportContext?.clinicName,
        crisisClause: builtInCrisisClause(wording),
        standIn: (name) =>
          Object.hasOwn(wording.fallbacks, name)
            ? wording.fallbacks[name as NamedPlaceholder]
            : askService,
      },
      [wording, askService],
    );
    for (const problem of problems) host.reportOnce(`${problem.code} ${problem.message}`, problem);
    this.#agreement = shown;
    if (shown) this.#options.shownNow();
    return shown;
  }
}
