/** Further kubectl commands, registered here as they are written. */
import { Command } from '../context';
import { patchCommand } from './patch';
import { logsCommand } from './logs';
import { createJobCommand } from './createJob';
import { exposeCommand } from './expose';

export const extraCommands: readonly Command[] = [patchCommand, logsCommand, exposeCommand];

/** `kubectl create <what>` sub-commands (`create -f` is the command itself). */
export const createSubcommands: readonly Command[] = [createJobCommand];
