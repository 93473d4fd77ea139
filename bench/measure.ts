/**
 * Measuring a benchmark phase: wall time (host clock: benchmarks measure the host, the engine
 * never reads it) and the process's peak resident memory.
 */
import { performance } from 'node:perf_hooks';

export interface Row {
  readonly bench: string;
  readonly phase: string;
  readonly wallMs: number;
  readonly peakMiB: number;
  /** Engine work done in the phase: tasks run and instants visited. */
  readonly tasks?: number;
  readonly instants?: number;
  readonly note?: string;
}

export function peakMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function measure<T>(fn: () => T): { result: T; wallMs: number } {
  const start = performance.now();
  const result = fn();
  return { result, wallMs: Math.round(performance.now() - start) };
}
