/**
 * Whether a ReplicaSet runs a Deployment's current template (deploymentutil.EqualIgnoreHash):
 * the templates compared without the `pod-template-hash` label, with apimachinery's semantic
 * equality, under which an absent, null, empty list and empty map are all the same.
 */
import { quantityOf } from './quantity';

const HASH_LABEL = 'pod-template-hash';

const isEmpty = (v: unknown) =>
  v === undefined || v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

function semanticEqual(a: unknown, b: unknown, key?: string): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => semanticEqual(x, b[i]));
  if (typeof a === 'object' && typeof b === 'object' && a && b && !Array.isArray(a) && !Array.isArray(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const resources = key === 'limits' || key === 'requests';
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
    for (const k of keys) {
      // Quantities are equal by value (`1000m` is `1`).
      if (resources && ra[k] !== undefined && rb[k] !== undefined) {
        if (quantityOf(ra[k]).cmp(quantityOf(rb[k])) !== 0) return false;
      } else if (!semanticEqual(ra[k], rb[k], k)) {
        return false;
      }
    }
    return true;
  }
  return false;
}

function withoutHash(template: any): any {
  if (!template) return template;
  const labels = { ...(template.metadata?.labels ?? {}) };
  delete labels[HASH_LABEL];
  return { ...template, metadata: { ...(template.metadata ?? {}), labels } };
}

export function equalIgnoringHash(a: unknown, b: unknown): boolean {
  return semanticEqual(withoutHash(a), withoutHash(b));
}
