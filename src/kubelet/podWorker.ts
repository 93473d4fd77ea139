/**
 * The kubelet's work for one pod: start its containers (after the image's start time), run them
 * as their image says, probe them, restart them under the restart policy with CrashLoopBackOff,
 * stop them with SIGTERM and the grace period, and report the pod's status through the API.
 */
import { KubeObject } from '../api/types';
import { StatusError } from '../api/status';
import { copyWith, shallowCopy } from '../util/copy';
import { rfc3339 } from '../api/time';
import { Recorder } from '../events/recorder';
import { ClusterContext } from '../context';
import { restartAt, nextBackoff } from './backoff';
import { ContainerRecord, ProbeState, Run, State, Terminated } from './container';
import { containerID, imageID, runtimeImageName } from './ids';
import { podPhase } from './phase';
import { ConditionRecord, EMPTY, conditionRecord, conditionStatus, ipList, runningState, waitingState } from './statusParts';
import { containerFieldPath, createdMessage, imagePresentMessage, pulledMessage, pullingMessage, startedMessage } from './phrases';
import { nextProbeAt, outcomeMayChange, probeOutcome, ProbeSpec } from './probes';
import { isListening } from './images';

type ProbeKind = 'liveness' | 'readiness' | 'startup';
const PROBE_LABELS: Record<ProbeKind, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

/** What a pod worker needs from its node's kubelet. */
export interface NodeAgent {
  readonly ctx: ClusterContext;
  readonly nodeName: string;
  readonly hostIP: string;
  /** `[{ ip: hostIP }]`, frozen: shared by the statuses of the node's pods. */
  readonly hostIPs: readonly Readonly<{ ip: string }>[];
  readonly recorder: Recorder;
  /** Whether the kubelet can reach the API server. */
  connected(): boolean;
  allocatePodIP(): string;
  releasePodIP(ip: string): void;
  /** Called when the worker is done with its pod (deleted, or the node removed it). */
  forget(uid: string): void;
}

type Condition = ConditionRecord;

const SIGKILL_EXIT = 137;

/**
 * A container's states are replaced, never changed: those equal from pod to pod are shared
 * (frozen). A new container's, and the running state of the containers started at one instant
 * (an object and a boxed time each, kept as long as the pod runs).
 */
const CREATING: State = Object.freeze({ kind: 'waiting', reason: 'ContainerCreating' });
let lastRunning: Extract<State, { kind: 'running' }> | undefined;

function runningSince(startedAt: number): State {
  if (lastRunning?.startedAt !== startedAt) lastRunning = Object.freeze({ kind: 'running', startedAt });
  return lastRunning;
}

/** No previous run's logs (shared: a container's previous logs are replaced, never appended to). */
const NO_LOGS: readonly string[] = Object.freeze([]);

export class PodWorker {
  private pod: KubeObject;
  private readonly containers: ContainerRecord[];
  /** By position in CONDITION_ORDER (an array of four: a map was another table per pod). */
  private readonly conditions: (Condition | undefined)[] = [undefined, undefined, undefined, undefined];
  private startTime?: number;
  private podIP?: string;
  /** `[{ ip: podIP }]`, built once for the pod's status writes. */
  private podIPs?: readonly Readonly<{ ip: string }>[];
  private terminating = false;
  private statusDirty = false;
  private finished = false;
  /** The machine is down: its processes are gone, whatever the last report said. */
  private machineDown = false;
  private phase: string = 'Pending';
  /** When the kubelet took the pod: the phase of its prober workers' tickers. */
  private admittedAt = 0;

  constructor(private readonly agent: NodeAgent, pod: KubeObject) {
    this.pod = pod;
    this.containers = (pod.spec.containers ?? []).map((spec: any) => ({
      spec,
      state: CREATING,
      restartCount: 0,
      runs: 0,
      previousLogs: NO_LOGS,
      // Set later, declared now: fields added to an object after its creation go to a separate
      // property array (another object per container, kept as long as the pod).
      run: undefined,
      mountStatuses: undefined,
    }));
  }

  private get now(): number {
    return this.agent.ctx.runtime.now();
  }

