/** Further kubectl commands, registered here as they are written. */
import { waitCommand } from './wait';
import { Command } from '../context';
import { patchCommand } from './patch';
import { logsCommand } from './logs';
import { exposeCommand } from './expose';
import { scaleCommand } from './scale';
import { setCommand } from './set';
import { rolloutCommand } from './rollout';
import { drainCommand } from './drain';
import { versionCommand } from './version';
import { apiResourcesCommand } from './apiResources';

export const extraCommands: readonly Command[] = [patchCommand, logsCommand, exposeCommand, scaleCommand, setCommand, rolloutCommand, drainCommand, versionCommand, apiResourcesCommand, waitCommand];
