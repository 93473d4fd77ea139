/**
 * The update-only adjustments of the service registry: values the server allocated are kept
 * when a client leaves them out (`patchAllocatedValues`), and fields a new type no longer uses
 * are dropped when the client did not touch them (`dropTypeDependentFields`).
 */
import { KubeObject } from '../../types';
import { Spec, externallyAccessible, needsClusterIP, needsHealthCheck, needsNodePort, sameStrings } from './helpers';

export function patchAllocatedValues(spec: Spec, old: Spec): void {
  if (needsClusterIP(old) && needsClusterIP(spec)) {
    if (!spec.clusterIP && old.clusterIP) spec.clusterIP = old.clusterIP;
    if (!(spec.clusterIPs ?? []).length && (old.clusterIPs ?? []).length) spec.clusterIPs = [...old.clusterIPs];
  }
  if (needsNodePort(old) && needsNodePort(spec)) {
    const used = (s: Spec) => new Set<number>((s.ports ?? []).map((p: any) => p?.nodePort).filter(Boolean));
    const oldUsed = used(old);
    const both = new Set([...used(spec)].filter((p) => oldUsed.has(p)));
    const byName = new Map<string, number>();
    for (const p of old.ports ?? []) byName.set(p?.name ?? '', p?.nodePort ?? 0);
    for (const p of spec.ports ?? []) {
      if (p && !p.nodePort) {
        const previous = byName.get(p.name ?? '') ?? 0;
        if (previous && !both.has(previous)) p.nodePort = previous;
      }
    }
  }
  if (needsHealthCheck(old) && needsHealthCheck(spec) && !spec.healthCheckNodePort) spec.healthCheckNodePort = old.healthCheckNodePort;
}

export function dropTypeDependentFields(svc: KubeObject, old: KubeObject): void {
  const spec: Spec = svc.spec;
  const before: Spec = old.spec ?? {};
  if (needsClusterIP(before) && !needsClusterIP(spec)) {
    if ((before.clusterIP ?? '') === (spec.clusterIP ?? '') && sameStrings(before.clusterIPs, spec.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (sameStrings(before.ipFamilies, spec.ipFamilies)) delete spec.ipFamilies;
    if (before.ipFamilyPolicy === spec.ipFamilyPolicy) delete spec.ipFamilyPolicy;
  }
  const nodePorts = (s: Spec) => (s.ports ?? []).map((p: any) => p?.nodePort ?? 0);
  if (needsNodePort(before) && !needsNodePort(spec) && sameStrings(nodePorts(before), nodePorts(spec))) {
    for (const p of spec.ports ?? []) if (p) delete p.nodePort;
  }
  if (needsHealthCheck(before) && !needsHealthCheck(spec) && before.healthCheckNodePort === spec.healthCheckNodePort) delete spec.healthCheckNodePort;
  if (before.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (before.allocateLoadBalancerNodePorts != null && before.allocateLoadBalancerNodePorts === spec.allocateLoadBalancerNodePorts) {
      delete spec.allocateLoadBalancerNodePorts;
    }
    if ((before.loadBalancerClass ?? null) === (spec.loadBalancerClass ?? null)) delete spec.loadBalancerClass;
  }
  if (externallyAccessible(before) && !externallyAccessible(spec) && before.externalTrafficPolicy === spec.externalTrafficPolicy) {
    delete spec.externalTrafficPolicy;
  }
  if (spec.type !== 'LoadBalancer' && svc.status) svc.status = { ...svc.status, loadBalancer: {} };
}
