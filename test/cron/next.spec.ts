/**
 * next() = robfig's SpecSchedule.Next / ConstantDelaySchedule.Next. Tables quoted from
 * spec_test.go (TestActivation, TestNext, TestNextWithTz) and constantdelay_test.go, the
 * ECOSYSTEM.md section 7 vectors (robfig run under Go), semantics notes C4/C5/C7 and the
 * schedules of Kubernetes' cronjob utils_test.go.
 */

import assert from 'node:assert/strict';
import { next, parseSchedule } from '../../src/cron';
import type { CronSchedule, SpecSchedule } from '../../src/cron';
import { getField, SECONDS } from '../../src/cron/fields';
import { getTime } from './robfig-time';

/** robfig's six-field specs (seconds first) as a five-field schedule plus a seconds field. */
function sixFields(spec: string): SpecSchedule {
  const tz = /^((?:CRON_)?TZ=\S+ )?(\S+) (.*)$/.exec(spec);
  if (!tz) throw new Error(spec);
  const five = parseSchedule(`${tz[1] ?? ''}${tz[3]}`) as SpecSchedule;
  return { ...five, second: getField(tz[2], SECONDS) };
}

/** A run of next() calls, each from the previous result, as ISO strings ('zero' for null). */
function sequence(schedule: CronSchedule, from: string, count: number, localZone?: string): string[] {
  const out: string[] = [];
  let t: Date | null = new Date(from);
  for (let i = 0; i < count && t !== null; i++) {
    t = next(schedule, t, localZone);
    out.push(t === null ? 'zero' : t.toISOString().replace('.000Z', 'Z'));
  }
  return out;
}

