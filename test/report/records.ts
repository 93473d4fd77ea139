/** Builders of History records for report tests: a pod or node at an instant, in a few words. */
import { HistoryRecord, PodSummary } from '../../src/history/history';

export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const S = 1000;
export const MIN = 60 * S;

export function pod(atMs: number, name: string, status: string, more: Partial<PodSummary> & { type?: HistoryRecord['type']; owner?: string } = {}): HistoryRecord {
  const { type = 'MODIFIED', owner, ...summary } = more;
  return {
    at: T0 + atMs,
    type,
    kind: 'Pod',
    namespace: 'default',
    name,
    uid: `uid-${name}`,
    owner: owner ? { kind: 'ReplicaSet', name: owner, uid: `uid-${owner}` } : undefined,
    pod: { status, phase: 'Running', ready: '1/1', restarts: 0, node: 'node-1', terminating: false, ...summary },
  };
}

export function node(atMs: number, name: string, ready: string, type: HistoryRecord['type'] = 'MODIFIED'): HistoryRecord {
  return { at: T0 + atMs, type, kind: 'Node', name, uid: `uid-${name}`, node: { ready, unschedulable: false, taints: [] } };
}

export function event(atMs: number, uid: string, reason: string, object: string, count = 1, type = 'Normal'): HistoryRecord {
  return { at: T0 + atMs, type: count === 1 ? 'ADDED' : 'MODIFIED', kind: 'Event', namespace: 'default', name: uid, uid, event: { type, reason, message: `${reason} ${object}`, object, count } };
}
