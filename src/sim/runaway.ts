/**
 * The runaway guard's counting: how often each task (by label, or a work queue's key) ran at one
 * instant. No task can exceed the limit before the instant has run that many tasks, so until
 * then only what ran is noted (no counting, no hashing); past it, each is counted, those already
 * run included, and the count is exactly what counting from the start would give.
 */
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

/**
 * A task's name for the runaway guard: the text, or a function that builds it. Only a runaway
 * (and counting, past a thousand runs in one instant) reads it, so a busy writer (the kubelets,
 * thousands of tasks per instant) passes a function rather than build a string of five pieces
 * per task that stays alive, with the task, through young-generation collections.
 */
export type Label = string | (() => string);

export function labelText(label: Label): string {
  return typeof label === 'string' ? label : label();
}

/** How often one labelled task (a controller and key) may run at a single instant. */
export const RUNAWAY_LIMIT = 1000;

/**
 * One counter for the whole runtime, so a runaway can name what ran as often beside it (two
 * controllers fighting over a field). A run is noted as a scope (a work queue's name, or '' for
 * a labelled task) and an id; the label `scope id` is only built once counting starts.
 */
export class RunCounter {
  private instant = -1;
  private runs = 0;
  /** Scope and id of each run, in turn. */
  private ran: Label[] = [];
  private counts?: Map<string, number>;

  /** Notes one run at `now`; returns its number of runs at this instant once it is over the limit, else 0. */
  count(now: number, scope: string, id: Label): number {
    if (now !== this.instant) {
      this.instant = now;
      this.runs = 0;
      this.ran = [];
      this.counts = undefined;
    }
    if (++this.runs <= RUNAWAY_LIMIT) {
      this.ran.push(scope, id);
      return 0;
    }
    let counts = this.counts;
    if (!counts) {
      counts = this.counts = new Map();
      for (let i = 0; i < this.ran.length; i += 2) {
        const label = labelOf(this.ran[i] as string, this.ran[i + 1]);
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      this.ran = [];
    }
    const label = labelOf(scope, id);
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    return n > RUNAWAY_LIMIT ? n : 0;
  }

  /** Labels that ran more than half the limit at this instant, other than `label`. */
  alongside(label: string): string[] {
    return [...(this.counts ?? [])].filter(([other, n]) => other !== label && n * 2 > RUNAWAY_LIMIT).map(([other]) => other);
  }
}

export function labelOf(scope: string, id: Label): string {
  const text = labelText(id);
  return scope ? `${scope} ${text}` : text;
}