describe('next', () => {
  describe('TestActivation: fires exactly at the given time', () => {
    const cases: Record<string, { time: string; spec: string; expected: boolean }> = {
      'every 15 min, at :00': { time: 'Mon Jul 9 15:00 2012', spec: '0/15 * * * *', expected: true },
      'every 15 min, at :45': { time: 'Mon Jul 9 15:45 2012', spec: '0/15 * * * *', expected: true },
      'every 15 min, not at :40': { time: 'Mon Jul 9 15:40 2012', spec: '0/15 * * * *', expected: false },
      'every 15 min from :05, at :05': { time: 'Mon Jul 9 15:05 2012', spec: '5/15 * * * *', expected: true },
      'every 15 min from :05, at :20': { time: 'Mon Jul 9 15:20 2012', spec: '5/15 * * * *', expected: true },
      'every 15 min from :05, at :50': { time: 'Mon Jul 9 15:50 2012', spec: '5/15 * * * *', expected: true },
      'named month Jul': { time: 'Sun Jul 15 15:00 2012', spec: '0/15 * * Jul *', expected: true },
      'named month Jun': { time: 'Sun Jul 15 15:00 2012', spec: '0/15 * * Jun *', expected: false },
      'everything set, by weekday': { time: 'Sun Jul 15 08:30 2012', spec: '30 08 ? Jul Sun', expected: true },
      'everything set, by day of month': { time: 'Sun Jul 15 08:30 2012', spec: '30 08 15 Jul ?', expected: true },
      'everything set, wrong weekday': { time: 'Mon Jul 16 08:30 2012', spec: '30 08 ? Jul Sun', expected: false },
      'everything set, wrong day of month': { time: 'Mon Jul 16 08:30 2012', spec: '30 08 15 Jul ?', expected: false },
      '@hourly on the hour': { time: 'Mon Jul 9 15:00 2012', spec: '@hourly', expected: true },
      '@hourly off the hour': { time: 'Mon Jul 9 15:04 2012', spec: '@hourly', expected: false },
      '@daily at 15:00': { time: 'Mon Jul 9 15:00 2012', spec: '@daily', expected: false },
      '@daily at midnight': { time: 'Mon Jul 9 00:00 2012', spec: '@daily', expected: true },
      '@weekly on Monday': { time: 'Mon Jul 9 00:00 2012', spec: '@weekly', expected: false },
      '@weekly on Sunday': { time: 'Sun Jul 8 00:00 2012', spec: '@weekly', expected: true },
      '@weekly on Sunday at 01:00': { time: 'Sun Jul 8 01:00 2012', spec: '@weekly', expected: false },
      '@monthly on the 8th': { time: 'Sun Jul 8 00:00 2012', spec: '@monthly', expected: false },
      '@monthly on the 1st': { time: 'Sun Jul 1 00:00 2012', spec: '@monthly', expected: true },
      'both days restricted: DOW matches': { time: 'Sun Jul 15 00:00 2012', spec: '* * 1,15 * Sun', expected: true },
      'both days restricted: DOM matches (15th)': { time: 'Fri Jun 15 00:00 2012', spec: '* * 1,15 * Sun', expected: true },
      'both days restricted: DOM matches (1st)': { time: 'Wed Aug 1 00:00 2012', spec: '* * 1,15 * Sun', expected: true },
      'both days restricted with a step (#70)': { time: 'Sun Jul 15 00:00 2012', spec: '* * */10 * Sun', expected: true },
      'DOM star: DOW must match': { time: 'Sun Jul 15 00:00 2012', spec: '* * * * Mon', expected: false },
      'DOW star: DOM must match': { time: 'Mon Jul 9 00:00 2012', spec: '* * 1,15 * *', expected: false },
      'DOW star: DOM matches': { time: 'Sun Jul 15 00:00 2012', spec: '* * 1,15 * *', expected: true },
      '*/2 is not a star: OR': { time: 'Sun Jul 15 00:00 2012', spec: '* * */2 * Sun', expected: true },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const at = getTime(c.time).at;
        const actual = next(parseSchedule(c.spec), new Date(at.getTime() - 1000));
        assert.equal(actual?.getTime() === at.getTime(), c.expected);
      });
    }
  });

  describe('TestNext (robfig six-field specs, seconds first)', () => {
    const cases: Record<string, { time: string; spec: string; expected: string }> = {
      'simple, from :45': { time: 'Mon Jul 9 14:45 2012', spec: '0 0/15 * * * *', expected: 'Mon Jul 9 15:00 2012' },
      'simple, from :59': { time: 'Mon Jul 9 14:59 2012', spec: '0 0/15 * * * *', expected: 'Mon Jul 9 15:00 2012' },
      'simple, from :59:59': { time: 'Mon Jul 9 14:59:59 2012', spec: '0 0/15 * * * *', expected: 'Mon Jul 9 15:00 2012' },
      'wrap around hours': { time: 'Mon Jul 9 15:45 2012', spec: '0 20-35/15 * * * *', expected: 'Mon Jul 9 16:20 2012' },
      'wrap around days': { time: 'Mon Jul 9 23:46 2012', spec: '0 */15 * * * *', expected: 'Tue Jul 10 00:00 2012' },
      'wrap around days, range': { time: 'Mon Jul 9 23:45 2012', spec: '0 20-35/15 * * * *', expected: 'Tue Jul 10 00:20 2012' },
      'wrap around days, seconds': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 * * * *',
        expected: 'Tue Jul 10 00:20:15 2012',
      },
      'wrap around days, odd hours': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 1/2 * * *',
        expected: 'Tue Jul 10 01:20:15 2012',
      },
      'wrap around days, hours 10-12': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 10-12 * * *',
        expected: 'Tue Jul 10 10:20:15 2012',
      },
      'wrap around days, odd days': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 1/2 */2 * *',
        expected: 'Thu Jul 11 01:20:15 2012',
      },
      'wrap around days, days 9-20': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 * 9-20 * *',
        expected: 'Wed Jul 10 00:20:15 2012',
      },
      'wrap around days, days 9-20 in Jul': {
        time: 'Mon Jul 9 23:35:51 2012',
        spec: '15/35 20-35/15 * 9-20 Jul *',
        expected: 'Wed Jul 10 00:20:15 2012',
      },
      'wrap around months': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 9 Apr-Oct ?', expected: 'Thu Aug 9 00:00 2012' },
      'wrap around months, DOM or DOW': {
        time: 'Mon Jul 9 23:35 2012',
        spec: '0 0 0 */5 Apr,Aug,Oct Mon',
        expected: 'Tue Aug 1 00:00 2012',
      },
      'wrap around months to October': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 */5 Oct Mon', expected: 'Mon Oct 1 00:00 2012' },
      'wrap around years': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 * Feb Mon', expected: 'Mon Feb 4 00:00 2013' },
      'wrap around years, Mon/2': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 * Feb Mon/2', expected: 'Fri Feb 1 00:00 2013' },
      'wrap around everything': { time: 'Mon Dec 31 23:59:45 2012', spec: '0 * * * * *', expected: 'Tue Jan 1 00:00:00 2013' },
      'leap year': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 29 Feb ?', expected: 'Mon Feb 29 00:00 2016' },
      'DST 2am EST -> 3am EDT, 02:30 skipped that year': {
        time: '2012-03-11T00:00:00-0500',
        spec: 'TZ=America/New_York 0 30 2 11 Mar ?',
        expected: '2013-03-11T02:30:00-0400',
      },
      'hourly before spring-forward': {
        time: '2012-03-11T00:00:00-0500',
        spec: 'TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T01:00:00-0500',
      },
      'hourly over spring-forward': {
        time: '2012-03-11T01:00:00-0500',
        spec: 'TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T03:00:00-0400',
      },
      'hourly after spring-forward': {
        time: '2012-03-11T03:00:00-0400',
        spec: 'TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T04:00:00-0400',
      },
      'hourly later': { time: '2012-03-11T04:00:00-0400', spec: 'TZ=America/New_York 0 0 * * * ?', expected: '2012-03-11T05:00:00-0400' },
      'CRON_TZ hourly before spring-forward': {
        time: '2012-03-11T00:00:00-0500',
        spec: 'CRON_TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T01:00:00-0500',
      },
      'CRON_TZ hourly over spring-forward': {
        time: '2012-03-11T01:00:00-0500',
        spec: 'CRON_TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T03:00:00-0400',
      },
      'CRON_TZ hourly after spring-forward': {
        time: '2012-03-11T03:00:00-0400',
        spec: 'CRON_TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T04:00:00-0400',
      },
      'CRON_TZ hourly later': {
        time: '2012-03-11T04:00:00-0400',
        spec: 'CRON_TZ=America/New_York 0 0 * * * ?',
        expected: '2012-03-11T05:00:00-0400',
      },
      '1am nightly before spring-forward': {
        time: '2012-03-11T00:00:00-0500',
        spec: 'TZ=America/New_York 0 0 1 * * ?',
        expected: '2012-03-11T01:00:00-0500',
      },
      '1am nightly after spring-forward': {
        time: '2012-03-11T01:00:00-0500',
        spec: 'TZ=America/New_York 0 0 1 * * ?',
        expected: '2012-03-12T01:00:00-0400',
      },
      '2am nightly skipped': { time: '2012-03-11T00:00:00-0500', spec: 'TZ=America/New_York 0 0 2 * * ?', expected: '2012-03-12T02:00:00-0400' },
      '02:30 on fall-back day': { time: '2012-11-04T00:00:00-0400', spec: 'TZ=America/New_York 0 30 2 04 Nov ?', expected: '2012-11-04T02:30:00-0500' },
      '01:30 again in the repeated hour': {
        time: '2012-11-04T01:45:00-0400',
        spec: 'TZ=America/New_York 0 30 1 04 Nov ?',
        expected: '2012-11-04T01:30:00-0500',
      },
      'hourly before fall-back': { time: '2012-11-04T00:00:00-0400', spec: 'TZ=America/New_York 0 0 * * * ?', expected: '2012-11-04T01:00:00-0400' },
      'hourly into the repeated hour': {
        time: '2012-11-04T01:00:00-0400',
        spec: 'TZ=America/New_York 0 0 * * * ?',
        expected: '2012-11-04T01:00:00-0500',
      },
      'hourly after fall-back': { time: '2012-11-04T01:00:00-0500', spec: 'TZ=America/New_York 0 0 * * * ?', expected: '2012-11-04T02:00:00-0500' },
      '1am nightly, first run': { time: '2012-11-04T00:00:00-0400', spec: 'TZ=America/New_York 0 0 1 * * ?', expected: '2012-11-04T01:00:00-0400' },
      '1am nightly runs twice': { time: '2012-11-04T01:00:00-0400', spec: 'TZ=America/New_York 0 0 1 * * ?', expected: '2012-11-04T01:00:00-0500' },
      '1am nightly, next day': { time: '2012-11-04T01:00:00-0500', spec: 'TZ=America/New_York 0 0 1 * * ?', expected: '2012-11-05T01:00:00-0500' },
      '2am nightly on fall-back day': { time: '2012-11-04T00:00:00-0400', spec: 'TZ=America/New_York 0 0 2 * * ?', expected: '2012-11-04T02:00:00-0500' },
      '2am nightly, next day': { time: '2012-11-04T02:00:00-0500', spec: 'TZ=America/New_York 0 0 2 * * ?', expected: '2012-11-05T02:00:00-0500' },
      '3am nightly on fall-back day': { time: '2012-11-04T00:00:00-0400', spec: 'TZ=America/New_York 0 0 3 * * ?', expected: '2012-11-04T03:00:00-0500' },
      '3am nightly, next day': { time: '2012-11-04T03:00:00-0500', spec: 'TZ=America/New_York 0 0 3 * * ?', expected: '2012-11-05T03:00:00-0500' },
      'local zone: hourly before fall-back': {
        time: 'TZ=America/New_York 2012-11-04T00:00:00-0400',
        spec: '0 0 * * * ?',
        expected: '2012-11-04T01:00:00-0400',
      },
      'local zone: hourly into the repeated hour': {
        time: 'TZ=America/New_York 2012-11-04T01:00:00-0400',
        spec: '0 0 * * * ?',
        expected: '2012-11-04T01:00:00-0500',
      },
      'local zone: hourly after fall-back': {
        time: 'TZ=America/New_York 2012-11-04T01:00:00-0500',
        spec: '0 0 * * * ?',
        expected: '2012-11-04T02:00:00-0500',
      },
      'local zone: 1am nightly, first run': {
        time: 'TZ=America/New_York 2012-11-04T00:00:00-0400',
        spec: '0 0 1 * * ?',
        expected: '2012-11-04T01:00:00-0400',
      },
      'local zone: 1am nightly runs twice': {
        time: 'TZ=America/New_York 2012-11-04T01:00:00-0400',
        spec: '0 0 1 * * ?',
        expected: '2012-11-04T01:00:00-0500',
      },
      'local zone: 1am nightly, next day': {
        time: 'TZ=America/New_York 2012-11-04T01:00:00-0500',
        spec: '0 0 1 * * ?',
        expected: '2012-11-05T01:00:00-0500',
      },
      'local zone: 2am nightly on fall-back day': {
        time: 'TZ=America/New_York 2012-11-04T00:00:00-0400',
        spec: '0 0 2 * * ?',
        expected: '2012-11-04T02:00:00-0500',
      },
      'local zone: 2am nightly, next day': {
        time: 'TZ=America/New_York 2012-11-04T02:00:00-0500',
        spec: '0 0 2 * * ?',
        expected: '2012-11-05T02:00:00-0500',
      },
      'local zone: 3am nightly on fall-back day': {
        time: 'TZ=America/New_York 2012-11-04T00:00:00-0400',
        spec: '0 0 3 * * ?',
        expected: '2012-11-04T03:00:00-0500',
      },
      'local zone: 3am nightly, next day': {
        time: 'TZ=America/New_York 2012-11-04T03:00:00-0500',
        spec: '0 0 3 * * ?',
        expected: '2012-11-05T03:00:00-0500',
      },
      'unsatisfiable: 30 Feb': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 30 Feb ?', expected: '' },
      'unsatisfiable: 31 Apr': { time: 'Mon Jul 9 23:35 2012', spec: '0 0 0 31 Apr ?', expected: '' },
      'monthly job': { time: 'TZ=America/New_York 2012-11-04T00:00:00-0400', spec: '0 0 3 3 * ?', expected: '2012-12-03T03:00:00-0500' },
      'Sao Paulo: midnight does not exist (#157)': {
        time: '2018-10-17T05:00:00-0400',
        spec: 'TZ=America/Sao_Paulo 0 0 9 10 * ?',
        expected: '2018-11-10T06:00:00-0500',
      },
      'Sao Paulo: February': {
        time: '2018-02-14T05:00:00-0500',
        spec: 'TZ=America/Sao_Paulo 0 0 9 22 * ?',
        expected: '2018-02-22T07:00:00-0500',
      },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const { at, zone } = getTime(c.time);
        const actual = next(sixFields(c.spec), at, zone);
        if (c.expected === '') assert.equal(actual, null);
        else assert.equal(actual?.toISOString(), getTime(c.expected).at.toISOString());
      });
    }
  });

  describe('TestNextWithTz: schedules read in the zone of the instant (+05:30)', () => {
    const cases: Record<string, { time: string; spec: string; expected: string }> = {
      'earlier the same day': { time: '2016-01-03T13:09:03+0530', spec: '14 14 * * *', expected: '2016-01-03T14:14:00+0530' },
      'early morning': { time: '2016-01-03T04:09:03+0530', spec: '14 14 * * ?', expected: '2016-01-03T14:14:00+0530' },
      'minutes before': { time: '2016-01-03T14:09:03+0530', spec: '14 14 * * *', expected: '2016-01-03T14:14:00+0530' },
      'on the hour': { time: '2016-01-03T14:00:00+0530', spec: '14 14 * * ?', expected: '2016-01-03T14:14:00+0530' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const actual = next(parseSchedule(c.spec), getTime(c.time).at, 'Asia/Kolkata');
        assert.equal(actual?.toISOString(), getTime(c.expected).at.toISOString());
      });
    }
  });

  describe('TestConstantDelayNext: @every', () => {
    const cases: Record<string, { time: string; every: string; expected: string }> = {
      'nanoseconds of the delay dropped': { time: 'Mon Jul 9 14:45 2012', every: '15m50ns', expected: 'Mon Jul 9 15:00 2012' },
      'from :59': { time: 'Mon Jul 9 14:59 2012', every: '15m', expected: 'Mon Jul 9 15:14 2012' },
      'from :59:59': { time: 'Mon Jul 9 14:59:59 2012', every: '15m', expected: 'Mon Jul 9 15:14:59 2012' },
      'wrap around hours': { time: 'Mon Jul 9 15:45 2012', every: '35m', expected: 'Mon Jul 9 16:20 2012' },
      'wrap around days': { time: 'Mon Jul 9 23:46 2012', every: '14m', expected: 'Tue Jul 10 00:00 2012' },
      'wrap around days, 35m': { time: 'Mon Jul 9 23:45 2012', every: '35m', expected: 'Tue Jul 10 00:20 2012' },
      'wrap around days, seconds': { time: 'Mon Jul 9 23:35:51 2012', every: '44m24s', expected: 'Tue Jul 10 00:20:15 2012' },
      'more than a day': { time: 'Mon Jul 9 23:35:51 2012', every: '25h44m24s', expected: 'Thu Jul 11 01:20:15 2012' },
      'wrap around months': { time: 'Mon Jul 9 23:35 2012', every: '2184h25m', expected: 'Thu Oct 9 00:00 2012' },
      'wrap around the year': { time: 'Mon Dec 31 23:59:45 2012', every: '15s', expected: 'Tue Jan 1 00:00:00 2013' },
      'under a second rounds up to one': { time: 'Mon Jul 9 14:45:00 2012', every: '15ms', expected: 'Mon Jul 9 14:45:01 2012' },
      'sub-second part of the start dropped': { time: 'Mon Jul 9 14:45:00.005 2012', every: '15m', expected: 'Mon Jul 9 15:00 2012' },
      'both dropped': { time: 'Mon Jul 9 14:45:00.005 2012', every: '15m50ns', expected: 'Mon Jul 9 15:00 2012' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const actual = next(parseSchedule(`@every ${c.every}`), getTime(c.time).at);
        assert.equal(actual?.toISOString(), getTime(c.expected).at.toISOString());
      });
    }
  });

  describe('ECOSYSTEM.md section 7 table (robfig under Go)', () => {
    const cases: Record<string, { spec: string; from: string; expected: string[] }> = {
      'quarter hours': {
        spec: '0,15,30,45 * * * *',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-01T00:15:00Z', '2026-04-01T00:30:00Z', '2026-04-01T00:45:00Z', '2026-04-01T01:00:00Z'],
      },
      '13th OR Friday': {
        spec: '0 0 13 * 5',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-03T00:00:00Z', '2026-04-10T00:00:00Z', '2026-04-13T00:00:00Z', '2026-04-17T00:00:00Z'],
      },
      '*/10 day of month OR Monday': {
        spec: '0 0 */10 * 1',
        from: '2026-02-01T00:00:00Z',
        expected: [
          '2026-02-02T00:00:00Z',
          '2026-02-09T00:00:00Z',
          '2026-02-11T00:00:00Z',
          '2026-02-16T00:00:00Z',
          '2026-02-21T00:00:00Z',
          '2026-02-23T00:00:00Z',
          '2026-03-01T00:00:00Z',
          '2026-03-02T00:00:00Z',
        ],
      },
      '*/1 is a star: Mondays only': {
        spec: '0 0 */1 * 1',
        from: '2026-02-01T00:00:00Z',
        expected: ['2026-02-02T00:00:00Z', '2026-02-09T00:00:00Z', '2026-02-16T00:00:00Z'],
      },
      'working hours from Friday 16:50': {
        spec: '*/15 9-17 * * 1-5',
        from: '2026-04-03T16:50:00Z',
        expected: ['2026-04-03T17:00:00Z', '2026-04-03T17:15:00Z', '2026-04-03T17:30:00Z', '2026-04-03T17:45:00Z', '2026-04-06T09:00:00Z'],
      },
      '@hourly': {
        spec: '@hourly',
        from: '2026-04-01T10:20:30Z',
        expected: ['2026-04-01T11:00:00Z', '2026-04-01T12:00:00Z', '2026-04-01T13:00:00Z'],
      },
      '? in day of month: Mondays': {
        spec: '0 0 ? * 1',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-06T00:00:00Z', '2026-04-13T00:00:00Z', '2026-04-20T00:00:00Z'],
      },
      'weekdays in January and February': {
        spec: '0 12 * JAN,FEB MON-FRI',
        from: '2026-02-26T13:00:00Z',
        expected: ['2026-02-27T12:00:00Z', '2027-01-01T12:00:00Z', '2027-01-04T12:00:00Z'],
      },
      '@every 90m': { spec: '@every 90m', from: '2026-04-01T00:00:00Z', expected: ['2026-04-01T01:30:00Z', '2026-04-01T03:00:00Z'] },
      'New York 09:00 over spring-forward': {
        spec: 'TZ=America/New_York 0 9 * * *',
        from: '2026-03-07T00:00:00Z',
        expected: ['2026-03-07T14:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T13:00:00Z'],
      },
      'New York 02:30 skips Mar 8': {
        spec: 'TZ=America/New_York 30 2 * * *',
        from: '2026-03-07T00:00:00Z',
        expected: ['2026-03-07T07:30:00Z', '2026-03-09T06:30:00Z'],
      },
      'New York 01:30 runs twice on Nov 1': {
        spec: 'TZ=America/New_York 30 1 * * *',
        from: '2026-10-31T12:00:00Z',
        expected: ['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-02T06:30:00Z'],
      },
      'New York half hours across fall-back': {
        spec: 'TZ=America/New_York */30 * * * *',
        from: '2026-11-01T04:45:00Z',
        expected: ['2026-11-01T05:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:00:00Z', '2026-11-01T06:30:00Z', '2026-11-01T07:00:00Z'],
      },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(sequence(parseSchedule(c.spec), c.from, c.expected.length), c.expected));
    }
  });

  describe('semantics notes C3, C4, C7', () => {
    const cases: Record<string, { spec: string; from: string; expected: string[] }> = {
      '*/7 minutes restart every hour': {
        spec: '*/7 * * * *',
        from: '2026-04-01T00:50:00Z',
        expected: ['2026-04-01T00:56:00Z', '2026-04-01T01:00:00Z', '2026-04-01T01:07:00Z'],
      },
      '5/15 is 5,20,35,50': {
        spec: '5/15 * * * *',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-01T00:05:00Z', '2026-04-01T00:20:00Z', '2026-04-01T00:35:00Z', '2026-04-01T00:50:00Z', '2026-04-01T01:05:00Z'],
      },
      '1-31 with Monday fires daily (OR)': {
        spec: '0 0 1-31 * Mon',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-02T00:00:00Z', '2026-04-03T00:00:00Z', '2026-04-04T00:00:00Z'],
      },
      '? with Monday fires on Mondays': {
        spec: '0 0 ? * Mon',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-06T00:00:00Z', '2026-04-13T00:00:00Z'],
      },
      '*/2 with Sunday is OR': {
        spec: '0 0 */2 * Sun',
        from: '2026-04-01T00:00:00Z',
        expected: ['2026-04-03T00:00:00Z', '2026-04-05T00:00:00Z', '2026-04-07T00:00:00Z'],
      },
      '59 23 31 2 * never fires': { spec: '59 23 31 2 *', from: '2026-04-01T00:00:00Z', expected: ['zero'] },
      'strictly after: an exact tick is skipped': {
        spec: '0 * * * *',
        from: '2026-04-01T10:00:00Z',
        expected: ['2026-04-01T11:00:00Z'],
      },
      'sub-seconds are dropped before adding a second': {
        spec: '* * * * *',
        from: '2026-04-01T10:00:59.999Z',
        expected: ['2026-04-01T10:01:00Z'],
      },
      'leap day every four years': {
        spec: '0 0 29 2 *',
        from: '2024-03-01T00:00:00Z',
        expected: ['2028-02-29T00:00:00Z', '2032-02-29T00:00:00Z'],
      },
      'New York 00:00 daily over spring-forward': {
        spec: 'TZ=America/New_York 0 0 * * *',
        from: '2012-03-10T06:00:00Z',
        expected: ['2012-03-11T05:00:00Z', '2012-03-12T04:00:00Z'],
      },
      'Berlin 02:30 is skipped on spring-forward day': {
        spec: 'TZ=Europe/Berlin 30 2 * * *',
        from: '2026-03-28T00:00:00Z',
        expected: ['2026-03-28T01:30:00Z', '2026-03-30T00:30:00Z'],
      },
      'Berlin 02:30 runs twice on fall-back day': {
        spec: 'TZ=Europe/Berlin 30 2 * * *',
        from: '2026-10-24T12:00:00Z',
        expected: ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-26T01:30:00Z'],
      },
      'Lord Howe half-hour DST: 02:15 on Oct 4 skipped': {
        spec: 'TZ=Australia/Lord_Howe 15 2 * * *',
        from: '2026-10-02T00:00:00Z',
        expected: ['2026-10-02T15:45:00Z', '2026-10-04T15:15:00Z', '2026-10-05T15:15:00Z'],
      },
      'Sao Paulo midnight missing': {
        spec: 'TZ=America/Sao_Paulo 0 0 * * *',
        from: '2018-11-02T12:00:00Z',
        expected: ['2018-11-03T03:00:00Z', '2018-11-05T02:00:00Z'],
      },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(sequence(parseSchedule(c.spec), c.from, c.expected.length), c.expected));
    }
  });

  describe("schedules from Kubernetes' cronjob utils_test.go (top of the hour 2016-05-19T10:00Z)", () => {
    const cases: Record<string, { spec: string; from: string; expected: string[] }> = {
      'hourly on the hour': {
        spec: '0 * * * ?',
        from: '2016-05-19T09:50:00Z',
        expected: ['2016-05-19T10:00:00Z', '2016-05-19T11:00:00Z'],
      },
      'every 4 hours from 06:30 on weekdays (Thursday start)': {
        spec: '30 6-16/4 * * 1-5',
        from: '2016-05-19T10:30:00Z',
        expected: ['2016-05-19T14:30:00Z', '2016-05-20T06:30:00Z', '2016-05-20T10:30:00Z', '2016-05-20T14:30:00Z', '2016-05-23T06:30:00Z'],
      },
      '10:30, 11:30 and 12:30 on weekdays': {
        spec: '30 10,11,12 * * 1-5',
        from: '2016-05-19T10:30:00Z',
        expected: ['2016-05-19T11:30:00Z', '2016-05-19T12:30:00Z', '2016-05-20T10:30:00Z', '2016-05-20T11:30:00Z', '2016-05-20T12:30:00Z', '2016-05-23T10:30:00Z'],
      },
      'Thursdays at noon': {
        spec: '0 12 * * 4',
        from: '2016-05-19T12:00:00Z',
        expected: ['2016-05-26T12:00:00Z', '2016-06-02T12:00:00Z'],
      },
      'Fridays at noon': { spec: '0 12 * * 5', from: '2016-05-19T10:00:00Z', expected: ['2016-05-20T12:00:00Z'] },
      'every 5 minutes': {
        spec: '*/5 * * * *',
        from: '2016-05-19T10:30:00Z',
        expected: ['2016-05-19T10:35:00Z', '2016-05-19T10:40:00Z'],
      },
      '@every 1h from the creation time': {
        spec: '@every 1h',
        from: '2016-05-19T09:01:00Z',
        expected: ['2016-05-19T10:01:00Z', '2016-05-19T11:01:00Z'],
      },
      'rogue 31 Feb': { spec: '59 23 31 2 *', from: '2016-05-19T10:00:10Z', expected: ['zero'] },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(sequence(parseSchedule(c.spec), c.from, c.expected.length), c.expected));
    }
  });

  describe('inputs', () => {
    it('an invalid Date is refused', () => {
      assert.throws(() => next(parseSchedule('* * * * *'), new Date(Number.NaN)), RangeError);
    });
    it('a local zone only applies to schedules without TZ=', () => {
      const s = parseSchedule('TZ=UTC 0 0 * * *');
      assert.equal(next(s, new Date('2026-04-01T12:00:00Z'), 'Asia/Tokyo')?.toISOString(), '2026-04-02T00:00:00.000Z');
    });
  });
});
