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
import { applyCommand, applySource, dryRunFlag } from './commands/apply';
import { labelCommand, annotateCommand } from './commands/label';
import { deleteCommand } from './commands/delete';
import { cordon, uncordon } from './commands/cordon';
import { runCommand } from './commands/run';
import { describeCommand } from './commands/describe';
import { extraCommands } from './commands/extra';
import { createCommand } from './commands/create';
import { firstPositional, resolveSubcommand } from './subcommands';
import { KUBECTL_COMMANDS, unknownCommandMessage } from './suggest';

export interface KubectlResult {
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr interleaved in the order they were written, as a terminal shows them. */
  readonly output: string;
  readonly exitCode: number;
}

/** What a command writes, kept apart per stream and together in writing order. */
class Streams {
  private readonly chunks: { err: boolean; text: string }[] = [];
  failed = false;

  out = (text: string): void => void this.chunks.push({ err: false, text });
  err = (text: string): void => void this.chunks.push({ err: true, text });

  result(): KubectlResult {
    const pick = (err?: boolean) => this.chunks.filter((c) => err === undefined || c.err === err).map((c) => c.text).join('');
    return { stdout: pick(false), stderr: pick(true), output: pick(), exitCode: this.failed ? 1 : 0 };
  }
}

const COMMANDS: readonly Command[] = [
  getCommand,
  applyCommand,
  createCommand,
  labelCommand,
  annotateCommand,
  deleteCommand,
  cordon,
  uncordon,
  runCommand,
  describeCommand,
  ...extraCommands,
];

export class Kubectl {
  constructor(
    private readonly cluster: ClusterContext,
    private readonly deps: KubectlDeps,
  ) {}

  /** Runs one command line (`kubectl get pods`, with or without the leading `kubectl`). */
  run(line: string): KubectlResult {
    const streams = new Streams();
    try {
      const words = shellWords(line.trim().replace(/^\$\s+/, ''));
      if (words[0] === 'kubectl') words.shift();
      const beforeDash = words.includes('--') ? words.slice(0, words.indexOf('--')) : words;
      if (words[0] === 'help' || beforeDash.some((w) => w === '--help' || w === '-h')) {
        throw new CommandError("kubectl's help text is not reproduced by the simulator: see https://kubernetes.io/docs/reference/kubectl/");
      }
      // Persistent flags may come before the command (`kubectl -n kube-system get pods`).
      const at = firstPositional(words, GLOBAL_FLAGS);
      if (at < 0) throw new CommandError('no command given: expected e.g. "kubectl get pods"');
      const { command, words: rest, path } = resolveSubcommand(this.find(words[at]), [...words.slice(0, at), ...words.slice(at + 1)], GLOBAL_FLAGS);
      const cc = this.context(command, rest, line, streams, path);
      command.run(cc);
    } catch (e) {
      streams.err(formatError(e));
      streams.failed = true;
    }
    return streams.result();
  }

  /** `kubectl apply -f -` with the given YAML (what the manifest steps do). */
  applyManifest(yaml: string, source: string): KubectlResult {
    const streams = new Streams();
    try {
      const cc = this.context(applyCommand, [], `kubectl apply -f ${source}`, streams);
      applySource(cc, { name: source, text: yaml }, 'apply', dryRunFlag(cc), 'Strict');
    } catch (e) {
      streams.err(formatError(e));
      streams.failed = true;
    }
    return streams.result();
  }

  private find(name: string): Command {
    const command = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
    if (command) return command;
    if (KUBECTL_COMMANDS.includes(name)) throw new CommandError(`"kubectl ${name}" is a kubectl command the simulator does not implement`);
    throw new CommandError(unknownCommandMessage(name));
  }

  private context(command: Command, words: string[], line: string, streams: Streams, path = `kubectl ${command.name}`): CommandContext {
    const specs: FlagSpec[] = [...GLOBAL_FLAGS, ...command.flags];
    const parsed = parseFlags(words, specs, path);
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
      path,
      out: streams.out,
      err: streams.err,
      fail: (e) => {
        streams.err(formatError(e));
        streams.failed = true;
      },
    };
  }
}

export { UsageError };
