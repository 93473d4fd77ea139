/**
 * Setting a key taken from user input on a plain object without touching prototypes: `o[k] = v`
 * with k = `__proto__` would change the object's prototype; a defined property does not.
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The value of an own key, never one inherited from a prototype (`o.constructor`, `o.__proto__`). */
export function getOwn<T>(target: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return target !== undefined && Object.hasOwn(target, key) ? target[key] : undefined;
}
