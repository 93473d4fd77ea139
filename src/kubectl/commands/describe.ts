/** `kubectl describe` (placeholder until the describers land). */
import { Command } from '../context';
import { CommandError } from '../errors';

export const describeCommand: Command = {
  name: 'describe',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'show-events', type: 'bool' },
  ],
  run() {
    throw new CommandError('describe is not available yet');
  },
};
