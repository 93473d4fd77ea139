/**
 * Simulated time on @sinonjs/fake-timers, never installed globally. Work is grouped by instant:
 * one fake timer per distinct instant runs every task due then, so stepping from instant to
 * instant (`for` and `within` assertions) is one `next()` call and the cost follows the number
 * of events, not the number of simulated seconds.
 */
import { withGlobal } from '@sinonjs/fake-timers';

/**
 * fake-timers shaped for an environment whose `setTimeout` returns a number (as browsers do):
 * it probes the global it is given once, and on Node's it would wrap every timer's id in a
 * handle object with five closures (ref, unref, hasRef, refresh, toPrimitive) — most of what
 * each instant allocated. The clock only keeps the sentinel's handle to clear it, so a number
 * does as well. The probe's `setTimeout` is never called again and starts no host timer.
 */
const fakeTimers = withGlobal({
  Date,
  setTimeout: () => 0,
  clearTimeout: () => undefined,
} as unknown as Parameters<typeof withGlobal>[0]);

type FakeClock = ReturnType<typeof fakeTimers.createClock>;

/**
 * fake-timers, like browsers, takes a delay above 2^31 - 1 ms (24.8 days) as 1 ms: longer waits
 * go in relays of at most this much.
 */
const MAX_DELAY_MS = 2 ** 31 - 1;

export interface TimerHandle {
  cancelled: boolean;
  readonly at: number;
}

interface Task {
  readonly handle: TimerHandle;
  readonly run: () => void;
}

export class SimClock {
  private readonly fake: FakeClock;
  private readonly tasksAt = new Map<number, Task[]>();

  /** `onInstant` runs after the tasks of an instant, to let the cluster settle at that instant. */
  constructor(startMs: number, private readonly onInstant: () => void) {
    this.fake = fakeTimers.createClock(startMs, 10_000_000);
  }

  now(): number {
    return this.fake.now;
  }

  /** A Date bound to the simulated clock. */
  date(): Date {
    return new Date(this.fake.now);
  }

  /** Runs `run` at `at` (strictly in the future); cancel by setting `handle.cancelled`. */
  at(at: number, run: () => void): TimerHandle {
    if (at <= this.fake.now) throw new Error(`SimClock.at: ${at} is not in the future (now ${this.fake.now})`);
    const handle: TimerHandle = { cancelled: false, at };
    const tasks = this.tasksAt.get(at);
    if (tasks) {
      tasks.push({ handle, run });
    } else {
      this.tasksAt.set(at, [{ handle, run }]);
      this.arm(at);
    }
    return handle;
  }

  /** Sets the fake timer of an instant, through relays when it is more than 24.8 days away. */
  private arm(at: number): void {
    const delay = at - this.fake.now;
    if (delay > MAX_DELAY_MS) this.fake.setTimeout(() => this.arm(at), MAX_DELAY_MS);
    else this.fake.setTimeout(() => this.fire(at), delay);
  }

  private fire(at: number): void {
    const tasks = this.tasksAt.get(at) ?? [];
    // Tasks added to this instant while it runs are picked up by the loop below.
    for (let i = 0; i < tasks.length; i++) {
      if (!tasks[i].handle.cancelled) tasks[i].run();
    }
    this.tasksAt.delete(at);
    this.onInstant();
  }

  /**
   * Moves time to `target`, instant by instant. After each instant has settled, `afterInstant`
   * may stop the advance (returning true); time then stays at that instant.
   */
  advanceTo(target: number, afterInstant?: () => boolean): boolean {
    if (target < this.fake.now) throw new Error('Unable to travel back in time');
    // A sentinel can be at most 24.8 days ahead: go in legs.
    while (target - this.fake.now > MAX_DELAY_MS) {
      if (this.advanceTo(this.fake.now + MAX_DELAY_MS, afterInstant)) return true;
    }
    let reached = false;
    const sentinel = this.fake.setTimeout(() => (reached = true), target - this.fake.now);
    while (!reached) {
      this.fake.next();
      if (!reached && afterInstant?.()) {
        this.fake.clearTimeout(sentinel);
        return true;
      }
    }
    // An instant at exactly `target` first asked for after the sentinel was set fires now.
    if (this.tasksAt.has(target)) this.fake.tick(0);
    return afterInstant?.() ?? false;
  }

  /** The number of instants that still have work scheduled. */
  pendingInstants(): number {
    return this.tasksAt.size;
  }
}
