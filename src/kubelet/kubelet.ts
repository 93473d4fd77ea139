/**
 * The kubelet of one node: it registers the Node, keeps its Lease, admits the pods bound to it
 * and hands each to a pod worker. When the node fails, the machine and its kubelet are gone:
 * nothing more is reported until it recovers, boots, and catches up with the API.
 */
import { KubeObject } from '../api/types';
import { copyWith } from '../util/copy';
import { parseTime, rfc3339 } from '../api/time';
import { ClusterContext } from '../context';
import { Recorder } from '../events/recorder';
import { WatchEventType } from '../store/objects';
import { NodeAgent, PodWorker } from './podWorker';
import { ipList } from './statusParts';
import type { NodeSpec } from '../cluster';

export interface NodeConfig extends NodeSpec {
  /** The node's position in the cluster: it decides the node's IP and pod subnet. */
  readonly index: number;
}

export const KUBELET_VERSION = (minor: number, patch = 0) => `v1.${minor}.${patch}`;

/** The kubelet renews its Lease every 10 s (a quarter of the 40 s lease duration). */
export const LEASE_RENEW_INTERVAL_MS = 10_000;
export const LEASE_DURATION_SECONDS = 40;
export const NODE_LEASE_NAMESPACE = 'kube-node-lease';
/** An unchanged node status is posted again every 5 minutes. */
export const NODE_STATUS_REPORT_MS = 5 * 60_000;

export class Kubelet implements NodeAgent {
  readonly recorder: Recorder;
  readonly hostIP: string;
  /** `[{ ip: hostIP }]`, shared by the statuses of the node's pods. */
  readonly hostIPs: readonly Readonly<{ ip: string }>[];
  private readonly workers = new Map<string, PodWorker>();
  private readonly usedIPs = new Set<number>();
  private nextIP = 2;
  private up = false;
  private downAt = 0;
  /** When the kubelet started renewing its lease: renewals fall on this phase every 10 s. */
  private renewPhase = 0;
  private stopped = false;

  constructor(readonly ctx: ClusterContext, readonly config: NodeConfig) {
    this.hostIP = `192.168.49.${config.index + 2}`;
    this.hostIPs = ipList(this.hostIP);
    this.recorder = ctx.events.for({ component: 'kubelet', host: config.name });
  }

  get nodeName(): string {
    return this.config.name;
  }

  connected(): boolean {
    return this.up;
  }

  // ---- the node ---------------------------------------------------------------------------------

  /** Boots the kubelet: register (or re-register) the node and post a Ready status. */
  start(): void {
    this.up = true;
    this.stopped = false;
    this.renewPhase = this.ctx.runtime.now();
    const { api } = this.ctx;
    let node = api.tryGet('Node', undefined, this.nodeName);
    if (!node) {
      node = api.create(this.nodeObject());
    }
    this.recorder.event(node, 'Normal', 'Starting', 'Starting kubelet.');
    this.postNodeStatus(true);
    this.recorder.event(node, 'Normal', 'NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods');
    this.renewLease();
  }

  private nodeObject(): KubeObject {
    const c = this.config;
    const labels: Record<string, string> = {
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': c.name,
      'kubernetes.io/os': 'linux',
      ...(c.labels ?? {}),
    };
    const spec: any = { podCIDR: this.podCIDR, podCIDRs: [this.podCIDR] };
    if (c.taints?.length) spec.taints = c.taints.map((t) => ({ ...t }));
    if (c.unschedulable) spec.unschedulable = true;
    return {
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: c.name, labels, annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' } },
      spec,
    };
  }

  get podCIDR(): string {
    return `10.244.${this.config.index}.0/24`;
  }

  private capacity(): Record<string, string> {
    return {
      cpu: this.config.cpu ?? '4',
      'ephemeral-storage': '100Gi',
      'hugepages-1Gi': '0',
      'hugepages-2Mi': '0',
      memory: this.config.memory ?? '16Gi',
      pods: this.config.pods ?? '110',
    };
  }

