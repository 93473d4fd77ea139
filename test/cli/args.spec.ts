import assert from 'node:assert/strict';
import { Command, parseCommand, UsageError } from '../../src/cli/args';

describe('the kubespec command line', () => {
  const cases: Record<string, { argv: string[]; want: Partial<Command> | RegExp }> = {
    'no arguments runs the features with the default reports': { argv: [], want: { command: 'run', paths: [], reports: 'reports', failFast: false } },
    'paths and options': {
      argv: ['features/a.feature', '--seed', '7', '--tags', '@smoke and not @slow', '--parallel', '2', '--shard', '2/3'],
      want: { command: 'run', paths: ['features/a.feature'], seed: 7, tags: '@smoke and not @slow', parallel: 2, shard: { index: 2, total: 3 } },
    },
    'an explicit run': { argv: ['run', 'x.feature'], want: { command: 'run', paths: ['x.feature'] } },
    steps: { argv: ['steps'], want: { command: 'steps', markdown: false } },
    'init --force': { argv: ['init', '--force'], want: { command: 'init', force: true } },
    'report with folders': { argv: ['report', 'shard-1', 'shard-2', '--reports', 'merged'], want: { command: 'report', inputs: ['shard-1', 'shard-2'], reports: 'merged' } },
    help: { argv: ['-h'], want: { command: 'help' } },
    'a seed that is not a number': { argv: ['--seed', 'seven'], want: /invalid --seed "seven": expected a whole number/ },
    'a shard past the total': { argv: ['--shard', '4/3'], want: /invalid --shard "4\/3": expected i\/n with 1 ≤ i ≤ n/ },
    'no parallel workers': { argv: ['--parallel', '0'], want: /invalid --parallel "0"/ },
    'an unknown option': { argv: ['--sed', '1'], want: /Unknown option '--sed'/ },
    'report without inputs': { argv: ['report'], want: /needs the shards' report folders/ },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      if (tc.want instanceof RegExp) {
        assert.throws(() => parseCommand(tc.argv), (e: Error) => e instanceof UsageError && (tc.want as RegExp).test(e.message));
        return;
      }
      const cmd = parseCommand(tc.argv) as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(tc.want)) assert.deepEqual(cmd[k], v, k);
    });
  }
});
