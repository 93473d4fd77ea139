/**
 * The EndpointSlice reconciler (k8s.io/endpointslice): from a Service's pods to the slices that
 * list them, changing as little as it can. Pods are grouped by the ports they resolve to; each
 * group fills slices of at most 100 endpoints, keeping endpoints in the slice they are in, filling
 * updated slices first and reusing a slice about to be deleted rather than creating one. A
 * Service with nothing to list keeps one empty placeholder slice. Go picks from sets at random;
 * here pods are taken by name, so runs are reproducible.
 */
import { KubeObject, clone } from '../../api/types';
import { fnv128aHex, spewSharpV } from '../../util/goHash';
import { DISCOVERY_PORT } from '../../api/endpoints/goTypes';
import { isPodReady } from './membership';
import { findPort, shouldPodBeInEndpoints, shouldSetHostname } from './ports';

export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
const HEADLESS_LABEL = 'service.kubernetes.io/headless';
const ZONE_LABEL = 'topology.kubernetes.io/zone';
export const MAX_ENDPOINTS_PER_SLICE = 100;

export interface SliceChanges {
  readonly create: KubeObject[];
  readonly update: KubeObject[];
  readonly delete: KubeObject[];
}

export interface SliceInputs {
  readonly service: KubeObject;
  /** The pods the selector matches, by name. */
  readonly pods: readonly KubeObject[];
  /** The slices of this Service managed by this controller. */
  readonly existing: readonly KubeObject[];
  readonly node: (name: string) => KubeObject | undefined;
  readonly maxPerSlice?: number;
}

/** Endpoint ports of a pod, in the order the reconciler sorts them (FNV-128a of their Go form). */
export function endpointPorts(svc: KubeObject, pod: KubeObject): any[] {
  const ports: any[] = [];
  for (const sp of svc.spec?.ports ?? []) {
    const port = findPort(pod, sp);
    if (port === undefined) continue;
    const ep: any = { name: sp.name ?? '', port, protocol: sp.protocol };
    if (sp.appProtocol != null) ep.appProtocol = sp.appProtocol;
    ports.push(ep);
  }
  const keyed = ports.map((p) => ({ p, h: fnv128aHex(spewSharpV(p, DISCOVERY_PORT)) }));
  keyed.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  return keyed.map((k) => k.p);
}

export function podToEndpoint(pod: KubeObject, node: KubeObject | undefined, svc: KubeObject, addressType: string): any {
  const serving = isPodReady(pod);
  const terminating = !!pod.metadata.deletionTimestamp;
  const ready = !!svc.spec?.publishNotReadyAddresses || (serving && !terminating);
  const addresses = (pod.status?.podIPs ?? []).map((p: any) => p.ip).filter((ip: string) => ip.includes(':') === (addressType === 'IPv6'));
  const ep: any = {
    addresses,
    conditions: { ready, serving, terminating },
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
  if (pod.spec?.nodeName) ep.nodeName = pod.spec.nodeName;
  const zone = node?.metadata.labels?.[ZONE_LABEL];
  if (zone) ep.zone = zone;
  if (shouldSetHostname(pod, svc)) ep.hostname = pod.spec.hostname;
  return ep;
}

/** The identity of an endpoint: its addresses, hostname and target (conditions may change in place). */
function endpointKey(ep: any): string {
  return JSON.stringify([[...(ep.addresses ?? [])].sort(), ep.hostname ?? '', ep.targetRef?.namespace ?? '', ep.targetRef?.name ?? '']);
}

function sameBeyondKey(a: any, b: any): boolean {
  const pick = (e: any) => JSON.stringify([e.nodeName ?? null, e.zone ?? null, e.conditions?.ready ?? null, e.conditions?.serving ?? null, e.conditions?.terminating ?? null, refOf(e.targetRef)]);
  return pick(a) === pick(b);
}

function refOf(ref: any): unknown {
  if (!ref) return null;
  const { resourceVersion: _rv, ...rest } = ref;
  return Object.keys(rest).sort().map((k) => [k, rest[k]]);
}

const portsKey = (ports: any[] | null | undefined) => JSON.stringify(ports ?? []);

export function ownedBy(slice: KubeObject, svc: KubeObject): boolean {
  return (slice.metadata.ownerReferences ?? []).some((o) => o.uid === svc.metadata.uid && o.kind === 'Service' && o.apiVersion === 'v1');
}

/** `setEndpointSliceLabels`: the Service's labels plus the reserved ones; whether they differ. */
function sliceLabels(slice: KubeObject | undefined, svc: KubeObject): { labels: Record<string, string>; changed: boolean } {
  const reserved = (k: string) => k === SERVICE_NAME_LABEL || k === MANAGED_BY_LABEL || k === HEADLESS_LABEL;
  const mine = Object.entries(slice?.metadata.labels ?? {}).filter(([k]) => !reserved(k));
  const theirs = Object.entries(svc.metadata.labels ?? {}).filter(([k]) => !reserved(k));
  const norm = (e: [string, string][]) => JSON.stringify([...e].sort(([a], [b]) => (a < b ? -1 : 1)));
  const labels: Record<string, string> = Object.fromEntries(theirs);
  const ipSet = !!svc.spec?.clusterIP && svc.spec.clusterIP !== 'None';
  if (!ipSet) labels[HEADLESS_LABEL] = '';
  labels[SERVICE_NAME_LABEL] = svc.metadata.name!;
  labels[MANAGED_BY_LABEL] = CONTROLLER_NAME;
  return { labels, changed: norm(mine) !== norm(theirs) };
}

function newSlice(svc: KubeObject, ports: any[], addressType: string): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      generateName: `${svc.metadata.name}-`,
      namespace: svc.metadata.namespace,
      labels: sliceLabels(undefined, svc).labels,
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name!, uid: svc.metadata.uid!, controller: true, blockOwnerDeletion: true }],
    },
    addressType,
    endpoints: [],
    ports,
  };
}

