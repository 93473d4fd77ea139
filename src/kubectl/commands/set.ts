/** `kubectl set`: a group of sub-commands (`set image`, …), each in its own file. */
import { groupCommand } from '../subcommands';
import { setImageCommand } from './setImage';

export const setCommand = groupCommand('set', 'Configure application resources.', [setImageCommand]);
