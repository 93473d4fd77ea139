/** `kubectl cordon` and `uncordon`: mark nodes (un)schedulable, with kubectl's messages. */
import { Command } from '../context';
import { CommandError } from '../errors';
import { apiErrors } from '../../api/status';
import { dryRunFlag, dryRunSuffix } from './apply';
import { mustResourceType } from '../../api/kinds';
import { selectorFlag } from './get';

function cordonCommand(name: 'cordon' | 'uncordon'): Command {
  const unschedulable = name === 'cordon';
  return {
    name,
    flags: [
      { name: 'selector', short: 'l', type: 'string' },
      { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    ],
    run(cc) {
      const dryRun = dryRunFlag(cc);
      const { api } = cc.cluster;
      let nodes;
      if (cc.flags.has('selector')) {
        // The selector goes to the API server, which refuses a bad one as it does for `get -l`.
        const selector = selectorFlag(cc, mustResourceType('Node'))!;
        nodes = api.list('Node').filter((n) => selector.matches(n.metadata.labels));
      } else {
        if (cc.args.length === 0) throw new CommandError(`USAGE: ${name} NODE [flags]\nSee '-h' for help and examples`);
        nodes = [];
        for (const arg of cc.args) {
          const nodeName = arg.startsWith('node/') || arg.startsWith('nodes/') ? arg.slice(arg.indexOf('/') + 1) : arg;
          const node = api.tryGet('Node', undefined, nodeName);
          if (!node) throw apiErrors.notFound('nodes', '', nodeName);
          nodes.push(node);
        }
      }
      for (const node of nodes) {
        if (!!node.spec?.unschedulable === unschedulable) {
          cc.out(`node/${node.metadata.name} already ${name}ed${dryRunSuffix(dryRun)}\n`);
          continue;
        }
        if (dryRun !== 'client') {
          const spec = { ...node.spec };
          if (unschedulable) spec.unschedulable = true;
          else delete spec.unschedulable;
          api.update({ ...node, spec }, { dryRun: dryRun === 'server' });
        }
        cc.out(`node/${node.metadata.name} ${name}ed${dryRunSuffix(dryRun)}\n`);
      }
    },
  };
}

export const cordon = cordonCommand('cordon');
export const uncordon = cordonCommand('uncordon');
