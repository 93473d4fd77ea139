/**
 * What kube-proxy routes a Service port to (pkg/proxy: endpoint slice cache and
 * `CategorizeEndpoints`): every slice labelled for the Service, the endpoints' address with the
 * port of the same name, the ready ones; when none is ready, the serving ones still terminating
 * (so a rolling update does not drop connections). Sorted as the proxy lists them.
 */
import { KubeObject } from '../api/types';

export interface Backend {
  /** `ip:port`, as kube-proxy names an endpoint. */
  readonly address: string;
  readonly ip: string;
  readonly port: number;
  /** The pod behind it, when the endpoint says so. */
  readonly targetRef?: { readonly kind?: string; readonly namespace?: string; readonly name?: string; readonly uid?: string };
}

export function backendsFor(servicePort: any, slices: readonly KubeObject[]): Backend[] {
  const ready: Backend[] = [];
  const terminating: Backend[] = [];
  const seen = new Set<string>();
  for (const slice of slices) {
    const port = (slice.ports ?? []).find((p: any) => (p.name ?? '') === (servicePort.name ?? '') && (p.protocol ?? 'TCP') === (servicePort.protocol ?? 'TCP'));
    if (!port || port.port == null) continue;
    for (const ep of slice.endpoints ?? []) {
      const ip = ep.addresses?.[0];
      if (!ip) continue;
      const address = ip.includes(':') ? `[${ip}]:${port.port}` : `${ip}:${port.port}`;
      if (seen.has(address)) continue;
      seen.add(address);
      const backend: Backend = { address, ip, port: port.port, targetRef: ep.targetRef };
      // A nil condition means ready/serving (the API's documented default).
      const c = ep.conditions ?? {};
      if (c.ready !== false) ready.push(backend);
      else if (c.serving !== false && c.terminating === true) terminating.push(backend);
    }
  }
  const chosen = ready.length ? ready : terminating;
  return chosen.sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
