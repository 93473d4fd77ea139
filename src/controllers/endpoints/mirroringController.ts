/**
 * The EndpointSlice mirroring controller: the Endpoints users write for a Service without a
 * selector (the book's external-service) are mirrored into EndpointSlices managed by
 * `endpointslicemirroring-controller.k8s.io` and owned by the Endpoints, so kube-proxy sees them.
 * Endpoints labelled `endpointslice.kubernetes.io/skip-mirror: "true"` are not mirrored.
 */
import { KubeObject, clone, keyOf, splitKey } from '../../api/types';
import { ClusterContext } from '../../context';
import { deepEqual } from '../../store/equal';
import { Controller } from '../controller';
import { selectorOf } from './membership';
import { MANAGED_BY_LABEL, SERVICE_NAME_LABEL } from './slices';
import { slicesOfService } from './slicesOf';
import { EndpointSliceTracker } from './sliceTracker';
import { TRIGGER_TIME_ANNOTATION } from './triggerTime';
import { OwnWrites } from './ownWrites';

export const MIRRORING_CONTROLLER_NAME = 'endpointslicemirroring-controller.k8s.io';
const SKIP_MIRROR = 'endpointslice.kubernetes.io/skip-mirror';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_PER_SUBSET = 1000;

/** The slices an Endpoints object mirrors to: one per subset (IPv4 addresses only here). */
export function mirroredSlices(ep: KubeObject): KubeObject[] {
  const labels: Record<string, string> = { ...(ep.metadata.labels ?? {}), [SERVICE_NAME_LABEL]: ep.metadata.name!, [MANAGED_BY_LABEL]: MIRRORING_CONTROLLER_NAME };
  const annotations = Object.fromEntries(Object.entries(ep.metadata.annotations ?? {}).filter(([k]) => k !== TRIGGER_TIME_ANNOTATION && k !== LAST_APPLIED));
  const out: KubeObject[] = [];
  for (const ss of ep.subsets ?? []) {
    const endpoints: any[] = [];
    const add = (a: any, ready: boolean) => {
      if (endpoints.length >= MAX_PER_SUBSET || a.ip.includes(':')) return;
      const e: any = { addresses: [a.ip], conditions: { ready } };
      if (a.targetRef) e.targetRef = a.targetRef;
      if (a.nodeName != null) e.nodeName = a.nodeName;
      if (a.hostname) e.hostname = a.hostname;
      endpoints.push(e);
    };
    for (const a of ss.addresses ?? []) add(a, true);
    for (const a of ss.notReadyAddresses ?? []) add(a, false);
    const ports = (ss.ports ?? []).map((p: any) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol, ...(p.appProtocol != null ? { appProtocol: p.appProtocol } : {}) }));
    const slice: KubeObject = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        generateName: `${ep.metadata.name}-`,
        namespace: ep.metadata.namespace,
        labels,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name: ep.metadata.name!, uid: ep.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      addressType: 'IPv4',
      endpoints,
      ports,
    };
    if (Object.keys(annotations).length) slice.metadata.annotations = annotations;
    out.push(slice);
  }
  return out;
}

/** mirroringEndpointUpdatesBatchPeriod: 0 s by default (kube-controller-manager's defaults). */
export const MIRRORING_BATCH_PERIOD_MS = 0;
const LEADER_ANNOTATION = 'control-plane.alpha.kubernetes.io/leader';

/** shouldMirror: not labelled skip-mirror, not a leader-election record. */
function shouldMirror(ep: KubeObject): boolean {
  return ep.metadata.labels?.[SKIP_MIRROR] !== 'true' && !(LEADER_ANNOTATION in (ep.metadata.annotations ?? {}));
}

const managed = (slice: KubeObject) => slice.metadata.labels?.[MANAGED_BY_LABEL] === MIRRORING_CONTROLLER_NAME;

export class EndpointSliceMirroringController extends Controller {
  private readonly tracker = new EndpointSliceTracker();
  /** Its own slice writes: the sim's watch calls come before the tracker hears of the write. */
  private readonly own = new OwnWrites();

