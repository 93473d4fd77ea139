/** Further kubectl commands, registered here as they are written. */
import { Command } from '../context';
import { scaleCommand } from './scale';
import { setCommand } from './set';
import { rolloutCommand } from './rollout';
import { drainCommand } from './drain';

export const extraCommands: readonly Command[] = [scaleCommand, setCommand, rolloutCommand, drainCommand];
