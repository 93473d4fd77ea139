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
