/**
 * The command line, parsed with Node's own `util.parseArgs` (no dependency to keep up to date).
 * A command is data; main.ts runs it. Errors quote what was typed.
 */
import { parseArgs } from 'node:util';
import { parseShard, Shard } from './shard';

export interface RunCommand {
  readonly command: 'run';
  readonly paths: readonly string[];
  readonly seed?: number;
  readonly tags?: string;
  readonly name?: string;
  readonly parallel?: number;
  readonly shard?: Shard;
  readonly profile?: string;
  readonly reports: string;
  readonly failFast: boolean;
}

export type Command =
  | RunCommand
  | { readonly command: 'steps'; readonly markdown: boolean }
  | { readonly command: 'init'; readonly force: boolean }
  | { readonly command: 'report'; readonly inputs: readonly string[]; readonly reports: string }
  | { readonly command: 'help' }
  | { readonly command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage: kubespec [run] [paths…] [options]   run features (default: features/)
       kubespec steps [--markdown]          print the step catalogue
       kubespec init [--force]              set up features/, steps/ and cucumber.js here
       kubespec report <dirs or files…>     merge shards' reports (messages.ndjson, junit*.xml)

Options for run:
  --seed <n>        random seed of every scenario (default: the profile's, else 1)
  --tags <expr>     only scenarios matching a tag expression, e.g. "@smoke and not @slow"
  --name <regex>    only scenarios whose name matches
  --parallel <n>    run scenarios in n worker processes
  --shard <i/n>     run the i-th of n stable parts of the scenarios (one per CI machine)
  --profile <name>  the cucumber.js profile for support code and world parameters (default: default)
  --reports <dir>   where reports go (default: reports)
  --fail-fast       stop at the first failing scenario
  -h, --help        this text
  -v, --version     kubespec's version

Reports: <dir>/cucumber.html, junit.xml, messages.ndjson and behaviour.html.`;

function integer(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text) || Number(text) < min) throw new UsageError(`invalid ${flag} "${text}": expected a whole number${min > 0 ? ` of at least ${min}` : ''}`);
  return Number(text);
}

export function parseCommand(argv: readonly string[]): Command {
  const sub = ['run', 'steps', 'init', 'report'].includes(argv[0]) ? argv[0] : undefined;
  const rest = sub ? argv.slice(1) : [...argv];
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      strict: true,
      options: {
        seed: { type: 'string' },
        tags: { type: 'string' },
        name: { type: 'string' },
        parallel: { type: 'string' },
        shard: { type: 'string' },
        profile: { type: 'string' },
        reports: { type: 'string' },
        'fail-fast': { type: 'boolean' },
        markdown: { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const reports = v.reports ?? 'reports';
  if (sub === 'steps') return { command: 'steps', markdown: !!v.markdown };
  if (sub === 'init') return { command: 'init', force: !!v.force };
  if (sub === 'report') {
    if (positionals.length === 0) throw new UsageError('kubespec report needs the shards\' report folders or files, e.g. kubespec report shard-*/');
    return { command: 'report', inputs: positionals, reports };
  }
  let shard: Shard | undefined;
  try {
    shard = v.shard === undefined ? undefined : parseShard(v.shard);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return {
    command: 'run',
    paths: positionals,
    seed: integer('--seed', v.seed, -Infinity),
    tags: v.tags,
    name: v.name,
    parallel: integer('--parallel', v.parallel, 1),
    shard,
    profile: v.profile,
    reports,
    failFast: !!v['fail-fast'],
  };
}
