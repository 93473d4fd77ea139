import assert from 'node:assert/strict';
import { buildScale, ticks } from '../../../src/report/timeline/scale';
import { MIN, S, T0 } from '../records';

const DAY = 24 * 60 * MIN;

describe('the time axis', () => {
  const cases: Record<string, { end: number; activity: number[]; compressed: number }> = {
    'a short scenario is linear': { end: 5 * MIN, activity: [0, 10 * S, 4 * MIN], compressed: 0 },
    'a quiet day between two bursts is squeezed': { end: DAY + 10 * MIN, activity: [0, 2 * MIN, DAY, DAY + 5 * MIN], compressed: 1 },
    'quiet stretches under ten minutes stay linear even when most of the span': { end: 9 * MIN, activity: [0, 8 * MIN], compressed: 0 },
    'a week of steady activity is linear': { end: 7 * DAY, activity: Array.from({ length: 7 * 24 }, (_, h) => h * 60 * MIN), compressed: 0 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const scale = buildScale(T0, T0 + tc.end, tc.activity.map((a) => T0 + a), { width: 800 });
      assert.equal(scale.pieces.filter((p) => p.compressed).length, tc.compressed);
      assert.equal(Math.round(scale.width), 800);
    });
  }

  it('draws instants in order and finds them again', () => {
    const scale = buildScale(T0, T0 + DAY + 10 * MIN, [T0, T0 + 2 * MIN, T0 + DAY, T0 + DAY + 5 * MIN], { width: 800 });
    const instants = [0, MIN, 2 * MIN, 12 * 60 * MIN, DAY, DAY + MIN, DAY + 10 * MIN].map((t) => T0 + t);
    const xs = instants.map((t) => scale.x(t));
    assert.deepEqual(xs, [...xs].sort((a, b) => a - b));
    for (const t of [T0 + MIN, T0 + DAY + MIN]) assert.ok(Math.abs(scale.t(scale.x(t)) - t) < 1000, `t(x(${t - T0}))`);
  });

  it('puts ticks at round offsets from the start', () => {
    const scale = buildScale(T0, T0 + 4 * MIN, [T0, T0 + 4 * MIN], { width: 800 });
    assert.deepEqual(ticks(scale, T0).map((t) => (t - T0) / S), [0, 30, 60, 90, 120, 150, 180, 210, 240]);
  });

  it('puts a tick where each burst after a squeezed stretch begins, first', () => {
    const scale = buildScale(T0, T0 + DAY + 10 * MIN, [T0, T0 + 2 * MIN, T0 + DAY, T0 + DAY + 5 * MIN], { width: 800 });
    assert.deepEqual(ticks(scale, T0).slice(0, 2).map((t) => t - T0), [0, DAY]);
  });

  it('gives a scenario where no time passed some width', () => {
    const scale = buildScale(T0, T0, [T0], { width: 800 });
    assert.equal(scale.x(T0), 0);
    assert.ok(scale.width > 0);
  });
});
