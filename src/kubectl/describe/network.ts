/** Service, Endpoints and EndpointSlice describers. */
import { KubeObject } from '../../api/types';
import { formatLabels } from '../../labels';
import { describeHeader, maybeEvents } from './common';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, tabbed } from './writer';

export interface ServiceDescription {
  readonly service: KubeObject;
  /** The service's EndpointSlices (label `kubernetes.io/service-name`), as the API lists them. */
  readonly endpointSlices: readonly KubeObject[];
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

/** net.JoinHostPort. */
function hostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/**
 * formatEndpointSlices: the ready endpoints of one port name as `ip:port`, at most three, then
 * `+ N more...`; a slice without ports lists bare addresses.
 */
export function formatEndpointSlices(slices: readonly KubeObject[], portName: string | undefined): string {
  if (slices.length === 0) return '<none>';
  const max = 3;
  const list: string[] = [];
  let more = false;
  let count = 0;
  const ready = (e: any) => e.conditions?.ready === undefined || e.conditions?.ready === null || e.conditions.ready === true;
  for (const slice of slices) {
    const endpoints: any[] = slice.endpoints ?? [];
    const ports: any[] = slice.ports ?? [];
    if (ports.length === 0) {
      for (const e of endpoints) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(e.addresses?.[0] ?? '');
        count++;
      }
      continue;
    }
    for (const port of ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      for (const e of endpoints) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(hostPort(e.addresses?.[0] ?? '', port.port ?? 0));
        count++;
      }
    }
  }
  const text = list.join(',');
  return more ? `${text} + ${count - max} more...` : text;
}

/** buildIngressString: load-balancer ingress points, IP (with its mode) or hostname. */
function ingressText(ingress: any[]): string {
  return ingress.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : (i.hostname ?? ''))).join(', ');
}

export function describeService({ service, endpointSlices, events, now }: ServiceDescription): string {
  const spec = service.spec ?? {};
  return tabbed((w) => {
    describeHeader(w, service);
    w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(LEVEL_0, `Type:\t${spec.type ?? ''}\n`);
    if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    w.write(LEVEL_0, `IP Families:\t${spec.ipFamilies?.length ? spec.ipFamilies.join(',') : '<none>'}\n`);
    w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
    w.write(LEVEL_0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
    if (spec.externalIPs?.length) w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
    if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
    const ingress: any[] = service.status?.loadBalancer?.ingress ?? [];
    if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${ingressText(ingress)}\n`);
    for (const sp of spec.ports ?? []) {
      const name = sp.name || '<unset>';
      const protocol = sp.protocol ?? '';
      w.write(LEVEL_0, `Port:\t${name}\t${sp.port ?? 0}/${protocol}\n`);
      // targetPort is an int or a port name; a defaulted Service always has one.
      w.write(LEVEL_0, `TargetPort:\t${sp.targetPort ?? 0}/${protocol}\n`);
      if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${protocol}\n`);
      w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(endpointSlices, sp.name ?? '')}\n`);
    }
    w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
    if (spec.externalTrafficPolicy) w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    if (spec.internalTrafficPolicy) w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    if (spec.healthCheckNodePort) w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if (spec.loadBalancerSourceRanges?.length) w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
    if (spec.trafficDistribution) w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
    maybeEvents(w, events, now);
  });
}

export interface SimpleDescription {
  readonly obj: KubeObject;
  readonly events?: readonly KubeObject[];
  readonly now: number;
}

export function describeEndpoints({ obj: ep, events, now }: SimpleDescription): string {
  return tabbed((w) => {
    describeHeader(w, ep);
    w.write(LEVEL_0, 'Subsets:\n');
    for (const subset of ep.subsets ?? []) {
      const ips = (list: any[] | undefined) => (list ?? []).map((a) => a.ip ?? '').join(',') || '<none>';
      w.write(LEVEL_1, `Addresses:\t${ips(subset.addresses)}\n`);
      w.write(LEVEL_1, `NotReadyAddresses:\t${ips(subset.notReadyAddresses)}\n`);
      if (subset.ports?.length) {
        w.write(LEVEL_1, 'Ports:\n');
        w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
        w.write(LEVEL_2, '----\t----\t--------\n');
        for (const p of subset.ports) w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port ?? 0}\t${p.protocol ?? ''}\n`);
      }
      w.write(LEVEL_0, '\n');
    }
    maybeEvents(w, events, now);
  });
}

export function describeEndpointSlice({ obj: eps, events, now }: SimpleDescription): string {
  return tabbed((w) => {
    describeHeader(w, eps);
    w.write(LEVEL_0, `AddressType:\t${eps.addressType ?? ''}\n`);
    const ports: any[] = eps.ports ?? [];
    if (ports.length === 0) {
      w.write(LEVEL_0, 'Ports: <unset>\n');
    } else {
      w.write(LEVEL_0, 'Ports:\n');
      w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_1, '----\t----\t--------\n');
      for (const p of ports) {
        const port = p.port === undefined || p.port === null ? '<unset>' : String(p.port);
        w.write(LEVEL_1, `${p.name || '<unset>'}\t${port}\t${p.protocol ?? ''}\n`);
      }
    }
    const endpoints: any[] = eps.endpoints ?? [];
    if (endpoints.length === 0) {
      w.write(LEVEL_0, 'Endpoints: <none>\n');
    } else {
      w.write(LEVEL_0, 'Endpoints:\n');
      const unset = (v: unknown) => (v === undefined || v === null ? '<unset>' : String(v));
      for (const e of endpoints) {
        w.write(LEVEL_1, `- Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}\n`);
        w.write(LEVEL_2, 'Conditions:\n');
        w.write(LEVEL_3, `Ready:\t${unset(e.conditions?.ready)}\n`);
        w.write(LEVEL_2, `Hostname:\t${unset(e.hostname)}\n`);
        if (e.targetRef) w.write(LEVEL_2, `TargetRef:\t${e.targetRef.kind ?? ''}/${e.targetRef.name ?? ''}\n`);
        w.write(LEVEL_2, `NodeName:\t${unset(e.nodeName)}\n`);
        w.write(LEVEL_2, `Zone:\t${unset(e.zone)}\n`);
      }
    }
    maybeEvents(w, events, now);
  });
}
