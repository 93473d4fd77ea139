/**
 * The node lifecycle controller: it watches each node's Lease, and when the kubelet stops renewing
 * it for the monitor grace period (50 s since 1.32), marks the node's conditions Unknown, marks
 * its pods not ready, taints it unreachable (NoSchedule at once, NoExecute at the zone's eviction
 * rate) and lifts all of that when the node is Ready again. If every zone is fully disrupted it
 * stops evicting altogether ("master disruption mode").
 */
import { KubeObject } from '../../api/types';
import { rfc3339, parseTime } from '../../api/time';
import { ClusterContext } from '../../context';
import { Recorder } from '../../events/recorder';
import { Controller } from '../controller';
import { copyWith, shallowCopy } from '../../util/copy';
import { TokenBucket } from './tokenBucket';
import { ZoneState, computeZoneState, evictionQPS, zoneOf } from './zones';

const MONITOR_PERIOD_MS = 5_000;
const STARTUP_GRACE_MS = 60_000;
const LEASE_NAMESPACE = 'kube-node-lease';

export const UNREACHABLE = 'node.kubernetes.io/unreachable';
export const NOT_READY = 'node.kubernetes.io/not-ready';
export const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';

/**
 * nodeConditionToTaintKeyStatusMap (pkg/controller/nodelifecycle/node_lifecycle_controller.go):
 * the NoSchedule taint each node condition status brings (doNoScheduleTaintingPass).
 */
const CONDITION_TAINTS: Record<string, Record<string, string>> = {
  Ready: { False: NOT_READY, Unknown: UNREACHABLE },
  MemoryPressure: { True: 'node.kubernetes.io/memory-pressure' },
  DiskPressure: { True: 'node.kubernetes.io/disk-pressure' },
  NetworkUnavailable: { True: 'node.kubernetes.io/network-unavailable' },
  PIDPressure: { True: 'node.kubernetes.io/pid-pressure' },
};
const CONDITION_TAINT_KEYS = new Set(Object.values(CONDITION_TAINTS).flatMap((m) => Object.values(m)));

/** The NoSchedule taint keys a node's conditions and spec.unschedulable call for. */
export function noScheduleTaintKeys(conditions: readonly { type: string; status: string }[], unschedulable: boolean): string[] {
  const keys: string[] = [];
  for (const c of conditions) {
    const key = CONDITION_TAINTS[c.type]?.[c.status];
    if (key) keys.push(key);
  }
  if (unschedulable) keys.push(UNSCHEDULABLE);
  return keys;
}

/**
 * monitorNodeHealth: the node event and MarkPodsNotReady come only when this controller turned a
 * Ready node's condition (currentReadyCondition != True && observedReadyCondition == True); a node
 * already NotReady, or one that never reported, gets neither.
 */
export function reportsNotReady(observedReady: string | undefined, currentReady: string | undefined): boolean {
  return observedReady === 'True' && currentReady !== 'True';
}

/** The grace period before a silent node is declared Unknown: 40 s until 1.31, 50 s since. */
export function monitorGracePeriodMs(minor: number): number {
  return minor >= 32 ? 50_000 : 40_000;
}

interface Health {
  /** When this controller last saw the node alive (a newer lease renewal or heartbeat). */
  probeTimestamp: number;
  lastRenewTime: number;
  lastHeartbeat?: string;
  /** The lease's resourceVersion last seen: a change means the lease was written. */
  leaseVersion?: string;
  /** The node's zone, whether its Ready condition is True, and whether it counts in its zone. */
  zone: string;
  ready: boolean;
  counted: boolean;
  /** The node as last seen, for the RemovingNode event once it is gone. */
  node: KubeObject;
}

interface Zone {
  state: ZoneState;
  bucket: TokenBucket;
  /** Nodes waiting for their NoExecute taint, in order. */
  pending: string[];
  retry?: boolean;
}

export class NodeLifecycleController extends Controller {
  private readonly health = new Map<string, Health>();
  private readonly zones = new Map<string, Zone>();
  /** Ready and not-ready nodes per zone, updated as nodes change. */
  private readonly counts = new Map<string, { ready: number; notReady: number }>();
  private readonly startedAt: number;
  private allDisrupted = false;
  private readonly podRecorder: Recorder;

  constructor(ctx: ClusterContext) {
    super('node-lifecycle-controller', ctx, 'node-controller');
    this.podRecorder = this.recorder;
    this.startedAt = ctx.runtime.now();
    // A deleted node is forgotten by its sync, which also takes it out of its zone's counts.
    ctx.api.watch('Node', (_type, node) => this.queue.add(node.metadata.name!));
    ctx.api.watch('Lease', (_type, lease) => {
      if (lease.metadata.namespace === LEASE_NAMESPACE) this.queue.add(lease.metadata.name!);
    });
  }

