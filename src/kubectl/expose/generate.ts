/**
 * The Service `kubectl expose` sends (expose.go `createService`): selector and labels parsed back
 * from `k=v` lists, one port per port given (named `port-N` when several, one per protocol when
 * a port speaks several), target ports as given or equal to the ports.
 */
import { KubeObject } from '../../api/types';

export interface ExposeParams {
  readonly name: string;
  readonly selector: string;
  readonly labels: string;
  /** `--port`, or the object's single port. */
  readonly port: string;
  /** The object's ports, when it has several and `--port` was not given. */
  readonly ports: string;
  readonly protocol: string;
  /** Protocols per port of the exposed object. */
  readonly protocols: Map<string, string[]>;
  readonly targetPort: string;
  readonly type: string;
  readonly externalIP: string;
  readonly loadBalancerIP: string;
  readonly sessionAffinity: string;
  readonly clusterIP: string;
}

/** `parseLabels`: `k=v,...` to a map, with kubectl's refusals. */
export function parseLabelSpec(spec: string): Record<string, string> {
  if (spec.length === 0) throw new Error('no label spec passed');
  const out: Record<string, string> = {};
  for (const item of spec.split(',')) {
    const parts = item.split('=');
    if (parts.length !== 2) throw new Error(`unexpected label spec: ${item}`);
    if (parts[0].length === 0) throw new Error('unexpected empty label key');
    out[parts[0]] = parts[1];
  }
  return out;
}

/** Go's `strconv.Atoi`, with its error text. */
function atoi(s: string): number {
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63 - 1) throw new Error(`strconv.Atoi: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

/** `intstr.Parse`: a number when the text is one, else the name. */
function parseIntOrString(s: string): number | string {
  return /^-?\d+$/.test(s) && Number.isSafeInteger(Number(s)) && Math.abs(Number(s)) < 2 ** 31 ? Number(s) : s;
}

export function buildService(p: ExposeParams): KubeObject {
  if (p.selector.length === 0) throw new Error('selector must be specified');
  const selector = parseLabelSpec(p.selector);
  const labels = p.labels.length ? parseLabelSpec(p.labels) : undefined;
  if (!p.name) throw new Error('name must be specified');
  const portString = p.ports || p.port;
  const ports: any[] = [];
  if (portString) {
    const list = portString.split(',');
    list.forEach((text, i) => {
      const port = atoi(text);
      const name = list.length > 1 ? `port-${i + 1}` : undefined;
      let protocol = p.protocol;
      if (!protocol) {
        protocol = 'TCP';
        const own = p.protocols.get(text);
        if (own && own.length === 1) protocol = own[0];
        else if (own && own.length > 1) {
          for (const proto of own) ports.push({ name: `port-${i + 1}-${proto.toLowerCase()}`, port, protocol: proto });
          return;
        }
      }
      ports.push({ ...(name ? { name } : {}), port, protocol });
    });
  }
  const target = p.targetPort ? parseIntOrString(p.targetPort) : undefined;
  for (const sp of ports) sp.targetPort = target ?? sp.port;
  const spec: any = { ports, selector };
  if (p.externalIP) spec.externalIPs = [p.externalIP];
  if (p.type) spec.type = p.type;
  if (spec.type === 'LoadBalancer' && p.loadBalancerIP) spec.loadBalancerIP = p.loadBalancerIP;
  if (p.sessionAffinity) {
    if (p.sessionAffinity !== 'None' && p.sessionAffinity !== 'ClientIP') throw new Error(`unknown session affinity: ${p.sessionAffinity}`);
    spec.sessionAffinity = p.sessionAffinity;
  }
  if (p.clusterIP) spec.clusterIP = p.clusterIP;
  const metadata: any = { name: p.name };
  if (labels) metadata.labels = labels;
  return { apiVersion: 'v1', kind: 'Service', metadata, spec, status: { loadBalancer: {} } };
}