  private get podRef(): string {
    return `${this.pod.metadata.name}_${this.pod.metadata.namespace}(${this.pod.metadata.uid})`;
  }

  get uid(): string {
    return this.pod.metadata.uid!;
  }

  /** Logs of a container, for `kubectl logs` (the current run, or the previous one). */
  logs(container: string, previous: boolean): readonly string[] | undefined {
    const c = this.containers.find((x) => x.spec.name === container);
    if (!c) return undefined;
    return previous ? c.previousLogs : (c.run?.logs ?? (c.state.kind === 'terminated' ? c.previousLogs : []));
  }

  /** Answers one HTTP request sent to the pod (through a service): status code, or undefined if nothing listens. */
  serveRequest(): number | undefined {
    if (this.machineDown) return undefined;
    const c = this.containers.find((x) => x.run && x.state.kind === 'running' && !x.run.stopping);
    if (!c?.run) return undefined;
    const run = c.run;
    // Not listening yet: the connection is refused.
    if (!isListening(run.behaviour, this.now - run.startedAt)) return undefined;
    const limit = run.behaviour.unhealthyAfterRequests;
    run.requests++;
    if (run.behaviour.logs?.perRequest) run.logs.push(run.behaviour.logs.perRequest);
    return limit === undefined || run.requests <= limit ? 200 : 500;
  }

  /** The process of a container dies on its own with `exitCode` (a crash). Returns false if not running. */
  crash(container: string, exitCode = 1): boolean {
    const c = this.containers.find((x) => x.spec.name === container);
    if (!c || c.state.kind !== 'running' || !c.run) return false;
    this.containerExited(c, exitCode, exitCode === 0 ? 'Completed' : 'Error');
    return true;
  }

  /** Names of the containers now running. */
  runningContainers(): string[] {
    return this.containers.filter((c) => c.state.kind === 'running').map((c) => c.spec.name);
  }

  // ---- admission and start ------------------------------------------------------------------

  /** The kubelet admits the pod: sandbox, IP, then each container after its image's start time. */
  start(): void {
    this.startTime = this.now;
    this.admittedAt = this.now;
    this.podIP = this.agent.allocatePodIP();
    this.podIPs = ipList(this.podIP);
    this.setCondition('PodReadyToStartContainers', 'True');
    this.setCondition('Initialized', 'True');
    this.updateReadiness();
    for (const c of this.containers) this.pull(c);
    this.markDirty();
  }

  private pull(c: ContainerRecord): void {
    const image: string = c.spec.image;
    const behaviour = this.agent.ctx.images.lookup(image);
    const fieldPath = containerFieldPath(c.spec.name);
    if (c.spec.imagePullPolicy === 'Always') {
      this.agent.recorder.event(this.pod, 'Normal', 'Pulling', pullingMessage(image), fieldPath);
      const took = formatPullDuration(behaviour.startTimeMs);
      this.after(behaviour.startTimeMs, `pull ${c.spec.name}`, () => {
        this.agent.recorder.event(this.pod, 'Normal', 'Pulled', pulledMessage(image, took), fieldPath);
        this.startContainer(c);
      });
    } else {
      this.after(behaviour.startTimeMs, `pull ${c.spec.name}`, () => {
        this.agent.recorder.event(this.pod, 'Normal', 'Pulled', imagePresentMessage(image), fieldPath);
        this.startContainer(c);
      });
    }
  }

  /** Runs `fn` after `ms`, unless the worker has finished or the node is down by then. */
  private after(ms: number, what: string, fn: () => void) {
    // Closures passed, not named: tsx names each named closure it creates (a defineProperty).
    if (ms <= 0) {
      if (!this.finished) fn();
      return undefined;
    }
    // The label is built only if the runaway guard reads it (see Label), from the pod as it is now.
    const pod = this.pod;
    return this.agent.ctx.runtime.after(ms, () => `kubelet ${this.agent.nodeName} ${pod.metadata.namespace}/${pod.metadata.name} ${what}`, () => {
      if (!this.finished) fn();
    });
  }

