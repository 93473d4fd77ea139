/**
 * The Service IP and NodePort allocators of the API server (`--service-cluster-ip-range`
 * 10.96.0.0/12, `--service-node-port-range` 30000-32767, the defaults of minikube and kubeadm).
 * What is allocated is read from the store through two indexes, so a deleted Service frees its
 * values at once and a refused request allocates nothing: there is no state to roll back.
 */
import { KubeObject } from '../../types';
import { StatusError } from '../../status';
import { StrategyContext } from '../strategy';
import { formatIPv4, ipv4Range, parseIPv4, rangeContains } from './ip';
import { pickFree, rangeOffset } from './rangeAllocator';

export const SERVICE_CIDR = ipv4Range('10.96.0.0/12');
export const NODE_PORT_BASE = 30000;
export const NODE_PORT_SIZE = 2768;
export const NODE_PORT_RANGE = `${NODE_PORT_BASE}-${NODE_PORT_BASE + NODE_PORT_SIZE - 1}`;

// KEP-3070: the lower part of each range is left for values users pick.
const IP_OFFSET = rangeOffset(SERVICE_CIDR.size + 2, 16, 256, 16);
const PORT_OFFSET = rangeOffset(NODE_PORT_SIZE, 16, 128, 32);

const BY_IP = 'clusterIP';
const BY_NODE_PORT = 'nodePort';

function indexes(ctx: StrategyContext): void {
  ctx.addIndex('Service', BY_IP, (svc) => (svc.spec?.clusterIPs ?? []).filter((ip: string) => ip && ip !== 'None'));
  ctx.addIndex('Service', BY_NODE_PORT, (svc) => nodePortsOf(svc).map(String));
}

/** Every node port a Service holds: its ports' and its health check's. */
export function nodePortsOf(svc: KubeObject): number[] {
  const ports = (svc.spec?.ports ?? []).map((p: any) => p?.nodePort).filter((n: unknown) => typeof n === 'number' && n > 0);
  const hc = svc.spec?.healthCheckNodePort;
  return typeof hc === 'number' && hc > 0 ? [...ports, hc] : ports;
}

export function internalError(message: string): StatusError {
  return new StatusError('InternalError', 500, `Internal error occurred: ${message}`);
}

/** Cluster IPs. `reserved` holds what this request already took. */
export class ClusterIPAllocator {
  constructor(
    private readonly ctx: StrategyContext,
    private readonly reserved = new Set<string>(),
  ) {
    indexes(ctx);
  }

  private inUse(ip: string): boolean {
    return this.reserved.has(ip) || this.ctx.byIndex('Service', BY_IP, ip).length > 0;
  }

  /** A free address, chosen at random as the IPAddress allocator does. */
  allocateNext(): string {
    const i = pickFree(SERVICE_CIDR.size, IP_OFFSET, (k) => this.inUse(formatIPv4(SERVICE_CIDR.first + k)), this.ctx.rng);
    if (i === undefined) throw internalError('failed to allocate a serviceIP: range is full');
    const ip = formatIPv4(SERVICE_CIDR.first + i);
    this.reserved.add(ip);
    return ip;
  }

  /** Takes an address the user chose; the allocator's refusal text otherwise. */
  allocate(ip: string): string | undefined {
    const n = parseIPv4(ip);
    if (n === undefined || !rangeContains(SERVICE_CIDR, n)) return 'the provided network does not match the current range';
    if (n < SERVICE_CIDR.first || n >= SERVICE_CIDR.first + SERVICE_CIDR.size) return `provided IP ${ip} is not in the valid range`;
    const canonical = formatIPv4(n);
    if (this.inUse(canonical)) return 'provided IP is already allocated';
    this.reserved.add(canonical);
    return undefined;
  }
}

/** Node ports. `reserved` holds what this request already took. */
export class NodePortAllocator {
  constructor(
    private readonly ctx: StrategyContext,
    private readonly reserved = new Set<number>(),
    /** Ports the object being updated already holds (they are its own, not taken). */
    private readonly own = new Set<number>(),
  ) {
    indexes(ctx);
  }

  private inUse(port: number): boolean {
    return this.reserved.has(port) || (!this.own.has(port) && this.ctx.byIndex('Service', BY_NODE_PORT, String(port)).length > 0);
  }

  allocateNext(): number {
    const i = pickFree(NODE_PORT_SIZE, PORT_OFFSET, (k) => this.inUse(NODE_PORT_BASE + k), this.ctx.rng);
    if (i === undefined) throw internalError('failed to allocate a nodePort: range is full');
    this.reserved.add(NODE_PORT_BASE + i);
    return NODE_PORT_BASE + i;
  }

  /** Takes a port the user chose; the allocator's refusal text otherwise. */
  allocate(port: number): string | undefined {
    if (port < NODE_PORT_BASE || port >= NODE_PORT_BASE + NODE_PORT_SIZE) {
      return `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_RANGE}`;
    }
    if (this.inUse(port)) return 'provided port is already allocated';
    this.reserved.add(port);
    return undefined;
  }
}
