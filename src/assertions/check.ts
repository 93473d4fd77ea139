/** The outcome of checking a statement about the cluster: whether it holds, and what was seen. */
export interface Check {
  readonly ok: boolean;
  /** What the statement expects, in words. */
  readonly expected: string;
  /** What the cluster showed, in words. */
  readonly seen: string;
}

export function check(ok: boolean, expected: string, seen: string): Check {
  return { ok, expected, seen };
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}