  private startContainer(c: ContainerRecord): void {
    if (this.terminating || this.finished) return;
    const { behaviour, fails } = this.agent.ctx.images.startRun(c.spec.image);
    const fieldPath = containerFieldPath(c.spec.name);
    if (c.runs > 0) c.restartCount++;
    c.runs++;
    const run: Run = {
      id: containerID(this.agent.ctx.rng),
      startedAt: this.now,
      behaviour,
      fails,
      requests: 0,
      stopping: false,
      ready: false,
      started: false,
      logs: [],
      // Set below and once started (declared now, as the container record's fields above).
      startup: undefined,
      liveness: undefined,
      readiness: undefined,
      readyPhase: undefined,
    };
    c.run = run;
    c.state = runningSince(this.now);
    this.agent.recorder.event(this.pod, 'Normal', 'Created', createdMessage(c.spec.name), fieldPath);
    this.agent.recorder.event(this.pod, 'Normal', 'Started', startedMessage(c.spec.name), fieldPath);
    this.writeStartLogs(run);
    if (fails) {
      const ms = behaviour.runsForMs ?? 0;
      this.scheduleExit(c, run, ms, behaviour.failExitCode);
    } else if (behaviour.runsForMs !== undefined) {
      this.scheduleExit(c, run, behaviour.runsForMs, behaviour.exitCode);
    }
    run.startup = this.probeState(c.spec.startupProbe);
    run.liveness = this.probeState(c.spec.livenessProbe);
    run.readiness = this.probeState(c.spec.readinessProbe);
    // Without a startup probe the container counts as started once it runs; with one, liveness
    // and readiness wait for its first success (prober worker.doProbe skips them until then).
    if (run.startup) this.scheduleProbe(c, run, run.startup, 'startup');
    else this.containerStarted(c, run);
    if (run.liveness) this.scheduleProbe(c, run, run.liveness, 'liveness');
    this.updateReadiness();
    this.markDirty();
  }

  private writeStartLogs(run: Run): void {
    const logs = run.behaviour.logs;
    for (const line of logs?.atStart ?? []) run.logs.push(line.replace('{date}', dateLine(this.now)));
  }

  private scheduleExit(c: ContainerRecord, run: Run, afterMs: number, exitCode: number): void {
    if (afterMs <= 0) {
      // A process that dies at once still starts: the exit is seen right after.
      this.agent.ctx.runtime.soon(`kubelet ${this.agent.nodeName} ${this.pod.metadata.name} exit ${c.spec.name}`, () => {
        if (!this.finished) this.exit(c, run, exitCode);
      });
      return;
    }
    run.exitTimer = this.after(afterMs, `exit ${c.spec.name}`, () => this.exit(c, run, exitCode));
  }

  /** The process of a run ends on its own (unless the run is over already). */
  private exit(c: ContainerRecord, run: Run, exitCode: number): void {
    if (c.run !== run) return;
    for (const line of run.behaviour.logs?.atExit ?? []) run.logs.push(line.replace('{date}', dateLine(this.now)));
    this.containerExited(c, exitCode, exitCode === 0 ? 'Completed' : 'Error');
  }

  // ---- probes ---------------------------------------------------------------------------------

  private probeState(spec: ProbeSpec | undefined): ProbeState | undefined {
    return spec ? { spec, consecutiveFailures: 0, consecutiveSuccesses: 0 } : undefined;
  }

  /**
   * The container counts as started: its readiness worker is triggered at once (the kubelet's
   * UpdatePodStatus does so for a started container with no readiness result yet).
   */
  private containerStarted(c: ContainerRecord, run: Run): void {
    run.started = true;
    run.ready = !run.readiness;
    run.readyPhase = this.now;
    if (run.readiness) this.scheduleProbe(c, run, run.readiness, 'readiness');
  }

  private scheduleProbe(c: ContainerRecord, run: Run, probe: ProbeState, kind: ProbeKind, from = this.now): void {
    const probed = c.probedAt?.[kind];
    if (probed !== undefined && probed >= from) from = probed + 1;
    // Liveness and startup tick on the worker's phase (first tick before the container ran);
    // readiness was re-triggered when the container started, so it ticks from then.
    const at =
      kind === 'readiness'
        ? nextProbeAt(probe.spec, run.readyPhase ?? run.startedAt, 0, run.startedAt, from)
        : nextProbeAt(probe.spec, this.admittedAt, 1, run.startedAt, from);
    if (at <= this.now) {
      this.agent.ctx.runtime.soon(`kubelet ${this.agent.nodeName} ${this.pod.metadata.name} ${kind} ${c.spec.name}`, () => {
        if (!this.finished) this.fireProbe(c, run, probe, kind);
      });
    } else {
      probe.timer = this.after(at - this.now, `${kind} ${c.spec.name}`, () => this.fireProbe(c, run, probe, kind));
    }
  }

