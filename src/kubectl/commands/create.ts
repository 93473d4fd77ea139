/**
 * `kubectl create`: `create -f FILE` itself, and a dispatcher of the generators
 * (`create deployment`, …). A generator lives in its own file and is added to `createSubcommands`.
 */
import { Command } from '../context';
import { createFromFileCommand } from './apply';
import { createDeploymentCommand } from './createDeployment';

export const createSubcommands: readonly Command[] = [createDeploymentCommand];

export const createCommand: Command = { ...createFromFileCommand, subcommands: createSubcommands };
