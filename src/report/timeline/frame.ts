/** Where things go in the timeline picture: shared by the axis, the lanes and the legend. */
import { Column } from './raster';
import { TimeScale } from './scale';

export const FONT = 'ui-sans-serif, system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif';
export const MARGIN = 8;
export const LABEL_WIDTH = 210;
export const PLOT_WIDTH = 880;
export const WIDTH = MARGIN + LABEL_WIDTH + PLOT_WIDTH + 16;
export const ROW_HEIGHT = { node: 20, pod: 14, group: 30 } as const;
export const INK = '#1f2933';
export const MUTED = '#6b7785';
export const RESTART = '#1d3557';
export const FAILURE = '#c1121f';

export interface Frame {
  readonly scale: TimeScale;
  /** Pixel columns of the plot (1 px each). */
  readonly cols: readonly Column[];
  /** The scenario's first instant: labels are offsets from it. */
  readonly start: number;
  /** Left edge of the plot. */
  readonly left: number;
}

export function px(frame: Frame, t: number): number {
  return frame.left + frame.scale.x(t);
}
