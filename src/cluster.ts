/**
 * The Cluster façade: a simulated Kubernetes cluster on a simulated clock. It wires the API
 * server, the scheduler, one kubelet per node and the controller manager, and offers what steps,
 * tests and users' own code need: apply manifests, run kubectl, move time, fail nodes, read
 * objects, events and history.
 */
import { readFileSync } from 'node:fs';
import { KubeObject } from './api/types';
import { releaseOf } from './api/kinds';
import { parseTime } from './api/time';
import { ClusterContext } from './context';
import { ControllerManager } from './controllers/controller';
import { createControllers } from './controllers';
import { EventRecorders } from './events/recorder';
import { History } from './history/history';
import { ImageBehaviour, ImageCatalogue } from './kubelet/images';
import { Kubelets } from './kubelet/kubelets';
import { NodeConfig } from './kubelet/kubelet';
import { Scheduler } from './scheduler/scheduler';
import { Runtime } from './sim/runtime';
import { Random } from './sim/rng';
import { ApiServer } from './store/apiserver';
import { parseDuration } from './util/duration';
import { bootstrap } from './bootstrap';
import { Kubectl, KubectlResult } from './kubectl';
import { ServiceProxy, ServiceReply } from './services/proxy';

/** A node as a cluster is created with it: only the name is required. */
export interface NodeSpec {
  readonly name: string;
  readonly labels?: Record<string, string>;
  readonly taints?: readonly { key: string; value?: string; effect: string }[];
  readonly unschedulable?: boolean;
  readonly cpu?: string;
  readonly memory?: string;
  readonly pods?: string;
}

export interface ClusterOptions {
  /** A number of nodes (`node-1` … `node-N`), or the nodes themselves. Default: one node `minikube`. */
  readonly nodes?: number | readonly NodeSpec[];
  /** The seed of the cluster's random generator (generated names, random choices). Default 1. */
  readonly seed?: number;
  /** The simulated start time: an RFC 3339 string, a Date or epoch milliseconds. */
  readonly start?: string | Date | number;
  /** The Kubernetes release to behave as, e.g. "1.34" (the default) or "1.24". */
  readonly version?: string;
  /** An image catalogue to share (e.g. declared before the cluster was created). */
  readonly images?: ImageCatalogue;
  /** Reads files named in kubectl commands (`-f path`). Default: relative to the working directory. */
  readonly readFile?: (path: string) => string;
}

export const DEFAULT_VERSION = '1.34';

function readFileFromCwd(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`the path "${path}" does not exist`);
  }
}
export const DEFAULT_START = '2026-01-01T00:00:00Z';

function startMs(start: ClusterOptions['start']): number {
  if (start === undefined) return Date.parse(DEFAULT_START);
  if (typeof start === 'number') return start;
  if (start instanceof Date) return start.getTime();
  const t = parseTime(start);
  if (t === undefined) throw new Error(`invalid time "${start}": expected an RFC 3339 instant such as "2026-03-01T10:29:00Z"`);
  return t;
}

function nodeSpecs(nodes: ClusterOptions['nodes']): NodeSpec[] {
  if (nodes === undefined) return [{ name: 'minikube' }];
  if (typeof nodes === 'number') {
    if (!Number.isInteger(nodes) || nodes < 0) throw new Error(`invalid number of nodes ${nodes}: expected a whole number, 0 or more`);
    return Array.from({ length: nodes }, (_, i) => ({ name: `node-${i + 1}` }));
  }
  return [...nodes];
}

/** Milliseconds from a duration text or a number of milliseconds (finite, not negative). */
function durationMs(duration: string | number): number {
  if (typeof duration === 'string') return parseDuration(duration);
  if (!Number.isFinite(duration) || duration < 0) throw new Error(`invalid duration ${duration}: expected milliseconds, 0 or more, or a text such as "2 minutes"`);
  return duration;
}

export class Cluster {
  readonly api: ApiServer;
  readonly runtime: Runtime;
  readonly rng: Random;
  readonly images: ImageCatalogue;
  readonly history: History;
  readonly version: string;
  private readonly ctx: ClusterContext;
  private readonly kubelets: Kubelets;
  private readonly controllerManager: ControllerManager;
  private readonly kubectlCli: Kubectl;
  private readonly proxy: ServiceProxy;
  private nodeCount = 0;

