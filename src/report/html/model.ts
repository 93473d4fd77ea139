/**
 * What the behaviour report shows, as plain data: scenarios with their steps and what their
 * cluster left (timeline, events, `kubectl get all`), and the step catalogue. The Cucumber side
 * (src/cli/report) fills it from the message stream; this folder only renders it.
 */
import { CatalogueEntry } from '../catalogue/model';
import { ScenarioData } from '../scenario';

export interface StepView {
  readonly keyword: string;
  readonly text: string;
  /** Cucumber's status: PASSED, FAILED, SKIPPED, UNDEFINED, AMBIGUOUS, PENDING, UNKNOWN. */
  readonly status: string;
  readonly error?: string;
  readonly docString?: string;
  readonly dataTable?: readonly (readonly string[])[];
}

export interface ScenarioView {
  readonly name: string;
  readonly feature: string;
  /** `features/liveness.feature`. */
  readonly uri: string;
  readonly line: number;
  readonly tags: readonly string[];
  readonly status: string;
  readonly steps: readonly StepView[];
  /** Failures outside steps (Before/After hooks). */
  readonly hookErrors: readonly string[];
  /** Log lines attached during the scenario. */
  readonly logs: readonly string[];
  readonly svg?: string;
  readonly data?: ScenarioData;
  readonly getAll?: string;
}

/** A step definition of the run, with how often the run's steps used it. */
export interface CatalogueUse {
  /** The shipped catalogue's entry, when it is one of kubespec's steps. */
  readonly entry?: CatalogueEntry;
  /** The catalogue section it belongs to (kubespec's steps), for grouping. */
  readonly group?: string;
  /** Given/When/Then for kubespec's steps; empty for a project's own (Cucumber's messages do not say). */
  readonly keyword: string;
  readonly phrase: string;
  readonly source: string;
  readonly uses: number;
}

export interface ReportView {
  readonly scenarios: readonly ScenarioView[];
  readonly catalogue: readonly CatalogueUse[];
}
