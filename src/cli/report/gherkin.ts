/** The steps and scenario lines of a parsed feature file, by AST node id (backgrounds and rules included). */
import type { GherkinDocument, Step } from '@cucumber/messages';

export interface FeatureIndex {
  readonly steps: ReadonlyMap<string, Step>;
  /** Line of each scenario and of each example row (what `uri:line` names for an outline's example). */
  readonly lines: ReadonlyMap<string, number>;
}

export function indexFeature(doc: GherkinDocument): FeatureIndex {
  const steps = new Map<string, Step>();
  const lines = new Map<string, number>();
  const visit = (children: readonly any[]) => {
    for (const c of children) {
      for (const holder of [c.background, c.scenario]) for (const s of holder?.steps ?? []) steps.set(s.id, s);
      if (c.scenario) {
        lines.set(c.scenario.id, c.scenario.location.line);
        for (const ex of c.scenario.examples ?? []) for (const row of ex.tableBody ?? []) lines.set(row.id, row.location.line);
      }
      if (c.rule) visit(c.rule.children);
    }
  };
  visit(doc.feature?.children ?? []);
  return { steps, lines };
}