function addressTypes(svc: KubeObject): string[] {
  const families: string[] = svc.spec?.ipFamilies ?? [];
  const types = families.filter((f) => f === 'IPv4' || f === 'IPv6');
  if (types.length) return types;
  return svc.spec?.clusterIP && svc.spec.clusterIP !== 'None' ? [svc.spec.clusterIP.includes(':') ? 'IPv6' : 'IPv4'] : ['IPv4', 'IPv6'];
}

export function reconcileSlices(input: SliceInputs): SliceChanges {
  const { service: svc } = input;
  const supported = addressTypes(svc);
  const changes: SliceChanges = { create: [], update: [], delete: [] };
  for (const slice of input.existing) if (!supported.includes(slice.addressType)) changes.delete.push(slice);
  for (const type of supported) {
    const part = reconcileAddressType(input, type, input.existing.filter((s) => s.addressType === type));
    changes.create.push(...part.create);
    changes.update.push(...part.update);
    changes.delete.push(...part.delete);
  }
  return changes;
}

function reconcileAddressType(input: SliceInputs, addressType: string, existing: readonly KubeObject[]): SliceChanges {
  const { service: svc } = input;
  const max = input.maxPerSlice ?? MAX_ENDPOINTS_PER_SLICE;
  const create: KubeObject[] = [];
  const update: KubeObject[] = [];
  const del: KubeObject[] = [];
  const existingByPorts = new Map<string, KubeObject[]>();
  for (const slice of existing) {
    if (!ownedBy(slice, svc)) {
      del.push(slice);
      continue;
    }
    const k = portsKey(slice.ports);
    existingByPorts.set(k, [...(existingByPorts.get(k) ?? []), slice]);
  }
  const desired = new Map<string, { ports: any[]; endpoints: Map<string, any> }>();
  for (const pod of input.pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports = endpointPorts(svc, pod);
    const k = portsKey(ports);
    let group = desired.get(k);
    if (!group) desired.set(k, (group = { ports, endpoints: new Map() }));
    const node = pod.spec?.nodeName ? input.node(pod.spec.nodeName) : undefined;
    // A pod on a node that is gone is left out (the pod GC will remove it), unless the Service
    // publishes not-ready addresses.
    if (!node && !svc.spec?.publishNotReadyAddresses) continue;
    const ep = podToEndpoint(pod, node, svc, addressType);
    if (ep.addresses.length) group.endpoints.set(endpointKey(ep), ep);
  }
  for (const [k, group] of desired) {
    const part = reconcilePortMapping(svc, existingByPorts.get(k) ?? [], group.endpoints, group.ports, addressType, max);
    create.push(...part.create);
    update.push(...part.update);
    del.push(...part.delete);
  }
  for (const [k, slices] of existingByPorts) if (!desired.has(k)) del.push(...slices);
  if (existing.length === del.length && create.length === 0) {
    const placeholder = newSlice(svc, [], addressType);
    const isPlaceholder = (s: KubeObject) => !(s.endpoints ?? []).length && !(s.ports ?? []).length && ownedBy(s, svc) && s.metadata.namespace === svc.metadata.namespace && JSON.stringify(sortedLabels(s)) === JSON.stringify(sortedLabels(placeholder));
    if (del.length === 1 && isPlaceholder(del[0])) del.length = 0;
    else create.push(placeholder);
  }
  // finalize: a slice about to be created takes the place of one about to be deleted.
  for (let i = 0; i < del.length && create.length > 0; ) {
    const victim = del[i];
    const slice = create[create.length - 1];
    if (victim.addressType === slice.addressType && ownedBy(victim, svc)) {
      const reused = clone(victim);
      reused.endpoints = slice.endpoints;
      reused.ports = slice.ports;
      reused.metadata.labels = slice.metadata.labels;
      create.pop();
      update.push(reused);
      del.splice(i, 1);
    } else i++;
  }
  return { create, update, delete: del };
}

