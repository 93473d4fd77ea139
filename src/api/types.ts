/**
 * The object model: Kubernetes objects are plain JSON, as the API serves them. Shapes come from
 * `kubernetes-types`; the store treats every object generically through `KubeObject`.
 */
import type { ObjectMeta as ApiObjectMeta, OwnerReference } from 'kubernetes-types/meta/v1';
import { setOwn } from '../util/own';

/** ObjectMeta with the server-set fields writable: the simulated API server sets them. */
export type ObjectMeta = { -readonly [K in keyof ApiObjectMeta]: ApiObjectMeta[K] };
export type { OwnerReference };
export type { Pod, PodSpec, PodStatus, Container, ContainerStatus, Node, Service, Endpoints, Event, Probe, Toleration, Taint, PodCondition, NodeCondition } from 'kubernetes-types/core/v1';

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  // Objects carry kind-specific fields (spec, status, data, subsets, ...).
  [field: string]: any;
}

/** The identity of an object in the store. */
export interface ObjectRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
}

export function keyOf(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}

export function objectKey(obj: KubeObject): string {
  return keyOf(obj.metadata.namespace, obj.metadata.name ?? '');
}

export function splitKey(key: string): { namespace?: string; name: string } {
  const i = key.indexOf('/');
  return i < 0 ? { name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) };
}

/** The controller owner reference, if any (the one with `controller: true`). */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller === true);
}

/** A deep copy of a JSON object; objects in the store are never changed in place. */
export function clone<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone) as unknown as T;
  const from = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for-in over a plain JSON object sees its own fields only, and is faster than Object.keys.
  for (const k in from) {
    // Plain assignment unless the key is __proto__ (setOwn's case): no call per field.
    if (k === '__proto__') setOwn(out, k, clone(from[k]));
    else out[k] = clone(from[k]);
  }
  return out as T;
}
