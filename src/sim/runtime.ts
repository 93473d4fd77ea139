/**
 * The same-instant work queue and the runaway guard. Everything the control plane does runs as
 * a task here: watch handlers enqueue, `settle()` drains the queue at the current instant, and
 * timers bring work due later. The engine is synchronous: no promises, no host timers.
 */
import { SimClock, TimerHandle } from './clock';

export class RunawayError extends Error {
  constructor(readonly label: string, readonly count: number) {
    super(`${label} ran ${count} times within one instant: it never settles (stopped to avoid an endless loop)`);
    this.name = 'RunawayError';
  }
}

interface ReadyTask {
  readonly label: string;
  readonly run: () => void;
}

/** How often one labelled task (a controller and key) may run at a single instant. */
const RUNAWAY_LIMIT = 1000;

export class Runtime {
  readonly clock: SimClock;
  private ready: ReadyTask[] = [];
  private head = 0;
  private draining = false;
  /** The instant the counts below are for. */
  private instantOfRuns = -1;
  /** Tasks run at that instant, and their labels while they are too few to be a runaway. */
  private tasksThisInstant = 0;
  private labelsThisInstant: string[] = [];
  /** Runs per label at that instant, counted once the instant has run RUNAWAY_LIMIT tasks. */
  private runsThisInstant?: Map<string, number>;
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
  soon(label: string, run: () => void): void {
    this.ready.push({ label, run });
  }

  /** Runs `run` after `delayMs` (at once, in queue order, when the delay is not positive). */
  after(delayMs: number, label: string, run: () => void): TimerHandle {
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
        const task = this.ready[this.head++];
        this.guard(task.label);
        this.stats.tasks++;
        task.run();
        if (this.head > 4096 && this.head * 2 > this.ready.length) {
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

  /**
   * Throws when one label runs more than RUNAWAY_LIMIT times at one instant. No label can before
   * the instant has run that many tasks, so until then only the labels are kept (no counting,
   * no hashing); past it, every label is counted, those already run included.
   */
  private guard(label: string): void {
    const now = this.now();
    if (now !== this.instantOfRuns) {
      this.instantOfRuns = now;
      this.tasksThisInstant = 0;
      this.labelsThisInstant = [];
      this.runsThisInstant = undefined;
    }
    if (++this.tasksThisInstant <= RUNAWAY_LIMIT) {
      this.labelsThisInstant.push(label);
      return;
    }
    let runs = this.runsThisInstant;
    if (!runs) {
      runs = this.runsThisInstant = new Map();
      for (const l of this.labelsThisInstant) runs.set(l, (runs.get(l) ?? 0) + 1);
      this.labelsThisInstant = [];
    }
    const n = (runs.get(label) ?? 0) + 1;
    runs.set(label, n);
    if (n > RUNAWAY_LIMIT) {
      this.ready = [];
      this.head = 0;
      throw new RunawayError(label, n);
    }
  }

  /** Settles, then advances to `target` instant by instant (see SimClock.advanceTo). */
  advanceTo(target: number, afterInstant?: () => boolean): boolean {
    this.settle();
    return this.clock.advanceTo(target, afterInstant);
  }
}