  resync(): void {
    // A restarted controller manager has no probe times: it assumes it saw every node just now
    // ("Missing timestamp for Node ... Assuming now"), so each gets a full grace period again.
    for (const h of this.health.values()) h.probeTimestamp = this.now;
    for (const node of this.ctx.api.store.list('Node')) this.queue.add(node.metadata.name!);
  }

  /** The first monitor tick at or after `t` (ticks every 5 s from the controller's start). */
  private tickAtOrAfter(t: number): number {
    const k = Math.ceil((t - this.startedAt) / MONITOR_PERIOD_MS);
    return this.startedAt + Math.max(0, k) * MONITOR_PERIOD_MS;
  }

  sync(name: string): void {
    const { api } = this.ctx;
    const node = api.tryGet('Node', undefined, name);
    if (!node) {
      const gone = this.health.get(name);
      if (!gone) return;
      // monitorNodeHealth notices a deleted node at its next look (classifyNodes).
      const tick = this.tickAtOrAfter(this.now);
      if (tick > this.now) return this.queue.addAfter(name, tick - this.now);
      this.recorder.event(gone.node, 'Normal', 'RemovingNode', `Node ${name} event: Removing Node ${name} from Controller`);
      this.count(gone, -1);
      this.health.delete(name);
      this.updateZones();
      return;
    }
    const ready = readyCondition(node);
    const lease = this.leaseOf(name);
    const renew = parseTime(lease?.spec?.renewTime) ?? 0;
    let h = this.health.get(name);
    if (!h) {
      // monitorNodeHealth meets a new node at its next look (classifyNodes: RegisteredNode) and
      // starts its health record then ("Assuming now as a timestamp"); the NoSchedule taints of
      // its conditions come at once (doNoScheduleTaintingPass runs on the node informer's events).
      const tick = this.tickAtOrAfter(this.now);
      if (tick > this.now) {
        this.reconcileNoScheduleTaints(node);
        return this.queue.addAfter(name, tick - this.now);
      }
      h = { probeTimestamp: this.now, lastRenewTime: renew, lastHeartbeat: ready?.lastHeartbeatTime, zone: zoneOf(node.metadata.labels), ready: false, counted: false, node };
      this.health.set(name, h);
      this.recorder.event(node, 'Normal', 'RegisteredNode', `Node ${name} event: Registered Node ${name} in Controller`);
    }
    const written = lease?.metadata.resourceVersion !== h.leaseVersion;
    h.leaseVersion = lease?.metadata.resourceVersion;
    // The controller looks every 5 s: a renewal is seen at the first look after it.
    let renewed = false;
    if (renew > h.lastRenewTime) {
      renewed = true;
      h.lastRenewTime = renew;
      h.probeTimestamp = Math.max(h.probeTimestamp, Math.min(this.now, this.tickAtOrAfter(renew)));
    }
    if (ready?.lastHeartbeatTime && ready.lastHeartbeatTime !== h.lastHeartbeat) {
      h.lastHeartbeat = ready.lastHeartbeatTime;
      h.probeTimestamp = Math.max(h.probeTimestamp, Math.min(this.now, this.tickAtOrAfter(parseTime(ready.lastHeartbeatTime) ?? this.now)));
    }
    const grace = ready ? monitorGracePeriodMs(this.ctx.api.minor) : STARTUP_GRACE_MS;
    // Unknown at the first tick strictly after probe + grace.
    const deadline = this.tickAtOrAfter(h.probeTimestamp + grace + 1);
    if (this.now >= deadline) {
      if (ready?.status !== 'Unknown') this.markUnknown(node);
    } else if (written || !renewed) {
      // A running kubelet keeps renewing without writes (see Kubelet.renewedLease): once seen
      // renewing, the node needs no watching until its lease is written again — which a
      // failing kubelet's last renewal does.
      this.queue.addAfter(name, deadline - this.now);
    }
    const current = api.tryGet('Node', undefined, name)!;
    h.node = current;
    const zone = zoneOf(current.metadata.labels);
    const isReady = readyCondition(current)?.status === 'True';
    const counted = current.metadata.labels?.['node.kubernetes.io/exclude-disruption'] === undefined;
    if (zone !== h.zone || isReady !== h.ready || counted !== h.counted) {
      this.count(h, -1);
      h.zone = zone;
      h.ready = isReady;
      h.counted = counted;
      this.count(h, +1);
      this.updateZones();
    }
    this.reconcileNoScheduleTaints(current);
    this.reconcileNoExecute(current);
  }

