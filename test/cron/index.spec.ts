/**
 * The module's entry points for the CronJob controller: nextCronTime (formatSchedule + Parse +
 * Next) and validateTimeZone (pkg/apis/batch/validation, messages checked against Go 1.19).
 */

import assert from 'node:assert/strict';
import { CronParseError, GO_ZERO_TIME_MS, nextCronTime, validateTimeZone } from '../../src/cron';

describe('cron entry points', () => {
  describe('nextCronTime', () => {
    const cases: Record<string, { schedule: string; after: string; timeZone?: string; expected: string }> = {
      'no time zone: UTC': { schedule: '0 9 * * *', after: '2026-03-07T00:00:00Z', expected: '2026-03-07T09:00:00.000Z' },
      'timeZone New York': {
        schedule: '0 9 * * *',
        after: '2026-03-07T00:00:00Z',
        timeZone: 'America/New_York',
        expected: '2026-03-07T14:00:00.000Z',
      },
      'timeZone over spring-forward': {
        schedule: '0 9 * * *',
        after: '2026-03-07T14:00:00Z',
        timeZone: 'America/New_York',
        expected: '2026-03-08T13:00:00.000Z',
      },
      'timeZone UTC': { schedule: '@daily', after: '2026-03-07T12:00:00Z', timeZone: 'UTC', expected: '2026-03-08T00:00:00.000Z' },
      'empty timeZone loads as UTC': { schedule: '@daily', after: '2026-03-07T12:00:00Z', timeZone: '', expected: '2026-03-08T00:00:00.000Z' },
      'Local is the (UTC) local zone': {
        schedule: '@daily',
        after: '2026-03-07T12:00:00Z',
        timeZone: 'Local',
        expected: '2026-03-08T00:00:00.000Z',
      },
      'a TZ= schedule keeps its own zone': {
        schedule: 'TZ=Asia/Tokyo 0 9 * * *',
        after: '2026-03-07T12:00:00Z',
        timeZone: 'America/New_York',
        expected: '2026-03-08T00:00:00.000Z',
      },
      '@every ignores the zone': {
        schedule: '@every 1h',
        after: '2026-03-07T12:00:00.500Z',
        timeZone: 'Asia/Tokyo',
        expected: '2026-03-07T13:00:00.000Z',
      },
      'never: Go zero time': { schedule: '0 0 30 Feb ?', after: '2026-03-07T12:00:00Z', expected: '0001-01-01T00:00:00.000Z' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(nextCronTime(c.schedule, new Date(c.after), c.timeZone).toISOString(), c.expected));
    }

    it('GO_ZERO_TIME_MS is 0001-01-01T00:00:00Z', () => {
      assert.equal(new Date(GO_ZERO_TIME_MS).toISOString(), '0001-01-01T00:00:00.000Z');
    });
    it("a bad schedule throws robfig's error", () => {
      assert.throws(
        () => nextCronTime('0 0 * * 7', new Date(0)),
        (e: unknown) => e instanceof CronParseError && e.message === 'end of range (7) above maximum (6): 7',
      );
    });
    it("a bad schedule with a time zone still reads as robfig's error", () => {
      assert.throws(() => nextCronTime('0 0 12 * * *', new Date(0), 'Europe/Rome'), {
        message: 'expected exactly 5 fields, found 6: [0 0 12 * * *]',
      });
    });
    it("an unknown time zone throws Go's LoadLocation error", () => {
      assert.throws(() => nextCronTime('0 0 * * *', new Date(0), 'Mars/Olympus'), { message: 'unknown time zone Mars/Olympus' });
    });
    it('the time zone is checked even when the schedule has its own TZ=', () => {
      assert.throws(() => nextCronTime('TZ=UTC 0 0 * * *', new Date(0), 'Mars/Olympus'), { message: 'unknown time zone Mars/Olympus' });
    });
    it('time zone names are case-sensitive', () => {
      assert.throws(() => nextCronTime('0 0 * * *', new Date(0), 'europe/rome'), { message: 'unknown time zone europe/rome' });
    });
  });

  describe('validateTimeZone', () => {
    const EXPLICIT = 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones';
    const cases: Record<string, { timeZone: string | null | undefined; expected: string[] }> = {
      'nil': { timeZone: undefined, expected: [] },
      'null': { timeZone: null, expected: [] },
      'empty': { timeZone: '', expected: ['timeZone must be nil or non-empty string'] },
      'UTC': { timeZone: 'UTC', expected: [] },
      'America/New_York': { timeZone: 'America/New_York', expected: [] },
      'Europe/Rome': { timeZone: 'Europe/Rome', expected: [] },
      'backward link US/Eastern': { timeZone: 'US/Eastern', expected: [] },
      'digits and plus: Etc/GMT+5': { timeZone: 'Etc/GMT+5', expected: [] },
      'EST5EDT': { timeZone: 'EST5EDT', expected: [] },
      'long part name': { timeZone: 'Antarctica/DumontDUrville', expected: [] },
      'Local': { timeZone: 'Local', expected: [EXPLICIT] },
      'local: both messages': { timeZone: 'local', expected: [EXPLICIT, 'unknown time zone local'] },
      'LOCAL: both messages': { timeZone: 'LOCAL', expected: [EXPLICIT, 'unknown time zone LOCAL'] },
      'bad casing': { timeZone: 'AMERICA/new_york', expected: ['unknown time zone AMERICA/new_york'] },
      'leading space': { timeZone: ' America/New_York', expected: ['unknown time zone  America/New_York'] },
      'trailing space': { timeZone: 'America/New_York ', expected: ['unknown time zone America/New_York '] },
      'space inside': { timeZone: 'America/New York', expected: ['unknown time zone America/New York'] },
      'a single space': { timeZone: ' ', expected: ['unknown time zone  '] },
      'unknown name': { timeZone: 'broken', expected: ['unknown time zone broken'] },
      'part over 14 characters': { timeZone: 'America/Argentinaaaaaaaa', expected: ['unknown time zone America/Argentinaaaaaaaa'] },
      'part starting with -': { timeZone: 'Europe/-Berlin', expected: ['unknown time zone Europe/-Berlin'] },
      'dot part': { timeZone: './UTC', expected: ['unknown time zone ./UTC'] },
      'dot-dot part': { timeZone: '../UTC', expected: ['unknown time zone ../UTC'] },
      'dot-dot inside a part': { timeZone: 'a..b', expected: ['time: invalid location name'] },
      'trailing slash': { timeZone: 'America/', expected: ['unknown time zone America/'] },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(validateTimeZone(c.timeZone), c.expected));
    }
  });
});
