/**
 * What every active namespace holds: the `default` ServiceAccount (the service account
 * controller) and the `kube-root-ca.crt` ConfigMap (the root CA publisher). Both come back if
 * deleted, as they do on a real cluster.
 */
import { KubeObject } from '../api/types';
import { StatusError } from '../api/status';
import { ClusterContext } from '../context';
import { Controller } from './controller';

const ROOT_CA = 'kube-root-ca.crt';
const ROOT_CA_DESCRIPTION =
  'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.';
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIBADAKBggqhkjOPQQDAjAVMRMwEQYDVQQDEwprdWJlc3BlYy1j\nYTAeFw0yNjAxMDEwMDAwMDBaFw0zNjAxMDEwMDAwMDBaMBUxEzARBgNVBAMTCmt1\nYmVzcGVjLWNhMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFNIa3ViZXNwZWMgc2lt\ndWxhdGVkIGNsdXN0ZXIgY2EgKG5vdCBhIHJlYWwga2V5KQ==\n-----END CERTIFICATE-----\n';

function isActive(ns: KubeObject | undefined): boolean {
  return !!ns && !ns.metadata.deletionTimestamp;
}

export class NamespaceContentController extends Controller {
  constructor(ctx: ClusterContext) {
    super('serviceaccount-controller', ctx);
    ctx.api.watch('Namespace', (type, ns) => {
      if (type !== 'DELETED') this.queue.add(ns.metadata.name!);
    });
    for (const kind of ['ServiceAccount', 'ConfigMap']) {
      ctx.api.watch(kind, (type, obj) => {
        if (type === 'DELETED' && (obj.metadata.name === 'default' || obj.metadata.name === ROOT_CA)) this.queue.add(obj.metadata.namespace!);
      });
    }
    // The informer's initial list: the namespaces the cluster started with.
    this.resync();
  }

  resync(): void {
    for (const ns of this.ctx.api.store.list('Namespace')) this.queue.add(ns.metadata.name!);
  }

  sync(name: string): void {
    const { api } = this.ctx;
    if (!isActive(api.tryGet('Namespace', undefined, name))) return;
    if (!api.tryGet('ServiceAccount', name, 'default')) this.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: name } });
    if (!api.tryGet('ConfigMap', name, ROOT_CA)) {
      this.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: ROOT_CA, namespace: name, annotations: { 'kubernetes.io/description': ROOT_CA_DESCRIPTION } },
        data: { 'ca.crt': CA_PEM },
      });
    }
  }

  private create(obj: KubeObject): void {
    try {
      this.ctx.api.create(obj);
    } catch (e) {
      // The namespace began terminating meanwhile: nothing more goes in.
      if (!(e instanceof StatusError)) throw e;
    }
  }
}

