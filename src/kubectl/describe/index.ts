/**
 * `kubectl describe` of one object: what each kind's Describer reads besides the object (its
 * events, the pods it controls, a node's lease and pods, a deployment's ReplicaSets, a service's
 * EndpointSlices), gathered from the API, then handed to the kind's pure describer function.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { labelSelectorAsSelector, Selector, selectorFromSet } from '../../labels';
import { CommandError } from '../errors';
import { parseRFC3339 } from '../print/time';
import { describeCronJob, describeJob } from './batch';
import { describeGeneric } from './generic';
import { goSort } from './gosort';
import { describeConfigMap, describeNamespace, describePodDisruptionBudget, describeSecret, describeServiceAccount } from './misc';
import { describeEndpoints, describeEndpointSlice, describeService } from './network';
import { describeNode } from './node';
import { describePod } from './pod';
import { podPhaseCounts } from './podTemplate';
import { equalIgnoringHash } from './templates';
import {
  describeDaemonSet,
  describeDeployment,
  describeReplicaSet,
  describeReplicationController,
  describeStatefulSet,
} from './workloads';

/** The reads a describer makes (the API server, or anything that lists like it). */
export interface DescribeSource {
  tryGet(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  /** Objects of a kind, in a namespace or all, in the API's order (namespace, then name). */
  list(kind: string, namespace?: string): KubeObject[];
}

export interface DescribeOptions {
  readonly now: number;
  /** `--show-events` (default true). */
  readonly showEvents: boolean;
}

/** An object reference as searchEvents matches it: kind and uid only when known. */
interface EventRef {
  readonly name: string;
  readonly namespace: string;
  readonly kind?: string;
  readonly uid?: string;
}

/** searchEvents: the events whose involvedObject matches the reference's fields. */
export function searchEvents(src: DescribeSource, ref: EventRef): KubeObject[] {
  return src.list('Event', ref.namespace || undefined).filter((e) => {
    const io = e.involvedObject ?? {};
    return (
      (io.name ?? '') === ref.name &&
      (io.namespace ?? '') === ref.namespace &&
      (ref.kind === undefined || (io.kind ?? '') === ref.kind) &&
      (ref.uid === undefined || (io.uid ?? '') === ref.uid)
    );
  });
}

function refOf(obj: KubeObject): EventRef {
  return { name: obj.metadata.name ?? '', namespace: obj.metadata.namespace ?? '', kind: obj.kind, uid: obj.metadata.uid };
}

/** A listing selector: kubectl sends the selector's string, and an empty one selects everything. */
function listing(selector: Selector): (o: KubeObject) => boolean {
  return selector.toString() === '' ? () => true : (o) => selector.matches(o.metadata.labels);
}

/** getPodStatusForController: pods matching the selector whose controller is this object. */
function controlledPods(src: DescribeSource, obj: KubeObject, selector: Selector): KubeObject[] {
  const match = listing(selector);
  return src.list('Pod', obj.metadata.namespace).filter((p) => match(p) && controllerOf(p)?.uid === obj.metadata.uid);
}

const created = (o: KubeObject) => parseRFC3339(o.metadata.creationTimestamp ?? '') ?? 0;

/** deploymentutil.GetAllReplicaSets: the new ReplicaSet (oldest with the same template) and all others. */
function deploymentReplicaSets(src: DescribeSource, d: KubeObject): { old: KubeObject[]; current?: KubeObject } {
  let selector: Selector;
  try {
    selector = labelSelectorAsSelector(d.spec?.selector);
  } catch {
    return { old: [] };
  }
  const match = listing(selector);
  const owned = src.list('ReplicaSet', d.metadata.namespace).filter((rs) => match(rs) && controllerOf(rs)?.uid === d.metadata.uid);
  goSort(owned, (a, b) => (created(a) === created(b) ? (a.metadata.name ?? '') < (b.metadata.name ?? '') : created(a) < created(b)));
  const current = owned.find((rs) => equalIgnoringHash(rs.spec?.template, d.spec?.template));
  return { old: owned.filter((rs) => rs !== current), current };
}

/** Describes one object as `kubectl describe` prints it (the text ends with a newline). */
export function describeObject(src: DescribeSource, obj: KubeObject, opts: DescribeOptions): string {
  const { now } = opts;
  const events = (ref: EventRef = refOf(obj)) => (opts.showEvents ? searchEvents(src, ref) : undefined);
  const ns = obj.metadata.namespace;
  switch (obj.kind) {
    case 'Pod':
      // The pod's reference drops its kind: events are matched by name, namespace and uid.
      return describePod({ pod: obj, events: events({ ...refOf(obj), kind: undefined }), now });
    case 'Node': {
      const name = obj.metadata.name!;
      const lease = src.tryGet('Lease', 'kube-node-lease', name) ?? { error: `leases.coordination.k8s.io "${name}" not found` };
      const pods = src.list('Pod').filter((p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
      // The kubelet names the node by name where a controller uses its uid: both are searched.
      const nodeEvents = opts.showEvents ? [...searchEvents(src, refOf(obj)), ...searchEvents(src, { ...refOf(obj), uid: name })] : undefined;
      return describeNode({ node: obj, lease, pods, events: nodeEvents, now });
    }
    case 'ReplicaSet':
      return describeReplicaSet({ obj, pods: podPhaseCounts(controlledPods(src, obj, labelSelectorAsSelector(obj.spec?.selector))), events: events(), now });
    case 'ReplicationController':
      return describeReplicationController({ obj, pods: podPhaseCounts(controlledPods(src, obj, selectorFromSet(obj.spec?.selector))), events: events(), now });
    case 'DaemonSet':
      return describeDaemonSet({ obj, pods: podPhaseCounts(controlledPods(src, obj, labelSelectorAsSelector(obj.spec?.selector))), events: events(), now });
    case 'StatefulSet':
      return describeStatefulSet({ obj, pods: podPhaseCounts(controlledPods(src, obj, labelSelectorAsSelector(obj.spec?.selector))), events: events(), now });
    case 'Deployment': {
      const { old, current } = deploymentReplicaSets(src, obj);
      return describeDeployment({ obj, oldReplicaSets: old, newReplicaSet: current, events: events(), now });
    }
    case 'Job':
      return describeJob({ obj, events: events(), now });
    case 'CronJob':
      return describeCronJob({ obj, events: events(), now });
    case 'Service': {
      const endpointSlices = src.list('EndpointSlice', ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === obj.metadata.name);
      return describeService({ service: obj, endpointSlices, events: events(), now });
    }
    case 'Endpoints':
      return describeEndpoints({ obj, events: events(), now });
    case 'EndpointSlice':
      return describeEndpointSlice({ obj, events: events(), now });
    case 'Namespace':
      return describeNamespace(obj);
    case 'ConfigMap':
      return describeConfigMap({ obj, events: events(), now });
    case 'Secret':
      return describeSecret(obj);
    case 'ServiceAccount':
      return describeServiceAccount({ obj, secrets: src.list('Secret', ns), events: events(), now });
    case 'PodDisruptionBudget':
      return describePodDisruptionBudget({ obj, events: events(), now });
    case 'HorizontalPodAutoscaler':
    case 'Ingress':
      // kubectl has describers of its own for these; the generic one would print something else.
      throw new CommandError(`describing a ${obj.kind} is not supported by the simulated kubectl yet`);
    default:
      return describeGeneric({ obj, events: events(), now });
  }
}
