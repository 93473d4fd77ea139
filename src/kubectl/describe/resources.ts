/**
 * What pods ask for, as kubectl adds it up (pkg/util/resource PodRequestsAndLimits): the
 * containers' sum, at least the largest init container (sidecars counted in), plus overhead.
 */
import { KubeObject } from '../../api/types';
import { Quantity, quantityOf } from './quantity';

export type ResourceList = Map<string, Quantity>;

function toList(raw: Record<string, unknown> | undefined | null): ResourceList {
  const list: ResourceList = new Map();
  for (const [name, value] of Object.entries(raw ?? {})) list.set(name, quantityOf(value));
  return list;
}

function addInto(list: ResourceList, add: ResourceList): void {
  for (const [name, q] of add) {
    const have = list.get(name);
    list.set(name, have ? have.add(q) : q);
  }
}

function maxInto(list: ResourceList, other: ResourceList): void {
  for (const [name, q] of other) {
    const have = list.get(name);
    if (!have || q.cmp(have) > 0) list.set(name, q);
  }
}

/** determineContainerReqs: once the kubelet reports resources, the largest of spec, status and allocation. */
function containerRequests(c: any, status: any | undefined): ResourceList {
  const reqs = toList(c.resources?.requests);
  if (status?.resources) {
    maxInto(reqs, toList(status.resources.requests));
    maxInto(reqs, toList(status.allocatedResources));
  }
  return reqs;
}

function total(pod: KubeObject, pick: (c: any, status: any | undefined) => ResourceList, overhead: (list: ResourceList) => void): ResourceList {
  const spec = pod.spec ?? {};
  const statuses = new Map<string, any>();
  for (const s of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) statuses.set(s.name, s);
  const result: ResourceList = new Map();
  for (const c of spec.containers ?? []) addInto(result, pick(c, statuses.get(c.name)));
  const sidecars: ResourceList = new Map();
  const inits: ResourceList = new Map();
  for (const c of spec.initContainers ?? []) {
    let reqs = pick(c, c.restartPolicy === 'Always' ? statuses.get(c.name) : undefined);
    if (c.restartPolicy === 'Always') {
      addInto(result, reqs);
      addInto(sidecars, reqs);
      reqs = sidecars;
    } else {
      const tmp: ResourceList = new Map();
      addInto(tmp, reqs);
      addInto(tmp, sidecars);
      reqs = tmp;
    }
    maxInto(inits, reqs);
  }
  maxInto(result, inits);
  overhead(result);
  return result;
}

export function podRequests(pod: KubeObject): ResourceList {
  return total(pod, containerRequests, (list) => addInto(list, toList(pod.spec?.overhead)));
}

export function podLimits(pod: KubeObject): ResourceList {
  return total(
    pod,
    (c) => toList(c.resources?.limits),
    (list) => {
      // Overhead only raises limits that are set.
      for (const [name, q] of toList(pod.spec?.overhead)) {
        const have = list.get(name);
        if (have && !have.isZero()) list.set(name, have.add(q));
      }
    },
  );
}

/** A resource of a list, zero when absent (`list[name]` of a Go map). */
export function get(list: ResourceList, name: string): Quantity {
  return list.get(name) ?? Quantity.zero();
}

/** Go's int64(f) of a percentage; amd64 turns NaN and infinities into the smallest int64. */
export function percent(part: number, whole: number): string {
  const f = (part / whole) * 100;
  return Number.isFinite(f) ? String(Math.trunc(f)) : '-9223372036854775808';
}