  private leaseOf(name: string): KubeObject | undefined {
    return this.ctx.api.tryGet('Lease', LEASE_NAMESPACE, name);
  }

  /** The kubelet went silent: conditions Unknown, an event, and the node's pods not ready. */
  private markUnknown(node: KubeObject): void {
    const now = rfc3339(this.now);
    const conditions = (node.status?.conditions ?? []).map((c: any) =>
      ['Ready', 'MemoryPressure', 'DiskPressure', 'PIDPressure'].includes(c.type) && c.status !== 'Unknown'
        ? copyWith(c, { lastTransitionTime: now, message: 'Kubelet stopped posting node status.', reason: 'NodeStatusUnknown', status: 'Unknown' })
        : c,
    );
    const updated = this.ctx.api.updateStatus(copyWith(node, { status: copyWith(node.status ?? {}, { conditions }) }));
    if (!reportsNotReady(readyCondition(node)?.status, readyCondition(updated)?.status)) return;
    this.recorder.event(updated, 'Normal', 'NodeNotReady', `Node ${node.metadata.name} status is now: NodeNotReady`);
    this.markPodsNotReady(node.metadata.name!);
  }

  /** MarkPodsNotReady: each pod on the node gets Ready=False and a NodeNotReady event. */
  private markPodsNotReady(nodeName: string): void {
    const now = rfc3339(this.now);
    for (const pod of this.ctx.api.store.byIndex('Pod', 'nodeName', nodeName)) {
      const conditions: any[] = pod.status?.conditions ?? [];
      const readyIdx = conditions.findIndex((c) => c.type === 'Ready');
      if (readyIdx < 0 || conditions[readyIdx].status === 'False') continue;
      const next = conditions.map((c, i) => (i === readyIdx ? copyWith(c, { status: 'False', lastTransitionTime: now }) : c));
      const updated = this.ctx.api.updateStatus(copyWith(pod, { status: copyWith(pod.status, { conditions: next }) }));
      this.podRecorder.event(updated, 'Warning', 'NodeNotReady', 'Node is not ready');
    }
  }

  /** doNoScheduleTaintingPass: NoSchedule taints follow the Ready condition and spec.unschedulable. */
  private reconcileNoScheduleTaints(node: KubeObject): void {
    const want = new Set(noScheduleTaintKeys(node.status?.conditions ?? [], !!node.spec?.unschedulable));
    const taints: any[] = node.spec?.taints ?? [];
    const managed = (key: string) => key === UNSCHEDULABLE || CONDITION_TAINT_KEYS.has(key);
    const kept = taints.filter((t) => !(t.effect === 'NoSchedule' && managed(t.key) && !want.has(t.key)));
    const now = rfc3339(this.now);
    for (const key of want) {
      if (!kept.some((t) => t.key === key && t.effect === 'NoSchedule')) kept.push({ effect: 'NoSchedule', key, timeAdded: now });
    }
    this.writeTaints(node, kept);
  }

  private writeTaints(node: KubeObject, taints: any[]): KubeObject {
    const before = node.spec?.taints ?? [];
    if (sameTaints(before, taints)) return node;
    const spec = shallowCopy(node.spec ?? {});
    if (taints.length) spec.taints = taints;
    else delete spec.taints;
    return this.ctx.api.update(copyWith(node, { spec }));
  }

  private zone(key: string): Zone {
    let z = this.zones.get(key);
    if (!z) this.zones.set(key, (z = { state: 'Initial', bucket: new TokenBucket(0.1, 1, this.now), pending: [] }));
    return z;
  }

  /** Adds (+1) or removes (-1) a node from its zone's ready/not-ready counts. */
  private count(h: Health, delta: 1 | -1): void {
    if (!h.counted) return;
    const c = this.counts.get(h.zone) ?? { ready: 0, notReady: 0 };
    if (h.ready) c.ready += delta;
    else c.notReady += delta;
    if (c.ready === 0 && c.notReady === 0) this.counts.delete(h.zone);
    else this.counts.set(h.zone, c);
  }

