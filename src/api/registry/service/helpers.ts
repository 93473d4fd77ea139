/** Small predicates on a Service shared by defaulting, allocation and validation (`pkg/api/service`). */
import { KubeObject } from '../../types';

export type Spec = Record<string, any>;

export function specOf(svc: KubeObject): Spec {
  return (svc.spec ??= {});
}

/** NodePort and LoadBalancer services, and ClusterIP ones with external IPs. */
export function externallyAccessible(spec: Spec): boolean {
  return spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
}

/** A LoadBalancer with `externalTrafficPolicy: Local` gets a health-check node port. */
export function needsHealthCheck(spec: Spec): boolean {
  return spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
}

/** Every type but ExternalName has a cluster IP (`None` counts). */
export function needsClusterIP(spec: Spec): boolean {
  return spec.type !== 'ExternalName';
}

export function needsNodePort(spec: Spec): boolean {
  return spec.type === 'NodePort' || spec.type === 'LoadBalancer';
}

/** `shouldAllocateNodePorts`: NodePort always; LoadBalancer unless allocateLoadBalancerNodePorts is false. */
export function shouldAllocateNodePorts(spec: Spec): boolean {
  if (spec.type === 'NodePort') return true;
  if (spec.type === 'LoadBalancer') return spec.allocateLoadBalancerNodePorts !== false;
  return false;
}

export function isHeadless(spec: Spec): boolean {
  return Array.isArray(spec.clusterIPs) && spec.clusterIPs.length === 1 && spec.clusterIPs[0] === 'None';
}

/** `helper.IsServiceIPSet`: a cluster IP that is neither empty nor None. */
export function isServiceIPSet(spec: Spec): boolean {
  return !!spec.clusterIP && spec.clusterIP !== 'None';
}

export function sameStrings(a: unknown, b: unknown): boolean {
  const x = Array.isArray(a) ? a : [];
  const y = Array.isArray(b) ? b : [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}
