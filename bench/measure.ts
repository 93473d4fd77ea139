/**
 * Measuring a benchmark phase: wall time and CPU time of this process (host clocks: benchmarks
 * measure the host, the engine never reads them) and the process's peak resident memory. On a
 * shared machine CPU time is the steadier figure: other processes stretch wall time, not it; the
 * engine is single-threaded, so on an idle machine the two agree (GC helper threads aside).
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A figure issue 7 sets a target for: the figure, the limit, and their unit. */
export interface Target {
  readonly figure: number;
  readonly limit: number;
  readonly unit: 'ms' | 'MiB' | 'x';
}

export interface Row {
  readonly bench: string;
  readonly phase: string;
  readonly wallMs: number;
  /** User + system CPU time of the process running the phase. */
  readonly cpuMs?: number;
  readonly peakMiB: number;
  /** Engine work done in the phase: tasks run and instants visited. */
  readonly tasks?: number;
  readonly instants?: number;
  readonly target?: Target;
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

/** Runs a TypeScript entry point in a fresh Node process and parses the JSON its last line prints. */
export function runChild<T>(script: string, args: readonly string[]): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}