function sortedLabels(s: KubeObject): [string, string][] {
  return Object.entries(s.metadata.labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
}

function reconcilePortMapping(svc: KubeObject, existing: readonly KubeObject[], desired: Map<string, any>, ports: any[], addressType: string, max: number): SliceChanges {
  const byName = new Map<string, KubeObject>();
  const unchanged: string[] = [];
  const toUpdate: string[] = [];
  const toDelete: string[] = [];
  for (const slice of existing) {
    byName.set(slice.metadata.name!, slice);
    const kept: any[] = [];
    let updated = false;
    for (const ep of slice.endpoints ?? []) {
      const k = endpointKey(ep);
      const want = desired.get(k);
      if (!want) continue;
      kept.push(want);
      if (!sameBeyondKey(want, ep)) updated = true;
      desired.delete(k);
    }
    const { labels, changed } = sliceLabels(slice, svc);
    if (updated || kept.length !== (slice.endpoints ?? []).length) {
      if (kept.length === 0) toDelete.push(slice.metadata.name!);
      else {
        const copy = clone(slice);
        copy.endpoints = kept;
        copy.metadata.labels = labels;
        byName.set(copy.metadata.name!, copy);
        toUpdate.push(copy.metadata.name!);
      }
    } else if (changed) {
      const copy = clone(slice);
      copy.metadata.labels = labels;
      byName.set(copy.metadata.name!, copy);
      toUpdate.push(copy.metadata.name!);
    } else unchanged.push(slice.metadata.name!);
  }
  const pop = () => {
    const [k, ep] = desired.entries().next().value as [string, any];
    desired.delete(k);
    return ep;
  };
  if (desired.size > 0 && toUpdate.length > 0) {
    const slices = toUpdate.map((n) => byName.get(n)!).sort((a, b) => (b.endpoints?.length ?? 0) - (a.endpoints?.length ?? 0));
    for (const slice of slices) while (desired.size > 0 && slice.endpoints.length < max) slice.endpoints.push(pop());
  }
  const create: KubeObject[] = [];
  while (desired.size > 0) {
    let fill: KubeObject | undefined;
    if (desired.size < max && unchanged.length > 0) {
      // getSliceToFill: the unchanged slice that ends up closest to full.
      let closest = max;
      for (const n of unchanged) {
        const diff = max - (desired.size + (byName.get(n)!.endpoints ?? []).length);
        if (diff >= 0 && diff < closest) {
          closest = diff;
          fill = byName.get(n);
          if (diff === 0) break;
        }
      }
    }
    if (!fill) fill = newSlice(svc, ports, addressType);
    else {
      fill = clone(fill);
      fill.endpoints = [...(fill.endpoints ?? [])];
      byName.set(fill.metadata.name!, fill);
    }
    while (desired.size > 0 && fill.endpoints.length < max) fill.endpoints.push(pop());
    if (fill.metadata.name) {
      toUpdate.push(fill.metadata.name);
      unchanged.splice(unchanged.indexOf(fill.metadata.name), 1);
    } else create.push(fill);
  }
  return { create, update: toUpdate.map((n) => byName.get(n)!), delete: toDelete.map((n) => byName.get(n)!) };
}
