/**
 * Shallow copies of plain objects, as `{ ...obj }` and `{ ...obj, ...fields }` make them (same
 * fields, same order, new ones last), but through plain property stores. Why: in Node 20's V8,
 * object spread over objects whose fields have been generalised (a field sometimes a string,
 * sometimes undefined — most API objects) gives every copy a hidden class of its own: hundreds
 * of bytes each, and every later read of those objects megamorphic. Stores share hidden classes.
 */
import { setOwn } from './own';

export function shallowCopy<T extends object>(obj: T): T {
  const from = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for-in over a plain JSON object sees its own fields only.
  for (const k in from) {
    if (k === '__proto__') setOwn(out, k, from[k]);
    else out[k] = from[k];
  }
  return out as T;
}

/** `{ ...obj, ...fields }`. */
export function copyWith<T extends object>(obj: T, fields: Partial<T> | Record<string, unknown>): T {
  const out = shallowCopy(obj) as Record<string, unknown>;
  const extra = fields as Record<string, unknown>;
  for (const k in extra) {
    if (k === '__proto__') setOwn(out, k, extra[k]);
    else out[k] = extra[k];
  }
  return out as T;
}

/**
 * A shallow copy without `key` (the other fields in their order): what `delete copy[key]` leaves,
 * without the delete, which turns an object V8 had laid out as a struct into a hash table — slower
 * to read and several times larger, and stored objects are read and copied many times.
 */
export function copyWithout<T extends object>(obj: T, key: string): T {
  const from = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k in from) {
    if (k === key) continue;
    if (k === '__proto__') setOwn(out, k, from[k]);
    else out[k] = from[k];
  }
  return out as T;
}
