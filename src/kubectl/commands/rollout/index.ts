/** `kubectl rollout`: the sub-commands, each in its own file. */
import { groupCommand } from '../../subcommands';
import { rolloutStatusCommand } from './status';
import { rolloutHistoryCommand } from './history';
import { rolloutUndoCommand } from './undo';
import { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from './patch';

export const rolloutCommand = groupCommand('rollout', 'Manage the rollout of one or many resources.', [
  rolloutHistoryCommand,
  rolloutPauseCommand,
  rolloutRestartCommand,
  rolloutResumeCommand,
  rolloutStatusCommand,
  rolloutUndoCommand,
]);
