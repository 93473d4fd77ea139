/**
 * The server-side table cells of Services, Endpoints and EndpointSlices (printService,
 * printEndpoints, printEndpointSlice in pkg/printers/internalversion).
 */
import { KubeObject } from '../api/types';
import { formatLabels } from '../labels';
import { KindPrinter, age, col } from './columns';

const LOAD_BALANCER_WIDTH = 16;

/** `loadBalancerStatusStringer`: the ingress IPs (or hostnames) as a sorted set, clipped unless wide. */
export function loadBalancerStatus(status: any, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of status?.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  const r = [...set].sort().join(',');
  return !wide && r.length > LOAD_BALANCER_WIDTH ? `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...` : r;
}

/** `getServiceExternalIP`. */
export function serviceExternalIP(svc: KubeObject, wide: boolean): string {
  const spec = svc.spec ?? {};
  const external: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return external.length ? external.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatus(svc.status?.loadBalancer, wide);
      if (external.length) return [...(lb ? lb.split(',') : []), ...external].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
  }
  return '<unknown>';
}

/** `makePortString`: `80/TCP`, or `80:31234/TCP` with a node port. */
export function servicePorts(ports: readonly any[] | undefined): string {
  return (ports ?? []).map((p) => (p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol}` : `${p.port}/${p.protocol}`)).join(',');
}

function joinHostPort(ip: string, port: number): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/**
 * `formatEndpoints(endpoints, nil)`: ready addresses only, port by port, at most three listed
 * and the rest counted; `<none>` without subsets (but an empty cell when only not-ready ones).
 */
export function formatEndpoints(ep: KubeObject): string {
  const subsets: any[] = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses: any[] = ss.addresses ?? [];
    const ports: any[] = ss.ports ?? [];
    if (ports.length === 0) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

export function formatSlicePorts(ports: readonly any[] | null | undefined): string {
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const p of ports ?? []) {
    if (list.length < max) list.push(p.port != null ? String(p.port) : p.name != null ? p.name : '*');
    else if (list.length === max) more = true;
    count++;
  }
  return listWithMore(list, more, count, max);
}

export function formatSliceEndpoints(endpoints: readonly any[] | null | undefined): string {
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ep of endpoints ?? []) {
    for (const address of ep.addresses ?? []) {
      if (list.length < max) list.push(address);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, max);
}

/** `formatHosts`: the first three rule hosts, `*` when none names one. */
export function ingressHosts(rules: readonly any[] | undefined): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  for (const rule of rules ?? []) {
    if (list.length === max) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  return more ? `${list.join(',')} + ${(rules ?? []).length - max} more...` : list.join(',');
}

export const SERVICE_PRINTERS: Record<string, KindPrinter> = {
  Service: {
    columns: [col('Name'), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
    // The API server fills the cells as for -o wide, so load-balancer addresses are never clipped.
    row: (svc: KubeObject, now: number) => [
      svc.metadata.name!,
      svc.spec?.type ?? '',
      (svc.spec?.clusterIPs ?? [])[0] ?? '<none>',
      serviceExternalIP(svc, true),
      servicePorts(svc.spec?.ports) || '<none>',
      age(svc, now),
      formatLabels(svc.spec?.selector ?? {}),
    ],
  },
  Endpoints: {
    columns: [col('Name'), col('Endpoints'), col('Age')],
    row: (ep: KubeObject, now: number) => [ep.metadata.name!, formatEndpoints(ep), age(ep, now)],
  },
  EndpointSlice: {
    columns: [col('Name'), col('AddressType'), col('Ports'), col('Endpoints'), col('Age')],
    row: (s: KubeObject, now: number) => [s.metadata.name!, s.addressType ?? '', formatSlicePorts(s.ports), formatSliceEndpoints(s.endpoints), age(s, now)],
  },
  Ingress: {
    columns: [col('Name'), col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')],
    row: (ing: KubeObject, now: number) => [
      ing.metadata.name!,
      ing.spec?.ingressClassName ?? '<none>',
      ingressHosts(ing.spec?.rules),
      loadBalancerStatus(ing.status?.loadBalancer, true),
      (ing.spec?.tls ?? []).length ? '80, 443' : '80',
      age(ing, now),
    ],
  },
};
