/**
 * The runaway guard's counting: how often each task (by label, or a work queue's key) ran at one
 * instant. No task can exceed the limit before the instant has run that many tasks, so until
 * then only what ran is noted (no counting, no hashing); past it, each is counted, those already
 * run included, and the count is exactly what counting from the start would give.
 */
export class RunawayError extends Error {
  constructor(readonly label: string, readonly count: number) {
    super(`${label} ran ${count} times within one instant: it never settles (stopped to avoid an endless loop)`);
    this.name = 'RunawayError';
  }
}

/** How often one labelled task (a controller and key) may run at a single instant. */
export const RUNAWAY_LIMIT = 1000;

export class RunCounter {
  private instant = -1;
  private runs = 0;
  private ran: string[] = [];
  private counts?: Map<string, number>;

  /** Notes one run of `id` at `now`; returns its number of runs at this instant once it is over the limit, else 0. */
  count(now: number, id: string): number {
    if (now !== this.instant) {
      this.instant = now;
      this.runs = 0;
      this.ran = [];
      this.counts = undefined;
    }
    if (++this.runs <= RUNAWAY_LIMIT) {
      this.ran.push(id);
      return 0;
    }
    let counts = this.counts;
    if (!counts) {
      counts = this.counts = new Map();
      for (const r of this.ran) counts.set(r, (counts.get(r) ?? 0) + 1);
      this.ran = [];
    }
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    return n > RUNAWAY_LIMIT ? n : 0;
  }
}
