/** Statements about objects and events: a partial match against a live object, a recorded event. */
import { parse } from 'yaml';
import { resourceTypeByName } from '../api/kinds';
import { KubeObject } from '../api/types';
import { Cluster } from '../cluster';
import { toYaml, sortKeys } from '../kubectl/output';
import { Check, check } from './check';

/** Where `actual` fails to match `expected`: maps key by key, lists element by element, scalars by value. */
export function partialMismatch(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (expected === null || typeof expected !== 'object') {
    if (expected === actual) return undefined;
    if (actual !== undefined && actual !== null && typeof actual !== 'object' && String(expected) === String(actual)) return undefined;
    return `${path || '(root)'}: expected ${JSON.stringify(expected)}, found ${actual === undefined ? 'nothing' : JSON.stringify(actual)}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path}: expected a list, found ${actual === undefined ? 'nothing' : JSON.stringify(actual)}`;
    if (actual.length < expected.length) return `${path}: expected at least ${expected.length} items, found ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = partialMismatch(expected[i], actual[i], `${path}[${i}]`);
      if (m) return m;
    }
    return undefined;
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
    return `${path || '(root)'}: expected a map, found ${actual === undefined ? 'nothing' : JSON.stringify(actual)}`;
  }
  for (const [k, v] of Object.entries(expected)) {
    const m = partialMismatch(v, (actual as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    if (m) return m;
  }
  return undefined;
}

export function findObject(cluster: Cluster, kind: string, name: string, namespace = 'default'): KubeObject | undefined {
  const t = resourceTypeByName(kind);
  if (!t) throw new Error(`unknown kind "${kind}": expected e.g. pod, deployment, job, node`);
  return cluster.api.tryGet(t.kind, t.namespaced ? namespace : undefined, name);
}

export function objectMatches(cluster: Cluster, kind: string, name: string, yamlText: string): Check {
  const expected = parse(yamlText);
  const obj = findObject(cluster, kind, name);
  if (!obj) return check(false, `the ${kind} "${name}" matches`, `the ${kind} "${name}" does not exist`);
  const mismatch = partialMismatch(expected, obj);
  return check(!mismatch, `the ${kind} "${name}" matches:\n${yamlText.trimEnd()}`, mismatch ?? 'it matches');
}

export function objectYaml(obj: KubeObject): string {
  return toYaml(sortKeys(obj));
}

export function eventRecorded(cluster: Cluster, reason: string, kind: string, name: string): Check {
  const t = resourceTypeByName(kind);
  if (!t) throw new Error(`unknown kind "${kind}": expected e.g. pod, deployment, job, node`);
  const events = cluster.api.store.list('Event').filter((e) => e.involvedObject?.kind === t.kind && e.involvedObject?.name === name);
  const found = events.some((e) => e.reason === reason);
  const seen = events.length ? events.map((e) => `${e.reason}: ${e.message}`).join('; ') : 'no events';
  return check(found, `an event "${reason}" is recorded for ${kind} "${name}"`, seen);
}

/** The object is gone (or never was), as `kubectl get` would answer NotFound. */
export function objectAbsent(cluster: Cluster, kind: string, name: string): Check {
  const obj = findObject(cluster, kind, name);
  return check(!obj, `the ${kind} "${name}" does not exist`, obj ? `it exists${obj.metadata.deletionTimestamp ? ' and is being deleted' : ''}` : 'it does not exist');
}
