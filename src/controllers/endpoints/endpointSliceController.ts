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
import { OwnWrites } from './ownWrites';

/** endpointSliceChangeMinSyncDelay. */
const SLICE_CHANGE_MIN_SYNC_DELAY_MS = 1000;

const managed = (slice: KubeObject) => slice.metadata.labels?.[MANAGED_BY_LABEL] === CONTROLLER_NAME;
const serviceOf = (slice: KubeObject): string | undefined => slice.metadata.labels?.[SERVICE_NAME_LABEL];

export class EndpointSliceController extends ServiceEndpointsController {
  /** Its own slice writes wake nothing (the endpointSliceTracker). */
  private readonly own = new OwnWrites();

  constructor(ctx: ClusterContext) {
    super('endpointslice-controller', ctx);
    // onEndpointSliceAdd/Update/Delete (pkg/controller/endpointslice/endpointslice_controller.go):
    // a managed slice created, changed (a new generation) or deleted by someone else, or one whose
    // managed-by or service-name label changed, has its Service synced again after
    // endpointSliceChangeMinSyncDelay (1 s), through queueServiceForEndpointSlice.
    ctx.api.watch('EndpointSlice', (type, slice, old) => {
      if (this.own.writing) return;
      if (type === 'MODIFIED' && old) {
        if (serviceOf(slice) !== serviceOf(old)) {
          this.requeue(slice);
          this.requeue(old);
        } else if (managed(slice) !== managed(old) || (managed(slice) && slice.metadata.generation !== old.metadata.generation)) this.requeue(slice);
        return;
      }
      if (managed(slice)) this.requeue(slice);
    });
  }

  /** queueServiceForEndpointSlice: the slice's Service, after endpointSliceChangeMinSyncDelay. */
  private requeue(slice: KubeObject): void {
    const service = serviceOf(slice);
    if (service) this.queue.addAfter(keyOf(slice.metadata.namespace, service), SLICE_CHANGE_MIN_SYNC_DELAY_MS);
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
    this.own.during(() => {
      if (!svc.metadata.deletionTimestamp) for (const slice of changes.create) api.create(annotate(slice));
      for (const slice of changes.update) api.update(annotate(slice));
      for (const slice of changes.delete) {
        if (api.tryGet('EndpointSlice', slice.metadata.namespace, slice.metadata.name!)) api.delete('EndpointSlice', slice.metadata.namespace, slice.metadata.name!);
      }
    });
  }
}
