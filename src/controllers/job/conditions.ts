/**
 * Job conditions as the job controller writes them: every field set, both times equal to the
 * moment of the change; a condition is replaced only when its status, reason or message change.
 */
import { rfc3339 } from '../../api/time';

export interface JobCondition {
  lastProbeTime: string;
  lastTransitionTime: string;
  message?: string;
  reason?: string;
  status: 'True' | 'False';
  type: string;
}

export const JOB_REASON = {
  backoffLimitExceeded: 'BackoffLimitExceeded',
  deadlineExceeded: 'DeadlineExceeded',
  podFailurePolicy: 'PodFailurePolicy',
  completionsReached: 'CompletionsReached',
} as const;

export const JOB_MESSAGE = {
  backoffLimitExceeded: 'Job has reached the specified backoff limit',
  deadlineExceeded: 'Job was active longer than specified deadline',
  completionsReached: 'Reached expected number of succeeded pods',
} as const;

export function newCondition(type: string, status: 'True' | 'False', reason: string, message: string, now: number): JobCondition {
  const at = rfc3339(now);
  const c: JobCondition = { lastProbeTime: at, lastTransitionTime: at, status, type };
  if (message) c.message = message;
  if (reason) c.reason = reason;
  return c;
}

export function findCondition(conditions: readonly JobCondition[] | undefined, type: string): JobCondition | undefined {
  return (conditions ?? []).find((c) => c.type === type);
}

/** A condition of that type with status True. */
export function hasConditionTrue(job: any, type: string): boolean {
  return findCondition(job.status?.conditions, type)?.status === 'True';
}

/** IsJobFinished: Complete or Failed is True. */
export function isJobFinished(job: any): boolean {
  return hasConditionTrue(job, 'Complete') || hasConditionTrue(job, 'Failed');
}

/**
 * ensureJobConditionStatus: replaces a condition whose status, reason or message differ, adds a
 * missing one unless its status would be False. Returns the new list and whether it changed.
 */
export function ensureConditionStatus(
  conditions: readonly JobCondition[],
  type: string,
  status: 'True' | 'False',
  reason: string,
  message: string,
  now: number,
): { conditions: JobCondition[]; changed: boolean } {
  const existing = conditions.findIndex((c) => c.type === type);
  if (existing >= 0) {
    const c = conditions[existing];
    if (c.status === status && (c.reason ?? '') === reason && (c.message ?? '') === message) return { conditions: [...conditions], changed: false };
    const out = [...conditions];
    out[existing] = newCondition(type, status, reason, message, now);
    return { conditions: out, changed: true };
  }
  if (status === 'False') return { conditions: [...conditions], changed: false };
  return { conditions: [...conditions, newCondition(type, status, reason, message, now)], changed: true };
}
