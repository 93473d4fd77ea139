/**
 * The image catalogue: what a simulated container does. Containers are never run on the host;
 * an image says how long it runs, how it exits, how it answers HTTP, whether it handles SIGTERM
 * and how long it takes to start. The book's images are built in.
 */

export interface ImageBehaviour {
  /** How long a run lasts before the process exits by itself; undefined = forever. */
  readonly runsForMs?: number;
  /** The exit code of a run that ends by itself. */
  readonly exitCode: number;
  /** The first N runs in the cluster (whichever pod runs them) fail with `failExitCode`. */
  readonly failFirst: number;
  readonly failExitCode: number;
  /** HTTP requests after this many (per run) are answered 500; undefined = always 200. */
  readonly unhealthyAfterRequests?: number;
  /** Time from ContainerCreating to Running (the image pull). */
  readonly startTimeMs: number;
  /** What SIGTERM does: exit with a code, or nothing (then SIGKILL after the grace period: 137). */
  readonly onSigterm: { readonly exitCode: number } | 'ignore';
  /** Lines the process writes: at start, periodically, and when it finishes. */
  readonly logs?: ImageLogs;
  /**
   * The process never reports ready: readiness probes fail (an exec command exits 1, as the
   * book's `ls /var/ready` does before the file exists; HTTP gets 503; TCP finds no listener).
   * Liveness probes and service traffic are not affected.
   */
  readonly notReady?: boolean;
  /**
   * The process opens its ports only this long after it started (a slow-starting server): until
   * then HTTP and TCP probes and service requests find nothing listening. Exec probes succeed.
   */
  readonly listensAfterMs?: number;
}

/** Whether a process of this image that has run `runningMs` accepts connections yet. */
export function isListening(image: ImageBehaviour, runningMs: number): boolean {
  return image.listensAfterMs === undefined || runningMs >= image.listensAfterMs;
}

export interface ImageLogs {
  readonly atStart?: readonly string[];
  readonly every?: { readonly intervalMs: number; readonly line: string };
  readonly atExit?: readonly string[];
  /** A line per HTTP request served. */
  readonly perRequest?: string;
}

export const DEFAULT_BEHAVIOUR: ImageBehaviour = {
  exitCode: 0,
  failFirst: 0,
  failExitCode: 1,
  startTimeMs: 0,
  onSigterm: { exitCode: 0 },
};

const KUBIA_LOGS: ImageLogs = { atStart: ['Kubia server starting...'], perRequest: 'Received request from ::ffff:10.244.0.1' };

/** The images of "Kubernetes in Action", as their Dockerfiles and sources behave. */
export const BOOK_IMAGES: Readonly<Record<string, ImageBehaviour>> = {
  // A Node.js server as PID 1: it installs no SIGTERM handler, so stopping it takes the grace period.
  'luksa/kubia': { ...DEFAULT_BEHAVIOUR, onSigterm: 'ignore', logs: KUBIA_LOGS },
  'luksa/kubia-unhealthy': { ...DEFAULT_BEHAVIOUR, onSigterm: 'ignore', unhealthyAfterRequests: 5, logs: KUBIA_LOGS },
  // A shell script: prints, sleeps 120 seconds, prints again, exits 0.
  'luksa/batch-job': {
    ...DEFAULT_BEHAVIOUR,
    runsForMs: 120_000,
    onSigterm: 'ignore',
    logs: { atStart: ['{date} Batch job starting'], atExit: ['{date} Finished succesfully'] },
  },
  'luksa/ssd-monitor': { ...DEFAULT_BEHAVIOUR, onSigterm: 'ignore', logs: { every: { intervalMs: 5_000, line: 'SSD OK' } } },
};

/** The last image normalised (none yet: an object no caller passes), and its name: a pod's image is looked up several times. */
let lastImage: unknown = {};
let lastName = '';

/** `docker.io/library/nginx:latest` and `nginx` name the same image. */
export function normaliseImage(image: string): string {
  if (image !== lastImage) {
    lastName = normalised(image);
    lastImage = image;
  }
  return lastName;
}

function normalised(image: string): string {
  let name = image.trim();
  name = name.replace(/^docker\.io\//, '').replace(/^index\.docker\.io\//, '').replace(/^library\//, '');
  name = name.replace(/:latest$/, '');
  return name;
}

function repository(image: string): string {
  const at = image.indexOf('@');
  const base = at < 0 ? image : image.slice(0, at);
  const slash = base.lastIndexOf('/');
  const colon = base.lastIndexOf(':');
  return colon > slash ? base.slice(0, colon) : base;
}

/** The images of one cluster: the book's, plus what the scenario declares. */
export class ImageCatalogue {
  private readonly declared = new Map<string, ImageBehaviour>();
  /** Runs started so far per image, for "fails N times before it succeeds". */
  private readonly runs = new Map<string, number>();

  declare(image: string, change: Partial<ImageBehaviour>): void {
    const key = normaliseImage(image);
    this.declared.set(key, { ...this.lookup(image), ...change });
  }

  lookup(image: string): ImageBehaviour {
    const key = normaliseImage(image);
    return this.declared.get(key) ?? this.declared.get(repository(key)) ?? BOOK_IMAGES[key] ?? BOOK_IMAGES[repository(key)] ?? DEFAULT_BEHAVIOUR;
  }

  /** Counts a new run of the image and says whether this run is one of its first failing ones. */
  startRun(image: string): { behaviour: ImageBehaviour; fails: boolean } {
    const behaviour = this.lookup(image);
    const key = normaliseImage(image);
    const n = (this.runs.get(key) ?? 0) + 1;
    this.runs.set(key, n);
    return { behaviour, fails: n <= behaviour.failFirst };
  }
}
