/**
 * `kubectl create`: `create -f FILE` itself, and a dispatcher of the generators
 * (`create deployment`, …). A generator lives in its own file and is added to `createSubcommands`.
 */
import { Command } from '../context';
import { createFromFileCommand } from './apply';
import { createDeploymentCommand } from './createDeployment';
import { createJobCommand } from './createJob';
import { createNamespaceCommand } from './createNamespace';

export const createSubcommands: readonly Command[] = [createDeploymentCommand, createJobCommand, createNamespaceCommand];

export const createCommand: Command = { ...createFromFileCommand, subcommands: createSubcommands };
