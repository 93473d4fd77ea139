/**
 * The kubelets of the cluster, one per node, and the one pod watch that routes each change to
 * the kubelet of the node the pod is bound to (so a change costs one handler, not one per node).
 */
import { KubeObject } from '../api/types';
import { ClusterContext } from '../context';
import { Kubelet, NodeConfig, NODE_LEASE_NAMESPACE } from './kubelet';

export class Kubelets {
  private readonly byNode = new Map<string, Kubelet>();

  constructor(private readonly ctx: ClusterContext) {
    ctx.api.store.addIndex('Pod', 'nodeName', (p) => (p.spec?.nodeName ? [p.spec.nodeName] : []), (p) => p.spec?.nodeName);
    ctx.api.watch('Pod', (type, pod, old) => {
      const node = pod.spec?.nodeName;
      if (node) this.byNode.get(node)?.onPod(type, pod, old);
    });
    ctx.api.watch('Lease', (type, lease) => {
      if (type === 'DELETED' && lease.metadata.namespace === NODE_LEASE_NAMESPACE) this.byNode.get(lease.metadata.name!)?.onLeaseDeleted();
    });
  }

  add(config: NodeConfig): Kubelet {
    const kubelet = new Kubelet(this.ctx, config);
    this.byNode.set(config.name, kubelet);
    try {
      kubelet.start();
    } catch (e) {
      // The API server refused the Node (an invalid name or label): no kubelet was added.
      this.byNode.delete(config.name);
      throw e;
    }
    // Pods still bound to the name (the node left and came back before the pod garbage
    // collector removed them) are the new kubelet's to run, or to finish deleting.
    for (const pod of this.ctx.api.store.byIndex('Pod', 'nodeName', config.name)) kubelet.onPod('ADDED', pod, undefined);
    return kubelet;
  }

  get(node: string): Kubelet | undefined {
    return this.byNode.get(node);
  }

  remove(node: string): void {
    this.byNode.get(node)?.stop();
    this.byNode.delete(node);
  }

  all(): Kubelet[] {
    return [...this.byNode.values()];
  }

  /** The Lease of a node as a reader sees it (renewed while its kubelet runs). */
  leaseView(lease: KubeObject): KubeObject {
    if (lease.metadata.namespace !== NODE_LEASE_NAMESPACE) return lease;
    return this.byNode.get(lease.metadata.name!)?.renewedLease(lease) ?? lease;
  }

  /** The Node as a reader sees it (its status re-posted every 5 minutes while its kubelet runs). */
  nodeView(node: KubeObject): KubeObject {
    return this.byNode.get(node.metadata.name!)?.reportedNode(node) ?? node;
  }

  /** The pod worker holding a pod, for logs and requests. */
  workerFor(pod: KubeObject) {
    const node = pod.spec?.nodeName;
    return node ? this.byNode.get(node)?.worker(pod.metadata.uid!) : undefined;
  }
}