  /**
   * The handlers of pkg/controller/endpointslicemirroring/endpointslicemirroring_controller.go:
   * onEndpointsAdd/Update/Delete queue Endpoints that should be mirrored (before or after);
   * onServiceAdd/Delete a Service without selector, onServiceUpdate one whose selector came or
   * went; onEndpointSliceAdd/Update/Delete, after endpointUpdatesBatchPeriod, a mirrored slice
   * someone else created, changed (a newer generation than written: endpointSliceTracker) or
   * deleted, and one whose service-name or managed-by label changed. Its own writes wake nothing.
   */
  constructor(ctx: ClusterContext) {
    super('endpointslicemirroring-controller', ctx);
    const enqueue = (o: KubeObject) => this.queue.add(keyOf(o.metadata.namespace, o.metadata.name!));
    ctx.api.watch('Endpoints', (t, ep, old) => {
      if (shouldMirror(ep) || (t === 'MODIFIED' && old && shouldMirror(old))) enqueue(ep);
    });
    ctx.api.watch('Service', (t, svc, old) => {
      if (t === 'MODIFIED' && old) {
        if (!selectorOf(svc) !== !selectorOf(old)) enqueue(svc);
      } else if (!selectorOf(svc)) enqueue(svc);
    });
    ctx.api.watch('EndpointSlice', (t, slice, old) => {
      if (!this.own.writing) this.onSlice(t, slice, old);
    });
  }

  private queueForSlice(slice: KubeObject): void {
    const svc = slice.metadata.labels?.[SERVICE_NAME_LABEL];
    if (svc) this.queue.addAfter(keyOf(slice.metadata.namespace, svc), MIRRORING_BATCH_PERIOD_MS);
  }

  private onSlice(type: string, slice: KubeObject, old: KubeObject | undefined): void {
    if (type === 'DELETED') {
      if (managed(slice) && this.tracker.has(slice) && !this.tracker.handleDeletion(slice)) this.queueForSlice(slice);
      return;
    }
    if (type === 'MODIFIED' && old) {
      if (slice.metadata.labels?.[SERVICE_NAME_LABEL] !== old.metadata.labels?.[SERVICE_NAME_LABEL]) {
        this.queueForSlice(slice);
        this.queueForSlice(old);
        return;
      }
      if (managed(slice) !== managed(old) || (managed(slice) && this.tracker.shouldSync(slice))) this.queueForSlice(slice);
      return;
    }
    if (managed(slice) && this.tracker.shouldSync(slice)) this.queueForSlice(slice);
  }

  resync(): void {
    for (const ep of this.ctx.api.store.list('Endpoints')) this.queue.add(keyOf(ep.metadata.namespace, ep.metadata.name!));
  }

  sync(key: string): void {
    const { api } = this.ctx;
    const { namespace, name } = splitKey(key);
    const mine = slicesOfService(this.ctx.api, namespace, name).filter(managed);
    const svc = api.tryGet('Service', namespace, name);
    const ep = api.tryGet('Endpoints', namespace, name);
    const mirror = !!svc && !!ep && !selectorOf(svc) && shouldMirror(ep);
    // deleteMirroredSlices: the Service's slices are no longer tracked before they are deleted.
    if (!mirror) this.tracker.deleteService(namespace, name);
    const wanted = mirror ? mirroredSlices(ep!) : [];
    this.own.during(() => {
      // Reuse existing slices in order; create or delete the difference.
      wanted.forEach((slice, i) => {
        const current = mine[i];
        if (!current) {
          this.tracker.update(api.create(slice));
          return;
        }
        const next = clone(current);
        next.metadata.labels = slice.metadata.labels;
        next.metadata.annotations = slice.metadata.annotations;
        if (!next.metadata.annotations) delete next.metadata.annotations;
        next.endpoints = slice.endpoints.length ? slice.endpoints : null;
        next.ports = slice.ports.length ? slice.ports : null;
        if (!deepEqual(next, current)) this.tracker.update(api.update(next));
      });
      for (const extra of mine.slice(wanted.length)) {
        api.delete('EndpointSlice', extra.metadata.namespace, extra.metadata.name!);
        this.tracker.forget(extra);
      }
    });
  }
}
