/**
 * What the endpoints and EndpointSlice controllers share: a queue of Service keys, fed by Service
 * changes and by the pod changes that matter to a Service's endpoints, and the trigger-time
 * tracker behind the `last-change-trigger-time` annotation.
 */
import { KubeObject, keyOf, splitKey } from '../../api/types';
import { ClusterContext } from '../../context';
import { Controller } from '../controller';
import { Membership, selectorOf } from './membership';
import { TriggerTimeTracker } from './triggerTime';

export abstract class ServiceEndpointsController extends Controller {
  protected readonly members: Membership;
  protected readonly triggers = new TriggerTimeTracker();

  constructor(name: string, ctx: ClusterContext) {
    super(name, ctx);
    this.members = new Membership(ctx.api);
    ctx.api.watch('Service', (_t, svc) => this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!)));
    ctx.api.watch('Pod', (type, pod, old) => {
      for (const key of this.members.servicesToSync(type, pod, old)) this.queue.add(key);
    });
  }

  resync(): void {
    for (const svc of this.ctx.api.store.list('Service')) this.queue.add(keyOf(svc.metadata.namespace, svc.metadata.name!));
  }

  /** `syncService`: Services without selector, and ExternalName ones, get nothing from here. */
  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const svc = this.ctx.api.tryGet('Service', namespace, name);
    if (!svc) {
      this.triggers.delete(key);
      this.serviceGone(namespace, name);
      return;
    }
    if (svc.spec?.type === 'ExternalName' || !selectorOf(svc)) return;
    const pods = this.members.podsFor(svc);
    this.syncService(key, svc, pods, this.triggers.compute(key, svc, pods));
  }

  /** The Service was deleted. */
  protected abstract serviceGone(namespace: string | undefined, name: string): void;

  /** Brings the Service's endpoints in line with its pods (by name); `trigger` for the annotation. */
  protected abstract syncService(key: string, svc: KubeObject, pods: KubeObject[], trigger: number | undefined): void;
}
