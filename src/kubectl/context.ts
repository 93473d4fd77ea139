/** What a kubectl command is given: the cluster, its parsed flags and arguments, and where to write. */
import { ClusterContext } from '../context';
import { Kubelets } from '../kubelet/kubelets';
import { Flags, FlagSpec } from './args';

export interface KubectlDeps {
  readonly kubelets: Kubelets;
  /** Reads a manifest file named on the command line (`-f path`); throws when it cannot. */
  readonly readFile?: (path: string) => string;
}

export interface CommandContext {
  readonly cluster: ClusterContext;
  readonly deps: KubectlDeps;
  readonly flags: Flags;
  readonly args: readonly string[];
  /** The namespace (`-n`, default `default`). */
  readonly namespace: string;
  /** `-n` was given explicitly. */
  readonly namespaceGiven: boolean;
  /** The whole command as typed (for `kubernetes.io/change-cause`). */
  readonly line: string;
  out(text: string): void;
  err(text: string): void;
  /** Records an error and carries on (kubectl prints it and exits 1 at the end). */
  fail(error: unknown): void;
}

export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Sub-commands chosen by the first argument (`create job`); the command runs when none matches. */
  readonly subcommands?: readonly Command[];
  run(cc: CommandContext): void;
}

/** Flags every command takes. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'string' },
];
