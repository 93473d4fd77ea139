/**
 * The cluster's one source of randomness: a seeded generator (sfc32), so the same seed gives
 * the same names and choices, byte for byte. Nothing in the engine may use Math.random.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads a small integer seed over the four words of state.
    let s = seed >>> 0;
    const mix = () => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** `n` characters drawn from `alphabet`. */
  string(n: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /**
   * A random version-4 UUID, formatted as Kubernetes prints uids: 8-4-4-4-12 hex digits, each
   * group the first digits of the next word, `4` and the variant fixed. Written as one string
   * from character codes: a concatenation of its pieces is a tree of strings kept alive with
   * the uid, several times its size (and every object has a uid).
   */
  uuid(): string {
    const out = UUID_CODES;
    putHex(out, 0, this.nextUint32(), 8);
    putHex(out, 9, this.nextUint32(), 4);
    putHex(out, 15, this.nextUint32(), 3);
    out[19] = HEX_CODES[8 + this.int(4)];
    putHex(out, 20, this.nextUint32(), 3);
    putHex(out, 24, this.nextUint32(), 8);
    putHex(out, 32, this.nextUint32(), 4);
    return String.fromCharCode.apply(null, out);
  }
}

const HEX_CODES = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** The character codes of a uuid being written; the dashes and the version digit never change. */
const UUID_CODES: number[] = Array.from('00000000-0000-4000-0000-000000000000', (c) => c.charCodeAt(0));

/** The first `n` hex digits of a 32-bit word, as character codes from `at`. */
export function putHex(codes: number[], at: number, word: number, n: number): void {
  for (let i = 0; i < n; i++) codes[at + i] = HEX_CODES[(word >>> (28 - 4 * i)) & 15];
}

