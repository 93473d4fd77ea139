/**
 * `kubectl drain NODE`: cordon the node, then evict its pods — refusing (and leaving the node
 * cordoned) when some cannot go: DaemonSet pods without `--ignore-daemonsets`, pods with
 * emptyDir data without `--delete-emptydir-data`, pods no controller would replace without
 * `--force` — with kubectl's texts (the doubled "cannot delete" included). Like kubectl it then
 * waits for the evicted pods to go (pkg/drain waitForDelete, polling every second), the
 * simulated clock moving meanwhile, and prints `pod/x evicted` at the poll that finds each gone.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { rfc3339 } from '../../api/time';
import { StatusError, apiErrors } from '../../api/status';
import { parseSelector } from '../../labels';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { dryRunFlag, dryRunSuffix } from './apply';
import { selectorFlag } from './get';
import { mustResourceType } from '../../api/kinds';
import { WEEK_MS, isGone, waitUntil } from '../waiting';

const DAEMONSET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DAEMONSET_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage';
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)';
const UNMANAGED_WARNING = 'deleting Pods that declare no controller';

interface Verdict {
  readonly delete: boolean;
  readonly reason: 'Okay' | 'Skip' | 'Warning' | 'Error';
  readonly message?: string;
}

const okay: Verdict = { delete: true, reason: 'Okay' };
const finished = (pod: KubeObject) => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** The drain filters, in kubectl's order; a pod's verdict is the last one applied. */
function filters(cc: CommandContext): ((pod: KubeObject) => Verdict)[] {
  const force = cc.flags.bool('force');
  return [
    (pod) => {
      const ref = controllerOf(pod);
      if (!ref || ref.kind !== 'DaemonSet' || ref.apiVersion !== 'apps/v1' || finished(pod)) return okay;
      if (!cc.cluster.api.tryGet('DaemonSet', pod.metadata.namespace, ref.name)) {
        const message = apiErrors.notFound('daemonsets', 'apps', ref.name).message;
        return force ? { delete: true, reason: 'Warning', message } : { delete: false, reason: 'Error', message };
      }
      return cc.flags.bool('ignore-daemonsets') ? { delete: false, reason: 'Warning', message: DAEMONSET_WARNING } : { delete: false, reason: 'Error', message: DAEMONSET_FATAL };
    },
    (pod) => (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined ? { delete: false, reason: 'Skip' } : okay),
    (pod) => {
      if (!(pod.spec?.volumes ?? []).some((v: any) => v.emptyDir) || finished(pod)) return okay;
      return cc.flags.bool('delete-emptydir-data') ? { delete: true, reason: 'Warning', message: LOCAL_STORAGE_WARNING } : { delete: false, reason: 'Error', message: LOCAL_STORAGE_FATAL };
    },
    (pod) => {
      if (finished(pod) || controllerOf(pod)) return okay;
      return force ? { delete: true, reason: 'Warning', message: UNMANAGED_WARNING } : { delete: false, reason: 'Error', message: UNMANAGED_FATAL };
    },
  ];
}

/** `GetPodsForDeletion`: each pod of the node with its verdict. */
function podsForDeletion(cc: CommandContext, node: string): { pod: KubeObject; verdict: Verdict }[] {
  const selector = parseSelector(cc.flags.string('pod-selector'));
  const pods = cc.cluster.api.store
    .byIndex('Pod', 'nodeName', node)
    .filter((p) => selector.matches(p.metadata.labels))
    .sort((a, b) => {
      const ka = `${a.metadata.namespace}/${a.metadata.name}`;
      const kb = `${b.metadata.namespace}/${b.metadata.name}`;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  const fs = filters(cc);
  return pods.map((pod) => {
    let verdict = okay;
    for (const f of fs) {
      verdict = f(pod);
      if (!verdict.delete) break;
    }
    return { pod, verdict };
  });
}

/** Messages with the `ns/pod` names they apply to, in order of first appearance. */
function grouped(list: { pod: KubeObject; verdict: Verdict }[], reason: Verdict['reason']): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const { pod, verdict } of list) {
    if (verdict.reason !== reason) continue;
    const msg = verdict.message || 'unexpected error';
    groups.set(msg, [...(groups.get(msg) ?? []), `${pod.metadata.namespace}/${pod.metadata.name}`]);
  }
  return [...groups.entries()];
}

