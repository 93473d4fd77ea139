/**
 * `kubectl delete`: by name, `-l`, `--all` or `-f`, with `--cascade` (background, foreground,
 * orphan, and the old true/false), `--grace-period`, `--force` and `--now`. Like kubectl (whose
 * `--wait` defaults to true) it then waits until what it deleted is gone — the simulated clock
 * moves meanwhile — for `--timeout`, or a week when that is 0; `--wait=false` returns at once.
 */
import { mustResourceType, kindWithGroup } from '../../api/kinds';
import { PropagationPolicy } from '../../store/apiserver';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { resolveTargets } from './targets';
import { dryRunFlag, dryRunSuffix, parseGoBool } from './apply';
import { KubeObject } from '../../api/types';
import { WEEK_MS, durationFlag, isGone, resourceName, waitUntil } from '../waiting';

/**
 * delete.go's wait (cmdwait.IsDeleted): each deleted object in turn, until no object of its uid
 * is left; `--timeout=0` (the default) means for ever, which kubectl makes a week; the deadline
 * is shared.
 */
function waitUntilGone(cc: CommandContext, deleted: readonly KubeObject[], timeoutMs: number): void {
  const deadline = cc.cluster.runtime.now() + (timeoutMs === 0 ? WEEK_MS : timeoutMs);
  for (const obj of deleted) {
    if (!waitUntil(cc, deadline, () => isGone(cc.cluster.api, obj))) throw new CommandError(`timed out waiting for the condition on ${resourceName(obj)}`);
  }
}

export function cascadePolicy(cc: CommandContext): PropagationPolicy {
  if (!cc.flags.has('cascade')) return 'Background';
  const v = cc.flags.string('cascade');
  const named: Record<string, PropagationPolicy> = { background: 'Background', foreground: 'Foreground', orphan: 'Orphan' };
  if (Object.hasOwn(named, v)) return named[v];
  // strconv.ParseBool's spellings still work, with kubectl's deprecation warning.
  const truth = parseGoBool(v);
  if (truth === undefined) throw new CommandError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan".`);
  cc.err(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${truth ? 'background' : 'orphan'}.\n`);
  return truth ? 'Background' : 'Orphan';
}

export const deleteCommand: Command = {
  name: 'delete',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'cascade', type: 'string', noOptDefault: 'background' },
    { name: 'grace-period', type: 'int' },
    { name: 'force', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'wait', type: 'bool' },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'timeout', type: 'string' },
  ],
  run(cc) {
    const policy = cascadePolicy(cc);
    const dryRun = dryRunFlag(cc);
    // Complete: --now is a grace period of 1; 0 without --force becomes 1; --force alone is 0.
    let grace = cc.flags.int('grace-period', -1);
    const force = cc.flags.bool('force');
    if (cc.flags.bool('now')) {
      if (grace !== -1) throw new CommandError('--now and --grace-period cannot be specified together');
      grace = 1;
    }
    if (grace === 0 && !force) grace = 1;
    if (force && grace < 0) grace = 0;
    // Validate.
    const output = cc.flags.string('output');
    if (output !== '' && output !== 'name') throw new CommandError(`unexpected -o output mode: ${output}. We only support '-o name'`);
    if (cc.flags.bool('all') && cc.flags.string('selector') !== '') throw new CommandError('cannot set --all and --selector at the same time');
    if (force && grace > 0) throw new CommandError('--force and --grace-period greater than 0 cannot be specified together');
    if (force && grace === 0) {
      cc.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    }
    const timeoutMs = durationFlag(cc, 'timeout', 0);
    const { objects, bySelection } = resolveTargets(cc, cc.args, 'delete');
    if (objects.length === 0 && bySelection) {
      cc.out('No resources found\n');
      return;
    }
    const deleted: KubeObject[] = [];
    for (const obj of objects) {
      const t = mustResourceType(obj.kind!);
      try {
        if (dryRun !== 'client') {
          cc.cluster.api.delete(t.kind, obj.metadata.namespace, obj.metadata.name!, {
            propagationPolicy: policy,
            gracePeriodSeconds: grace < 0 ? undefined : grace,
            dryRun: dryRun === 'server',
          });
          if (dryRun === 'none') deleted.push(obj);
        }
        if (output === 'name') {
          cc.out(`${kindWithGroup(t)}/${obj.metadata.name}\n`);
          continue;
        }
        const verb = grace === 0 ? 'force deleted' : 'deleted';
        // The simulated kubectl is a 1.34 client (whatever the server's release): since 1.34 it
        // names the namespace of what it deleted.
        const where = t.namespaced ? ` from ${obj.metadata.namespace} namespace` : '';
        cc.out(`${kindWithGroup(t)} "${obj.metadata.name}" ${verb}${where}${dryRunSuffix(dryRun)}\n`);
      } catch (e) {
        cc.fail(e);
      }
    }
    if (cc.flags.bool('wait', true) && deleted.length) waitUntilGone(cc, deleted, timeoutMs);
  },
};
