/**
 * The emulated kubectl: it parses a command line as a shell and kubectl do, runs the command
 * against the simulated API server, and returns what kubectl writes to stdout and stderr with its
 * exit code. Errors read as the real kubectl's; a refused command changes nothing.
 */
import { ClusterContext } from '../context';
import { Flags, FlagSpec, UsageError, parseFlags, shellWords } from './args';
import { Command, CommandContext, GLOBAL_FLAGS, KubectlDeps } from './context';
import { CommandError, formatError } from './errors';
import { getCommand } from './commands/get';
import { applyCommand, applySource, createFromFileCommand, dryRunFlag } from './commands/apply';
import { labelCommand, annotateCommand } from './commands/label';
import { deleteCommand } from './commands/delete';
import { cordon, uncordon } from './commands/cordon';
import { runCommand } from './commands/run';
import { describeCommand } from './commands/describe';
import { createSubcommands, extraCommands } from './commands/extra';

export interface KubectlResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

const COMMANDS: readonly Command[] = [
  getCommand,
  applyCommand,
  { ...createFromFileCommand, subcommands: createSubcommands },
  labelCommand,
  annotateCommand,
  deleteCommand,
  cordon,
  uncordon,
  runCommand,
  describeCommand,
  ...extraCommands,
];

/** Cobra suggests commands within a Levenshtein distance of 2. */
function suggestions(word: string): string[] {
  const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
  return names.filter((n) => levenshtein(n, word) <= 2 || (n.startsWith(word) && word.length > 0));
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

export class Kubectl {
  constructor(
    private readonly cluster: ClusterContext,
    private readonly deps: KubectlDeps,
  ) {}

  /** Runs one command line (`kubectl get pods`, with or without the leading `kubectl`). */
  run(line: string): KubectlResult {
    const out: string[] = [];
    const err: string[] = [];
    let failed = false;
    try {
      const words = shellWords(line.trim().replace(/^\$\s+/, ''));
      if (words[0] === 'kubectl') words.shift();
      if (words.length === 0) throw new CommandError('no command given: expected e.g. "kubectl get pods"');
      let command = this.find(words[0]);
      let rest = words.slice(1);
      const sub = command.subcommands?.find((c) => c.name === `${command.name} ${rest[0]}`);
      if (sub) {
        command = sub;
        rest = rest.slice(1);
      }
      const cc = this.context(command, rest, line, out, err, () => (failed = true));
      command.run(cc);
    } catch (e) {
      err.push(formatError(e));
      failed = true;
    }
    return { stdout: out.join(''), stderr: err.join(''), exitCode: failed ? 1 : 0 };
  }

  /** `kubectl apply -f -` with the given YAML (what the manifest steps do). */
  applyManifest(yaml: string, source: string): KubectlResult {
    const out: string[] = [];
    const err: string[] = [];
    let failed = false;
    try {
      const cc = this.context(applyCommand, [], `kubectl apply -f ${source}`, out, err, () => (failed = true));
      applySource(cc, { name: source, text: yaml }, 'apply', dryRunFlag(cc), 'Strict');
    } catch (e) {
      err.push(formatError(e));
      failed = true;
    }
    return { stdout: out.join(''), stderr: err.join(''), exitCode: failed ? 1 : 0 };
  }

  private find(name: string): Command {
    const command = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
    if (command) return command;
    const close = suggestions(name);
    const hint = close.length ? `\n\nDid you mean this?\n${close.map((c) => `\t${c}`).join('\n')}\n` : '';
    throw new CommandError(`unknown command "${name}" for "kubectl"${hint}`);
  }

  private context(command: Command, words: string[], line: string, out: string[], err: string[], onFail: () => void): CommandContext {
    const specs: FlagSpec[] = [...GLOBAL_FLAGS, ...command.flags];
    const parsed = parseFlags(words, specs, `kubectl ${command.name}`);
    const flags = new Flags(parsed.flags);
    const namespace = flags.string('namespace', 'default');
    return {
      cluster: this.cluster,
      deps: this.deps,
      flags,
      args: parsed.args,
      namespace,
      namespaceGiven: flags.has('namespace'),
      line,
      out: (t) => out.push(t),
      err: (t) => err.push(t),
      fail: (e) => {
        err.push(formatError(e));
        onFail();
      },
    };
  }
}

export { UsageError };
