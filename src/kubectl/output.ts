/**
 * How kubectl writes objects: `-o name` (`pod/x`, `deployment.apps/x`), `-o yaml` and `-o json`
 * with keys sorted as kubectl's unstructured objects print them, and the success lines of
 * mutating commands (`pod/x created`).
 */
import { stringify } from 'yaml';
import { KubeObject } from '../api/types';
import { kindWithGroup, mustResourceType } from '../api/kinds';
import { setOwn } from '../util/own';

/** `pod/x` or `deployment.apps/x`. */
export function objectName(obj: KubeObject): string {
  return `${kindWithGroup(mustResourceType(obj.kind!))}/${obj.metadata.name}`;
}

/** The object as the API returns it to kubectl (managedFields left out, keys sorted). */
function forOutput(obj: KubeObject): unknown {
  const meta = { ...obj.metadata };
  delete meta.managedFields;
  return sortKeys({ ...obj, metadata: meta });
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) setOwn(out, k, sortKeys(v));
    }
    return out;
  }
  return value;
}

/** YAML as sigs.k8s.io/yaml writes it: block style, sequences not indented, YAML 1.1 quoting. */
export function toYaml(value: unknown): string {
  return stringify(value, { version: '1.1', indentSeq: false, lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false, nullStr: 'null' });
}

export function objectsToYaml(objects: readonly KubeObject[], single: boolean): string {
  if (single && objects.length === 1) return toYaml(forOutput(objects[0]));
  return toYaml({ apiVersion: 'v1', items: objects.map(forOutput), kind: 'List', metadata: { resourceVersion: '' } });
}

export function objectsToJson(objects: readonly KubeObject[], single: boolean): string {
  const value = single && objects.length === 1 ? forOutput(objects[0]) : { apiVersion: 'v1', items: objects.map(forOutput), kind: 'List', metadata: { resourceVersion: '' } };
  return goJson(JSON.stringify(value, null, 4)) + '\n';
}

/**
 * Go's encoding/json escapes `<`, `>`, `&` and the line and paragraph separators (HTML-safe
 * output); they can only occur inside strings, so replacing them everywhere is safe.
 */
export function goJson(text: string): string {
  return text.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