  private fireProbe(c: ContainerRecord, run: Run, probe: ProbeState, kind: ProbeKind): void {
    if (c.run !== run || run.stopping) return;
    // A liveness tick before the startup probe succeeded probes nothing; the worker ticks on.
    if (kind === 'liveness' && !run.started) return this.scheduleProbe(c, run, probe, kind, this.now + 1);
    this.probe(c, run, probe, kind);
  }

  private probe(c: ContainerRecord, run: Run, probe: ProbeState, kind: ProbeKind): void {
    (c.probedAt ??= {})[kind] = this.now;
    // Where the probe connects matters only to an image that is slow to listen.
    const target = run.behaviour.listensAfterMs === undefined ? undefined : { podIP: this.podIP ?? '', ports: c.spec.ports ?? [], runningMs: this.now - run.startedAt };
    const outcome = probeOutcome(probe.spec, run.behaviour, run.requests, kind === 'readiness' ? 'readiness' : 'liveness', target);
    if (outcome.isHttpRequest) {
      run.requests++;
      if (run.behaviour.logs?.perRequest) run.logs.push(run.behaviour.logs.perRequest);
    }
    const fieldPath = containerFieldPath(c.spec.name);
    if (outcome.success) {
      probe.consecutiveFailures = 0;
      probe.consecutiveSuccesses++;
    } else {
      probe.consecutiveSuccesses = 0;
      probe.consecutiveFailures++;
      this.agent.recorder.event(this.pod, 'Warning', 'Unhealthy', `${PROBE_LABELS[kind]} probe failed: ${outcome.message}`, fieldPath);
    }
    if (kind === 'startup') {
      // successThreshold is 1 for startup probes (validation): the first success starts it.
      if (outcome.success) {
        this.containerStarted(c, run);
        this.updateReadiness();
        this.markDirty();
        return;
      }
    }
    if (kind === 'readiness') {
      const before = run.ready;
      if (probe.consecutiveSuccesses >= (probe.spec.successThreshold ?? 1)) run.ready = true;
      if (probe.consecutiveFailures >= (probe.spec.failureThreshold ?? 3)) run.ready = false;
      if (before !== run.ready) {
        this.updateReadiness();
        this.markDirty();
      }
    } else if (probe.consecutiveFailures >= (probe.spec.failureThreshold ?? 3)) {
      this.agent.recorder.event(this.pod, 'Normal', 'Killing', `Container ${c.spec.name} failed ${kind} probe, will be restarted`, fieldPath);
      const grace = probe.spec.terminationGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30;
      this.stopContainer(c, grace, 'liveness');
      return;
    }
    // Only keep ticking while an answer can still change; a steady answer needs no more events.
    if (kind === 'startup' || outcomeMayChange(probe.spec, run.behaviour) || (kind === 'readiness' && !run.ready)) {
      this.scheduleProbe(c, run, probe, kind, this.now + 1);
    }
  }

  // ---- stopping and exits ---------------------------------------------------------------------

  /** SIGTERM, then SIGKILL once the grace period is over if the process is still there. */
  private stopContainer(c: ContainerRecord, graceSeconds: number, why: 'liveness' | 'deletion'): void {
    const run = c.run;
    if (!run || run.stopping || c.state.kind !== 'running') return;
    run.stopping = true;
    run.stopReason = why;
    const onTerm = run.behaviour.onSigterm;
    if (onTerm !== 'ignore') {
      this.containerExited(c, onTerm.exitCode, onTerm.exitCode === 0 ? 'Completed' : 'Error');
      return;
    }
    run.killTimer = this.after(graceSeconds * 1000, `SIGKILL ${c.spec.name}`, () => {
      if (c.run === run) this.containerExited(c, SIGKILL_EXIT, 'Error');
    });
    if (graceSeconds <= 0 && c.run === run) this.containerExited(c, SIGKILL_EXIT, 'Error');
  }

