/**
 * A digest of everything a cluster did: every history record and step mark, and every object it
 * holds at the end (generated names and uids included). Two runs that digest the same behaved
 * the same, byte for byte; used to prove that a speed-up changed no behaviour.
 */
import { createHash } from 'node:crypto';
import { RESOURCE_TYPES } from '../../src/api/kinds';
import { Cluster } from '../../src/cluster';

/** JSON with keys sorted and undefined fields left out, so field order does not count. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return canonical(json.call(value));
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
}

/** The parts of a cluster's behaviour, each as canonical JSON lines. */
export function behaviourLines(cluster: Cluster): string[] {
  const lines = cluster.history.records.map(canonical);
  lines.push(...cluster.history.marks.map(canonical));
  for (const t of RESOURCE_TYPES) {
    const objects = cluster.api.store.list(t.kind).map(canonical).sort();
    lines.push(...objects);
  }
  lines.push(String(cluster.runtime.now()));
  return lines;
}

export function digestOf(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return hash.digest('hex');
}

export function clusterDigest(cluster: Cluster): string {
  return digestOf(behaviourLines(cluster));
}
