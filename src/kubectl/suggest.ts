/**
 * What cobra answers to an unknown top-level command: `unknown command "x" for "kubectl"`, then
 * `Did you mean this?` with every available command whose name is within a Levenshtein distance
 * of 2 (case-insensitive) or starts with what was typed. Cobra walks the commands in the order
 * kubectl added them (it never sorts them first), so that is the order of the suggestions. The
 * list is real kubectl's, not only what the simulator implements: a typo is corrected the same
 * way whether or not the intended command is simulated.
 */

/** kubectl 1.34's top-level commands in `NewKubectlCommand` order (alpha and help are never suggested). */
export const KUBECTL_COMMANDS: readonly string[] = [
  'create', 'expose', 'run', 'set',
  'explain', 'get', 'edit', 'delete',
  'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint',
  'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events',
  'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize',
  'label', 'annotate', 'completion',
  'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options',
];

/** cobra's `ld(s, t, ignoreCase=true)`. */
export function levenshtein(s: string, t: string): number {
  const a = s.toLowerCase();
  const b = t.toLowerCase();
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

/** `SuggestionsFor`: the command names cobra proposes for a mistyped one, in its order. */
export function suggestionsFor(typed: string, names: readonly string[] = KUBECTL_COMMANDS): string[] {
  return names.filter((n) => levenshtein(typed, n) <= 2 || n.toLowerCase().startsWith(typed.toLowerCase()));
}

/** The whole refusal, as `cmdutil.CheckErr` prints it after `error: `. */
export function unknownCommandMessage(typed: string): string {
  const close = suggestionsFor(typed);
  const hint = close.length ? `\n\nDid you mean this?\n${close.map((c) => `\t${c}\n`).join('')}` : '';
  return `unknown command ${JSON.stringify(typed)} for "kubectl"${hint}`;
}
