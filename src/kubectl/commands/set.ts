/** `kubectl set`: a group of sub-commands (`set image`, …), each in its own file. */
import { Command } from '../context';
import { CommandError } from '../errors';
import { setImageCommand } from './setImage';

export const setSubcommands: readonly Command[] = [setImageCommand];

export const setCommand: Command = {
  name: 'set',
  flags: [],
  subcommands: setSubcommands,
  run(cc) {
    if (cc.args.length) throw new CommandError(`unknown command ${JSON.stringify(cc.args[0])}\nSee 'kubectl set -h' for help and examples`);
    // kubectl prints its help here; the list of sub-commands stands for it.
    cc.out(`Configure application resources.\n\nAvailable Commands:\n${setSubcommands.map((c) => `  ${c.name}\n`).join('')}`);
  },
};
