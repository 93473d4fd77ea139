import assert from 'node:assert/strict';
import { parseDuration } from '../../src/util/duration';
import { formatDuration } from '../../src/util/formatDuration';
import { clockTarget } from '../../src/scenario/clockTarget';

describe('durations as scenarios write them', () => {
  const cases: Record<string, { text: string; want: number }> = {
    '30 seconds': { text: '30 seconds', want: 30_000 },
    '1 second': { text: '1 second', want: 1_000 },
    '2 minutes': { text: '2 minutes', want: 120_000 },
    '1 hour': { text: '1 hour', want: 3_600_000 },
    '1 day': { text: '1 day', want: 86_400_000 },
    '2 minutes 10 seconds': { text: '2 minutes 10 seconds', want: 130_000 },
    '90s': { text: '90s', want: 90_000 },
    '2m': { text: '2m', want: 120_000 },
    '1h30m': { text: '1h30m', want: 5_400_000 },
    '1m30s': { text: '1m30s', want: 90_000 },
    '500ms': { text: '500ms', want: 500 },
    '1.5s': { text: '1.5s', want: 1_500 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseDuration(tc.text), tc.want));

  const bad = ['', 'soon', '5 parsecs', '10', '1h and then some'];
  for (const text of bad) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.throws(() => parseDuration(text), /invalid duration/));
  }
});

describe('durations as failure messages print them', () => {
  const cases: Record<string, { ms: number; want: string }> = {
    'milliseconds': { ms: 250, want: '250ms' },
    'zero': { ms: 0, want: '0ms' },
    'seconds': { ms: 95_000, want: '1m35s' },
    'whole minutes': { ms: 300_000, want: '5m' },
    'hours, minutes and seconds': { ms: 5_405_000, want: '1h30m5s' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatDuration(tc.ms), tc.want));
});

describe('where "the clock reaches" goes', () => {
  const now = Date.parse('2026-03-01T10:29:00Z');
  const cases: Record<string, { text: string; want: string }> = {
    'later today': { text: '10:30:15', want: '2026-03-01T10:30:15.000Z' },
    'hours and minutes': { text: '11:00', want: '2026-03-01T11:00:00.000Z' },
    'already past today: tomorrow': { text: '09:00', want: '2026-03-02T09:00:00.000Z' },
    'an instant': { text: '2026-03-02T00:00:00Z', want: '2026-03-02T00:00:00.000Z' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(new Date(clockTarget(tc.text, now)).toISOString(), tc.want));
  it('refuses an instant in the past', () => assert.throws(() => clockTarget('2026-03-01T00:00:00Z', now), /cannot go back/));
  it('refuses a malformed time', () => assert.throws(() => clockTarget('25:00', now), /invalid time of day/));
  it('refuses words', () => assert.throws(() => clockTarget('noon', now), /invalid time "noon"/));
});
