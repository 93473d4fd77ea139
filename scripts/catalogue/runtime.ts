/**
 * What Cucumber itself registers when it loads steps/index.ts (the entry point projects import
 * as `kubespec/steps`): the exact list of step definitions and parameter types.
 */
import { loadConfiguration, loadSupport } from '@cucumber/cucumber/api';
import type StepDefinition from '@cucumber/cucumber/lib/models/step_definition';

export interface RuntimeStep {
  readonly keyword: string;
  readonly pattern: string;
  readonly uri: string;
  readonly line: number;
  /** Whether a text is this step (Cucumber's own matching). */
  matches(text: string): boolean;
}

export interface RuntimeSupport {
  readonly steps: readonly RuntimeStep[];
  /** Parameter types by name, with what they match. */
  readonly parameterTypes: ReadonlyMap<string, string[]>;
}

export async function loadRuntime(root: string, entry = 'steps/index.ts'): Promise<RuntimeSupport> {
  const { runConfiguration } = await loadConfiguration({ file: false, provided: { require: [entry] } }, { cwd: root });
  const library = (await loadSupport(runConfiguration, { cwd: root })) as unknown as {
    stepDefinitions: StepDefinition[];
    parameterTypeRegistry: { parameterTypes: Iterable<{ name?: string; regexpStrings: readonly string[] }> };
  };
  const parameterTypes = new Map<string, string[]>();
  for (const t of library.parameterTypeRegistry.parameterTypes) if (t.name !== undefined) parameterTypes.set(t.name, [...t.regexpStrings]);
  return {
    steps: library.stepDefinitions.map((d) => ({
      keyword: d.keyword,
      pattern: typeof d.pattern === 'string' ? d.pattern : d.pattern.source,
      uri: d.uri,
      line: d.line,
      matches: (text: string) => d.expression.match(text) !== null,
    })),
    parameterTypes,
  };
}
