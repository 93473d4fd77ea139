/**
 * `kubectl version`: the emulated kubectl is 1.34 (with the Kustomize it was built with); the
 * server is the scenario's release. A skew of more than one minor release is warned about on
 * stderr, as kubectl does after printing.
 */
import { Command } from '../context';
import { CommandError } from '../errors';

export const CLIENT_MINOR = 34;
const KUSTOMIZE_VERSION = 'v5.7.1';
const SUPPORTED_MINOR_SKEW = 1;

export const versionCommand: Command = {
  name: 'version',
  flags: [
    { name: 'client', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(cc) {
    if (cc.args.length) throw new CommandError(`extra arguments: [${cc.args.join(' ')}]`);
    const output = cc.flags.string('output');
    if (output !== '' && output !== 'yaml' && output !== 'json') throw new CommandError("--output must be 'yaml' or 'json'");
    if (output) throw new CommandError(`the simulated kubectl prints its version as text only, not with --output=${output}`);
    cc.out(`Client Version: v1.${CLIENT_MINOR}.0\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
    if (cc.flags.bool('client')) return;
    const server = cc.cluster.api.minor;
    cc.out(`Server Version: v1.${server}.${cc.cluster.api.patch}\n`);
    if (Math.abs(CLIENT_MINOR - server) > SUPPORTED_MINOR_SKEW) {
      cc.err(`Warning: version difference between client (1.${CLIENT_MINOR}) and server (1.${server}) exceeds the supported minor version skew of +/-${SUPPORTED_MINOR_SKEW}\n`);
    }
  },
};
