/**
 * What the service REST storage does before the strategy runs (`beginCreate`/`beginUpdate` and
 * alloc.go): settle the IP families, then take cluster IPs and node ports from the allocators.
 * Failures are the API server's: Invalid for a value the user chose, InternalError for a full range.
 */
import { FieldError, FieldPath, GoValue, fieldErrors } from '../../field';
import { apiErrors } from '../../status';
import { KubeObject } from '../../types';
import { StrategyContext } from '../strategy';
import { ClusterIPAllocator, NodePortAllocator, internalError, nodePortsOf } from './allocators';
import { initIPFamilyFields } from './families';
import { Spec, needsHealthCheck, needsNodePort, shouldAllocateNodePorts } from './helpers';
import { goStrings } from './validation';

const SPEC = FieldPath.root('spec');

function refuse(svc: KubeObject, errs: FieldError[]): never {
  throw apiErrors.invalid('Service', '', svc.metadata.name ?? '', errs);
}

export function allocateCreate(svc: KubeObject, ctx: StrategyContext): void {
  const spec: Spec = svc.spec;
  const familyErrors = initIPFamilyFields(spec);
  if (familyErrors.length) refuse(svc, familyErrors);
  allocateClusterIPs(svc, ctx);
  const ports = new NodePortAllocator(ctx);
  if (needsNodePort(spec)) initNodePorts(svc, ports);
  if (needsHealthCheck(spec)) allocateHealthCheckNodePort(spec, ports);
}

export function allocateUpdate(svc: KubeObject, old: KubeObject, ctx: StrategyContext): void {
  const spec: Spec = svc.spec;
  const before: Spec = old.spec ?? {};
  const familyErrors = initIPFamilyFields(spec, before);
  if (familyErrors.length) refuse(svc, familyErrors);
  // From ExternalName to a type with a cluster IP: allocate as on create. Other changes keep the
  // IPs (validation refuses changing them); released IPs are free once the update is stored.
  if (before.type === 'ExternalName' && spec.type !== 'ExternalName') allocateClusterIPs(svc, ctx);
  const ports = new NodePortAllocator(ctx, new Set(), new Set(nodePortsOf(old)));
  if (needsNodePort(spec)) updateNodePorts(svc, before, ports);
  if (!needsHealthCheck(before) && needsHealthCheck(spec)) allocateHealthCheckNodePort(spec, ports);
}

function allocateClusterIPs(svc: KubeObject, ctx: StrategyContext): void {
  const spec: Spec = svc.spec;
  if (spec.type === 'ExternalName') return;
  if ((spec.clusterIPs ?? [])[0] === 'None') return;
  const ips: string[] = [...(spec.clusterIPs ?? [])];
  const families: string[] = spec.ipFamilies ?? [];
  while (ips.length < families.length) ips.push('');
  spec.clusterIPs = ips;
  const allocator = new ClusterIPAllocator(ctx);
  families.forEach((_family, i) => {
    if (ips[i] === '') {
      ips[i] = allocator.allocateNext();
      return;
    }
    const problem = allocator.allocate(ips[i]);
    if (problem) {
      refuse(svc, [fieldErrors.invalid(SPEC.child('clusterIPs'), new GoValue(goStrings(ips)), `failed to allocate IP ${ips[i]}: ${problem}`)]);
    }
  });
  spec.clusterIP = ips[0];
}

/** `initNodePorts`: ports with the same number share a node port; chosen ones are checked. */
function initNodePorts(svc: KubeObject, allocator: NodePortAllocator): void {
  const spec: Spec = svc.spec;
  const ports: any[] = spec.ports ?? [];
  const byPort = new Map<number, number>();
  ports.forEach((sp, i) => {
    if (!sp.nodePort && !shouldAllocateNodePorts(spec)) return;
    const allocated = byPort.get(sp.port);
    if (allocated === undefined) {
      const requested = ports.find((p) => p.port === sp.port && p.nodePort)?.nodePort;
      if (requested) {
        const problem = allocator.allocate(requested);
        if (problem) refuse(svc, [fieldErrors.invalid(SPEC.child('ports').index(i).child('nodePort'), requested, problem)]);
        sp.nodePort = requested;
      } else {
        sp.nodePort = allocator.allocateNext();
      }
      byPort.set(sp.port, sp.nodePort);
    } else if (sp.nodePort !== allocated) {
      if (!sp.nodePort) sp.nodePort = allocated;
      else {
        const problem = allocator.allocate(sp.nodePort);
        if (problem) refuse(svc, [fieldErrors.invalid(SPEC.child('ports').index(i).child('nodePort'), sp.nodePort, problem)]);
      }
    }
  });
}

/** `updateNodePorts`: ports the Service already held stay; new ones are checked or chosen. */
function updateNodePorts(svc: KubeObject, old: Spec, allocator: NodePortAllocator): void {
  const spec: Spec = svc.spec;
  const oldPorts = new Set<number>((old.ports ?? []).map((p: any) => p?.nodePort).filter(Boolean));
  const taken = new Set<number>();
  const seen = new Set<string>();
  (spec.ports ?? []).forEach((sp: any, i: number) => {
    if (!sp.nodePort && !shouldAllocateNodePorts(spec)) return;
    if (sp.nodePort) {
      if (!oldPorts.has(sp.nodePort) && !taken.has(sp.nodePort)) {
        const problem = allocator.allocate(sp.nodePort);
        if (problem) refuse(svc, [fieldErrors.invalid(SPEC.child('ports').index(i).child('nodePort'), sp.nodePort, problem)]);
        taken.add(sp.nodePort);
      }
    } else {
      sp.nodePort = allocator.allocateNext();
    }
    const key = `${sp.protocol} ${sp.nodePort}`;
    if (seen.has(key)) throw internalError(`duplicate nodePort: {${key}}`);
    seen.add(key);
  });
}

function allocateHealthCheckNodePort(spec: Spec, allocator: NodePortAllocator): void {
  const requested = spec.healthCheckNodePort;
  if (requested) {
    const problem = allocator.allocate(requested);
    if (problem) throw internalError(`failed to allocate requested HealthCheck NodePort ${requested}: ${problem}`);
    return;
  }
  spec.healthCheckNodePort = allocator.allocateNext();
}
