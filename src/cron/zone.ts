/**
 * Time zones as Go's `time.LoadLocation` sees them, with UTC offsets read from
 * `Intl.DateTimeFormat` (no dependency). Formatting a date costs microseconds, so offsets are
 * cached per UTC day: the offset at each midnight is read once, and a day whose two ends differ
 * is bisected to the exact second of its transition. That assumes at most one offset change per
 * day; in tzdata 2025b the closest two changes of one zone are four days apart (Freetown, 1939).
 */

import { civilToSeconds } from './civil';
import { TZ_NAMES } from './tz-names';

export interface Zone {
  readonly name: string;
  /** Seconds east of UTC in effect at `unixSeconds` (Go's `Location.lookup(...).offset`). */
  offsetAt(unixSeconds: number): number;
}

export const UTC_ZONE: Zone = { name: 'UTC', offsetAt: () => 0 };

/** One UTC day: offset `before` until `switchAt`, `after` from then on. */
interface DaySlot {
  readonly before: number;
  readonly switchAt: number;
  readonly after: number;
}

// Dates beyond this are invalid in JavaScript; offsets there are read at the limit.
const MAX_SECONDS = 8.64e12;
const SLOT = 86_400;
// Bounds memory for very long simulations: past this many days, start the cache afresh.
const MAX_CACHED_DAYS = 100_000;

/** A tz database zone read through ICU; `loadLocation` shares one per name. */
export class IntlZone implements Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly boundaries = new Map<number, number>();
  private readonly days = new Map<number, DaySlot>();
  private lastDay = Number.NaN;
  private lastSlot: DaySlot = { before: 0, switchAt: Infinity, after: 0 };

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  offsetAt(unixSeconds: number): number {
    const day = Math.floor(unixSeconds / SLOT);
    // next() mostly moves within a day, so most lookups hit the same slot.
    const slot = day === this.lastDay ? this.lastSlot : this.slot(day);
    return unixSeconds < slot.switchAt ? slot.before : slot.after;
  }

  private slot(day: number): DaySlot {
    let slot = this.days.get(day);
    if (slot === undefined) {
      if (this.days.size >= MAX_CACHED_DAYS) {
        this.days.clear();
        this.boundaries.clear();
      }
      slot = this.measure(day);
      this.days.set(day, slot);
    }
    this.lastDay = day;
    this.lastSlot = slot;
    return slot;
  }

  private measure(day: number): DaySlot {
    const before = this.boundary(day);
    const after = this.boundary(day + 1);
    if (before === after) return { before, switchAt: Infinity, after };
    // Bisect for the first second showing the new offset.
    let lo = day * SLOT;
    let hi = lo + SLOT;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.read(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, switchAt: hi, after: this.read(hi) };
  }

  private boundary(day: number): number {
    let offset = this.boundaries.get(day);
    if (offset === undefined) {
      offset = this.read(day * SLOT);
      this.boundaries.set(day, offset);
    }
    return offset;
  }

  /** The offset straight from ICU: the wall clock it prints minus the instant. */
  private read(unixSeconds: number): number {
    const at = Math.max(-MAX_SECONDS, Math.min(MAX_SECONDS, unixSeconds));
    const f: Record<string, string> = {};
    for (const part of this.format.formatToParts(at * 1000)) f[part.type] = part.value;
    const yearOfEra = Number(f.year);
    const year = f.era === 'BC' || f.era === 'B' ? 1 - yearOfEra : yearOfEra;
    const wall = civilToSeconds(year, Number(f.month), Number(f.day), Number(f.hour), Number(f.minute), Number(f.second));
    return wall - at;
  }
}

/** Go's `errLocation`, for names that could escape the zoneinfo directory. */
const INVALID_LOCATION = 'time: invalid location name';

const zones = new Map<string, Zone>();

/**
 * `time.LoadLocation(name)`: `''` and `'UTC'` are UTC, `'Local'` is `null` (the local zone),
 * anything else must be a tz database name, spelled with its exact case. Throws an Error with
 * Go's message (`unknown time zone Mars/Olympus`, `time: invalid location name`).
 */
export function loadLocation(name: string): Zone | null {
  if (name === '' || name === 'UTC') return UTC_ZONE;
  if (name === 'Local') return null;
  if (name.includes('..') || name.startsWith('/') || name.startsWith('\\')) throw new Error(INVALID_LOCATION);
  let zone = zones.get(name);
  if (zone === undefined) {
    if (!TZ_NAMES.has(name)) throw new Error(`unknown time zone ${name}`);
    // tzdata's "Factory" zone is UTC with the abbreviation "-00"; ICU does not know it.
    zone = name === 'Factory' ? { name, offsetAt: () => 0 } : new IntlZone(name);
    zones.set(name, zone);
  }
  return zone;
}

/**
 * The zone a schedule is evaluated in: its own location, or for `null` (robfig's
 * `time.Local`) the caller's local zone, UTC unless told otherwise.
 */
export function zoneFor(location: string | null, localZone = 'UTC'): Zone {
  const zone = loadLocation(location ?? localZone);
  return zone ?? UTC_ZONE;
}
