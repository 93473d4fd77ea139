/**
 * The time axis. Linear where things happen; a long stretch in which nothing changes is drawn
 * narrow, with a break, so a scenario that waits six days between two bursts still shows both
 * bursts readably. Every lane is constant inside such a stretch (nothing changed in it), so
 * squeezing it hides no information, only length, and the break is labelled with that length.
 */

/** A piece of the axis: `[t0, t1]` drawn over `[x0, x1]`. */
export interface AxisPiece {
  readonly t0: number;
  readonly t1: number;
  readonly x0: number;
  readonly x1: number;
  /** A quiet stretch drawn narrow. */
  readonly compressed: boolean;
}

export interface TimeScale {
  readonly pieces: readonly AxisPiece[];
  readonly width: number;
  /** Where an instant is drawn. */
  x(t: number): number;
  /** The instant at a horizontal position (inverse of `x`, exact on linear pieces). */
  t(x: number): number;
}

export interface ScaleOptions {
  /** Drawing width in pixels. */
  readonly width: number;
  /** Width of a compressed quiet stretch. */
  readonly gapWidth?: number;
  /** Narrowest a burst of activity may get, so an instant full of changes stays visible. */
  readonly minPieceWidth?: number;
}

/**
 * A quiet stretch is squeezed when it is longer than this share of the time still drawn linear
 * (taking the longest first, so a week with a quiet hour inside a burst squeezes the hour too)...
 */
export const QUIET_SHARE = 1 / 8;
/** ...and longer than this, so short scenarios stay linear. */
export const QUIET_MIN_MS = 10 * 60_000;

/** The quiet stretches to squeeze, as `[from, to]` pairs of consecutive activity instants. */
export function quietStretches(instants: readonly number[], span: number): Set<number> {
  const gaps = instants
    .slice(1)
    .map((b, i) => ({ index: i + 1, ms: b - instants[i] }))
    .filter((g) => g.ms > QUIET_MIN_MS)
    .sort((a, b) => b.ms - a.ms || a.index - b.index);
  const squeezed = new Set<number>();
  let linear = span;
  for (const g of gaps) {
    if (g.ms <= linear * QUIET_SHARE) break;
    squeezed.add(g.index);
    linear -= g.ms;
  }
  return squeezed;
}

/** Finds the quiet stretches between activity instants and lays the pieces out. */
export function buildScale(start: number, end: number, activity: readonly number[], options: ScaleOptions): TimeScale {
  const width = options.width;
  const gapWidth = options.gapWidth ?? 32;
  const minPiece = options.minPieceWidth ?? 12;
  const span = Math.max(end - start, 1);
  const instants = [...new Set([start, ...activity.filter((t) => t > start && t < end), end])].sort((a, b) => a - b);
  const quiet = quietStretches(instants, span);

  // Alternate active pieces and quiet gaps, in time order.
  const raw: { t0: number; t1: number; compressed: boolean }[] = [];
  let pieceStart = instants[0];
  for (let i = 1; i < instants.length; i++) {
    const a = instants[i - 1];
    const b = instants[i];
    if (quiet.has(i)) {
      raw.push({ t0: pieceStart, t1: a, compressed: false });
      raw.push({ t0: a, t1: b, compressed: true });
      pieceStart = b;
    }
  }
  raw.push({ t0: pieceStart, t1: Math.max(instants[instants.length - 1], pieceStart), compressed: false });
  if (instants.length === 1) raw[0] = { t0: start, t1: start + span, compressed: false };

  const gaps = raw.filter((p) => p.compressed).length;
  const active = raw.filter((p) => !p.compressed);
  const activeMs = active.reduce((sum, p) => sum + (p.t1 - p.t0), 0);
  const free = Math.max(width - gaps * gapWidth - active.length * minPiece, 0);
  const pieces: AxisPiece[] = [];
  let x = 0;
  for (const p of raw) {
    const w = p.compressed ? gapWidth : minPiece + (activeMs > 0 ? (free * (p.t1 - p.t0)) / activeMs : free / active.length);
    pieces.push({ ...p, x0: x, x1: x + w });
    x += w;
  }
  return makeScale(pieces, x);
}

function makeScale(pieces: readonly AxisPiece[], width: number): TimeScale {
  const find = (t: number): AxisPiece => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t > pieces[mid].t1) lo = mid + 1;
      else hi = mid;
    }
    return pieces[lo];
  };
  return {
    pieces,
    width,
    x(t: number): number {
      const p = find(t);
      if (t <= p.t0) return p.x0;
      if (t >= p.t1) return p.x1;
      return p.x0 + ((t - p.t0) / (p.t1 - p.t0)) * (p.x1 - p.x0);
    },
    t(x: number): number {
      const p = pieces.find((q) => x <= q.x1) ?? pieces[pieces.length - 1];
      if (x <= p.x0) return p.t0;
      if (p.t1 === p.t0) return p.t0;
      return p.t0 + ((Math.min(x, p.x1) - p.x0) / (p.x1 - p.x0)) * (p.t1 - p.t0);
    },
  };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [1, 2, 5, 10, 15, 30].map((n) => n * SECOND)
  .concat([1, 2, 5, 10, 15, 30].map((n) => n * MINUTE))
  .concat([1, 2, 3, 6, 12].map((n) => n * HOUR))
  .concat([1, 2, 7, 14, 28].map((n) => n * DAY));

/** The smallest round tick interval that keeps ticks `minPx` apart on a piece. */
export function tickInterval(piece: AxisPiece, minPx: number): number | undefined {
  const ms = piece.t1 - piece.t0;
  const px = piece.x1 - piece.x0;
  if (ms <= 0 || px <= 0) return undefined;
  const perPx = ms / px;
  return STEPS.find((s) => s / perPx >= minPx) ?? STEPS[STEPS.length - 1];
}

/**
 * Tick instants: where each linear piece starts (after a squeezed stretch that is where the next
 * burst begins), then round offsets from the scenario's start. Callers label them in this order
 * while there is room.
 */
export function ticks(scale: TimeScale, start: number, minPx = 70): number[] {
  const out: number[] = scale.pieces.filter((p) => !p.compressed).map((p) => p.t0);
  for (const p of scale.pieces) {
    if (p.compressed) continue;
    const step = tickInterval(p, minPx);
    if (step === undefined) continue;
    const first = start + Math.ceil((p.t0 - start) / step) * step;
    for (let t = first; t <= p.t1; t += step) if (!out.includes(t)) out.push(t);
  }
  return out;
}
