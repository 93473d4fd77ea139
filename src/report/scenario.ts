/**
 * What a scenario leaves for the reports, computed from its cluster at the end: the timeline
 * SVG, the events, and `kubectl get all -o wide`. Cucumber hooks attach these to the scenario;
 * the behaviour report reads them back from Cucumber's messages, so it works the same whether
 * scenarios ran in one process, in parallel workers, or on several machines (shards).
 */
import { Cluster } from '../cluster';
import { EventGroup, EventRow, eventRows, groupEvents } from './events';
import { buildTimeline, renderTimelineSvg, StepMark } from './timeline';

/** The media type of the scenario data attachment. */
export const SCENARIO_MEDIA_TYPE = 'application/vnd.kubespec.scenario+json';
export const SCENARIO_FILE = 'kubespec-scenario.json';
export const TIMELINE_FILE = 'timeline.svg';
export const GET_ALL_COMMAND = 'kubectl get all -o wide';

/** At most this many events are kept row by row; all of them are counted in the groups. */
export const MAX_EVENT_ROWS = 500;

export interface ScenarioData {
  readonly format: 1;
  /** Simulated epoch ms. */
  readonly start: number;
  readonly end: number;
  readonly steps: readonly StepMark[];
  readonly counts: { readonly nodes: number; readonly pods: number; readonly restarts: number; readonly nodeFailures: number };
  readonly events: { readonly total: number; readonly rows: readonly EventRow[]; readonly groups: readonly EventGroup[] };
}

export interface ScenarioReport {
  readonly svg: string;
  readonly data: ScenarioData;
  /** What `kubectl get all -o wide` printed at the end (or why it could not run). */
  readonly getAll: string;
}

function getAll(cluster: Cluster): string {
  try {
    const r = cluster.kubectl(GET_ALL_COMMAND);
    return r.stdout + r.stderr;
  } catch (e) {
    return `${GET_ALL_COMMAND} failed: ${(e as Error).message}\n`;
  }
}

/** Everything the reports show about a scenario, from its cluster and the instants of its steps. */
export function reportScenario(cluster: Cluster, steps: readonly StepMark[]): ScenarioReport {
  const records = cluster.history.records;
  const timeline = buildTimeline({ records, steps, end: cluster.runtime.now() });
  const rows = eventRows(records);
  const data: ScenarioData = {
    format: 1,
    start: timeline.start,
    end: timeline.end,
    steps,
    counts: {
      nodes: timeline.nodes.length,
      pods: timeline.pods.length,
      restarts: timeline.pods.reduce((n, p) => n + p.restarts.length, 0),
      nodeFailures: timeline.nodes.reduce((n, node) => n + node.failures.length, 0),
    },
    events: { total: rows.length, rows: rows.slice(0, MAX_EVENT_ROWS), groups: groupEvents(rows) },
  };
  return { svg: renderTimelineSvg(timeline), data, getAll: getAll(cluster) };
}
