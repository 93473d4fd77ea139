/** Where a Service port's traffic goes on a pod (`FindPort`, `ShouldPodBeInEndpoints`). */
import { KubeObject } from '../../api/types';

/**
 * The container port a Service port targets on this pod: a number is taken as is; a name is
 * looked up among the containers' (and sidecar init containers') named ports of the same
 * protocol. Undefined when the pod has no such port: it is then left out for that port.
 */
export function findPort(pod: KubeObject, servicePort: any): number | undefined {
  const target = servicePort.targetPort;
  if (typeof target === 'number') return target;
  if (typeof target !== 'string') return undefined;
  const protocol = servicePort.protocol ?? 'TCP';
  for (const c of pod.spec?.containers ?? []) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  }
  for (const c of pod.spec?.initContainers ?? []) {
    if (c.restartPolicy !== 'Always') continue;
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === protocol) return p.containerPort;
  }
  return undefined;
}

/** A pod with an IP, not finished, and (unless terminating pods are wanted) not being deleted. */
export function shouldPodBeInEndpoints(pod: KubeObject, includeTerminating: boolean): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return false;
  if (!pod.status?.podIP && !(pod.status?.podIPs ?? []).length) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}

/** `ShouldSetHostname`: a pod with a hostname in a subdomain named after the Service. */
export function shouldSetHostname(pod: KubeObject, svc: KubeObject): boolean {
  return !!pod.spec?.hostname && pod.spec?.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace;
}

export function podIPv4(pod: KubeObject): string | undefined {
  const ips: string[] = (pod.status?.podIPs ?? []).map((p: any) => p.ip);
  return ips.find((ip) => !ip.includes(':'));
}
