/**
 * Nodes as a scenario's table gives them: `labels` as `disk=ssd,gpu=true`, `taints` as
 * `dedicated=gpu:NoSchedule,other:NoExecute`, `unschedulable` as true/false.
 */
import { NodeSpec } from '../cluster';
import { setOwn } from '../util/own';

export function parseLabelList(text: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const part of (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`invalid label "${part}": expected key=value, e.g. disk=ssd`);
    setOwn(labels, part.slice(0, eq), part.slice(eq + 1));
  }
  return labels;
}

export function parseTaintList(text: string | undefined): { key: string; value?: string; effect: string }[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((t) => {
      const m = /^([^=:]+)(?:=([^:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/.exec(t);
      if (!m) throw new Error(`invalid taint "${t}": expected key[=value]:Effect, e.g. dedicated=gpu:NoSchedule`);
      return m[2] !== undefined ? { key: m[1], value: m[2], effect: m[3] } : { key: m[1], effect: m[3] };
    });
}

export function parseNodeTable(rows: readonly Record<string, string>[]): NodeSpec[] {
  return rows.map((row) => {
    const name = row.name?.trim();
    if (!name) throw new Error('every node needs a name (the "name" column)');
    const unknown = Object.keys(row).filter((k) => !['name', 'labels', 'taints', 'unschedulable', 'cpu', 'memory', 'pods'].includes(k));
    if (unknown.length) throw new Error(`unknown column(s) ${unknown.join(', ')}: the columns are name, labels, taints, unschedulable, cpu, memory, pods`);
    const spec: NodeSpec = {
      name,
      labels: parseLabelList(row.labels),
      taints: parseTaintList(row.taints),
      unschedulable: (row.unschedulable ?? '').trim().toLowerCase() === 'true',
      cpu: row.cpu?.trim() || undefined,
      memory: row.memory?.trim() || undefined,
      pods: row.pods?.trim() || undefined,
    };
    return spec;
  });
}
