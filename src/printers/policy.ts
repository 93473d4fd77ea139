/**
 * The server-side table cells of kinds the simulator stores but no controller of it acts on:
 * PodDisruptionBudgets and HorizontalPodAutoscalers (printPodDisruptionBudget,
 * printHorizontalPodAutoscaler, formatHPAMetrics).
 */
import { KubeObject } from '../api/types';
import { quantityString } from '../kubectl/describe/quantity';
import { KindPrinter, age, col } from './columns';

/** An IntOrString as Go's `String()` prints it; `N/A` when unset. */
function intOrString(v: unknown): string {
  return v === undefined || v === null ? 'N/A' : String(v);
}

const q = (v: unknown) => quantityString(v);

/** One metric of `formatHPAMetrics`: `current/target`, `<unknown>` until the status reports it. */
function metricText(spec: any, status: any): string {
  const target = (s: any) => s?.target ?? {};
  switch (spec.type) {
    case 'External':
    case 'Object': {
      const key = spec.type === 'External' ? 'external' : 'object';
      const t = target(spec[key]);
      const cur = status?.[key]?.current;
      if (t.averageValue !== undefined) return `${cur?.averageValue !== undefined ? q(cur.averageValue) : '<unknown>'}/${q(t.averageValue)} (avg)`;
      return `${status?.[key] ? q(cur?.value) : '<unknown>'}/${q(t.value)}`;
    }
    case 'Pods':
      return `${status?.pods ? q(status.pods.current?.averageValue) : '<unknown>'}/${q(target(spec.pods).averageValue)}`;
    case 'Resource':
    case 'ContainerResource': {
      const key = spec.type === 'Resource' ? 'resource' : 'containerResource';
      const s = spec[key] ?? {};
      const t = target(s);
      const cur = status?.[key]?.current;
      if (t.averageValue !== undefined) return `${s.name}: ${status?.[key] ? q(cur?.averageValue) : '<unknown>'}/${q(t.averageValue)}`;
      const current = cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : '<unknown>';
      const wanted = t.averageUtilization !== undefined ? `${t.averageUtilization}%` : '<auto>';
      return `${s.name}: ${current}/${wanted}`;
    }
  }
  return '<unknown type>';
}

/** The metrics of an HPA as autoscaling/v2 spells them; a v1 object's CPU target becomes one. */
function hpaMetrics(hpa: KubeObject): { specs: any[]; statuses: any[] } {
  if (hpa.spec?.metrics) return { specs: hpa.spec.metrics, statuses: hpa.status?.currentMetrics ?? [] };
  const cpu = hpa.spec?.targetCPUUtilizationPercentage;
  if (cpu === undefined) return { specs: [], statuses: [] };
  const current = hpa.status?.currentCPUUtilizationPercentage;
  return {
    specs: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }],
    statuses: current === undefined ? [] : [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: current } } }],
  };
}

/** `formatHPAMetrics`: at most two metrics, then `+ N more...`. */
export function formatHPAMetrics(hpa: KubeObject): string {
  const { specs, statuses } = hpaMetrics(hpa);
  if (specs.length === 0) return '<none>';
  const max = 2;
  const list = specs.map((spec, i) => metricText(spec, statuses[i]));
  if (list.length <= max) return list.join(', ');
  return `${list.slice(0, max).join(', ')} + ${list.length - max} more...`;
}

export const POLICY_PRINTERS: Record<string, KindPrinter> = {
  PodDisruptionBudget: {
    columns: [col('Name'), col('Min Available'), col('Max Unavailable'), col('Allowed Disruptions'), col('Age')],
    row: (pdb, now) => [pdb.metadata.name!, intOrString(pdb.spec?.minAvailable), intOrString(pdb.spec?.maxUnavailable), pdb.status?.disruptionsAllowed ?? 0, age(pdb, now)],
  },
  HorizontalPodAutoscaler: {
    columns: [col('Name'), col('Reference'), col('Targets'), col('MinPods'), col('MaxPods'), col('Replicas'), col('Age')],
    row: (hpa, now) => [
      hpa.metadata.name!,
      `${hpa.spec?.scaleTargetRef?.kind ?? ''}/${hpa.spec?.scaleTargetRef?.name ?? ''}`,
      formatHPAMetrics(hpa),
      hpa.spec?.minReplicas !== undefined && hpa.spec?.minReplicas !== null ? String(hpa.spec.minReplicas) : '<unset>',
      hpa.spec?.maxReplicas ?? 0,
      hpa.status?.currentReplicas ?? 0,
      age(hpa, now),
    ],
  },
};
