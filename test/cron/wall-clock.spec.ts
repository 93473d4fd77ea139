/**
 * The wall-clock helper behind next(): Go's time.Date normalisation in a zone (results checked
 * against Go 1.19's time.Date), reading fields back, and the zone offsets taken from Intl.
 */

import assert from 'node:assert/strict';
import { civilFromDays, daysFromCivil } from '../../src/cron/civil';
import { WallClock } from '../../src/cron/wall-clock';
import { IntlZone, loadLocation, UTC_ZONE, zoneFor } from '../../src/cron/zone';

const iso = (unixSeconds: number): string => new Date(unixSeconds * 1000).toISOString().replace('.000Z', 'Z');

describe('wall clock', () => {
  describe("time.Date(y, mo, d, h, mi, s, 0, zone) as Go computes it", () => {
    const cases: Record<string, { zone: string; fields: [number, number, number, number, number, number]; expected: string }> = {
      'New York: skipped 02:30 lands on 01:30 EST': { zone: 'America/New_York', fields: [2012, 3, 11, 2, 30, 0], expected: '2012-03-11T06:30:00Z' },
      'New York: 03:00 after the gap is EDT': { zone: 'America/New_York', fields: [2012, 3, 11, 3, 0, 0], expected: '2012-03-11T07:00:00Z' },
      'New York: repeated 01:30 is the first (EDT)': { zone: 'America/New_York', fields: [2012, 11, 4, 1, 30, 0], expected: '2012-11-04T05:30:00Z' },
      'New York: just before the repeat': { zone: 'America/New_York', fields: [2012, 11, 4, 0, 59, 59], expected: '2012-11-04T04:59:59Z' },
      'Berlin: skipped 02:30 lands on 03:30 CEST': { zone: 'Europe/Berlin', fields: [2026, 3, 29, 2, 30, 0], expected: '2026-03-29T01:30:00Z' },
      'Berlin: repeated 02:30 is the second (CET)': { zone: 'Europe/Berlin', fields: [2026, 10, 25, 2, 30, 0], expected: '2026-10-25T01:30:00Z' },
      'London: skipped 01:30 lands on 02:30 BST': { zone: 'Europe/London', fields: [2026, 3, 29, 1, 30, 0], expected: '2026-03-29T01:30:00Z' },
      'London: repeated 01:30 is the second (GMT)': { zone: 'Europe/London', fields: [2026, 10, 25, 1, 30, 0], expected: '2026-10-25T01:30:00Z' },
      'Lord Howe: skipped 02:15 (half-hour DST)': { zone: 'Australia/Lord_Howe', fields: [2026, 10, 4, 2, 15, 0], expected: '2026-10-03T15:45:00Z' },
      'Lord Howe: repeated 01:45': { zone: 'Australia/Lord_Howe', fields: [2026, 4, 5, 1, 45, 0], expected: '2026-04-04T15:15:00Z' },
      'Sao Paulo: midnight that does not exist': { zone: 'America/Sao_Paulo', fields: [2018, 11, 4, 0, 0, 0], expected: '2018-11-04T02:00:00Z' },
      'Apia: a day that was skipped': { zone: 'Pacific/Apia', fields: [2011, 12, 30, 12, 0, 0], expected: '2011-12-30T22:00:00Z' },
      'Kolkata: +05:30': { zone: 'Asia/Kolkata', fields: [2026, 1, 1, 0, 0, 0], expected: '2025-12-31T18:30:00Z' },
      'month 13 is next January': { zone: 'UTC', fields: [2026, 13, 1, 0, 0, 0], expected: '2027-01-01T00:00:00Z' },
      'month 0 is last December': { zone: 'UTC', fields: [2026, 0, 1, 0, 0, 0], expected: '2025-12-01T00:00:00Z' },
      'day 32 of January': { zone: 'UTC', fields: [2026, 1, 32, 0, 0, 0], expected: '2026-02-01T00:00:00Z' },
      'every field overflowing': { zone: 'UTC', fields: [2024, 2, 30, 24, 60, 60], expected: '2024-03-02T01:01:00Z' },
      'negative minute and day 60, in a zone': { zone: 'America/New_York', fields: [2026, 1, 60, 25, -1, 0], expected: '2026-03-02T05:59:00Z' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(iso(new WallClock(zoneFor(c.zone)).date(...c.fields)), c.expected));
    }

    it('AddDate(0, 1, 0) from January 31st overflows into March', () => {
      const c = new WallClock(zoneFor('America/New_York'));
      c.read(Date.parse('2012-01-31T15:00:00Z') / 1000);
      assert.equal(iso(c.addDate(1, 0)), '2012-03-02T15:00:00Z');
    });
  });

  describe('reading fields', () => {
    const cases: Record<string, { zone: string; at: string; expected: Record<string, number> }> = {
      'UTC': {
        zone: 'UTC',
        at: '2026-04-03T16:50:07Z',
        expected: { year: 2026, month: 4, day: 3, hour: 16, minute: 50, second: 7, weekday: 5, offset: 0 },
      },
      'New York first 01:00 (EDT)': {
        zone: 'America/New_York',
        at: '2012-11-04T05:00:00Z',
        expected: { year: 2012, month: 11, day: 4, hour: 1, minute: 0, second: 0, weekday: 0, offset: -14_400 },
      },
      'New York second 01:00 (EST)': {
        zone: 'America/New_York',
        at: '2012-11-04T06:00:00Z',
        expected: { year: 2012, month: 11, day: 4, hour: 1, minute: 0, second: 0, weekday: 0, offset: -18_000 },
      },
      'Chatham +13:45': {
        zone: 'Pacific/Chatham',
        at: '2026-01-01T00:00:00Z',
        expected: { year: 2026, month: 1, day: 1, hour: 13, minute: 45, second: 0, weekday: 4, offset: 49_500 },
      },
      'leap day before 1970': {
        zone: 'UTC',
        at: '1968-02-29T23:59:59Z',
        expected: { year: 1968, month: 2, day: 29, hour: 23, minute: 59, second: 59, weekday: 4, offset: 0 },
      },
      'year 1': {
        zone: 'UTC',
        at: '0001-01-01T00:00:00Z',
        expected: { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, weekday: 1, offset: 0 },
      },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const clock = new WallClock(zoneFor(c.zone));
        clock.read(Date.parse(c.at) / 1000);
        const actual = Object.fromEntries(Object.keys(c.expected).map((k) => [k, clock[k as keyof WallClock]]));
        assert.deepEqual(actual, c.expected);
      });
    }
  });

  describe('civil days', () => {
    it('round-trips every day from 1600 to 2400', () => {
      const out = { year: 0, month: 0, day: 0 };
      for (let days = daysFromCivil(1600, 1, 1); days <= daysFromCivil(2400, 12, 31); days++) {
        civilFromDays(days, out);
        if (daysFromCivil(out.year, out.month, out.day) !== days) assert.fail(`day ${days}`);
      }
    });
    it('agrees with Date.UTC', () => {
      assert.equal(daysFromCivil(2026, 4, 3) * 86_400_000, Date.UTC(2026, 3, 3));
      assert.equal(daysFromCivil(1900, 3, 1) * 86_400_000, Date.UTC(1900, 2, 1));
    });
  });

  describe('zone offsets', () => {
    const cases: Record<string, { zone: string; at: string; offset: number }> = {
      'New York, last second of EST': { zone: 'America/New_York', at: '2012-03-11T06:59:59Z', offset: -18_000 },
      'New York, first second of EDT': { zone: 'America/New_York', at: '2012-03-11T07:00:00Z', offset: -14_400 },
      'New York, last second of EDT': { zone: 'America/New_York', at: '2012-11-04T05:59:59Z', offset: -14_400 },
      'New York, first second of EST': { zone: 'America/New_York', at: '2012-11-04T06:00:00Z', offset: -18_000 },
      'Lord Howe summer +11': { zone: 'Australia/Lord_Howe', at: '2026-01-01T00:00:00Z', offset: 39_600 },
      'Lord Howe winter +10:30': { zone: 'Australia/Lord_Howe', at: '2026-07-01T00:00:00Z', offset: 37_800 },
      'Apia before the skipped day': { zone: 'Pacific/Apia', at: '2011-12-30T09:59:59Z', offset: -36_000 },
      'Apia after the skipped day': { zone: 'Pacific/Apia', at: '2011-12-30T10:00:00Z', offset: 50_400 },
      'Etc/GMT+5 is five hours west': { zone: 'Etc/GMT+5', at: '2026-01-01T00:00:00Z', offset: -18_000 },
      'Factory is UTC': { zone: 'Factory', at: '2026-01-01T00:00:00Z', offset: 0 },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(zoneFor(c.zone).offsetAt(Date.parse(c.at) / 1000), c.offset));
    }

    it('gives the same answers whichever order days are first asked in', () => {
      const instants: number[] = [];
      for (let t = Date.parse('2026-03-28T00:00:00Z') / 1000; t < Date.parse('2026-03-30T00:00:00Z') / 1000; t += 1800) instants.push(t);
      // Separate zone objects, so each cache starts empty.
      const forward = new IntlZone('Europe/Paris');
      const backward = new IntlZone('Europe/Paris');
      const a = instants.map((t) => forward.offsetAt(t));
      const b = instants.reverse().map((t) => backward.offsetAt(t)).reverse();
      assert.deepEqual(a, b);
      assert.equal(a[0], 3600);
      assert.equal(a[a.length - 1], 7200);
    });
  });

  describe('loadLocation (Go time.LoadLocation)', () => {
    const cases: Record<string, { name: string; result?: string | null; err?: string }> = {
      'empty is UTC': { name: '', result: 'UTC' },
      'UTC': { name: 'UTC', result: 'UTC' },
      'Local is the local zone': { name: 'Local', result: null },
      'canonical name': { name: 'America/New_York', result: 'America/New_York' },
      'backward link': { name: 'US/Eastern', result: 'US/Eastern' },
      'old spelling': { name: 'Asia/Calcutta', result: 'Asia/Calcutta' },
      'three levels': { name: 'America/Argentina/ComodRivadavia', result: 'America/Argentina/ComodRivadavia' },
      'wrong case': { name: 'america/new_york', err: 'unknown time zone america/new_york' },
      'unknown': { name: 'Mars/Olympus', err: 'unknown time zone Mars/Olympus' },
      'offset string': { name: '+01:00', err: 'unknown time zone +01:00' },
      'dot dot': { name: 'a..b', err: 'time: invalid location name' },
      'leading slash': { name: '/UTC', err: 'time: invalid location name' },
      'leading backslash': { name: '\\UTC', err: 'time: invalid location name' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        if (c.err !== undefined) assert.throws(() => loadLocation(c.name), { message: c.err });
        else assert.equal(loadLocation(c.name)?.name ?? null, c.result);
      });
    }
    it('UTC needs no Intl lookups', () => assert.equal(loadLocation('UTC'), UTC_ZONE));
  });
});
