/**
 * Cobra's sub-commands (`kubectl create deployment`, `kubectl rollout status`, `kubectl set
 * image`): the first word that is neither a flag nor a flag's value names the sub-command when
 * one has that name; it is then removed from the words the sub-command parses.
 */
import { FlagSpec } from './args';
import { Command } from './context';
import { CommandError } from './errors';

/** Index of the first positional word, skipping flags and the values of non-boolean flags. */
export function firstPositional(words: readonly string[], specs: readonly FlagSpec[]): number {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === '--') return -1;
    if (w.startsWith('--')) {
      const spec = byName.get(w.slice(2));
      if (!w.includes('=') && spec && spec.type !== 'bool' && spec.noOptDefault === undefined) i++;
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      const spec = byShort.get(w[w.length - 1]);
      if (w.length === 2 && spec && spec.type !== 'bool') i++;
      continue;
    }
    return i;
  }
  return -1;
}

export interface ResolvedCommand {
  readonly command: Command;
  readonly words: string[];
  /** `kubectl create deployment`, for usage errors. */
  readonly path: string;
}

/** Descends into sub-commands as far as the words name them. */
export function resolveSubcommand(command: Command, words: readonly string[], globalFlags: readonly FlagSpec[]): ResolvedCommand {
  let current = command;
  let rest = [...words];
  let path = `kubectl ${command.name}`;
  while (current.subcommands?.length) {
    const i = firstPositional(rest, [...globalFlags, ...current.flags]);
    const name = i < 0 ? undefined : rest[i];
    const sub = current.subcommands.find((c) => c.name === name || (name !== undefined && c.aliases?.includes(name)));
    if (!sub) break;
    current = sub;
    rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
    path += ` ${sub.name}`;
  }
  return { command: current, words: rest, path };
}

/**
 * A command that only groups sub-commands (`rollout`, `set`): an unknown sub-command is refused
 * as cobra does; without one, the summary and the list stand for kubectl's help text.
 */
export function groupCommand(name: string, summary: string, subcommands: readonly Command[]): Command {
  return {
    name,
    flags: [],
    subcommands,
    run(cc) {
      if (cc.args.length) throw new CommandError(`unknown command ${JSON.stringify(cc.args[0])}\nSee 'kubectl ${name} -h' for help and examples`);
      cc.out(`${summary}\n\nAvailable Commands:\n${subcommands.map((c) => `  ${c.name}\n`).join('')}`);
    },
  };
}
