/**
 * Requests to a Service, as kube-proxy in iptables mode routes them: each new connection goes to
 * one of the Service's backends chosen uniformly at random (the seeded generator stands for the
 * `statistic` match); with `sessionAffinity: ClientIP` a client keeps its backend while it sends
 * within the timeout (10800 s by default) and the backend stays in rotation. The pod then answers
 * as its image does. The scenario is one client, so affinity is kept per Service port.
 */
import { KubeObject, keyOf } from '../api/types';
import { ClusterContext } from '../context';
import { slicesOfService } from '../controllers/endpoints/slicesOf';
import { Backend, backendsFor } from './routing';

/** The outcome of one request. */
export interface ServiceReply {
  /** The pod that answered. */
  readonly pod?: string;
  /** The backend the request went to (`ip:port`). */
  readonly endpoint?: string;
  /** The HTTP status; undefined when no answer came. */
  readonly status?: number;
  /** Why no answer came, as a client would report it. */
  readonly error?: string;
}

/** What the proxy needs to reach a pod's containers. */
export type RequestTarget = (pod: KubeObject) => { serveRequest(): number | undefined } | undefined;

interface Affinity {
  readonly address: string;
  lastSeen: number;
}

const POD_IP_INDEX = 'podIP';

export class ServiceProxy {
  private readonly affinity = new Map<string, Affinity>();

  constructor(
    private readonly ctx: ClusterContext,
    private readonly target: RequestTarget,
  ) {
    ctx.api.store.addIndex('Pod', POD_IP_INDEX, (p) => (p.status?.podIPs ?? []).map((x: any) => x.ip), (p) => p.status?.podIPs);
  }

  /** Sends `n` requests, one after the other at the current instant, to the Service's first port. */
  send(service: string, n: number, namespace = 'default'): ServiceReply[] {
    const replies: ServiceReply[] = [];
    for (let i = 0; i < n; i++) replies.push(this.sendOne(service, namespace));
    return replies;
  }

  private sendOne(name: string, namespace: string): ServiceReply {
    const svc = this.ctx.api.tryGet('Service', namespace, name);
    if (!svc) return { error: `Could not resolve host: ${name}` };
    if (svc.spec?.type === 'ExternalName') return { error: `${name} is an alias of ${svc.spec.externalName}, outside the cluster` };
    const port = svc.spec?.ports?.[0];
    if (!port) return { error: 'Connection refused' };
    const backends = backendsFor(port, slicesOfService(this.ctx.api, namespace, name));
    // No endpoint: kube-proxy rejects the connection (REJECT rule).
    if (backends.length === 0) return { error: 'Connection refused' };
    const backend = this.choose(svc, port, backends);
    const pod = this.podBehind(backend, namespace);
    if (!pod) return { endpoint: backend.address, error: `No route to host ${backend.ip}: nothing in the cluster has that address` };
    const status = this.target(pod)?.serveRequest();
    if (status === undefined) return { pod: pod.metadata.name, endpoint: backend.address, error: 'Connection refused' };
    return { pod: pod.metadata.name, endpoint: backend.address, status };
  }

  private choose(svc: KubeObject, port: any, backends: Backend[]): Backend {
    const now = this.ctx.runtime.now();
    const clientIP = svc.spec?.sessionAffinity === 'ClientIP';
    const key = `${keyOf(svc.metadata.namespace, svc.metadata.name!)}:${svc.metadata.uid}:${port.name ?? ''}`;
    if (clientIP) {
      const timeoutMs = (svc.spec?.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) * 1000;
      const pinned = this.affinity.get(key);
      const still = pinned && now - pinned.lastSeen <= timeoutMs ? backends.find((b) => b.address === pinned.address) : undefined;
      if (still) {
        pinned!.lastSeen = now;
        return still;
      }
    }
    const chosen = backends[this.ctx.rng.int(backends.length)];
    if (clientIP) this.affinity.set(key, { address: chosen.address, lastSeen: now });
    return chosen;
  }

  /** The pod an endpoint names, or else the pod holding its IP. */
  private podBehind(backend: Backend, namespace: string): KubeObject | undefined {
    const ref = backend.targetRef;
    if (ref?.kind === 'Pod' && ref.name) {
      const pod = this.ctx.api.tryGet('Pod', ref.namespace ?? namespace, ref.name);
      if (pod && (!ref.uid || pod.metadata.uid === ref.uid)) return pod;
    }
    return this.ctx.api.store.byIndex('Pod', POD_IP_INDEX, backend.ip).find((p) => !p.status?.phase || (p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'));
  }
}
