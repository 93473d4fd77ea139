/**
 * A controller's work queue, as client-go's: a key queued twice before it is processed is
 * processed once; a key re-added while it is processed is processed again afterwards; delayed
 * adds keep only the earliest pending time. A paused queue (controller manager stopped) keeps
 * its keys until it resumes.
 */
import { Runtime } from './runtime';
import { RunawayError, labelOf } from './runaway';

export class WorkQueue {
  private readonly dirty = new Set<string>();
  private readonly waiting = new Map<string, number>();
  private paused = false;
  /** Runs per key at the current instant: the runaway guard of this queue's tasks. */

  constructor(
    private readonly runtime: Runtime,
    private readonly name: string,
    private readonly sync: (key: string) => void,
  ) {}

  add(key: string): void {
    if (this.dirty.has(key)) return;
    this.dirty.add(key);
    if (!this.paused) this.schedule(key);
  }

  /** Adds `key` after `delayMs`; an earlier pending add of the same key wins. */
  addAfter(key: string, delayMs: number): void {
    if (delayMs <= 0) return this.add(key);
    const at = this.runtime.now() + delayMs;
    const pending = this.waiting.get(key);
    if (pending !== undefined && pending <= at && pending > this.runtime.now()) return;
    this.waiting.set(key, at);
    this.runtime.after(delayMs, `${this.name} ${key} (delayed)`, () => {
      if (this.waiting.get(key) === at) this.waiting.delete(key);
      this.add(key);
    });
  }

  private schedule(key: string): void {
    // Guarded here by key: the runtime would need a "<queue> <key>" label built for every task.
    this.runtime.soonGuarded(() => {
      const n = this.runtime.runs.count(this.runtime.now(), this.name, key);
      if (n > 0) {
        this.runtime.abandon();
        const label = labelOf(this.name, key);
        throw new RunawayError(label, n, this.runtime.runs.alongside(label));
      }
      if (this.paused || !this.dirty.has(key)) return;
      this.dirty.delete(key);
      this.sync(key);
    });
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    for (const key of this.dirty) this.schedule(key);
  }

  get length(): number {
    return this.dirty.size;
  }
}
