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

  /** A random version-4 UUID, formatted as Kubernetes prints uids. */
  uuid(): string {
    const a = this.hex(8);
    const b = this.hex(4);
    const c = this.hex(3);
    const variant = (8 + this.int(4)).toString(16);
    return `${a}-${b}-4${c}-${variant}${this.hex(3)}-${this.hex(8)}${this.hex(4)}`;
  }

  /** `n` (≤ 8) random hex digits: the first `n` of the next word's eight. */
  private hex(n: number): string {
    const h = hex8(this.nextUint32());
    return n === 8 ? h : h.slice(0, n);
  }
}

/** Two hex digits per byte value: formatting by table is four times faster than toString(16). */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A 32-bit unsigned integer as eight hex digits, zero-padded. */
export function hex8(x: number): string {
  return BYTE_HEX[x >>> 24] + BYTE_HEX[(x >>> 16) & 255] + BYTE_HEX[(x >>> 8) & 255] + BYTE_HEX[x & 255];
}