  private cancelRunTimers(run: Run): void {
    for (const t of [run.exitTimer, run.killTimer, run.liveness?.timer, run.readiness?.timer, run.startup?.timer]) if (t) t.cancelled = true;
  }

  private containerExited(c: ContainerRecord, exitCode: number, reason: string): void {
    const run = c.run;
    if (!run) return;
    this.cancelRunTimers(run);
    const terminated: Terminated = { exitCode, reason, startedAt: run.startedAt, finishedAt: this.now, containerID: run.id };
    c.previousLogs = run.logs;
    c.run = undefined;
    c.state = { kind: 'terminated', terminated };
    this.updateReadiness();
    this.markDirty();
    if (this.terminating) {
      this.finishIfStopped();
      return;
    }
    this.considerRestart(c);
  }

  private shouldRestart(exitCode: number): boolean {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    return policy === 'Always' || (policy === 'OnFailure' && exitCode !== 0);
  }

  /** After an exit: restart now, wait out the back-off in CrashLoopBackOff, or stay terminated. */
  private considerRestart(c: ContainerRecord): void {
    if (c.state.kind !== 'terminated') return;
    const terminated = c.state.terminated;
    if (!this.shouldRestart(terminated.exitCode)) {
      this.updatePhase();
      return;
    }
    const at = restartAt(c.backoff, terminated.finishedAt, this.now);
    c.lastTerminated = terminated;
    if (at <= this.now) {
      c.backoff = nextBackoff(c.backoff, terminated.finishedAt);
      // Every start goes through the image: pulled again under Always, "already present" otherwise.
      this.pull(c);
      return;
    }
    const fieldPath = containerFieldPath(c.spec.name);
    const backoff = formatGoDuration(c.backoff!.backoffMs);
    c.state = { kind: 'waiting', reason: 'CrashLoopBackOff', message: `back-off ${backoff} restarting failed container=${c.spec.name} pod=${this.podRef}` };
    this.agent.recorder.event(this.pod, 'Warning', 'BackOff', `Back-off restarting failed container ${c.spec.name} in pod ${this.podRef}`, fieldPath);
    this.markDirty();
    c.restartTimer = this.after(at - this.now, `restart ${c.spec.name}`, () => {
      if (this.terminating) return;
      c.backoff = nextBackoff(c.backoff, terminated.finishedAt);
      this.pull(c);
    });
  }

  // ---- deletion -------------------------------------------------------------------------------

  /** The API says the pod is being deleted: stop every container, then remove the pod. */
  update(pod: KubeObject): void {
    this.pod = pod;
    if (pod.metadata.deletionTimestamp && !this.terminating) this.beginTermination();
  }

  private beginTermination(): void {
    this.terminating = true;
    const grace = this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30;
    for (const c of this.containers) {
      if (c.restartTimer) c.restartTimer.cancelled = true;
      if (c.state.kind === 'running') {
        this.agent.recorder.event(this.pod, 'Normal', 'Killing', `Stopping container ${c.spec.name}`, containerFieldPath(c.spec.name));
        const run = c.run!;
        if (run.stopping) {
          // Already stopping after a failed liveness probe: the shorter deadline wins.
          continue;
        }
        this.stopContainer(c, grace, 'deletion');
      } else if (c.state.kind === 'waiting' && c.state.reason !== 'CrashLoopBackOff' && c.runs === 0) {
        // Never started: nothing to stop.
      }
    }
    this.finishIfStopped();
  }

  private finishIfStopped(): void {
    if (this.finished || this.containers.some((c) => c.state.kind === 'running')) return;
    this.finished = true;
    const { api } = this.agent.ctx;
    const meta = this.pod.metadata;
    if (this.agent.connected()) {
      try {
        api.delete('Pod', meta.namespace, meta.name!, { gracePeriodSeconds: 0, uid: meta.uid });
      } catch (e) {
        // Already gone.
        if (!(e instanceof StatusError)) throw e;
      }
      this.release();
    }
  }