  /** handleDisruption: zone states, their eviction rates, and the all-zones-down mode. */
  private updateZones(): void {
    const counts = this.counts;
    const states = new Map([...counts].map(([k, c]) => [k, computeZoneState(c.ready, c.notReady)]));
    const allFull = states.size > 0 && [...states.values()].every((s) => s === 'FullDisruption');
    if (allFull && !this.allDisrupted) {
      // "Controller detected that all Nodes are not-Ready. Entering master disruption mode."
      this.allDisrupted = true;
      for (const node of this.ctx.api.store.list('Node')) this.markReachable(node);
      for (const [k] of states) {
        const z = this.zone(k);
        z.pending = [];
        z.state = 'FullDisruption';
        z.bucket.setRate(0, this.now);
      }
      return;
    }
    if (!allFull && this.allDisrupted) {
      // "Controller detected that some Nodes are Ready. Exiting master disruption mode."
      this.allDisrupted = false;
      for (const h of this.health.values()) h.probeTimestamp = this.now;
      for (const node of this.ctx.api.store.list('Node')) this.queue.add(node.metadata.name!);
    }
    if (this.allDisrupted) return;
    for (const [k, state] of states) {
      const z = this.zone(k);
      const c = counts.get(k)!;
      if (z.state !== state) {
        z.state = state;
        z.bucket.setRate(evictionQPS(state, c.ready + c.notReady), this.now);
        // Nodes queued while the zone's rate was 0 are tainted again as the new rate allows.
        if (z.pending.length) this.queue.add(z.pending[0]);
      }
    }
  }

  /** processTaintBaseEviction / markNodeAsReachable, then the rate-limited NoExecute pass. */
  private reconcileNoExecute(node: KubeObject): void {
    const name = node.metadata.name!;
    const status = readyCondition(node)?.status;
    const z = this.zone(zoneOf(node.metadata.labels));
    if (status === 'True' || this.allDisrupted) {
      if (status === 'True') this.markReachable(node);
      z.pending = z.pending.filter((n) => n !== name);
      return;
    }
    const want = status === 'Unknown' ? UNREACHABLE : NOT_READY;
    const taints: any[] = node.spec?.taints ?? [];
    const other = want === UNREACHABLE ? NOT_READY : UNREACHABLE;
    if (taints.some((t) => t.key === other && t.effect === 'NoExecute')) {
      // The node changed from not-ready to unreachable (or back): swap at once.
      this.writeTaints(node, [...taints.filter((t) => !(t.key === other && t.effect === 'NoExecute')), { effect: 'NoExecute', key: want, timeAdded: rfc3339(this.now) }]);
      return;
    }
    if (taints.some((t) => t.key === want && t.effect === 'NoExecute')) return;
    if (!z.pending.includes(name)) z.pending.push(name);
    this.drainZone(zoneOf(node.metadata.labels));
  }

  /** doNoExecuteTaintingPass for one zone: taint as many queued nodes as its rate allows. */
  private drainZone(key: string): void {
    const z = this.zone(key);
    while (z.pending.length) {
      const name = z.pending[0];
      const node = this.ctx.api.tryGet('Node', undefined, name);
      const status = node ? readyCondition(node)?.status : undefined;
      if (!node || status === 'True' || status === undefined) {
        z.pending.shift();
        continue;
      }
      const token = z.bucket.take(this.now);
      if (!token.ok) {
        if (token.at !== Infinity && !z.retry) {
          z.retry = true;
          this.ctx.runtime.after(token.at - this.now, `${this.name} zone ${key || '(none)'} eviction`, () => {
            z.retry = false;
            if (z.pending.length) this.queue.add(z.pending[0]);
          });
        }
        return;
      }
      z.pending.shift();
      const key2 = status === 'Unknown' ? UNREACHABLE : NOT_READY;
      const taints: any[] = node.spec?.taints ?? [];
      if (!taints.some((t) => t.key === key2 && t.effect === 'NoExecute')) {
        this.writeTaints(node, [...taints, { effect: 'NoExecute', key: key2, timeAdded: rfc3339(this.now) }]);
      }
    }
  }

  private markReachable(node: KubeObject): void {
    const current = this.ctx.api.tryGet('Node', undefined, node.metadata.name!);
    if (!current) return;
    const taints: any[] = current.spec?.taints ?? [];
    this.writeTaints(current, taints.filter((t) => !(t.effect === 'NoExecute' && (t.key === UNREACHABLE || t.key === NOT_READY))));
  }
}

function readyCondition(node: KubeObject): any {
  return (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
}

function sameTaints(a: any[], b: any[]): boolean {
  if (a.length !== b.length) return false;
  const id = (t: any) => `${t.key}=${t.value ?? ''}:${t.effect}`;
  const sa = a.map(id).sort();
  const sb = b.map(id).sort();
  return sa.every((x, i) => x === sb[i]);
}
