/**
 * The lanes: a header per node (its readiness, and ✕ where it stopped being Ready), then its
 * pods one lane each, or stacked counts per controller when there are too many to list.
 */
import { clip } from '../xml';
import { offset } from '../time';
import { el, text, title } from './svgKit';
import { FAILURE, FONT, Frame, INK, LABEL_WIDTH, MARGIN, MUTED, RESTART, ROW_HEIGHT, px } from './frame';
import { NodeReadiness, PodLane, PodStatusState } from './model';
import { accumulate, dominant, runs } from './raster';
import { Row } from './layout';
import { CATEGORIES, CATEGORY_STYLE, SEVERITY, StatusCategory } from './status';

const READINESS_FILL: Record<NodeReadiness, string> = { Ready: '#9ccfc4', NotReady: FAILURE, Unknown: '#e76f51' };

function rowHeight(row: Row): number {
  return ROW_HEIGHT[row.kind];
}

function range(frame: Frame, from: number, to: number): string {
  return `${offset(frame.cols[from].t0 - frame.start)} to ${offset(frame.cols[to - 1].t1 - frame.start)}`;
}

/** A small square past the end of a lane: the state at the scenario's last instant, which may have begun at it. */
function finalCap(frame: Frame, y: number, h: number, fill: string, tip: string): string {
  return el('rect', { x: frame.left + frame.scale.width + 3, y, width: 7, height: h, fill }, title(`${tip} at the end`));
}

function nodeRow(frame: Frame, row: Extract<Row, { kind: 'node' }>, y: number, bottom: number): string[] {
  const out = [el('rect', { x: 0, y, width: '100%', height: ROW_HEIGHT.node, fill: '#eef1f4' })];
  out.push(text(MARGIN, y + 14, clip(row.name, 30), { 'font-weight': 600, 'font-size': 12, fill: INK }));
  out.push(text(MARGIN + LABEL_WIDTH - 6, y + 14, `${row.pods} pod${row.pods === 1 ? '' : 's'}`, { 'font-size': 10, fill: MUTED, 'text-anchor': 'end' }));
  const node = row.node;
  if (!node) return out;
  const states = dominant<NodeReadiness>(node.spans, frame.cols, (s) => s, (s) => (s === 'Ready' ? 0 : 1));
  for (const r of runs(states)) {
    if (r.value === undefined) continue;
    const thick = r.value === 'Ready' ? 4 : 8;
    out.push(el('rect', { x: frame.left + r.from, y: y + 10 - thick / 2, width: r.to - r.from, height: thick, fill: READINESS_FILL[r.value] }, title(`node ${row.name} ${r.value} ${range(frame, r.from, r.to)}`)));
  }
  for (const at of node.failures) {
    const x = px(frame, at);
    out.push(el('line', { x1: x, y1: y + 2, x2: x, y2: bottom, stroke: FAILURE, 'stroke-width': 1, 'stroke-dasharray': '3 2' }));
    out.push(text(x, y + 14, '✕', { 'font-size': 12, 'font-weight': 700, fill: FAILURE, 'text-anchor': 'middle' }, `node ${row.name} stopped being Ready at ${offset(at - frame.start)}`));
  }
  if (node.final) out.push(finalCap(frame, y + 6, 8, READINESS_FILL[node.final], `node ${row.name} ${node.final}`));
  if (node.removed !== undefined) {
    const x = px(frame, node.removed);
    out.push(text(x + 3, y + 14, 'removed', { 'font-size': 10, fill: FAILURE }));
  }
  return out;
}

function restartTicks(frame: Frame, name: string, restarts: readonly number[], y: number, h: number): string[] {
  const buckets = new Map<number, number[]>();
  for (const at of restarts) {
    const b = Math.floor(frame.scale.x(at) / 3);
    const list = buckets.get(b);
    if (list) list.push(at);
    else buckets.set(b, [at]);
  }
  const out: string[] = [];
  for (const list of buckets.values()) {
    const x = px(frame, list[0]);
    const what = list.length === 1 ? `${name} restarted at ${offset(list[0] - frame.start)}` : `${name} restarted ${list.length} times, ${offset(list[0] - frame.start)} to ${offset(list[list.length - 1] - frame.start)}`;
    out.push(el('line', { x1: x, y1: y, x2: x, y2: y + h, stroke: RESTART, 'stroke-width': 1.5 }, title(what)));
  }
  return out;
}

