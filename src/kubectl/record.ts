/**
 * `--record` (deprecated, still honoured): the command line kubectl stores in the
 * `kubernetes.io/change-cause` annotation, rebuilt as cobra/pflag do it — the program name, the
 * positional words, then each flag as typed, by its long name, as `--name=value`.
 */
import { KubeObject } from '../api/types';
import { FlagSpec, shellWords } from './args';
import { CommandContext, GLOBAL_FLAGS } from './context';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export function changeCause(cc: CommandContext, specs: readonly FlagSpec[]): string {
  const all = [...GLOBAL_FLAGS, ...specs];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
  const words = shellWords(cc.line.trim());
  if (words[0] === 'kubectl') words.shift();
  const args: string[] = [];
  const flags: string[] = [];
  const takesValue = (s: FlagSpec | undefined) => !!s && s.type !== 'bool' && s.noOptDefault === undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    const long = w.startsWith('--');
    if (!(w.startsWith('-') && w.length > 1)) {
      args.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    const key = long ? w.slice(2, eq < 0 ? undefined : eq) : w[1];
    const spec = long ? byName.get(key) : byShort.get(key);
    const name = spec?.name ?? key;
    let value: string;
    if (eq >= 0) value = w.slice(eq + 1);
    else if (!long && w.length > 2) value = w.slice(2);
    else if (takesValue(spec) && i + 1 < words.length) value = words[++i];
    else value = spec?.noOptDefault ?? 'true';
    flags.push(` --${name}=${value}`);
  }
  return `kubectl${args.length ? ` ${args.join(' ')}` : ''}${flags.join('')}`;
}

/** Sets the change-cause annotation on an object about to be written, when `--record` is set. */
export function recordChangeCause(obj: KubeObject, cc: CommandContext, specs: readonly FlagSpec[]): void {
  if (!cc.flags.bool('record')) return;
  obj.metadata.annotations = { ...(obj.metadata.annotations ?? {}), [CHANGE_CAUSE]: changeCause(cc, specs) };
}
