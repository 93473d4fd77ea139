/**
 * apimachinery's resource.Quantity as describe prints it: exact decimal amounts (a BigInt
 * mantissa and a power of ten), the format taken from the suffix (`BinarySI` for Ki…Ei,
 * `DecimalSI` for n…E, `DecimalExponent` for e3), and String() in canonical form: `1000m` → `1`,
 * `0.5` → `500m`, `1536Mi` → `1536Mi`, `1024Mi` → `1Gi`. A string already canonical is kept
 * as typed (ParseQuantity caches it), and sums take the format of their first non-zero term.
 */

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

const DECIMAL: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIX = new Map(Object.entries(DECIMAL).map(([s, e]) => [e, s]));
const BINARY_SUFFIX = new Map(Object.entries(BINARY).map(([s, e]) => [e, s]));

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

export class Quantity {
  /** The amount is `unscaled × 10^scale`. */
  private constructor(
    readonly unscaled: bigint,
    readonly scale: number,
    readonly format: QuantityFormat,
    /** The text ParseQuantity kept because it was already canonical. */
    private readonly cached?: string,
  ) {}

  static zero(format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(0n, 0, format);
  }

  /** ParseQuantity; undefined when the text is not a quantity (the API would have refused it). */
  static parse(input: string | number): Quantity | undefined {
    const str = typeof input === 'number' ? String(input) : input.trim();
    if (str === '') return undefined;
    if (str === '0') return new Quantity(0n, 0, 'DecimalSI', '0');
    const m = /^([+-]?)0*(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[-+]?\d*)$/.exec(str);
    if (!m) return undefined;
    const [, sign, numRaw, denom = '', suffix] = m;
    const num = numRaw === '' ? '0' : numRaw;
    let format: QuantityFormat;
    let exponent: number;
    if (suffix in DECIMAL) {
      format = 'DecimalSI';
      exponent = DECIMAL[suffix];
    } else if (suffix in BINARY) {
      format = 'BinarySI';
      exponent = BINARY[suffix];
    } else if (/^[eE][-+]?\d+$/.test(suffix)) {
      format = 'DecimalExponent';
      exponent = Number(suffix.slice(1));
    } else {
      return undefined;
    }
    const negative = sign === '-';
    const shifted = num + denom;
    let unscaled = BigInt(shifted);
    let scale = -denom.length;
    if (format === 'BinarySI') unscaled *= 2n ** BigInt(exponent);
    else scale += exponent;
    if (negative) unscaled = -unscaled;
    const cached = keepsText(format, exponent, num, denom, shifted, scale) ? str : undefined;
    let q = new Quantity(unscaled, scale, format, cached);
    // Amounts finer than a nano are rounded up (away from zero) to one.
    if (scale < -9) q = new Quantity(ceilAway(unscaled, -9 - scale), -9, format);
    if (q.format === 'BinarySI' && q.cmp(Quantity.ofInt(1)) < 0 && q.sign() > 0) {
      q = new Quantity(q.unscaled, q.scale, 'DecimalSI');
    }
    return q;
  }

  static ofInt(n: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(BigInt(n), 0, format);
  }

  sign(): number {
    return this.unscaled > 0n ? 1 : this.unscaled < 0n ? -1 : 0;
  }

  isZero(): boolean {
    return this.unscaled === 0n;
  }

  /** q.Add(y): the sum keeps this format unless this is zero. */
  add(y: Quantity): Quantity {
    const scale = Math.min(this.scale, y.scale);
    const sum = this.unscaled * pow10(this.scale - scale) + y.unscaled * pow10(y.scale - scale);
    return new Quantity(sum, scale, this.isZero() ? y.format : this.format);
  }

  cmp(y: Quantity): number {
    const scale = Math.min(this.scale, y.scale);
    const a = this.unscaled * pow10(this.scale - scale);
    const b = y.unscaled * pow10(y.scale - scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** ScaledValue: ceil(q / 10^scale) as a number. */
  scaledValue(scale: number): number {
    const shift = this.scale - scale;
    if (shift >= 0) return Number(this.unscaled * pow10(shift));
    const d = pow10(-shift);
    const q = this.unscaled / d;
    return Number(this.unscaled % d > 0n ? q + 1n : q);
  }

  value(): number {
    return this.scaledValue(0);
  }

  milliValue(): number {
    return this.scaledValue(-3);
  }

  toString(): string {
    if (this.cached !== undefined) return this.cached;
    if (this.isZero()) return '0';
    let format = this.format;
    if (format === 'BinarySI') {
      const small = this.cmp(Quantity.ofInt(-1024)) > 0 && this.cmp(Quantity.ofInt(1024)) < 0;
      if (small || !this.isInteger()) format = 'DecimalSI';
    }
    if (format === 'BinarySI') {
      let amount = this.integer();
      let e = 0;
      while (amount !== 0n && amount % 1024n === 0n) {
        amount /= 1024n;
        e++;
      }
      // A power beyond Ei has no suffix: Go prints the bare number.
      return `${amount}${BINARY_SUFFIX.get(e * 10) ?? ''}`;
    }
    let amount = this.unscaled;
    let exponent = this.scale;
    while (amount % TEN === 0n) {
      amount /= TEN;
      exponent++;
    }
    while (exponent % 3 !== 0) {
      amount *= TEN;
      exponent--;
    }
    if (format === 'DecimalExponent') return exponent === 0 ? `${amount}` : `${amount}e${exponent}`;
    return `${amount}${DECIMAL_SUFFIX.get(exponent) ?? ''}`;
  }

  private isInteger(): boolean {
    return this.scale >= 0 || this.unscaled % pow10(-this.scale) === 0n;
  }

  private integer(): bigint {
    return this.scale >= 0 ? this.unscaled * pow10(this.scale) : this.unscaled / pow10(-this.scale);
  }
}

/** Divides by 10^digits, rounding away from zero (inf.RoundUp). */
function ceilAway(v: bigint, digits: number): bigint {
  const d = pow10(digits);
  const q = v / d;
  if (v % d === 0n) return q;
  return v > 0n ? q + 1n : q - 1n;
}

/**
 * Whether ParseQuantity keeps the typed text as the quantity's string: only on its int64 fast
 * path, and only when the text is already canonical.
 */
function keepsText(format: QuantityFormat, exponent: number, num: string, denom: string, shifted: string, scale: number): boolean {
  let precision: number;
  if (format === 'BinarySI') {
    if (exponent < 0 || denom.length > 0) return false;
    precision = 15 - num.length - Math.trunc((exponent * 3) / 10) - 1;
  } else {
    precision = 18 - (num.length + denom.length);
  }
  if (precision < 0 || scale < -9) return false;
  const value = BigInt(shifted);
  if (format === 'BinarySI') return exponent % 10 === 0 && (value & 7n) !== 0n;
  return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
}

/** A quantity from an object's field (string or number); zero when absent or unreadable. */
export function quantityOf(value: unknown): Quantity {
  if (typeof value === 'string' || typeof value === 'number') return Quantity.parse(value) ?? Quantity.zero();
  return Quantity.zero();
}

/** A resource list's quantity as kubectl prints it (`value.String()`). */
export function quantityString(value: unknown): string {
  return quantityOf(value).toString();
}