  constructor(options: ClusterOptions = {}) {
    this.version = options.version ?? DEFAULT_VERSION;
    const { minor, patch } = releaseOf(this.version);
    this.runtime = new Runtime(startMs(options.start));
    this.rng = new Random(options.seed ?? 1);
    this.api = new ApiServer(this.runtime, this.rng, minor, patch);
    this.images = options.images ?? new ImageCatalogue();
    this.history = new History(() => this.runtime.now());
    // The history hears of the Events the recorder keeps back from the recorder itself.
    this.api.store.watchAll((type, obj, _old, stored) => this.history.record(type, obj, stored), { keptBack: 'hearsFromWriter' });
    const events = new EventRecorders(this.api, this.runtime, (type, identity, summary) => this.history.recordKeptBack(type, identity, summary));
    this.ctx = { api: this.api, runtime: this.runtime, rng: this.rng, events, images: this.images };
    bootstrap(this.ctx);
    this.kubelets = new Kubelets(this.ctx);
    this.api.setView('Lease', (lease) => this.kubelets.leaseView(lease));
    this.api.setView('Node', (node) => this.kubelets.nodeView(node));
    new Scheduler(this.ctx);
    this.controllerManager = new ControllerManager(createControllers(this.ctx));
    this.kubectlCli = new Kubectl(this.ctx, { kubelets: this.kubelets, readFile: options.readFile ?? readFileFromCwd });
    this.proxy = new ServiceProxy(this.ctx, (pod) => this.kubelets.workerFor(pod));
    for (const spec of nodeSpecs(options.nodes)) this.addNode(spec);
    this.settle();
  }

  /** The current simulated time. */
  now(): Date {
    return new Date(this.runtime.now());
  }

  // ---- time -------------------------------------------------------------------------------------

  /** Runs everything due at the current instant; the clock does not move. */
  settle(): void {
    this.runtime.settle();
  }

  /** Moves the clock forward by a duration (`"90s"`, `"2 minutes"`, or milliseconds). */
  advance(duration: string | number): void {
    const ms = durationMs(duration);
    this.runtime.advanceTo(this.runtime.now() + ms);
  }

  /**
   * Moves the clock until `condition` holds (checked at the current instant, then after each
   * instant settles), at most `duration`. Returns whether it held; the clock stays where it did.
   */
  advanceUntil(duration: string | number, condition: () => boolean): boolean {
    const ms = durationMs(duration);
    this.settle();
    if (condition()) return true;
    return this.runtime.advanceTo(this.runtime.now() + ms, condition);
  }

  /**
   * Moves the clock for `duration`, requiring `condition` at every instant on the way (after it
   * settles). Returns the first instant at which it failed, or undefined.
   */
  advanceWhile(duration: string | number, condition: () => boolean): number | undefined {
    const ms = durationMs(duration);
    this.settle();
    if (!condition()) return this.runtime.now();
    let failedAt: number | undefined;
    this.runtime.advanceTo(this.runtime.now() + ms, () => {
      if (condition()) return false;
      failedAt = this.runtime.now();
      return true;
    });
    return failedAt;
  }

  // ---- nodes ------------------------------------------------------------------------------------

  /** A new node joins the cluster (a name, or a name with labels, taints and capacity): its kubelet registers it and reports it Ready. */
  addNode(node: string | NodeSpec): void {
    const spec: NodeSpec = typeof node === 'string' ? { name: node } : node;
    if (typeof spec?.name !== 'string' || spec.name === '') throw new Error('a node needs a name, e.g. cluster.addNode("node-4")');
    if (this.kubelets.get(spec.name) || this.api.tryGet('Node', undefined, spec.name)) {
      throw new Error(`node "${spec.name}" already exists`);
    }
    const config: NodeConfig = { ...spec, index: this.nodeCount };
    this.kubelets.add(config);
    this.nodeCount++;
    this.settle();
  }

  private kubeletOf(name: string) {
    const k = this.kubelets.get(name);
    if (!k) throw new Error(`node "${name}" not found`);
    return k;
  }

