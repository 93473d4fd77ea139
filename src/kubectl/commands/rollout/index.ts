/** `kubectl rollout`: the sub-commands, each in its own file. */
import { Command } from '../../context';
import { CommandError } from '../../errors';
import { rolloutStatusCommand } from './status';
import { rolloutHistoryCommand } from './history';
import { rolloutUndoCommand } from './undo';
import { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from './patch';

const SUBCOMMANDS: readonly Command[] = [rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand];

export const rolloutCommand: Command = {
  name: 'rollout',
  flags: [],
  subcommands: SUBCOMMANDS,
  run(cc) {
    if (cc.args.length) throw new CommandError(`unknown command ${JSON.stringify(cc.args[0])}\nSee 'kubectl rollout -h' for help and examples`);
    // kubectl prints its help here; the list of sub-commands stands for it.
    cc.out(`Manage the rollout of one or many resources.\n\nAvailable Commands:\n${SUBCOMMANDS.map((c) => `  ${c.name}\n`).join('')}`);
  },
};
