/**
 * The same-instant work queue and the runaway guard. Everything the control plane does runs as
 * a task here: watch handlers enqueue, `settle()` drains the queue at the current instant, and
 * timers bring work due later. The engine is synchronous: no promises, no host timers.
 */
import { SimClock, TimerHandle } from './clock';

export class RunawayError extends Error {
  constructor(
    readonly label: string,
    readonly count: number,
    /** Other tasks that ran nearly as often at that instant: what it is likely fighting with. */
    readonly alongside: readonly string[] = [],
  ) {
    const others = alongside.length ? `; also running as often: ${alongside.join(', ')}` : '';
    super(`${label} ran ${count} times within one instant: it never settles (stopped to avoid an endless loop)${others}`);
    this.name = 'RunawayError';
  }
}

interface ReadyTask {
  readonly label: string;
  readonly run: () => void;
}

/** How often one labelled task (a controller and key) may run at a single instant. */
const RUNAWAY_LIMIT = 1000;

/** Two controllers fighting over a field run about as often as each other: the other side(s). */
function alongside(runs: ReadonlyMap<string, number>, label: string): string[] {
  return [...runs].filter(([other, n]) => other !== label && n * 2 > RUNAWAY_LIMIT).map(([other]) => other);
}

export class Runtime {
  readonly clock: SimClock;
  private ready: ReadyTask[] = [];
  private head = 0;
  private draining = false;
  private runsThisInstant = new Map<string, number>();
  private instantOfRuns = -1;
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

  private guard(label: string): void {
    const now = this.now();
    if (now !== this.instantOfRuns) {
      this.instantOfRuns = now;
      this.runsThisInstant = new Map();
    }
    const n = (this.runsThisInstant.get(label) ?? 0) + 1;
    this.runsThisInstant.set(label, n);
    if (n > RUNAWAY_LIMIT) {
      this.ready = [];
      this.head = 0;
      throw new RunawayError(label, n, alongside(this.runsThisInstant, label));
    }
  }

  /** Settles, then advances to `target` instant by instant (see SimClock.advanceTo). */
  advanceTo(target: number, afterInstant?: () => boolean): boolean {
    this.settle();
    return this.clock.advanceTo(target, afterInstant);
  }
}
