/**
 * The time axis: offsets from the scenario's start, breaks where a quiet stretch is squeezed,
 * and numbered markers where the scenario's steps ran (their list is in the legend).
 */
import { elapsed, offset, roughly } from '../time';
import { el, text, title } from './svgKit';
import { FAILURE, FONT, Frame, INK, MUTED, px } from './frame';
import { StepMark } from './model';
import { ticks } from './scale';

export function drawAxis(frame: Frame, y: number): string {
  const out: string[] = [el('line', { x1: frame.left, y1: y, x2: frame.left + frame.scale.width, y2: y, stroke: MUTED, 'stroke-width': 1 })];
  // Labels take room on the axis: quiet stretches first (each has one), then ticks where they fit.
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([c, d]) => b + 2 < c || a - 2 > d);
  for (const p of frame.scale.pieces) {
    if (!p.compressed) continue;
    const x0 = frame.left + p.x0;
    const mid = (x0 + frame.left + p.x1) / 2;
    const label = roughly(p.t1 - p.t0);
    out.push(el('path', { d: `M${mid - 5} ${y + 4}l4 -8M${mid - 1} ${y + 4}l4 -8`, stroke: INK, 'stroke-width': 1.2, fill: 'none' }));
    out.push(text(mid, y - 6, label, { 'font-size': 9, 'font-style': 'italic', fill: MUTED, 'text-anchor': 'middle' }, `nothing changed for ${elapsed(p.t1 - p.t0)}: drawn narrow`));
    taken.push([mid - label.length * 2.7, mid + label.length * 2.7]);
  }
  for (const t of ticks(frame.scale, frame.start)) {
    const x = px(frame, t);
    out.push(el('line', { x1: x, y1: y - 3, x2: x, y2: y, stroke: MUTED, 'stroke-width': 1 }));
    const label = offset(t - frame.start);
    const half = label.length * 3;
    if (!free(x - half, x + half)) continue;
    out.push(text(x, y - 6, label, { 'font-size': 10, fill: MUTED, 'text-anchor': 'middle' }));
    taken.push([x - half, x + half]);
  }
  return el('g', { 'font-family': FONT }, out);
}

/** Pale veils over squeezed stretches, drawn over the lanes. */
export function drawQuietVeils(frame: Frame, top: number, bottom: number): string {
  return frame.scale.pieces
    .filter((p) => p.compressed)
    .map((p) => el('rect', { x: frame.left + p.x0, y: top, width: p.x1 - p.x0, height: bottom - top, fill: '#ffffff', 'fill-opacity': 0.6 }))
    .join('');
}

interface MarkGroup {
  readonly x: number;
  readonly numbers: number[];
  failed: boolean;
}

function groupMarks(frame: Frame, steps: readonly StepMark[]): MarkGroup[] {
  const groups: MarkGroup[] = [];
  steps.forEach((s, i) => {
    if (s.at === undefined) return;
    const x = px(frame, s.at);
    const last = groups[groups.length - 1];
    if (last && x - last.x < 14) {
      last.numbers.push(i + 1);
      last.failed ||= s.status === 'FAILED';
    } else groups.push({ x, numbers: [i + 1], failed: s.status === 'FAILED' });
  });
  return groups;
}

/** `1–4`, `5`, `6,8`. */
export function numberLabel(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1);
  return consecutive ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(',');
}

/** Step badges at `y`, with a faint line down to `bottom` at each step's instant. */
export function drawStepMarks(frame: Frame, steps: readonly StepMark[], y: number, bottom: number): string {
  const out: string[] = [];
  let right = -Infinity;
  for (const g of groupMarks(frame, steps)) {
    const label = numberLabel(g.numbers);
    const w = 8 + label.length * 6.2;
    const bx = Math.max(g.x - w / 2, right + 2, 0);
    right = bx + w;
    const colour = g.failed ? FAILURE : INK;
    const tip = g.numbers.map((n) => `${n}. ${steps[n - 1].text} (${offset(steps[n - 1].at! - frame.start)})`).join('\n');
    out.push(el('line', { x1: g.x, y1: y + 7, x2: g.x, y2: bottom, stroke: colour, 'stroke-opacity': 0.35, 'stroke-width': 1 }));
    out.push(el('g', {}, [
      el('rect', { x: bx, y: y - 7, width: w, height: 14, rx: 7, fill: colour }),
      text(bx + w / 2, y + 3.5, label, { 'font-size': 9.5, 'font-weight': 700, fill: '#ffffff', 'text-anchor': 'middle' }),
      title(tip),
    ]));
  }
  return el('g', { 'font-family': FONT }, out);
}
