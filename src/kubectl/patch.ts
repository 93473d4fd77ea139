/**
 * The three patch formats the API server applies (`kubectl patch --type`): JSON merge patch
 * (RFC 7386), strategic merge patch (merge patch whose lists of named things merge item by item
 * on their merge key) and JSON patch (RFC 6902), with json-patch's error texts.
 */

/** Merge keys of the lists strategic merge patch merges item by item; other lists are replaced. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  conditions: 'type',
  ownerReferences: 'uid',
};

export class PatchError extends Error {}

function isObject(v: unknown): v is Record<string, any> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

import { getOwn, setOwn } from '../util/own';

/** RFC 7386: objects merge key by key, null removes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, any> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else setOwn(out, k, mergePatch(getOwn(out, k), v));
  }
  return out;
}

/** Strategic merge patch for the fields the simulator knows (no `$patch` directives). */
export function strategicMergePatch(target: unknown, patch: unknown, field = ''): unknown {
  const key = getOwn(MERGE_KEYS, field);
  if (Array.isArray(patch) && Array.isArray(target) && key) {
    const out = [...target];
    for (const item of patch) {
      const i = out.findIndex((x) => isObject(x) && isObject(item) && x[key] === item[key]);
      if (i >= 0) out[i] = strategicMergePatch(out[i], item);
      else out.push(item);
    }
    return out;
  }
  if (!isObject(patch)) return patch;
  const out: Record<string, any> = isObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else setOwn(out, k, strategicMergePatch(getOwn(out, k), v, k));
  }
  return out;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function parent(doc: any, path: string, op: string): { container: any; key: string } {
  const tokens = path.split('/').slice(1).map(unescape);
  let cur = doc;
  for (const t of tokens.slice(0, -1)) {
    // Own keys only: a path through `__proto__` or `constructor` must not reach a prototype.
    cur = Array.isArray(cur) ? cur[Number(t)] : isObject(cur) ? getOwn(cur, t) : undefined;
    if (cur === undefined || cur === null) throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing path: ${path}: missing value`);
  }
  return { container: cur, key: tokens[tokens.length - 1] };
}

function get(doc: any, path: string, op: string): any {
  if (path === '') return doc;
  const { container, key } = parent(doc, path, op);
  const v = Array.isArray(container) ? container[Number(key)] : isObject(container) ? getOwn(container, key) : undefined;
  if (v === undefined) throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing key: ${path}: missing value`);
  return v;
}

function add(doc: any, path: string, value: any, op = 'add'): void {
  const { container, key } = parent(doc, path, op);
  if (Array.isArray(container)) {
    const i = key === '-' ? container.length : Number(key);
    if (!Number.isInteger(i) || i < 0 || i > container.length) throw new PatchError(`Unable to access invalid index: ${i}: invalid index referenced`);
    container.splice(i, 0, value);
  } else setOwn(container, key, value);
}

function remove(doc: any, path: string, op = 'remove'): any {
  const { container, key } = parent(doc, path, op);
  if (Array.isArray(container)) {
    const i = Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= container.length) throw new PatchError(`Unable to remove invalid index: ${key}: invalid index referenced`);
    return container.splice(i, 1)[0];
  }
  if (!isObject(container) || !Object.hasOwn(container, key)) throw new PatchError(`jsonpatch ${op} operation does not apply: doc is missing path: "${path}": missing value`);
  const v = container[key];
  delete container[key];
  return v;
}

/** RFC 6902 on a copy of `doc`. */
export function jsonPatch(doc: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw new PatchError('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  const out = structuredClone(doc);
  for (const o of ops) {
    const path = String(o?.path ?? '');
    switch (o?.op) {
      case 'add':
        add(out, path, structuredClone(o.value));
        break;
      case 'remove':
        remove(out, path);
        break;
      case 'replace':
        get(out, path, 'replace');
        remove(out, path, 'replace');
        add(out, path, structuredClone(o.value), 'replace');
        break;
      case 'move':
        add(out, path, remove(out, String(o.from), 'move'), 'move');
        break;
      case 'copy':
        add(out, path, structuredClone(get(out, String(o.from), 'copy')), 'copy');
        break;
      case 'test':
        if (JSON.stringify(get(out, path, 'test')) !== JSON.stringify(o.value)) throw new PatchError(`testing value ${path} failed: test failed`);
        break;
      default:
        throw new PatchError(`Unexpected kind: ${o?.op}`);
    }
  }
  return out;
}