function cordon(cc: CommandContext, node: KubeObject, suffix: string, dryRun: string): void {
  if (node.spec?.unschedulable) {
    cc.out(`node/${node.metadata.name} already cordoned${suffix}\n`);
    return;
  }
  if (dryRun !== 'client') cc.cluster.api.update({ ...node, spec: { ...node.spec, unschedulable: true } }, { dryRun: dryRun === 'server' });
  cc.out(`node/${node.metadata.name} cordoned${suffix}\n`);
}

/** The eviction subresource: a DisruptionTarget condition, then a graceful deletion. */
function evict(cc: CommandContext, pod: KubeObject, grace: number | undefined): void {
  const { api } = cc.cluster;
  const conditions = (pod.status?.conditions ?? []).filter((c: any) => c.type !== 'DisruptionTarget');
  conditions.push({ lastProbeTime: null, lastTransitionTime: rfc3339(cc.cluster.runtime.now()), message: 'Eviction API: evicting', reason: 'EvictionByEvictionAPI', status: 'True', type: 'DisruptionTarget' });
  const marked = api.updateStatus({ ...pod, status: { ...pod.status, conditions } });
  api.delete('Pod', marked.metadata.namespace, marked.metadata.name!, { gracePeriodSeconds: grace });
}

/** Drains one node; returns the errors that keep it from being drained. */
function drainNode(cc: CommandContext, node: string, dryRun: string, suffix: string): string[] {
  const list = podsForDeletion(cc, node);
  const errors = grouped(list, 'Error').map(([msg, pods]) => `cannot delete ${msg}: ${pods.join(', ')}`);
  if (errors.length) return errors;
  const warnings = grouped(list, 'Warning').map(([msg, pods]) => `${msg}: ${pods.join(', ')}`);
  if (warnings.length) cc.err(`Warning: ${warnings.join('; ')}\n`);
  const victims = list.filter((x) => x.verdict.delete).map((x) => x.pod);
  const useEviction = !cc.flags.bool('disable-eviction');
  const grace = cc.flags.int('grace-period', -1);
  for (const pod of victims) cc.out(`evicting pod ${pod.metadata.namespace}/${pod.metadata.name}${suffix}\n`);
  if (dryRun === 'client') return [];
  const verb = useEviction ? 'evicted' : 'deleted';
  if (dryRun === 'server') {
    for (const pod of victims) cc.out(`pod/${pod.metadata.name} ${verb}${suffix}\n`);
    return [];
  }
  for (const pod of victims) {
    try {
      if (useEviction) evict(cc, pod, grace < 0 ? undefined : grace);
      else cc.cluster.api.delete('Pod', pod.metadata.namespace, pod.metadata.name!, { gracePeriodSeconds: grace < 0 ? undefined : grace });
    } catch (e) {
      if (!(e instanceof StatusError && e.reason === 'NotFound')) throw e;
    }
  }
  waitForDelete(cc, victims, (pod) => cc.out(`pod/${pod.metadata.name} ${verb}${suffix}\n`));
  return [];
}

/** waitForDelete polls one second apart. */
const POLL_MS = 1000;

/**
 * pkg/drain waitForDelete: polls every second (the first at once) until each pod is gone or
 * replaced by one of another uid, telling `gone` of each at the poll that finds it so; the clock
 * stops at the last of those polls.
 */
