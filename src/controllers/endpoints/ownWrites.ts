/**
 * A controller's own writes of EndpointSlices. The simulator's watches call back during the
 * write itself, so a handler can tell the events of its controller's writes by this flag, where
 * upstream's controllers recognise them afterwards (the endpointSliceTracker's generations).
 */
export class OwnWrites {
  private active = false;

  /** Whether the watch event being handled comes from one of these writes. */
  get writing(): boolean {
    return this.active;
  }

  /** Runs the controller's writes. */
  during(write: () => void): void {
    this.active = true;
    try {
      write();
    } finally {
      this.active = false;
    }
  }
}
