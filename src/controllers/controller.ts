/**
 * The shape of every controller: watch handlers only enqueue keys; `sync(key)` reads the object
 * and what it owns through the API, computes the difference and writes. While the controller
 * manager is stopped the queue holds its keys; on start the controller lists everything again,
 * as an informer's initial list does.
 */
import { ClusterContext } from '../context';
import { Recorder } from '../events/recorder';
import { WorkQueue } from '../sim/workqueue';

export abstract class Controller {
  readonly queue: WorkQueue;
  protected readonly recorder: Recorder;

  constructor(
    readonly name: string,
    protected readonly ctx: ClusterContext,
    eventSource = name,
  ) {
    this.queue = new WorkQueue(ctx.runtime, name, (key) => this.sync(key));
    this.recorder = ctx.events.for({ component: eventSource });
  }

  protected get now(): number {
    return this.ctx.runtime.now();
  }

  /** Reconciles one object; requeue with `this.queue.addAfter(key, ms)` when time matters. */
  abstract sync(key: string): void;

  /** Enqueues every key the controller is responsible for. */
  abstract resync(): void;
}

/** The kube-controller-manager: its controllers run together and stop together. */
export class ControllerManager {
  private running = true;

  constructor(readonly controllers: readonly Controller[]) {}

  get isRunning(): boolean {
    return this.running;
  }

  stop(): void {
    if (!this.running) return;
    this.running = false;
    for (const c of this.controllers) c.queue.pause();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    for (const c of this.controllers) {
      c.resync();
      c.queue.resume();
    }
  }

  get<T extends Controller>(name: string): T | undefined {
    return this.controllers.find((c) => c.name === name) as T | undefined;
  }
}
