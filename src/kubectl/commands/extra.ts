/** Further kubectl commands, registered here as they are written. */
import { Command } from '../context';

export const extraCommands: readonly Command[] = [];
