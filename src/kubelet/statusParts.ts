/**
 * Parts of a pod status that are equal from pod to pod, built once and shared (frozen) by the
 * statuses that hold them. A pod's status is written twice as it starts, and the last one is
 * kept with the pod for as long as it lives: its conditions, its container's state and the
 * node's IPs were each a few objects per write, the same field for field as those of every pod
 * the kubelets started at that instant. Sharing changes no field (the JSON is the same); a writer
 * that tried to change a shared part would throw, as under `KUBESPEC_FREEZE`, rather than
 * change every pod holding it.
 */
import { rfc3339 } from '../api/time';

/** `{}` as a container status's `resources` and empty `lastState`. */
export const EMPTY: Readonly<Record<string, never>> = Object.freeze({});

/** One of the kubelet's conditions of a pod, as the pod worker keeps it. */
export interface ConditionRecord {
  readonly status: 'True' | 'False';
  readonly lastTransitionTime: number;
  readonly reason?: string;
  readonly message?: string;
}

/** The last record made for each condition type: the pods started at one instant share it. */
const lastRecord = new Map<string, ConditionRecord>();

/**
 * A condition record for a pod worker to keep: the last one made for its type when equal field
 * for field (frozen: workers replace their records, never change them).
 */
export function conditionRecord(type: string, status: 'True' | 'False', lastTransitionTime: number, reason?: string, message?: string): ConditionRecord {
  const last = lastRecord.get(type);
  if (last && last.status === status && last.lastTransitionTime === lastTransitionTime && last.reason === reason && last.message === message) return last;
  const made: ConditionRecord = Object.freeze({ status, lastTransitionTime, reason, message });
  lastRecord.set(type, made);
  return made;
}

interface BuiltCondition {
  readonly from: ConditionRecord;
  readonly generation: number | undefined;
  readonly out: Readonly<Record<string, unknown>>;
}

/**
 * The last condition built for each type: the pods written one after another at an instant
 * mostly share it (same status and transition time). One per type, so nothing accumulates.
 */
const lastCondition = new Map<string, BuiltCondition>();

/** A condition as the status shows it (fields in the order the kubelet always wrote them). */
export function conditionStatus(type: string, c: ConditionRecord, generation: number | undefined): Readonly<Record<string, unknown>> {
  const last = lastCondition.get(type);
  if (last && last.generation === generation && sameCondition(last.from, c)) return last.out;
  const out: Record<string, unknown> = { lastProbeTime: null, lastTransitionTime: rfc3339(c.lastTransitionTime), status: c.status, type };
  if (generation !== undefined) out.observedGeneration = generation;
  if (c.message) out.message = c.message;
  if (c.reason) out.reason = c.reason;
  lastCondition.set(type, { from: c, generation, out: Object.freeze(out) });
  return out;
}

function sameCondition(a: ConditionRecord, b: ConditionRecord): boolean {
  if (a === b) return true;
  return (
    a.status === b.status &&
    Math.floor(a.lastTransitionTime / 1000) === Math.floor(b.lastTransitionTime / 1000) &&
    a.reason === b.reason &&
    a.message === b.message
  );
}

/** The last running state built: `{ running: { startedAt } }`, shared by the starts of one second. */
let lastRunningSecond = NaN;
let lastRunning: Readonly<Record<string, unknown>> | undefined;

export function runningState(startedAt: number): Readonly<Record<string, unknown>> {
  const second = Math.floor(startedAt / 1000);
  if (second !== lastRunningSecond || !lastRunning) {
    lastRunningSecond = second;
    lastRunning = Object.freeze({ running: Object.freeze({ startedAt: rfc3339(startedAt) }) });
  }
  return lastRunning;
}

/** `{ waiting: { reason } }` (without a message), one per reason: `ContainerCreating` mostly. */
const waitingStates = new Map<string, Readonly<Record<string, unknown>>>();

export function waitingState(reason: string): Readonly<Record<string, unknown>> {
  let state = waitingStates.get(reason);
  if (!state) {
    if (waitingStates.size >= 256) waitingStates.clear();
    waitingStates.set(reason, (state = Object.freeze({ waiting: Object.freeze({ reason }) })));
  }
  return state;
}

/** `[{ ip }]`, frozen: a node's `hostIPs` (the kubelet keeps one), or a pod's `podIPs`. */
export function ipList(ip: string): readonly Readonly<{ ip: string }>[] {
  return Object.freeze([Object.freeze({ ip })]);
}
