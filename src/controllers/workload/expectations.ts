/**
 * Controller expectations (controller.UIDTrackingControllerExpectations): after asking for N
 * creations or some deletions, a controller does not manage replicas again until it has seen
 * them happen — or until five minutes have passed, in case some were lost.
 */
const EXPECTATIONS_TIMEOUT_MS = 5 * 60_000;

interface Record {
  add: number;
  del: number;
  setAt: number;
  /** Pod keys whose deletion is awaited (each is observed once). */
  readonly deleting: Set<string>;
}

export class Expectations {
  private readonly records = new Map<string, Record>();

  constructor(private readonly now: () => number) {}

  /** Whether the controller may manage `key` again. */
  satisfied(key: string): boolean {
    const r = this.records.get(key);
    if (!r) return true;
    if (r.add <= 0 && r.del <= 0) return true;
    return this.now() - r.setAt > EXPECTATIONS_TIMEOUT_MS;
  }

  /** Sets the expected creations and deletions (`SetExpectations`). */
  set(key: string, add: number, del: number, deleting: readonly string[] = []): void {
    this.records.set(key, { add, del, setAt: this.now(), deleting: new Set(deleting) });
  }

  expectCreations(key: string, n: number): void {
    this.set(key, n, 0);
  }

  expectDeletions(key: string, podKeys: readonly string[]): void {
    this.set(key, 0, podKeys.length, podKeys);
  }

  creationObserved(key: string): void {
    const r = this.records.get(key);
    if (r) r.add--;
  }

  /** A deletion seen; with a pod key, only the first sighting of that pod counts. */
  deletionObserved(key: string, podKey?: string): void {
    const r = this.records.get(key);
    if (!r) return;
    if (podKey !== undefined && r.deleting.size > 0) {
      if (!r.deleting.delete(podKey)) return;
    }
    r.del--;
  }

  lower(key: string, add: number, del: number): void {
    const r = this.records.get(key);
    if (!r) return;
    r.add -= add;
    r.del -= del;
  }

  delete(key: string): void {
    this.records.delete(key);
  }
}
