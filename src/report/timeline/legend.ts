/** Under the lanes: what the colours and marks mean, then the numbered steps with their instants. */
import { clip } from '../xml';
import { offset } from '../time';
import { el, text } from './svgKit';
import { FAILURE, FONT, Frame, INK, MARGIN, MUTED, RESTART } from './frame';
import { StepMark } from './model';
import { CATEGORY_STYLE, StatusCategory } from './status';

const STEP_STATUS_WORD: Record<string, string> = {
  FAILED: 'failed',
  SKIPPED: 'skipped',
  UNDEFINED: 'undefined',
  AMBIGUOUS: 'ambiguous',
  PENDING: 'pending',
  UNKNOWN: 'not run',
};

export function drawLegend(frame: Frame, categories: readonly StatusCategory[], steps: readonly StepMark[], top: number): { svg: string; bottom: number } {
  const out: string[] = [];
  let x = MARGIN;
  const y = top + 14;
  for (const c of categories) {
    const label = CATEGORY_STYLE[c].label;
    out.push(el('rect', { x, y: y - 9, width: 12, height: 10, fill: CATEGORY_STYLE[c].fill }));
    out.push(text(x + 16, y, label, { 'font-size': 10.5, fill: INK }));
    x += 16 + label.length * 6 + 14;
  }
  out.push(el('line', { x1: x, y1: y - 10, x2: x, y2: y + 2, stroke: RESTART, 'stroke-width': 1.5 }));
  out.push(text(x + 5, y, 'restart', { 'font-size': 10.5, fill: INK }));
  x += 56;
  out.push(text(x, y, '✕', { 'font-size': 12, 'font-weight': 700, fill: FAILURE }));
  out.push(text(x + 13, y, 'node stopped being Ready', { 'font-size': 10.5, fill: INK }));
  x += 13 + 24 * 6 + 14;
  out.push(el('rect', { x, y: y - 9, width: 7, height: 10, fill: MUTED }));
  out.push(text(x + 11, y, 'state at the end', { 'font-size': 10.5, fill: INK }));

  let sy = y + 22;
  steps.forEach((s, i) => {
    const when = s.at === undefined ? '' : offset(s.at - frame.start);
    const word = STEP_STATUS_WORD[s.status];
    const colour = s.status === 'FAILED' ? FAILURE : s.at === undefined ? MUTED : INK;
    out.push(text(MARGIN + 18, sy, `${i + 1}`, { 'font-size': 10.5, 'font-weight': 700, fill: colour, 'text-anchor': 'end' }));
    out.push(text(MARGIN + 24, sy, when, { 'font-size': 10.5, fill: MUTED }));
    out.push(text(MARGIN + 84, sy, clip(s.text, 140) + (word ? `  (${word})` : ''), { 'font-size': 10.5, fill: colour }, s.text));
    sy += 15;
  });
  return { svg: el('g', { 'font-family': FONT }, out), bottom: sy };
}
