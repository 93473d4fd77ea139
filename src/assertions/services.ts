/**
 * Statements about the last requests sent to a Service: how many pods answered them and how many
 * failed. A request failed when no answer came (refused, nothing listening) or the answer was a
 * server error (HTTP 5xx).
 */
import { ServiceReply } from '../services/proxy';
import { Check, check, plural } from './check';

export function requestFailed(r: ServiceReply): boolean {
  return r.status === undefined || r.status >= 500;
}

/** `kubia-a: 34, kubia-b: 33; 2 failed (Connection refused)`. */
export function describeReplies(replies: readonly ServiceReply[]): string {
  if (replies.length === 0) return 'no requests were sent';
  const byPod = new Map<string, number>();
  for (const r of replies) if (r.pod && r.status !== undefined) byPod.set(r.pod, (byPod.get(r.pod) ?? 0) + 1);
  const pods = [...byPod].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, n]) => `${p}: ${n}`);
  const failed = replies.filter(requestFailed);
  const reasons = [...new Set(failed.map((r) => r.error ?? `HTTP ${r.status}`))];
  const parts = [pods.length ? `answered by ${pods.join(', ')}` : 'answered by no pod'];
  if (failed.length) parts.push(`${failed.length} failed (${reasons.join('; ')})`);
  return `${plural(replies.length, 'request')}: ${parts.join('; ')}`;
}

function sent(replies: readonly ServiceReply[] | undefined): readonly ServiceReply[] {
  if (!replies) throw new Error('no requests have been sent: use `When I send N requests to service "name"` first');
  return replies;
}

/** Exactly N different pods answered (whatever the status). */
export function answeredByPods(replies: readonly ServiceReply[] | undefined, n: number): Check {
  const rs = sent(replies);
  const pods = new Set(rs.filter((r) => r.pod && r.status !== undefined).map((r) => r.pod));
  return check(pods.size === n, `the requests answered by ${plural(n, 'different pod')}`, describeReplies(rs));
}

/** Exactly N requests failed. */
export function failedRequests(replies: readonly ServiceReply[] | undefined, n: number): Check {
  const rs = sent(replies);
  const failed = rs.filter(requestFailed).length;
  return check(failed === n, `${plural(n, 'request')} failed`, describeReplies(rs));
}
