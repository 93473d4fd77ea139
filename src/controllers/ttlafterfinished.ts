/**
 * The TTL-after-finished controller (pkg/controller/ttlafterfinished): a finished Job with
 * `ttlSecondsAfterFinished` is deleted, in the foreground, that many seconds after the
 * transition time of its Complete or Failed condition.
 */
import { keyOf, splitKey } from '../api/types';
import { parseTime } from '../api/time';
import { StatusError } from '../api/status';
import { ClusterContext } from '../context';
import { Controller } from './controller';
import { findCondition, isJobFinished } from './job/conditions';

/** When a finished Job expires (ms), or undefined when it never does. */
export function jobExpiresAt(job: any): number | undefined {
  const ttl = job.spec?.ttlSecondsAfterFinished;
  if (ttl == null || !isJobFinished(job) || job.metadata.deletionTimestamp) return undefined;
  const cond = findCondition(job.status?.conditions, 'Complete') ?? findCondition(job.status?.conditions, 'Failed');
  const finishedAt = parseTime(cond?.lastTransitionTime);
  return finishedAt === undefined ? undefined : finishedAt + ttl * 1000;
}

export class TTLAfterFinishedController extends Controller {
  constructor(ctx: ClusterContext) {
    super('ttl-after-finished-controller', ctx);
    ctx.api.watch('Job', (type, job) => {
      if (type !== 'DELETED' && job.spec?.ttlSecondsAfterFinished != null && isJobFinished(job)) {
        this.queue.add(keyOf(job.metadata.namespace, job.metadata.name!));
      }
    });
  }

  resync(): void {
    for (const job of this.ctx.api.store.list('Job')) {
      if (jobExpiresAt(job) !== undefined) this.queue.add(keyOf(job.metadata.namespace, job.metadata.name!));
    }
  }

  sync(key: string): void {
    const { namespace, name } = splitKey(key);
    const job = this.ctx.api.tryGet('Job', namespace, name);
    if (!job) return;
    const at = jobExpiresAt(job);
    if (at === undefined) return;
    if (at > this.now) {
      this.queue.addAfter(key, at - this.now);
      return;
    }
    try {
      this.ctx.api.delete('Job', namespace, name, { propagationPolicy: 'Foreground', uid: job.metadata.uid });
    } catch (e) {
      if (!(e instanceof StatusError)) throw e;
    }
  }
}
