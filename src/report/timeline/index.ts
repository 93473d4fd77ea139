/** Timelines of scenarios: built from the History, drawn as SVG. */
export { buildTimeline } from './model';
export type { Timeline, TimelineInput, StepMark, PodLane, NodeLane } from './model';
export { renderTimelineSvg } from './svg';
export type { SvgOptions } from './svg';
