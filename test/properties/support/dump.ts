/**
 * A canonical dump of everything the API server stores: every kind, every object, keys sorted.
 * Two dumps taken at the same instant are equal exactly when nothing was written in between, which
 * is how the properties check that a refused command changed nothing.
 */
import { RESOURCE_TYPES } from '../../../src/api/kinds';
import { Cluster } from '../../../src/cluster';

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const out: [string, unknown][] = Object.keys(value)
    .sort()
    .map((k) => [k, sorted((value as Record<string, unknown>)[k])]);
  // An array of pairs, not an object: a key named __proto__ must survive JSON.stringify as a key.
  return out;
}

export function canonicalDump(c: Cluster): string {
  return RESOURCE_TYPES.map((t) => `${t.kind}\n${c.api.list(t.kind).map((o) => JSON.stringify(sorted(o))).join('\n')}`).join('\n');
}
