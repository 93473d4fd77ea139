/** Further kubectl commands, registered here as they are written. */
import { Command } from '../context';
import { exposeCommand } from './expose';

export const extraCommands: readonly Command[] = [exposeCommand];
