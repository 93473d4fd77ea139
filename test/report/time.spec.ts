import assert from 'node:assert/strict';
import { elapsed, instant, offset, roughly } from '../../src/report/time';

describe('simulated time in reports', () => {
  const cases: Record<string, [string, string]> = {
    nothing: [elapsed(0), '0s'],
    'under a second': [elapsed(250), '250ms'],
    'minutes and seconds': [elapsed(95_000), '1m35s'],
    'days and hours': [elapsed(6 * 86_400_000 + 23 * 3_600_000), '6d23h'],
    'an offset from the start': [offset(105_000), '+1m45s'],
    'the start itself': [offset(0), '+0s'],
    'a rough length': [roughly(6 * 86_400_000 + 23 * 3_600_000), '~7d'],
    'an instant without milliseconds': [instant(Date.parse('2026-01-01T00:00:00Z')), '2026-01-01T00:00:00Z'],
  };
  for (const [name, [got, want]] of Object.entries(cases)) it(name, () => assert.equal(got, want));
});