  /** The node's status as the kubelet reports it: conditions, capacity, addresses, node info. */
  private postNodeStatus(ready: boolean): void {
    const { api } = this.ctx;
    const node = api.tryGet('Node', undefined, this.nodeName);
    if (!node) return;
    const now = rfc3339(this.ctx.runtime.now());
    const old: any[] = node.status?.conditions ?? [];
    const condition = (type: string, status: string, reason: string, message: string) => {
      const prev = old.find((c) => c.type === type);
      const lastTransitionTime = prev && prev.status === status ? prev.lastTransitionTime : now;
      return { lastHeartbeatTime: now, lastTransitionTime, message, reason, status, type };
    };
    const capacity = this.capacity();
    const status = {
      ...(node.status ?? {}),
      addresses: [
        { address: this.hostIP, type: 'InternalIP' },
        { address: this.nodeName, type: 'Hostname' },
      ],
      allocatable: capacity,
      capacity,
      conditions: [
        condition('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        condition('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        condition('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        ready
          ? condition('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status')
          : condition('Ready', 'False', 'KubeletNotReady', 'container runtime status check may not have completed yet'),
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: this.ctx.rng.uuid(),
        containerRuntimeVersion: 'containerd://2.1.3',
        kernelVersion: '6.8.0',
        kubeProxyVersion: '',
        kubeletVersion: KUBELET_VERSION(api.minor, api.patch),
        machineID: '',
        operatingSystem: 'linux',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        systemUUID: '',
      },
    };
    const was = (type: string) => old.find((c) => c.type === type)?.status;
    const updated = api.updateStatus(copyWith(node, { status }));
    // The kubelet records each condition it reports as it changes (recordNodeStatusEvent).
    const changes: [string, string, string][] = [
      ['MemoryPressure', 'False', 'NodeHasSufficientMemory'],
      ['DiskPressure', 'False', 'NodeHasNoDiskPressure'],
      ['PIDPressure', 'False', 'NodeHasSufficientPID'],
      ['Ready', ready ? 'True' : 'False', ready ? 'NodeReady' : 'NodeNotReady'],
    ];
    for (const [type, status, reason] of changes) {
      if (was(type) !== status && (type !== 'Ready' || old.length > 0)) {
        this.recorder.event(updated, 'Normal', reason, `Node ${this.nodeName} status is now: ${reason}`);
      }
    }
  }

  private renewLease(): void {
    const { api } = this.ctx;
    const node = api.tryGet('Node', undefined, this.nodeName);
    const now = rfc3339(this.ctx.runtime.now());
    const lease = api.tryGet('Lease', NODE_LEASE_NAMESPACE, this.nodeName);
    const spec = { holderIdentity: this.nodeName, leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: now };
    if (!lease) {
      const ownerReferences = node ? [{ apiVersion: 'v1', kind: 'Node', name: this.nodeName, uid: node.metadata.uid! }] : undefined;
      api.create({ apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: this.nodeName, namespace: NODE_LEASE_NAMESPACE, ownerReferences }, spec });
    } else {
      api.update(copyWith(lease, { spec: copyWith(lease.spec ?? {}, spec) }));
    }
  }

  /**
   * The Lease was deleted (the garbage collector removes one whose Node was replaced): a running
   * kubelet's next renewal, at its next 10 s tick, creates it again, owned by the current Node.
   */
  onLeaseDeleted(): void {
    if (!this.up) return;
    const now = this.ctx.runtime.now();
    const next = this.lastRenewal(now) + LEASE_RENEW_INTERVAL_MS;
    this.ctx.runtime.after(next - now, `kubelet ${this.nodeName} lease`, () => {
      if (this.up && !this.ctx.api.tryGet('Lease', NODE_LEASE_NAMESPACE, this.nodeName)) this.renewLease();
    });
  }

  /**
   * The Lease as a reader sees it. A running kubelet renews every 10 s; rather than write each
   * renewal, the API shows the latest one when read. A stopped kubelet's lease stays where it was.
   */
  renewedLease(lease: KubeObject): KubeObject {
    if (!this.up) return lease;
    const now = this.ctx.runtime.now();
    const last = this.renewPhase + Math.floor((now - this.renewPhase) / LEASE_RENEW_INTERVAL_MS) * LEASE_RENEW_INTERVAL_MS;
    return copyWith(lease, { spec: copyWith(lease.spec ?? {}, { renewTime: rfc3339(last) }) });
  }

  /**
   * The Node as a reader sees it. A running kubelet posts an unchanged status every 5 minutes
   * (nodeStatusReportFrequency); rather than write each post, the API shows the latest one.
   */
  reportedNode(node: KubeObject): KubeObject {
    if (!this.up || !node.status?.conditions) return node;
    const now = this.ctx.runtime.now();
    let changed = false;
    const conditions = node.status.conditions.map((c: any) => {
      const posted = parseTime(c.lastHeartbeatTime) ?? NaN;
      if (Number.isNaN(posted) || now - posted < NODE_STATUS_REPORT_MS) return c;
      changed = true;
      return copyWith(c, { lastHeartbeatTime: rfc3339(posted + Math.floor((now - posted) / NODE_STATUS_REPORT_MS) * NODE_STATUS_REPORT_MS) });
    });
    // Read within 5 minutes of the last post (most reads): the stored Node is what a reader sees.
    if (!changed) return node;
    return copyWith(node, { status: copyWith(node.status, { conditions }) });
  }

  /** The time of the kubelet's last lease renewal, at or before `at`. */
  private lastRenewal(at: number): number {
    return this.renewPhase + Math.floor((at - this.renewPhase) / LEASE_RENEW_INTERVAL_MS) * LEASE_RENEW_INTERVAL_MS;
  }

  /** The machine fails: the kubelet and every container on it stop; the API hears nothing more. */
  fail(): void {
    if (!this.up) return;
    const now = this.ctx.runtime.now();
    // The lease keeps the last renewal that reached the API server before the failure.
    const lease = this.ctx.api.tryGet('Lease', NODE_LEASE_NAMESPACE, this.nodeName);
    if (lease) this.ctx.api.update(copyWith(lease, { spec: copyWith(lease.spec ?? {}, { renewTime: rfc3339(this.lastRenewal(now)) }) }));
    this.up = false;
    this.downAt = now;
    for (const w of this.workers.values()) w.nodeDown();
  }

  /** The machine is back: the kubelet boots, reports the node Ready, and catches up with its pods. */
  recover(): void {
    if (this.up || this.stopped) return;
    this.start();
    const pods = this.ctx.api.store.byIndex('Pod', 'nodeName', this.nodeName);
    const live = new Set(pods.map((p) => p.metadata.uid!));
    for (const [uid, w] of [...this.workers]) {
      if (!live.has(uid)) w.release();
    }
    for (const pod of pods) {
      const w = this.workers.get(pod.metadata.uid!);
      if (w) {
        w.update(pod);
        w.nodeUp(this.downAt);
      } else {
        this.admit(pod);
      }
    }
  }

  /** The machine is taken away for good (the Node object is being removed). */
  stop(): void {
    if (this.up) this.fail();
    this.stopped = true;
  }

  // ---- pods -------------------------------------------------------------------------------------

  /** A change to a pod bound to this node (routed here by the Kubelets of the cluster). */
  onPod(type: WatchEventType, pod: KubeObject, old: KubeObject | undefined): void {
    if (!this.up) return;
    // Task labels are built only if read (see Label): a kubelet queues a task per pod write.
    const uid = pod.metadata.uid!;
    if (type === 'DELETED') {
      const w = this.workers.get(uid);
      if (w) this.ctx.runtime.soon(() => `kubelet ${this.nodeName} forget ${pod.metadata.name}`, () => w.release());
      return;
    }
    const worker = this.workers.get(uid);
    if (worker) {
      this.ctx.runtime.soon(() => `kubelet ${this.nodeName} update ${pod.metadata.namespace}/${pod.metadata.name}`, () => {
        const latest = this.ctx.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name!);
        if (latest && latest.metadata.uid === uid) worker.update(latest);
      });
      return;
    }
    if (type === 'ADDED' || old?.spec?.nodeName !== this.nodeName) {
      this.ctx.runtime.soon(() => `kubelet ${this.nodeName} admit ${pod.metadata.namespace}/${pod.metadata.name}`, () => {
        const latest = this.ctx.api.tryGet('Pod', pod.metadata.namespace, pod.metadata.name!);
        if (latest && latest.metadata.uid === uid && !this.workers.has(uid) && this.up) this.admit(latest);
      });
    }
  }

  private admit(pod: KubeObject): void {
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') return;
    const worker = new PodWorker(this, pod);
    this.workers.set(pod.metadata.uid!, worker);
    if (pod.metadata.deletionTimestamp) {
      // Deleted before the kubelet got to it: nothing was started, remove it at once.
      worker.update(pod);
      return;
    }
    worker.start();
  }

  worker(uid: string): PodWorker | undefined {
    return this.workers.get(uid);
  }

  allocatePodIP(): string {
    for (let tries = 0; tries < 253; tries++) {
      const candidate = this.nextIP;
      this.nextIP = this.nextIP >= 254 ? 2 : this.nextIP + 1;
      if (!this.usedIPs.has(candidate)) {
        this.usedIPs.add(candidate);
        return `10.244.${this.config.index}.${candidate}`;
      }
    }
    throw new Error(`node ${this.nodeName} has no free pod IP`);
  }

  releasePodIP(ip: string): void {
    // The last of the four parts allocatePodIP wrote (no array of parts for it).
    this.usedIPs.delete(Number(ip.slice(ip.lastIndexOf('.') + 1)));
  }

  forget(uid: string): void {
    this.workers.delete(uid);
  }
}
