/**
 * `kubectl logs POD|TYPE/NAME [-c CONTAINER] [-p]`: what the container wrote, from its pod worker.
 * The refusals are the API server's (unknown container, several containers) and the kubelet's
 * (a container waiting to start, no previous run).
 */
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { labelSelectorAsSelector } from '../../labels';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { typeByArg } from '../resources';

/** The pod named, or for `job/x` (and other owners of pods) the first of its pods. */
function targetPod(cc: CommandContext, arg: string): KubeObject {
  const { api } = cc.cluster;
  const slash = arg.indexOf('/');
  if (slash < 0 || typeByArg(arg.slice(0, slash)).kind === 'Pod') {
    const name = slash < 0 ? arg : arg.slice(slash + 1);
    const pod = api.tryGet('Pod', cc.namespace, name);
    if (!pod) throw apiErrors.notFound('pods', '', name);
    return pod;
  }
  const t = typeByArg(arg.slice(0, slash));
  const name = arg.slice(slash + 1);
  const owner = api.tryGet(t.kind, cc.namespace, name);
  if (!owner) throw apiErrors.notFound(t.resource, t.group, name);
  const selector = labelSelectorAsSelector(owner.spec?.selector);
  const pods = api.list('Pod', cc.namespace).filter((p) => selector.matches(p.metadata.labels));
  if (pods.length === 0) throw new CommandError(`timed out waiting for the condition`);
  if (pods.length > 1) cc.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
  return pods[0];
}

/** The container to read: the one named, or kubectl's default (annotation, else the first). */
function containerOf(cc: CommandContext, pod: KubeObject): string {
  const names: string[] = (pod.spec.containers ?? []).map((c: any) => c.name);
  if (cc.flags.has('container')) {
    const name = cc.flags.string('container');
    const all = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])].map((c: any) => c.name);
    if (!all.includes(name)) throw apiErrors.badRequest(`container ${name} is not valid for pod ${pod.metadata.name}`);
    return name;
  }
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && names.includes(annotated)) return annotated;
  if (names.length > 1) cc.err(`Defaulted container "${names[0]}" out of: ${names.join(', ')}\n`);
  return names[0];
}

/** validateContainerLogStatus: which run the kubelet reads, or why it cannot. */
function checkLogStatus(pod: KubeObject, container: string, previous: boolean): void {
  const podName = pod.metadata.name;
  const status = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].find((s: any) => s.name === container);
  const state = status?.state ?? {};
  const last = status?.lastState?.terminated;
  const fail = (why: string) => apiErrors.badRequest(`container "${container}" in pod "${podName}" ${why}`);
  if (previous) {
    if (!last?.containerID) throw apiErrors.badRequest(`previous terminated container "${container}" in pod "${podName}" not found`);
    return;
  }
  if (state.running || state.terminated?.containerID || last?.containerID) return;
  if (state.terminated || last) throw fail('is terminated');
  const reason = state.waiting?.reason ?? 'ContainerCreating';
  if (reason === 'ErrImagePull') throw fail("is waiting to start: image can't be pulled");
  if (reason === 'ImagePullBackOff') throw fail('is waiting to start: trying and failing to pull image');
  throw fail(`is waiting to start: ${reason}`);
}

export const logsCommand: Command = {
  name: 'logs',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'previous', short: 'p', type: 'bool' },
    { name: 'follow', short: 'f', type: 'bool' },
    { name: 'timestamps', type: 'bool' },
    { name: 'tail', type: 'int' },
    { name: 'all-containers', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'since', type: 'string' },
  ],
  run(cc) {
    if (cc.args.length === 0) {
      throw new CommandError("expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples");
    }
    if (cc.flags.bool('follow')) throw new CommandError('following logs is not supported by the simulated kubectl: read them after time has passed');
    const pod = targetPod(cc, cc.args[0]);
    const container = cc.args[1] ?? containerOf(cc, pod);
    const previous = cc.flags.bool('previous');
    checkLogStatus(pod, container, previous);
    let lines = cc.deps.kubelets.workerFor(pod)?.logs(container, previous) ?? [];
    const tail = cc.flags.int('tail', -1);
    if (tail >= 0) lines = lines.slice(Math.max(0, lines.length - tail));
    if (lines.length) cc.out(lines.map((l) => `${l}\n`).join(''));
  },
};
