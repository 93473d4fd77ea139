/**
 * `array.sort(compare)` (in place, stable), by insertion for short arrays: V8's sort allocates a
 * work area of about a kilobyte on every call, and controllers sort their few Jobs or pods at
 * every sync. The same order for any comparator that is a consistent total order.
 */
export function sortInPlace<T>(array: T[], compare: (a: T, b: T) => number): T[] {
  if (array.length > 16) return array.sort(compare);
  for (let i = 1; i < array.length; i++) {
    const item = array[i];
    let j = i - 1;
    while (j >= 0 && compare(array[j], item) > 0) {
      array[j + 1] = array[j];
      j--;
    }
    array[j + 1] = item;
  }
  return array;
}

/** Objects by name (kubectl's and the controllers' usual order within a namespace). */
export function byName(a: { metadata: { name?: string } }, b: { metadata: { name?: string } }): number {
  const x = a.metadata.name ?? '';
  const y = b.metadata.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
