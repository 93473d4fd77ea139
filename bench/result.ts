/** What one benchmark reports. */
export interface BenchResult {
  readonly name: string;
  readonly wallMs: number;
  readonly peakHeapMB: number;
  readonly detail: string;
}
