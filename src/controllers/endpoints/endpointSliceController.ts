/**
 * The EndpointSlice controller: keeps the slices of each selector Service (label
 * `kubernetes.io/service-name`, managed by `endpointslice-controller.k8s.io`, owned by the
 * Service so they go with it) in step with its pods. kube-proxy routes from these slices.
 */
import { KubeObject, keyOf } from '../../api/types';
import { ClusterContext } from '../../context';
import { ServiceEndpointsController } from './serviceController';
import { CONTROLLER_NAME, MANAGED_BY_LABEL, SERVICE_NAME_LABEL, reconcileSlices } from './slices';
import { annotateTriggerTime } from './triggerTime';
import { slicesOfService } from './slicesOf';

export class EndpointSliceController extends ServiceEndpointsController {
  constructor(ctx: ClusterContext) {
    super('endpointslice-controller', ctx);
    // A managed slice deleted or changed by someone else is put back.
    ctx.api.watch('EndpointSlice', (type, slice, old) => {
      const managed = (s: KubeObject | undefined) => s?.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME;
      if (!managed(slice) && !managed(old)) return;
      const svc = slice.metadata.labels?.[SERVICE_NAME_LABEL];
      if (svc && (type === 'DELETED' || !managed(slice))) this.queue.add(keyOf(slice.metadata.namespace, svc));
    });
  }

  /** The garbage collector removes the slices the Service owned. */
  protected serviceGone(): void {}

  protected syncService(_key: string, svc: KubeObject, pods: KubeObject[], trigger: number | undefined): void {
    const { api } = this.ctx;
    const existing = slicesOfService(api, svc.metadata.namespace, svc.metadata.name!).filter(
      (s) => s.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME && !s.metadata.deletionTimestamp,
    );
    const changes = reconcileSlices({ service: svc, pods, existing, node: (n) => api.tryGet('Node', undefined, n) });
    const annotate = (slice: KubeObject) => {
      annotateTriggerTime(slice.metadata, trigger);
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
