/** Scenario and step statuses: which is worst, and the order scenarios are listed in. */
import { ScenarioView } from './model';

const RANK: Record<string, number> = { FAILED: 0, AMBIGUOUS: 1, UNDEFINED: 2, PENDING: 3, UNKNOWN: 4, SKIPPED: 5, PASSED: 6 };

function rank(status: string): number {
  return RANK[status] ?? 4;
}

/** The status of a scenario from its steps' and hooks': the worst one. */
export function worst(statuses: readonly string[]): string {
  return statuses.reduce((w, s) => (rank(s) < rank(w) ? s : w), 'PASSED');
}

/** Whether the status means the scenario did not pass (so it is listed first). */
export function isProblem(status: string): boolean {
  return rank(status) <= rank('UNKNOWN');
}

/** Problems first, then by feature file and line: the same order whatever order they ran in. */
export function orderScenarios(scenarios: readonly ScenarioView[]): ScenarioView[] {
  return [...scenarios].sort(
    (a, b) =>
      Number(isProblem(b.status)) - Number(isProblem(a.status)) ||
      (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
      a.line - b.line ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

export function statusWord(status: string): string {
  return status.toLowerCase();
}
