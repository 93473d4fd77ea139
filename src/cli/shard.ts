/**
 * Which of n CI machines runs a scenario. Cucumber's own `--shard` deals scenarios out by
 * position, so adding one scenario moves many others to another machine. Here a scenario goes
 * where the hash of its file and name sends it: the same machine whatever else is added,
 * removed or reordered, and whatever --parallel or --order say. Scenarios with the same name in
 * a file (outline examples) are told apart by their rank among those.
 */

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly total: number;
}

/** Parses `2/3`; throws a message that quotes the input when it is not one. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || total < 1 || index < 1 || index > total) throw new Error(`invalid --shard "${text}": expected i/n with 1 ≤ i ≤ n, e.g. 1/3`);
  return { index, total };
}

/** 32-bit FNV-1a: small, well spread, and the same on every machine. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export interface ScenarioIdentity {
  readonly uri: string;
  readonly name: string;
}

/** The scenarios that belong to `shard`, in their original order. */
export function selectShard<T>(items: readonly T[], identity: (item: T) => ScenarioIdentity, shard: Shard): T[] {
  const seen = new Map<string, number>();
  return items.filter((item) => {
    const { uri, name } = identity(item);
    const key = `${uri}\n${name}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    return fnv1a(`${key}\n${rank}`) % shard.total === shard.index - 1;
  });
}
