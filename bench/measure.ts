/**
 * What every benchmark reports: wall time (host clock, for the report only — the simulation
 * never reads it) and peak memory, sampled whenever the benchmark asks.
 */
export interface BenchResult {
  readonly name: string;
  readonly wallMs: number;
  readonly peakHeapMB: number;
  readonly peakRssMB: number;
  readonly simulatedSeconds: number;
  readonly details: Record<string, number | string>;
}

export class Meter {
  private readonly startedAt = performance.now();
  private peakHeap = 0;
  private peakRss = 0;

  sample(): void {
    const m = process.memoryUsage();
    this.peakHeap = Math.max(this.peakHeap, m.heapUsed);
    this.peakRss = Math.max(this.peakRss, m.rss);
  }

  finish(name: string, simulatedSeconds: number, details: Record<string, number | string>): BenchResult {
    this.sample();
    const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
    return { name, wallMs: Math.round(performance.now() - this.startedAt), peakHeapMB: mb(this.peakHeap), peakRssMB: mb(this.peakRss), simulatedSeconds, details };
  }
}
