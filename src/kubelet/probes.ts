/**
 * Probe timing and outcomes. A prober worker ticks every period from when the kubelet took the
 * pod (its first tick comes before the container runs, so it probes nothing); it keeps that phase
 * across restarts. A readiness worker is also triggered at once when a container starts unready,
 * which restarts its ticker. A tick probes once the run has lasted initialDelaySeconds. Outcomes
 * come from the image: HTTP answers 200 until the image turns unhealthy; TCP and exec succeed.
 */
import { ImageBehaviour, isListening } from './images';

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

/** Where a probe connects: the pod's IP and the container's ports (to resolve a named port). */
export interface ProbeTarget {
  readonly podIP: string;
  readonly ports: readonly { readonly name?: string; readonly containerPort?: number }[];
  /** How long the run has lasted. */
  readonly runningMs: number;
}

/** The outcome of one probe against a run that has served `requestsSoFar` requests. */
export function probeOutcome(p: ProbeSpec, image: ImageBehaviour, requestsSoFar: number, kind: 'liveness' | 'readiness' = 'liveness', target?: ProbeTarget): ProbeOutcome {
  if (target && !isListening(image, target.runningMs)) {
    const refused = nothingListening(p, target);
    if (refused) return refused;
  }
  if (kind === 'readiness' && image.notReady) return notReadyOutcome(p);
  if (p.httpGet) {
    const healthy = image.unhealthyAfterRequests === undefined || requestsSoFar < image.unhealthyAfterRequests;
    return healthy
      ? { success: true, message: '', isHttpRequest: true }
      : { success: false, message: 'HTTP probe failed with statuscode: 500', isHttpRequest: true };
  }
  return { success: true, message: '', isHttpRequest: false };
}

/**
 * An HTTP or TCP probe before the process listens: the dial is refused, in Go's words
 * (prober/http: `Get "http://10.244.1.5:8080/healthz": dial tcp 10.244.1.5:8080: connect:
 * connection refused`). Exec probes do not connect: undefined.
 */
function nothingListening(p: ProbeSpec, target: ProbeTarget): ProbeOutcome | undefined {
  const probe = p.httpGet ?? p.tcpSocket;
  if (!probe) return undefined;
  const host = p.httpGet?.host || target.podIP;
  const port = resolvePort(probe.port, target.ports);
  const hostPort = host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
  const dial = `dial tcp ${hostPort}: connect: connection refused`;
  if (!p.httpGet) return { success: false, message: dial, isHttpRequest: false };
  const scheme = (p.httpGet.scheme ?? 'HTTP').toLowerCase();
  const path = p.httpGet.path ? (p.httpGet.path.startsWith('/') ? p.httpGet.path : `/${p.httpGet.path}`) : '/';
  return { success: false, message: `Get "${scheme}://${hostPort}${path}": ${dial}`, isHttpRequest: false };
}

/** A probe's port: a number, or the name of one of the container's ports. */
function resolvePort(port: number | string | undefined, ports: ProbeTarget['ports']): number | string {
  if (typeof port === 'number') return port;
  if (port === undefined) return 80;
  if (/^[0-9]+$/.test(port)) return Number(port);
  return ports.find((x) => x.name === port)?.containerPort ?? port;
}

/** A readiness probe against an image that is never ready (the exec command prints nothing). */
function notReadyOutcome(p: ProbeSpec): ProbeOutcome {
  if (p.httpGet) return { success: false, message: 'HTTP probe failed with statuscode: 503', isHttpRequest: true };
  if (p.tcpSocket) return { success: false, message: `dial tcp: connect: connection refused`, isHttpRequest: false };
  return { success: false, message: '', isHttpRequest: false };
}

/** Whether later probes may answer differently from the first (else ticking is wasted work). */
export function outcomeMayChange(p: ProbeSpec, image: ImageBehaviour): boolean {
  if (image.listensAfterMs !== undefined && (p.httpGet || p.tcpSocket)) return true;
  return !!p.httpGet && image.unhealthyAfterRequests !== undefined;
}