function podRow(frame: Frame, pod: PodLane, y: number, shade: boolean): string[] {
  const out: string[] = [];
  if (shade) out.push(el('rect', { x: 0, y, width: '100%', height: ROW_HEIGHT.pod, fill: '#f8f9fa' }));
  const label = pod.namespace === 'default' ? pod.name : `${pod.namespace}/${pod.name}`;
  out.push(text(MARGIN + 12, y + 11, clip(label, 34), { 'font-size': 10.5, fill: INK }, label));
  const states = dominant<PodStatusState>(pod.spans, frame.cols, (s) => s.status, (s) => SEVERITY[s.category]);
  for (const r of runs(states, (a, b) => a === b || (!!a && !!b && a.status === b.status))) {
    if (!r.value) continue;
    out.push(el('rect', { x: frame.left + r.from, y: y + 2, width: r.to - r.from, height: 10, fill: CATEGORY_STYLE[r.value.category].fill }, title(`${label} ${r.value.status} ${range(frame, r.from, r.to)}`)));
  }
  out.push(...restartTicks(frame, label, pod.restarts, y, ROW_HEIGHT.pod));
  if (pod.final) out.push(finalCap(frame, y + 2, 10, CATEGORY_STYLE[pod.final.category].fill, `${label} ${pod.final.status}`));
  if (pod.deleted !== undefined) {
    const x = px(frame, pod.deleted);
    out.push(el('line', { x1: x, y1: y + 2, x2: x, y2: y + 12, stroke: INK, 'stroke-width': 1 }, title(`${label} deleted at ${offset(pod.deleted - frame.start)}`)));
  }
  return out;
}

/** The most pods alive at one instant. */
function peak(pods: readonly PodLane[]): number {
  const edges: [number, number][] = [];
  for (const p of pods) {
    if (p.spans.length === 0) continue;
    edges.push([p.spans[0].from, 1], [p.spans[p.spans.length - 1].to, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let n = 0;
  let max = 0;
  for (const [, d] of edges) max = Math.max(max, (n += d));
  return max;
}

/** Stacked step areas, one path per state, heights in whole pixels. */
function stacked(frame: Frame, pods: readonly PodLane[], y: number, h: number, label: string): string[] {
  const index = new Map<StatusCategory, number>(CATEGORIES.map((c, i) => [c, i]));
  const acc = CATEGORIES.map(() => new Float64Array(frame.cols.length));
  for (const p of pods) accumulate<PodStatusState>(p.spans, frame.cols, (s) => index.get(s.category)!, acc);
  const max = Math.max(1, peak(pods));
  const cum = new Float64Array(frame.cols.length);
  const out: string[] = [];
  const base = y + h;
  CATEGORIES.forEach((cat, k) => {
    if (!acc[k].some((v) => v > 0)) return;
    const lower = Array.from(cum, (v) => Math.round((v / max) * h));
    for (let c = 0; c < cum.length; c++) cum[c] += acc[k][c];
    const upper = Array.from(cum, (v) => Math.round((v / max) * h));
    const total = acc[k].reduce((a, b) => a + b, 0);
    if (upper.every((u, c) => u === lower[c])) return;
    let d = `M${frame.left} ${base - upper[0]}`;
    for (const r of runs(upper)) d += `H${frame.left + r.from}V${base - r.value}H${frame.left + r.to}`;
    const back = runs(lower).reverse();
    d += `V${base - back[0].value}`;
    for (const r of back) d += `H${frame.left + r.to}V${base - r.value}H${frame.left + r.from}`;
    d += 'Z';
    const avg = total / cum.length;
    out.push(el('path', { d, fill: CATEGORY_STYLE[cat].fill }, title(`${label}: ${CATEGORY_STYLE[cat].label}, ${avg.toFixed(1)} pods on average`)));
  });
  return out;
}

function groupRow(frame: Frame, row: Extract<Row, { kind: 'group' }>, y: number): string[] {
  const h = ROW_HEIGHT.group - 4;
  const max = peak(row.pods);
  const out = [el('rect', { x: frame.left, y: y + 2, width: frame.scale.width, height: h, fill: '#f8f9fa' })];
  out.push(text(MARGIN + 12, y + 13, clip(row.label, 34), { 'font-size': 10.5, fill: INK }, row.label));
  out.push(text(MARGIN + 12, y + 25, `${row.pods.length} pods, at most ${max} at once`, { 'font-size': 9.5, fill: MUTED }));
  out.push(...stacked(frame, row.pods, y + 2, h, row.label));
  const restarts = row.pods.flatMap((p) => p.restarts).sort((a, b) => a - b);
  out.push(...restartTicks(frame, row.label, restarts, y, 5));
  return out;
}

/** Draws the rows from `top`; returns the SVG and where the lanes end. */
export function drawLanes(frame: Frame, rows: readonly Row[], top: number): { svg: string; bottom: number } {
  // Where each node's rows end, so its failure line runs through its own pods only.
  const groupBottom: number[] = [];
  let y = top;
  let current = -1;
  rows.forEach((row, i) => {
    if (row.kind === 'node') current = i;
    y += rowHeight(row);
    groupBottom[current] = y;
  });
  const out: string[] = [];
  y = top;
  let shade = false;
  rows.forEach((row, i) => {
    if (row.kind === 'node') {
      out.push(...nodeRow(frame, row, y, groupBottom[i]));
      shade = false;
    } else if (row.kind === 'pod') {
      out.push(...podRow(frame, row.pod, y, shade));
      shade = !shade;
    } else {
      out.push(...groupRow(frame, row, y));
    }
    y += rowHeight(row);
  });
  return { svg: el('g', { 'font-family': FONT }, out), bottom: y };
}

