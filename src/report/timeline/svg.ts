/**
 * The timeline of one scenario as a standalone SVG document: the same bytes are attached to
 * Cucumber's HTML report (as an image) and inlined in the behaviour report (with tooltips).
 * No styles, scripts or ids, so several can sit in one page without interfering.
 */
import { elapsed, instant } from '../time';
import { el, text } from './svgKit';
import { drawAxis, drawQuietVeils, drawStepMarks } from './axis';
import { FONT, Frame, INK, LABEL_WIDTH, MARGIN, PLOT_WIDTH, WIDTH } from './frame';
import { drawLanes } from './lanes';
import { drawLegend } from './legend';
import { layoutRows, POD_LANE_BUDGET } from './layout';
import { Timeline } from './model';
import { columnsOf } from './raster';
import { buildScale } from './scale';
import { CATEGORIES, StatusCategory } from './status';

export interface SvgOptions {
  /** Most pods drawn one lane each before lanes are aggregated. */
  readonly podLaneBudget?: number;
}

function summary(t: Timeline): string {
  const restarts = t.pods.reduce((n, p) => n + p.restarts.length, 0);
  const failures = t.nodes.reduce((n, node) => n + node.failures.length, 0);
  const parts = [
    `${instant(t.start)} → ${instant(t.end)} (${elapsed(t.end - t.start)} simulated)`,
    `${t.nodes.length} node${t.nodes.length === 1 ? '' : 's'}`,
    `${t.pods.length} pod${t.pods.length === 1 ? '' : 's'}`,
    `${restarts} restart${restarts === 1 ? '' : 's'}`,
  ];
  if (failures > 0) parts.push(`${failures} node failure${failures === 1 ? '' : 's'}`);
  return parts.join(' · ');
}

function categoriesSeen(t: Timeline): StatusCategory[] {
  const seen = new Set<StatusCategory>();
  for (const p of t.pods) {
    for (const s of p.spans) seen.add(s.state.category);
    if (p.final) seen.add(p.final.category);
  }
  return CATEGORIES.filter((c) => seen.has(c));
}

export function renderTimelineSvg(timeline: Timeline, options: SvgOptions = {}): string {
  const scale = buildScale(timeline.start, timeline.end, timeline.activity, { width: PLOT_WIDTH });
  const frame: Frame = { scale, cols: columnsOf(scale), start: timeline.start, left: MARGIN + LABEL_WIDTH };
  const rows = layoutRows(timeline, options.podLaneBudget ?? POD_LANE_BUDGET);
  const header = text(MARGIN, 16, summary(timeline), { 'font-size': 12, fill: INK, 'font-family': FONT });
  const badgesY = 32;
  const axisY = 62;
  const lanesTop = axisY + 6;
  const lanes = drawLanes(frame, rows, lanesTop);
  const legend = drawLegend(frame, categoriesSeen(timeline), timeline.steps, lanes.bottom + 8);
  const height = Math.ceil(legend.bottom + 4);
  const body = [
    el('rect', { x: 0, y: 0, width: WIDTH, height, fill: '#ffffff' }),
    header,
    drawAxis(frame, axisY),
    lanes.svg,
    drawQuietVeils(frame, lanesTop, lanes.bottom),
    drawStepMarks(frame, timeline.steps, badgesY, lanes.bottom),
    legend.svg,
  ];
  return el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: WIDTH, height, viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'aria-label': `Timeline: ${summary(timeline)}` }, body) + '\n';
}
