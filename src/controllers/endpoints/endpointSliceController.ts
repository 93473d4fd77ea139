/**
 * The EndpointSlice controller: keeps the slices of each selector Service (label
 * `kubernetes.io/service-name`, managed by `endpointslice-controller.k8s.io`, owned by the
 * Service so they go with it) in step with its pods. kube-proxy routes from these slices.
 */
import { KubeObject, keyOf, splitKey } from '../../api/types';
import { rfc3339 } from '../../api/time';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { Membership, selectorOf } from './membership';
import { CONTROLLER_NAME, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, reconcileSlices } from './slices';
import { TRIGGER_TIME_ANNOTATION, TriggerTimeTracker } from './triggerTime';
import { slicesOfService } from './slicesOf';

export class EndpointSliceController extends Controller {
  private readonly members: Membership;
  private readonly triggers = new TriggerTimeTracker();

  constructor(ctx: ClusterContext) {
    super('endpointslice-controller', ctx);
    this.members = new Membership(ctx.api);
    ctx.api.watch('Service', (_t, svc) => this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!)));
    ctx.api.watch('Pod', (type, pod, old) => {
      for (const key of this.members.servicesToSync(type, pod, old)) this.queue.add(key);
    });
    // A managed slice deleted or changed by someone else is put back.
    ctx.api.watch('EndpointSlice', (type, slice, old) => {
      const managed = (s: KubeObject | undefined) => s?.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME;
      if (!managed(slice) && !managed(old)) return;
      const svc = slice.metadata.labels?.[SERVICE_NAME_LABEL];
      if (svc && (type === 'DELETED' || !managed(slice))) this.queue.add(keyOf(slice.metadata.namespace, svc));
    });
  }

  resync(): void {
    for (const svc of this.ctx.api.store.list('Service')) this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!));
  }

  sync(key: string): void {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const svc = api.tryGet('Service', namespace, name);
    if (!svc) {
      // The garbage collector removes the slices the Service owned.
      this.triggers.delete(key);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !selectorOf(svc)) return;
    const pods = this.members.podsFor(svc);
    const existing = slicesOfService(this.ctx.api, namespace, name).filter(
      (s) => s.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME && !s.metadata.deletionTimestamp,
    );
    const trigger = this.triggers.compute(key, svc, pods);
    const changes = reconcileSlices({ service: svc, pods, existing, node: (n) => api.tryGet('Node', undefined, n) });
    const annotate = (slice: KubeObject) => {
      const annotations = { ...(slice.metadata.annotations ?? {}) };
      if (trigger !== undefined) annotations[TRIGGER_TIME_ANNOTATION] = rfc3339(trigger);
      else delete annotations[TRIGGER_TIME_ANNOTATION];
      if (Object.keys(annotations).length) slice.metadata.annotations = annotations;
      else delete slice.metadata.annotations;
      return slice;
    };
    // No new slices for a Service on its way out: the garbage collector would race them.
    if (!svc.metadata.deletionTimestamp) for (const slice of changes.create) api.create(annotate(slice));
    for (const slice of changes.update) api.update(annotate(slice));
    for (const slice of changes.delete) {
      if (api.tryGet('EndpointSlice', slice.metadata.namespace, slice.metadata.name!)) api.delete('EndpointSlice', slice.metadata.namespace, slice.metadata.name!);
    }
  }
}
