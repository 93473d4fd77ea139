/**
 * Measuring a benchmark phase: wall time and CPU time of this process (host clocks: benchmarks
 * measure the host, the engine never reads them) and the process's peak resident memory. On a
 * shared machine CPU time is the steadier figure: other processes stretch wall time, not it.
 */
import { performance } from 'node:perf_hooks';

export interface Row {
  readonly bench: string;
  readonly phase: string;
  readonly wallMs: number;
  /** User + system CPU time of this process in the phase (the child's, for a run in a child). */
  readonly cpuMs?: number;
  readonly peakMiB: number;
  /** Engine work done in the phase: tasks run and instants visited. */
  readonly tasks?: number;
  readonly instants?: number;
  readonly note?: string;
}

export function peakMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function measure<T>(fn: () => T): { result: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = fn();
  const wallMs = Math.round(performance.now() - start);
  const used = process.cpuUsage(cpu);
  return { result, wallMs, cpuMs: Math.round((used.user + used.system) / 1000) };
}
