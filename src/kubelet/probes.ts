/**
 * Probe timing and outcomes. A prober worker ticks every period from when the kubelet took the
 * pod (its first tick comes before the container runs, so it probes nothing); it keeps that phase
 * across restarts. A readiness worker is also triggered at once when a container starts unready,
 * which restarts its ticker. A tick probes once the run has lasted initialDelaySeconds. Outcomes
 * come from the image: HTTP answers 200 until the image turns unhealthy; TCP and exec succeed.
 */
import { ImageBehaviour } from './images';

export interface ProbeSpec {
  readonly initialDelaySeconds?: number;
  readonly periodSeconds?: number;
  readonly successThreshold?: number;
  readonly failureThreshold?: number;
  readonly terminationGracePeriodSeconds?: number;
  readonly httpGet?: { readonly path?: string; readonly port?: number | string; readonly host?: string; readonly scheme?: string };
  readonly tcpSocket?: { readonly port?: number | string };
  readonly exec?: { readonly command?: readonly string[] };
  readonly grpc?: { readonly port?: number };
}

export const periodMs = (p: ProbeSpec) => (p.periodSeconds ?? 10) * 1000;

/**
 * The first tick at or after `from` (ticks at `phase + k × period`, k ≥ `firstTick`) at which the
 * run has lasted initialDelaySeconds (counted in whole seconds, as the kubelet truncates).
 */
export function nextProbeAt(p: ProbeSpec, phase: number, firstTick: number, runStartedAt: number, from: number): number {
  const period = periodMs(p);
  const earliest = Math.max(from, phase + firstTick * period, runStartedAt + (p.initialDelaySeconds ?? 0) * 1000);
  if (earliest <= phase) return phase;
  return phase + Math.ceil((earliest - phase) / period) * period;
}

export interface ProbeOutcome {
  readonly success: boolean;
  /** The kubelet's failure text, e.g. `HTTP probe failed with statuscode: 500`. */
  readonly message: string;
  /** Whether the probe sent an HTTP request to the container. */
  readonly isHttpRequest: boolean;
}

/** The outcome of one probe against a run that has served `requestsSoFar` requests. */
export function probeOutcome(p: ProbeSpec, image: ImageBehaviour, requestsSoFar: number, kind: 'liveness' | 'readiness' = 'liveness'): ProbeOutcome {
  if (kind === 'readiness' && image.notReady) return notReadyOutcome(p);
  if (p.httpGet) {
    const healthy = image.unhealthyAfterRequests === undefined || requestsSoFar < image.unhealthyAfterRequests;
    return healthy
      ? { success: true, message: '', isHttpRequest: true }
      : { success: false, message: 'HTTP probe failed with statuscode: 500', isHttpRequest: true };
  }
  return { success: true, message: '', isHttpRequest: false };
}

/** A readiness probe against an image that is never ready (the exec command prints nothing). */
function notReadyOutcome(p: ProbeSpec): ProbeOutcome {
  if (p.httpGet) return { success: false, message: 'HTTP probe failed with statuscode: 503', isHttpRequest: true };
  if (p.tcpSocket) return { success: false, message: `dial tcp: connect: connection refused`, isHttpRequest: false };
  return { success: false, message: '', isHttpRequest: false };
}

/** Whether later probes may answer differently from the first (else ticking is wasted work). */
export function outcomeMayChange(p: ProbeSpec, image: ImageBehaviour): boolean {
  return !!p.httpGet && image.unhealthyAfterRequests !== undefined;
}
