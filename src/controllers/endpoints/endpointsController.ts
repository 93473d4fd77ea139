/**
 * The endpoints controller: for each Service with a selector (not ExternalName), an Endpoints
 * object of the same name listing the selected pods' addresses and ports. Services without a
 * selector are left to their users' Endpoints. When a Service goes, its Endpoints go too.
 */
import { KubeObject, clone, keyOf, splitKey } from '../../api/types';
import { rfc3339 } from '../../api/time';
import { ClusterContext } from '../../context';
import { deepEqual } from '../../store/equal';
import { Controller } from '../controller';
import { Membership, selectorOf } from './membership';
import { desiredSubsets, truncateSubsets } from './subsets';
import { TRIGGER_TIME_ANNOTATION, TriggerTimeTracker } from './triggerTime';

const HEADLESS_LABEL = 'service.kubernetes.io/headless';
const OVER_CAPACITY = 'endpoints.kubernetes.io/over-capacity';
const LEADER_ELECTION = 'control-plane.alpha.kubernetes.io/leader';

export class EndpointsController extends Controller {
  private readonly members: Membership;
  private readonly triggers = new TriggerTimeTracker();

  constructor(ctx: ClusterContext) {
    super('endpoint-controller', ctx);
    this.members = new Membership(ctx.api);
    ctx.api.watch('Service', (_t, svc) => this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!)));
    ctx.api.watch('Pod', (type, pod, old) => {
      for (const key of this.members.servicesToSync(type, pod, old)) this.queue.add(key);
    });
    ctx.api.watch('Endpoints', (type, ep) => {
      if (type === 'DELETED') this.queue.add(keyOf(ep.metadata.namespace, ep.metadata.name!));
    });
  }

  resync(): void {
    for (const svc of this.ctx.api.store.list('Service')) this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!));
    // checkLeftoverEndpoints: Endpoints whose Service is gone are removed after a restart.
    for (const ep of this.ctx.api.store.list('Endpoints')) {
      if (!ep.metadata.annotations?.[LEADER_ELECTION]) this.queue.add(keyOf(ep.metadata.namespace, ep.metadata.name!));
    }
  }

  sync(key: string): void {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const svc = api.tryGet('Service', namespace, name);
    if (!svc) {
      this.triggers.delete(key);
      if (api.tryGet('Endpoints', namespace, name)) api.delete('Endpoints', namespace, name);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !selectorOf(svc)) return;
    const pods = this.members.podsFor(svc);
    const trigger = this.triggers.compute(key, svc, pods);
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
    const annotations = { ...(next.metadata.annotations ?? {}) };
    if (trigger !== undefined) annotations[TRIGGER_TIME_ANNOTATION] = rfc3339(trigger);
    else delete annotations[TRIGGER_TIME_ANNOTATION];
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
