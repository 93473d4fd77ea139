/**
 * The Endpoints a selector Service should have (the endpoints controller's `syncService`): one
 * address per pod with an IP, ready or not ready by the pod's Ready condition (all ready with
 * `publishNotReadyAddresses`), one port per Service port resolved on that pod, repacked as the
 * API server stores them. Over 1000 addresses, the list is truncated, ready ones first.
 */
import { KubeObject } from '../../api/types';
import { EndpointAddress, EndpointPort, EndpointSubset, repackSubsets } from '../../api/endpoints/repack';
import { isPodReady } from './membership';
import { findPort, podIPv4, shouldPodBeInEndpoints, shouldSetHostname } from './ports';

export const MAX_ENDPOINTS = 1000;

function addressOf(pod: KubeObject, svc: KubeObject): EndpointAddress | undefined {
  const ip = podIPv4(pod);
  if (!ip) return undefined;
  const addr: EndpointAddress = {
    ip,
    nodeName: pod.spec?.nodeName ?? '',
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
  if (shouldSetHostname(pod, svc)) addr.hostname = pod.spec.hostname;
  return addr;
}

function endpointPort(sp: any, port: number): EndpointPort {
  const out: EndpointPort = { port, protocol: sp.protocol };
  if (sp.name) out.name = sp.name;
  if (sp.appProtocol != null) out.appProtocol = sp.appProtocol;
  return out;
}

export function desiredSubsets(svc: KubeObject, pods: readonly KubeObject[]): EndpointSubset[] {
  const publish = !!svc.spec?.publishNotReadyAddresses;
  const ports: any[] = svc.spec?.ports ?? [];
  const subsets: EndpointSubset[] = [];
  const add = (addr: EndpointAddress, port: EndpointPort | undefined, ready: boolean) => {
    const ss: EndpointSubset = ready ? { addresses: [addr] } : { notReadyAddresses: [addr] };
    if (port) ss.ports = [port];
    subsets.push(ss);
  };
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publish)) continue;
    const addr = addressOf(pod, svc);
    if (!addr) continue;
    const ready = publish || isPodReady(pod);
    if (ports.length === 0) {
      // A headless Service may have no ports: its addresses are listed bare.
      if (svc.spec?.clusterIP === 'None') add(addr, undefined, ready);
      continue;
    }
    for (const sp of ports) {
      const port = findPort(pod, sp);
      if (port !== undefined) add(addr, endpointPort(sp, port), ready);
    }
  }
  return repackSubsets(subsets);
}

/** `truncateEndpoints`: keeps at most 1000 addresses, spread over subsets in proportion. */
export function truncateSubsets(subsets: EndpointSubset[]): boolean {
  const ready = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0), 0);
  const notReady = subsets.reduce((n, s) => n + (s.notReadyAddresses?.length ?? 0), 0);
  if (ready + notReady <= MAX_ENDPOINTS) return false;
  const truncateReady = ready > MAX_ENDPOINTS;
  const max = truncateReady ? MAX_ENDPOINTS : MAX_ENDPOINTS - ready;
  const total = truncateReady ? ready : notReady;
  let canAdd = max;
  for (const s of subsets) {
    const inSubset = (truncateReady ? s.addresses : s.notReadyAddresses)?.length ?? 0;
    const toAdd = Math.min(Math.ceil((inSubset / total) * max), canAdd);
    if (truncateReady) {
      s.addresses = (s.addresses ?? []).slice(0, toAdd);
      delete s.notReadyAddresses;
      canAdd -= s.addresses.length;
    } else {
      s.notReadyAddresses = (s.notReadyAddresses ?? []).slice(0, toAdd);
      canAdd -= s.notReadyAddresses.length;
    }
  }
  return true;
}
