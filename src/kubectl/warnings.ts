/**
 * Deprecation warnings the API server sends with responses about some kinds, which kubectl
 * prints on stderr as `Warning: ...`, each text once per command (client-go deduplicates them).
 */
import { CommandContext } from './context';

const printed = new WeakMap<CommandContext, Set<string>>();

/** The warning the API server of this release attaches to requests for `kind`, if any. */
export function deprecationWarning(kind: string, minor: number): string | undefined {
  if (kind === 'Endpoints' && minor >= 33) return 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';
  return undefined;
}

/** Prints the kind's deprecation warning, unless this command already did. */
export function warnAbout(cc: CommandContext, kind: string): void {
  const text = deprecationWarning(kind, cc.cluster.api.minor);
  if (!text) return;
  let seen = printed.get(cc);
  if (!seen) printed.set(cc, (seen = new Set()));
  if (seen.has(text)) return;
  seen.add(text);
  cc.err(`Warning: ${text}\n`);
}

/**
 * A warning kubectl logs through klog, which writes to stderr with its header:
 * `W0102 15:04:05.000000   12345 file.go:123] message`. The clock is the simulated one (UTC);
 * the process id is a fixed stand-in, since the simulated kubectl has none.
 */
export const KLOG_PID = 12345;

export function klogWarning(cc: CommandContext, source: string, message: string): void {
  const t = new Date(cc.cluster.runtime.now());
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${two(t.getUTCMonth() + 1)}${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}.${String(t.getUTCMilliseconds() * 1000).padStart(6, '0')}`;
  cc.err(`W${stamp} ${String(KLOG_PID).padStart(7, ' ')} ${source}] ${message}\n`);
}
