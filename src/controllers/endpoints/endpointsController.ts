/**
 * The endpoints controller: for each Service with a selector (not ExternalName), an Endpoints
 * object of the same name listing the selected pods' addresses and ports. Services without a
 * selector are left to their users' Endpoints. When a Service goes, its Endpoints go too.
 */
import { KubeObject, clone, keyOf } from '../../api/types';
import { ClusterContext } from '../../context';
import { deepEqual } from '../../store/equal';
import { desiredSubsets, truncateSubsets } from './subsets';
import { annotateTriggerTime } from './triggerTime';
import { ServiceEndpointsController } from './serviceController';

const HEADLESS_LABEL = 'service.kubernetes.io/headless';
const OVER_CAPACITY = 'endpoints.kubernetes.io/over-capacity';
const LEADER_ELECTION = 'control-plane.alpha.kubernetes.io/leader';

export class EndpointsController extends ServiceEndpointsController {
  constructor(ctx: ClusterContext) {
    super('endpoint-controller', ctx);
    ctx.api.watch('Endpoints', (type, ep) => {
      if (type === 'DELETED') this.queue.add(keyOf(ep.metadata.namespace, ep.metadata.name!));
    });
  }

  override resync(): void {
    super.resync();
    // checkLeftoverEndpoints: Endpoints whose Service is gone are removed after a restart.
    for (const ep of this.ctx.api.store.list('Endpoints')) {
      if (!ep.metadata.annotations?.[LEADER_ELECTION]) this.queue.add(keyOf(ep.metadata.namespace, ep.metadata.name!));
    }
  }

  protected serviceGone(namespace: string | undefined, name: string): void {
    if (this.ctx.api.tryGet('Endpoints', namespace, name)) this.ctx.api.delete('Endpoints', namespace, name);
  }

  protected syncService(key: string, svc: KubeObject, pods: KubeObject[], trigger: number | undefined): void {
    const { api } = this.ctx;
    const { namespace } = svc.metadata;
    const name = svc.metadata.name!;
    const subsets = desiredSubsets(svc, pods);
    const current = api.tryGet('Endpoints', namespace, name);
    const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
    if (current) {
      const currentLabels = { ...(current.metadata.labels ?? {}) };
      delete currentLabels[HEADLESS_LABEL];
      const total = subsets.reduce((n, s) => n + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
      const capacityOk = total <= 1000 && !current.metadata.annotations?.[OVER_CAPACITY];
      if (deepEqual(current.subsets ?? [], subsets) && deepEqual(currentLabels, labels) && capacityOk) return;
    }
    const next: KubeObject = current ? clone(current) : { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace } };
    annotateTriggerTime(next.metadata, trigger);
    const annotations = { ...(next.metadata.annotations ?? {}) };
    if (truncateSubsets(subsets)) annotations[OVER_CAPACITY] = 'truncated';
    else delete annotations[OVER_CAPACITY];
    if (svc.spec?.clusterIP && svc.spec.clusterIP !== 'None') delete labels[HEADLESS_LABEL];
    else labels[HEADLESS_LABEL] = '';
    next.metadata.labels = labels;
    next.metadata.annotations = annotations;
    if (!Object.keys(labels).length) delete next.metadata.labels;
    if (!Object.keys(annotations).length) delete next.metadata.annotations;
    if (subsets.length) next.subsets = subsets;
    else delete next.subsets;
    try {
      if (current) api.update(next);
      else api.create(next);
    } catch (e) {
      const verb = current ? `FailedToUpdateEndpoint` : 'FailedToCreateEndpoint';
      const text = current ? `Failed to update endpoint ${key}: ${(e as Error).message}` : `Failed to create endpoint for service ${key}: ${(e as Error).message}`;
      this.recorder.event(next, 'Warning', verb, text);
    }
  }
}