  /** Frees what the pod held on the node. */
  release(): void {
    this.finished = true;
    for (const c of this.containers) {
      if (c.run) this.cancelRunTimers(c.run);
      if (c.restartTimer) c.restartTimer.cancelled = true;
    }
    if (this.podIP) this.agent.releasePodIP(this.podIP);
    this.podIP = undefined;
    this.podIPs = undefined;
    this.agent.forget(this.uid);
  }

  get isFinished(): boolean {
    return this.finished;
  }

  /** The machine went down: every process died with it. */
  nodeDown(): void {
    this.machineDown = true;
    for (const c of this.containers) {
      if (c.run) this.cancelRunTimers(c.run);
      if (c.restartTimer) c.restartTimer.cancelled = true;
    }
  }

  /** The machine is back: containers that were running died with it; restart them as the policy says. */
  nodeUp(downAt: number): void {
    this.machineDown = false;
    if (this.finished) return;
    for (const c of this.containers) {
      if (c.state.kind === 'running' && c.run) {
        const run = c.run;
        c.previousLogs = run.logs;
        c.run = undefined;
        c.state = { kind: 'terminated', terminated: { exitCode: 255, reason: 'Unknown', startedAt: run.startedAt, finishedAt: downAt, containerID: run.id } };
      }
    }
    this.updateReadiness();
    if (this.pod.metadata.deletionTimestamp) {
      this.terminating = true;
      this.finishIfStopped();
      return;
    }
    for (const c of this.containers) {
      if (c.state.kind === 'terminated') {
        c.backoff = undefined;
        this.considerRestart(c);
      } else if (c.state.kind === 'waiting' && c.state.reason === 'CrashLoopBackOff') {
        c.backoff = undefined;
        c.state = { kind: 'terminated', terminated: c.lastTerminated! };
        this.considerRestart(c);
      }
    }
    this.markDirty();
  }

  // ---- status ---------------------------------------------------------------------------------

  private setCondition(type: ConditionType, status: 'True' | 'False', reason?: string, message?: string): void {
    const at = CONDITION_ORDER.indexOf(type);
    const old = this.conditions[at];
    if (old && old.status === status && old.reason === reason && old.message === message) return;
    const lastTransitionTime = old && old.status === status ? old.lastTransitionTime : this.now;
    this.conditions[at] = conditionRecord(type, status, lastTransitionTime, reason, message);
  }

  private updatePhase(): void {
    this.phase = podPhase(
      this.pod.spec.restartPolicy ?? 'Always',
      this.containers.map((c) => ({
        phase: c.state.kind,
        exitCode: c.state.kind === 'terminated' ? c.state.terminated.exitCode : undefined,
        hasRun: c.runs > 0,
      })),
    );
  }

  private updateReadiness(): void {
    this.updatePhase();
    if (this.phase === 'Succeeded' || this.phase === 'Failed') {
      this.setCondition('ContainersReady', 'False', 'PodCompleted');
      this.setCondition('Ready', 'False', 'PodCompleted');
      return;
    }
    const unready = this.containers.filter((c) => !(c.state.kind === 'running' && c.run?.ready)).map((c) => c.spec.name);
    if (unready.length === 0) {
      this.setCondition('ContainersReady', 'True');
      this.setCondition('Ready', 'True');
    } else {
      const message = `containers with unready status: [${unready.join(' ')}]`;
      this.setCondition('ContainersReady', 'False', 'ContainersNotReady', message);
      this.setCondition('Ready', 'False', 'ContainersNotReady', message);
    }
  }

  private markDirty(): void {
    if (this.statusDirty) return;
    this.statusDirty = true;
    // The label is built only if the runaway guard reads it (see Label): two status writes per pod.
    this.agent.ctx.runtime.soon(() => `kubelet ${this.agent.nodeName} status ${this.pod.metadata.namespace}/${this.pod.metadata.name}`, () => this.flushStatus());
  }

