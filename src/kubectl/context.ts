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
  /** The command path as cobra prints it in usage errors: `kubectl create deployment`. */
  readonly path?: string;
  out(text: string): void;
  err(text: string): void;
  /** Records an error and carries on (kubectl prints it and exits 1 at the end). */
  fail(error: unknown): void;
}

export interface Command {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly flags: readonly FlagSpec[];
  /** Sub-commands named by the first positional word (`create deployment`, `rollout status`). */
  readonly subcommands?: readonly Command[];
  run(cc: CommandContext): void;
}

/**
 * Flags every command takes (kubectl's persistent flags: kubeconfig, klog and the warning
 * switches). Only `-n` changes what the simulator does; the others are accepted and ignored.
 */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'kuberc', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'strings' },
  { name: 'as-uid', type: 'string' },
  { name: 'cache-dir', type: 'string' },
  { name: 'certificate-authority', type: 'string' },
  { name: 'client-certificate', type: 'string' },
  { name: 'client-key', type: 'string' },
  { name: 'disable-compression', type: 'bool' },
  { name: 'insecure-skip-tls-verify', type: 'bool' },
  { name: 'match-server-version', type: 'bool' },
  { name: 'profile', type: 'string' },
  { name: 'profile-output', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'tls-server-name', type: 'string' },
  { name: 'token', type: 'string' },
  { name: 'warnings-as-errors', type: 'bool' },
  { name: 'v', short: 'v', type: 'string' },
  { name: 'vmodule', type: 'string' },
];
