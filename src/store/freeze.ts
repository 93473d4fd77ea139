/**
 * The guard of the store's one convention, "stored objects are never mutated": with
 * KUBESPEC_FREEZE=1 every object is deep-frozen as it is stored, so a component that changes a
 * stored object (or a part it shares with one) fails at once with a TypeError instead of
 * silently changing what others read. Off by default: freezing costs a walk of every write.
 */
export const FREEZE_STORED = process.env.KUBESPEC_FREEZE === '1';

export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  return value;
}
