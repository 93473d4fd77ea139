import assert from 'node:assert/strict';
import { accumulate, Column, dominant, runs } from '../../../src/report/timeline/raster';

const span = (from: number, to: number, state: string) => ({ from, to, state });

describe('pixel columns', () => {
  const cols: Column[] = [0, 10, 20, 30].map((t) => ({ t0: t, t1: t + 10 }));

  it('show the state that covered most of each column', () => {
    const spans = [span(0, 14, 'a'), span(14, 40, 'b')];
    assert.deepEqual(dominant(spans, cols, (s) => s, () => 0), ['a', 'b', 'b', 'b']);
  });

  it('break ties toward the higher rank', () => {
    const spans = [span(0, 5, 'calm'), span(5, 10, 'alarm')];
    assert.deepEqual(dominant(spans, cols.slice(0, 1), (s) => s, (s) => (s === 'alarm' ? 1 : 0)), ['alarm']);
  });

  it('are empty where nothing existed', () => {
    assert.deepEqual(dominant([span(12, 18, 'a')], cols, (s) => s, () => 0), [undefined, 'a', undefined, undefined]);
  });

  it('show what held at an instant drawn wide, or until it at the very end', () => {
    assert.deepEqual(dominant([span(0, 5, 'a'), span(5, 9, 'b')], [{ t0: 5, t1: 5 }], (s) => s, () => 0), ['b']);
    assert.deepEqual(dominant([span(0, 5, 'a'), span(5, 9, 'b')], [{ t0: 9, t1: 9 }], (s) => s, () => 0), ['b']);
  });

  it('add up shares for stacked lanes', () => {
    const acc = [new Float64Array(4), new Float64Array(4)];
    accumulate([span(0, 15, 'a'), span(15, 40, 'b')], cols, (s) => (s === 'a' ? 0 : 1), acc);
    accumulate([span(0, 40, 'b')], cols, (s) => (s === 'a' ? 0 : 1), acc);
    assert.deepEqual([...acc[0]], [1, 0.5, 0, 0]);
    assert.deepEqual([...acc[1]], [1, 1.5, 2, 2]);
  });

  it('merge into runs', () => {
    assert.deepEqual(runs(['a', 'a', 'b', undefined, undefined]), [
      { from: 0, to: 2, value: 'a' },
      { from: 2, to: 3, value: 'b' },
      { from: 3, to: 5, value: undefined },
    ]);
  });
});