  /** The node stops answering: its kubelet and network are down (its containers with it). */
  failNode(name: string): void {
    this.kubeletOf(name).fail();
    this.settle();
  }

  /** The node comes back: its kubelet boots and reports it Ready again. */
  recoverNode(name: string): void {
    this.kubeletOf(name).recover();
    this.settle();
  }

  /** The node is taken away: its kubelet stops and the Node object is deleted. */
  removeNode(name: string): void {
    this.kubeletOf(name);
    this.kubelets.remove(name);
    if (this.api.tryGet('Node', undefined, name)) this.api.delete('Node', undefined, name);
    this.settle();
  }

  // ---- control plane ----------------------------------------------------------------------------

  stopControllerManager(): void {
    this.controllerManager.stop();
    this.settle();
  }

  startControllerManager(): void {
    this.controllerManager.start();
    this.settle();
  }

  // ---- objects ----------------------------------------------------------------------------------

  /** Declares how an image behaves in this cluster. */
  declareImage(image: string, behaviour: Partial<ImageBehaviour>): void {
    if (typeof image !== 'string' || image.trim() === '') throw new Error('an image needs a name, e.g. cluster.declareImage("worker", { runsForMs: 60000 })');
    this.images.declare(image, behaviour);
  }

  /** Applies YAML manifests as `kubectl apply -f` does; throws the kubectl error text on refusal. */
  apply(yaml: string, source = 'STDIN'): string {
    const result = this.kubectlCli.applyManifest(yaml, source);
    this.settle();
    if (result.exitCode !== 0) throw new KubectlError(result);
    return result.stdout;
  }

  /** Runs a kubectl command line and returns what kubectl prints. */
  kubectl(line: string): KubectlResult {
    const result = this.kubectlCli.run(line);
    this.settle();
    return result;
  }

  get(kind: string, name: string, namespace = 'default'): KubeObject | undefined {
    return this.api.tryGet(kind, kind === 'Node' || kind === 'Namespace' ? undefined : namespace, name);
  }

  list(kind: string, namespace?: string): KubeObject[] {
    return this.api.list(kind, namespace);
  }

  /** Every Event object, oldest first. */
  events(): KubeObject[] {
    return this.api
      .list('Event')
      .sort((a, b) => (a.metadata.creationTimestamp! < b.metadata.creationTimestamp! ? -1 : a.metadata.creationTimestamp! > b.metadata.creationTimestamp! ? 1 : 0));
  }

  /**
   * A container's process dies with exit code 1 (or `exitCode`); without `container`, every
   * running container of the pod does. Throws when the pod or container is not running.
   */
  crash(podName: string, container?: string, namespace = 'default', exitCode = 1): void {
    const pod = this.api.tryGet('Pod', namespace, podName);
    if (!pod) throw new Error(`pod "${podName}" not found`);
    const worker = this.kubelets.workerFor(pod);
    const running = worker?.runningContainers() ?? [];
    if (container !== undefined) {
      if (!(pod.spec?.containers ?? []).some((c: any) => c.name === container)) throw new Error(`container "${container}" not found in pod "${podName}"`);
      if (!running.includes(container)) throw new Error(`container "${container}" of pod "${podName}" is not running`);
      worker!.crash(container, exitCode);
    } else {
      if (running.length === 0) throw new Error(`pod "${podName}" has no running container`);
      for (const c of running) worker!.crash(c, exitCode);
    }
    this.settle();
  }

  /**
   * Sends `n` HTTP requests to a Service from one client, at the current instant: each goes to a
   * backend as kube-proxy picks it and is answered by that pod's container as its image does.
   */
  sendRequests(service: string, n: number, namespace = 'default'): ServiceReply[] {
    const replies = this.proxy.send(service, n, namespace);
    this.settle();
    return replies;
  }

  /** The pod worker of a pod, for logs and service requests. */
  podWorker(pod: KubeObject) {
    return this.kubelets.workerFor(pod);
  }
}

/** A kubectl refusal, with what kubectl printed. */
export class KubectlError extends Error {
  constructor(readonly result: KubectlResult) {
    super(result.stderr.trimEnd() || `kubectl exited with code ${result.exitCode}`);
    this.name = 'KubectlError';
  }
}
