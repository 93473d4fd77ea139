/**
 * The step catalogue as data: every phrase of the step language with its parameters, its doc
 * comment and an example from the project's features. Generated from steps/ by
 * `npm run catalogue` (scripts/catalogue), shipped with the package as `steps.json`, and
 * rendered as docs/steps.md, by `kubespec steps`, and in the behaviour report.
 */

export interface CatalogueParameter {
  /** `int`, `string`, `word`, `duration`, … or `doc string` / `data table` for the step's argument. */
  readonly type: string;
  /** The name the step definition gives it (`replicas`, `selector`). */
  readonly name: string;
}

export interface CatalogueExample {
  /** The step as written in a feature, with its doc string or table. */
  readonly text: string;
  /** `features/liveness.feature:12`. */
  readonly source: string;
}

export interface CatalogueEntry {
  /** Given, When or Then (in a scenario any keyword works; this is the one it is defined with). */
  readonly keyword: string;
  /** The Cucumber Expression. */
  readonly phrase: string;
  /** The same step's other phrases: an assertion's `within {duration}, …` and `for {duration}, …`. */
  readonly forms: readonly string[];
  readonly parameters: readonly CatalogueParameter[];
  /** The JSDoc comment of the definition. */
  readonly doc: string;
  readonly example?: CatalogueExample;
  /** `steps/pods.steps.ts:19`. */
  readonly source: string;
}

export interface CatalogueSection {
  readonly title: string;
  /** The steps file, relative to the project. */
  readonly file: string;
  /** The file's own doc comment. */
  readonly doc: string;
  readonly entries: readonly CatalogueEntry[];
}

export interface ParameterTypeDoc {
  readonly name: string;
  /** What it matches, as people write it. */
  readonly matches: string;
}

export interface Catalogue {
  readonly parameterTypes: readonly ParameterTypeDoc[];
  readonly sections: readonly CatalogueSection[];
}

/** Every phrase of an entry: the phrase itself, then its forms. */
export function phrasesOf(entry: CatalogueEntry): string[] {
  return [entry.phrase, ...entry.forms];
}

/** An anchor for an entry in docs and reports: stable as long as the phrase is. */
export function anchorOf(entry: Pick<CatalogueEntry, 'keyword' | 'phrase'>): string {
  return `${entry.keyword}-${entry.phrase}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