function waitForDelete(cc: CommandContext, pods: readonly KubeObject[], gone: (pod: KubeObject) => void): void {
  const { api, runtime } = cc.cluster;
  const start = runtime.now();
  const goneAt = new Map<KubeObject, number>();
  const allGone = (): boolean => {
    for (const pod of pods) if (!goneAt.has(pod) && isGone(api, pod)) goneAt.set(pod, runtime.now());
    return goneAt.size === pods.length;
  };
  // With no --timeout kubectl would wait for ever; the simulation gives up after a week.
  if (!waitUntil(cc, start + WEEK_MS, allGone)) {
    throw new CommandError('the evicted pods were still not gone after 7 days of simulated time');
  }
  const pollOf = (pod: KubeObject) => start + Math.ceil((goneAt.get(pod)! - start) / POLL_MS) * POLL_MS;
  const order = pods.map((pod, i) => ({ pod, i, at: pollOf(pod) })).sort((a, b) => a.at - b.at || a.i - b.i);
  for (const { pod } of order) gone(pod);
  const last = order.length ? order[order.length - 1].at : start;
  if (last > runtime.now()) runtime.advanceTo(last);
}

export const drainCommand: Command = {
  name: 'drain',
  flags: [
    { name: 'force', type: 'bool' },
    { name: 'ignore-daemonsets', type: 'bool' },
    { name: 'delete-emptydir-data', type: 'bool' },
    { name: 'grace-period', type: 'int' },
    { name: 'timeout', type: 'string' },
    { name: 'pod-selector', type: 'string' },
    { name: 'disable-eviction', type: 'bool' },
    { name: 'skip-wait-for-delete-timeout', type: 'int' },
    { name: 'chunk-size', type: 'int' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'selector', short: 'l', type: 'string' },
  ],
  run(cc) {
    const usage = `\nSee '${cc.path ?? 'kubectl drain'} -h' for help and examples`;
    if (cc.args.length === 0 && !cc.flags.has('selector')) throw new CommandError(`USAGE: drain NODE [flags]${usage}`);
    if (cc.args.length > 0 && cc.flags.string('selector')) throw new CommandError(`error: cannot specify both a node name and a --selector option${usage}`);
    const dryRun = dryRunFlag(cc);
    const suffix = dryRunSuffix(dryRun);
    // Complete() checks the pod selector before anything is cordoned.
    if (cc.flags.string('pod-selector')) {
      try {
        parseSelector(cc.flags.string('pod-selector'));
      } catch {
        throw new CommandError('--pod-selector=<pod_selector> must be a valid label selector');
      }
    }
    const { api } = cc.cluster;
    let nodes: KubeObject[];
    if (cc.flags.has('selector')) {
      const sel = selectorFlag(cc, mustResourceType('Node'))!;
      nodes = api.list('Node').filter((n) => sel.matches(n.metadata.labels));
    } else {
      nodes = cc.args.map((arg) => {
        const name = arg.replace(/^nodes?\//, '');
        const node = api.tryGet('Node', undefined, name);
        if (!node) throw apiErrors.notFound('nodes', '', name);
        return node;
      });
    }
    for (const node of nodes) cordon(cc, node, suffix, dryRun);
    const pending: string[] = [];
    const fatal: string[][] = [];
    for (const node of nodes) {
      const errors = drainNode(cc, node.metadata.name!, dryRun, suffix);
      if (errors.length === 0) {
        cc.out(`node/${node.metadata.name} drained${suffix}\n`);
        continue;
      }
      const text = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
      cc.err(`error: unable to drain node ${JSON.stringify(node.metadata.name)} due to error: ${text}, continuing command...\n`);
      pending.push(node.metadata.name!);
      fatal.push(errors);
    }
    if (pending.length === 0) return;
    cc.err(`There are pending nodes to be drained:\n${pending.map((n) => ` ${n}\n`).join('')}`);
    // kubectl's CheckErr: one error as it is; several one a line, only the first prefixed.
    const lines = fatal.length === 1 ? fatal[0] : fatal.map((e) => (e.length === 1 ? e[0] : `[${e.join(', ')}]`));
    throw new CommandError(lines.join('\n'));
  },
};
