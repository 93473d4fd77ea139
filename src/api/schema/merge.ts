/**
 * The 1.34 field schema: the one generated from kubernetes-types 1.30, with the hand-checked
 * overlay of what changed since applied on top.
 */
import generated from './types.generated.json';
import { ADDED_FIELDS, ADDED_TYPES, REMOVED_FIELDS, REPLACED_FIELDS } from './overlay';
import type { Schema, StructSchema, TypeRef } from './type-ref';

export function mergedSchema(): Schema {
  const base = generated as unknown as Schema;
  const out: Record<string, Record<string, TypeRef>> = {};
  for (const [key, fields] of Object.entries(base)) out[key] = { ...fields };
  for (const [key, fields] of Object.entries(ADDED_TYPES)) {
    if (key in out) throw new Error(`overlay type ${key} is already generated`);
    out[key] = { ...fields };
  }
  const patch = (key: string, fields: StructSchema, what: string): void => {
    const target = out[key];
    if (!target) throw new Error(`overlay ${what} for unknown type ${key}`);
    Object.assign(target, fields);
  };
  for (const [key, fields] of Object.entries(ADDED_FIELDS)) patch(key, fields, 'fields');
  for (const [key, fields] of Object.entries(REPLACED_FIELDS)) patch(key, fields, 'replacement');
  for (const [key, names] of Object.entries(REMOVED_FIELDS)) {
    const target = out[key];
    if (!target) throw new Error(`overlay removal for unknown type ${key}`);
    for (const name of names) delete target[name];
  }
  return out;
}
