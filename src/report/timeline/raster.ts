/**
 * Spans turned into pixel columns. Drawing one rectangle per change would make a week of
 * crash loops millions of shapes; drawing per column bounds a lane to the width of the chart,
 * whatever happened in it. A column shows the state that covered most of its time.
 */
import { TimeScale } from './scale';
import { Span } from './model';

/** The stretch of time a pixel column stands for. */
export interface Column {
  readonly t0: number;
  readonly t1: number;
}

export function columnsOf(scale: TimeScale, px = 1): Column[] {
  const edges: number[] = [];
  for (let x = 0; x < scale.width; x += px) edges.push(scale.t(x));
  edges.push(scale.t(scale.width));
  return edges.slice(0, -1).map((t0, i) => ({ t0, t1: edges[i + 1] }));
}

/** Calls `add(state, ms)` for the time each span from `first` on covers in one column. */
function sweepColumn<S>(spans: readonly Span<S>[], col: Column, first: number, add: (state: S, ms: number) => void): void {
  const { t0, t1 } = col;
  if (t1 <= t0) {
    // A column of zero duration (an instant drawn wide): show what holds at that instant, or
    // what held until it (the scenario's last instant ends every span).
    const at = spans.find((sp) => sp.from <= t0 && t0 < sp.to) ?? spans.find((sp) => sp.to === t0);
    if (at) add(at.state, 1);
    return;
  }
  for (let i = first; i < spans.length && spans[i].from < t1; i++) {
    const ms = Math.min(t1, spans[i].to) - Math.max(t0, spans[i].from);
    if (ms > 0) add(spans[i].state, ms);
  }
}

/** Calls `add(column, state, ms)` for the time each span covers in each column (spans sorted by start). */
function sweep<S>(spans: readonly Span<S>[], cols: readonly Column[], add: (col: number, state: S, ms: number) => void): void {
  let first = 0;
  for (let c = 0; c < cols.length; c++) {
    const { t0, t1 } = cols[c];
    while (t1 > t0 && first < spans.length && spans[first].to <= t0) first++;
    sweepColumn(spans, cols[c], first, (state, ms) => add(c, state, ms));
  }
}

/** Per column, the state that covered it longest (ties go to the higher `rank`). */
export function dominant<S>(spans: readonly Span<S>[], cols: readonly Column[], key: (s: S) => string, rank: (s: S) => number): (S | undefined)[] {
  const out: (S | undefined)[] = new Array(cols.length).fill(undefined);
  let first = 0;
  for (let c = 0; c < cols.length; c++) {
    const { t0, t1 } = cols[c];
    while (t1 > t0 && first < spans.length && spans[first].to <= t0) first++;
    // Most columns lie inside one span: no need to weigh anything.
    const s = spans[first];
    if (t1 > t0 && s && s.from <= t0 && s.to >= t1) {
      out[c] = s.state;
      continue;
    }
    let best: { state: S; ms: number }[] | undefined;
    sweepColumn(spans, cols[c], first, (state, ms) => {
      best ??= [];
      const k = key(state);
      const cell = best.find((b) => key(b.state) === k);
      if (cell) cell.ms += ms;
      else best.push({ state, ms });
    });
    let pick: { state: S; ms: number } | undefined;
    for (const b of best ?? []) if (!pick || b.ms > pick.ms || (b.ms === pick.ms && rank(b.state) > rank(pick.state))) pick = b;
    out[c] = pick?.state;
  }
  return out;
}

/** Adds each span's share of every column (0..1) into `acc[index(state)][column]`: averages for stacked lanes. */
export function accumulate<S>(spans: readonly Span<S>[], cols: readonly Column[], index: (s: S) => number, acc: Float64Array[]): void {
  sweep(spans, cols, (c, state, ms) => {
    const len = cols[c].t1 - cols[c].t0;
    acc[index(state)][c] += len > 0 ? ms / len : 1;
  });
}

export interface Run<T> {
  readonly from: number;
  readonly to: number;
  readonly value: T;
}

/** Consecutive equal values merged: `[a, a, b]` → `[{0..2 a}, {2..3 b}]`. */
export function runs<T>(values: readonly T[], same: (a: T, b: T) => boolean = (a, b) => a === b): Run<T>[] {
  const out: Run<T>[] = [];
  let from = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || !same(values[i], values[from])) {
      out.push({ from, to: i, value: values[from] });
      from = i;
    }
  }
  return out;
}
