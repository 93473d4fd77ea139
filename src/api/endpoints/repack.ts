/**
 * `RepackSubsets` (pkg/api/endpoints): the canonical layout of Endpoints subsets, which the API
 * server applies to every Endpoints object it stores. Addresses are grouped by the exact set of
 * ports they serve (an address not ready on some port is not ready), addresses are sorted by IP
 * then pod UID, and ports and subsets by the MD5 of their Go representation.
 */
import { md5Hex, spewSharpV } from '../../util/goHash';
import { endpointTypes } from './goTypes';

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind?: string; namespace?: string; name?: string; uid?: string; apiVersion?: string; resourceVersion?: string; fieldPath?: string };
}

export interface EndpointPort {
  name?: string;
  port: number;
  protocol?: string;
  appProtocol?: string;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: EndpointPort[];
}

// The API server canonicalizes its internal types, so their package name is what is hashed.
const TYPES = endpointTypes('core');

const addressKey = (a: EndpointAddress) => `${a.ip}\u0000${a.targetRef?.uid ?? ''}`;
const portKey = (p: EndpointPort) => JSON.stringify([p.name ?? '', p.port, p.protocol ?? '', p.appProtocol ?? null]);

/** `LessEndpointAddress`: IP bytes, then the target's UID (no target first). */
function compareAddresses(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return Buffer.compare(Buffer.from(a.ip), Buffer.from(b.ip));
  if (!b.targetRef) return a.targetRef ? 1 : 0;
  if (!a.targetRef) return -1;
  const x = a.targetRef.uid ?? '';
  const y = b.targetRef.uid ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function byHash<T>(items: T[], render: (t: T) => string): T[] {
  const keyed = items.map((item) => ({ item, hash: md5Hex(render(item)) }));
  keyed.sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  return keyed.map((k) => k.item);
}

export function sortPorts(ports: EndpointPort[]): EndpointPort[] {
  return byHash(ports, (p) => spewSharpV(p, TYPES.port));
}

export function repackSubsets(subsets: readonly EndpointSubset[] | undefined): EndpointSubset[] {
  const allAddrs = new Map<string, EndpointAddress>();
  // Per port (in first-seen order): each address with its readiness.
  const perPort = new Map<string, { port: EndpointPort | undefined; addrs: Map<string, boolean> }>();
  const note = (addr: EndpointAddress, port: EndpointPort | undefined, ready: boolean) => {
    const key = addressKey(addr);
    if (!allAddrs.has(key)) allAddrs.set(key, { ...addr });
    const pk = port ? portKey(port) : '-1';
    let entry = perPort.get(pk);
    if (!entry) perPort.set(pk, (entry = { port, addrs: new Map() }));
    const was = entry.addrs.get(key);
    if (was === undefined || was) entry.addrs.set(key, ready);
  };
  for (const ss of subsets ?? []) {
    const ports: (EndpointPort | undefined)[] = ss.ports?.length ? ss.ports : [undefined];
    for (const port of ports) {
      for (const a of ss.addresses ?? []) note(a, port, true);
      for (const a of ss.notReadyAddresses ?? []) note(a, port, false);
    }
  }
  // Ports serving exactly the same addresses (with the same readiness) share a subset.
  const groups = new Map<string, { addrs: Map<string, boolean>; ports: EndpointPort[] }>();
  for (const { port, addrs } of perPort.values()) {
    const key = [...addrs].map(([k, r]) => `${k}\u0001${r}`).sort().join('\u0002');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { addrs, ports: [] }));
    if (port) g.ports.push(port);
  }
  const out: EndpointSubset[] = [];
  for (const g of groups.values()) {
    const ready = [...g.addrs].filter(([, r]) => r).map(([k]) => allAddrs.get(k)!);
    const notReady = [...g.addrs].filter(([, r]) => !r).map(([k]) => allAddrs.get(k)!);
    const subset: EndpointSubset = {};
    if (ready.length) subset.addresses = ready.sort(compareAddresses);
    if (notReady.length) subset.notReadyAddresses = notReady.sort(compareAddresses);
    if (g.ports.length) subset.ports = sortPorts(g.ports);
    out.push(subset);
  }
  return byHash(out, (s) => spewSharpV(s, TYPES.subset));
}