  /** Writes the pod's status through the API (when the node can reach it). */
  flushStatus(): void {
    this.statusDirty = false;
    if (!this.agent.connected() || this.finished) return;
    const meta = this.pod.metadata;
    const live = this.agent.ctx.api.tryGet('Pod', meta.namespace, meta.name!);
    if (!live || live.metadata.uid !== meta.uid) return;
    const status = this.buildStatus(live.status ?? {});
    this.pod = this.agent.ctx.api.updateStatus(copyWith(live, { status }));
  }

  private buildStatus(previous: any): any {
    const order = CONDITION_ORDER;
    const conditions: any[] = [];
    const generation = this.pod.metadata.generation;
    for (let at = 0; at < order.length; at++) {
      const c = this.conditions[at];
      if (c) conditions.push(conditionStatus(order[at], c, generation));
    }
    for (const c of previous.conditions ?? []) {
      if (!order.includes(c.type)) conditions.push(c);
    }
    const containerStatuses = this.containers
      .map((c) => this.containerStatus(c))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const status: any = copyWith(previous, {
      // Kept with the pod: a copy of exactly its size (the list grown by push has room for 17).
      conditions: conditions.slice(),
      containerStatuses,
      hostIP: this.agent.hostIP,
      hostIPs: this.agent.hostIPs,
      phase: this.phase,
    });
    if (this.podIP) {
      status.podIP = this.podIP;
      status.podIPs = this.podIPs;
    }
    if (this.startTime !== undefined) status.startTime = rfc3339(this.startTime);
    if (generation !== undefined) status.observedGeneration = generation;
    return status;
  }

  private containerStatus(c: ContainerRecord): any {
    let state: any;
    let id: string | undefined;
    if (c.state.kind === 'running') {
      state = runningState(c.state.startedAt);
      id = c.run?.id;
    } else if (c.state.kind === 'terminated') {
      state = { terminated: terminatedState(c.state.terminated) };
      id = c.state.terminated.containerID;
    } else {
      state = c.state.message ? { waiting: { message: c.state.message, reason: c.state.reason } } : waitingState(c.state.reason);
      id = c.lastTerminated?.containerID;
    }
    const lastTerminated = c.state.kind === 'terminated' ? (c.lastTerminated !== c.state.terminated ? c.lastTerminated : undefined) : c.lastTerminated;
    const out: any = {
      image: c.runs > 0 ? runtimeImageName(c.spec.image) : c.spec.image,
      imageID: c.runs > 0 ? imageID(c.spec.image) : '',
      lastState: lastTerminated ? { terminated: terminatedState(lastTerminated) } : EMPTY,
      name: c.spec.name,
      ready: c.state.kind === 'running' && !!c.run?.ready,
      resources: EMPTY,
      restartCount: c.restartCount,
      started: c.state.kind === 'running' && !!c.run?.started,
      state,
    };
    if (id) out.containerID = id;
    const mounts: any[] = c.spec.volumeMounts ?? [];
    if (mounts.length) out.volumeMounts = c.mountStatuses ??= mountStatuses(mounts);
    return out;
  }
}

/** A container's mounts as its status reports them; frozen, as they are shared by the pod's status writes. */
function mountStatuses(mounts: any[]): readonly any[] {
  return Object.freeze(mounts.map((m) => Object.freeze(m.readOnly ? copyWith(m, { recursiveReadOnly: 'Disabled' }) : shallowCopy(m))));
}

/** The kubelet's conditions, in the order it reports them. */
const CONDITION_ORDER = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady'] as const;
type ConditionType = (typeof CONDITION_ORDER)[number];

function terminatedState(x: Terminated): any {
  const out: any = { containerID: x.containerID, exitCode: x.exitCode, finishedAt: rfc3339(x.finishedAt), reason: x.reason, startedAt: rfc3339(x.startedAt) };
  if (x.signal) out.signal = x.signal;
  return out;
}

/** Go's `time.Duration.String()` for whole seconds, as the back-off message prints it: `10s`, `5m0s`. */
export function formatGoDuration(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}

/** How the kubelet prints a pull duration: Go's Duration string, e.g. `1.5s`, `0s`. */
function formatPullDuration(ms: number): string {
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s}s`;
  return formatGoDuration(ms);
}

/** The `date` line of the book's batch job: `Sun Mar  1 10:29:00 UTC 2026`. */
function dateLine(ms: number): string {
  const d = new Date(ms);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
