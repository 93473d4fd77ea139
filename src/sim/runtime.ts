/**
 * The same-instant work queue and the runaway guard. Everything the control plane does runs as
 * a task here: watch handlers enqueue, `settle()` drains the queue at the current instant, and
 * timers bring work due later. The engine is synchronous: no promises, no host timers.
 */
import { SimClock, TimerHandle } from './clock';
import { Label, RunCounter, RunawayError, labelText } from './runaway';

export { RunawayError } from './runaway';

/**
 * The tasks queued at the current instant, two slots each: the runaway guard's name for the task
 * (undefined for a task that guards itself, a work queue's), then the task. A busy instant queues
 * a hundred thousand tasks and keeps them through young-generation collections: an object per
 * task to pair the two was one more object each to copy and promote.
 */
type ReadySlot = Label | undefined | (() => void);

export class Runtime {
  readonly clock: SimClock;
  private ready: ReadySlot[] = [];
  /** The next task's first slot in `ready`. */
  private head = 0;
  private draining = false;
  /** Runs per label at the current instant, for the runaway guard (shared with the work queues). */
  readonly runs = new RunCounter();
  /** How much work ran: tasks, and distinct instants the clock stopped at. */
  readonly stats = { tasks: 0, instants: 0 };

  constructor(startMs: number) {
    this.clock = new SimClock(startMs, () => {
      this.stats.instants++;
      this.settle();
    });
  }

  now(): number {
    return this.clock.now();
  }

  /** Runs `run` at the current instant, after what is already queued. */
  soon(label: Label, run: () => void): void {
    this.ready.push(label, run);
  }

  /**
   * `soon` for a task that counts its own runs for the runaway guard (a work queue counts its
   * keys, already hashed, instead of a label built for every task) and calls `abandon` first
   * when it throws RunawayError.
   */
  soonGuarded(run: () => void): void {
    this.ready.push(undefined, run);
  }

  /** Drops every task queued at this instant (a runaway was stopped). */
  abandon(): void {
    this.ready = [];
    this.head = 0;
  }

  /** Runs `run` after `delayMs` (at once, in queue order, when the delay is not positive). */
  after(delayMs: number, label: Label, run: () => void): TimerHandle {
    if (delayMs <= 0) {
      const handle: TimerHandle = { cancelled: false, at: this.now() };
      this.soon(label, () => {
        if (!handle.cancelled) run();
      });
      return handle;
    }
    return this.clock.at(this.now() + delayMs, () => this.soon(label, run));
  }

  /** Runs everything due at the current instant until nothing is left. */
  settle(): void {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.head < this.ready.length) {
        const label = this.ready[this.head] as Label | undefined;
        const run = this.ready[this.head + 1] as () => void;
        this.head += 2;
        if (label !== undefined) this.guard(label);
        this.stats.tasks++;
        run();
        if (this.head > 8192 && this.head * 2 > this.ready.length) {
          this.ready = this.ready.slice(this.head);
          this.head = 0;
        }
      }
      this.ready = [];
      this.head = 0;
    } finally {
      this.draining = false;
    }
  }

  /** Throws when one label runs more than RUNAWAY_LIMIT times at one instant. */
  private guard(label: Label): void {
    const n = this.runs.count(this.now(), '', label);
    if (n > 0) {
      this.abandon();
      const text = labelText(label);
      throw new RunawayError(text, n, this.runs.alongside(text));
    }
  }

  /** Settles, then advances to `target` instant by instant (see SimClock.advanceTo). */
  advanceTo(target: number, afterInstant?: () => boolean): boolean {
    this.settle();
    return this.clock.advanceTo(target, afterInstant);
  }
}
