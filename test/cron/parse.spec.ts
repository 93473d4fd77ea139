/**
 * parseSchedule = robfig's ParseStandard. Cases from parser_test.go (TestParseSchedule,
 * TestStandardSpecSchedule, TestParseScheduleErrors), spec_test.go (TestErrors,
 * TestSlash0NoHang) and error texts checked against robfig/cron v3 under Go 1.19.
 */

import assert from 'node:assert/strict';
import { CronParseError, parseSchedule } from '../../src/cron';
import type { CronSchedule, SpecSchedule } from '../../src/cron';
import { allBits, DOM, DOW, HOURS, MONTHS } from '../../src/cron/fields';

function spec(minute: bigint, hour: bigint, dom: bigint, month: bigint, dow: bigint, location: string | null = null): SpecSchedule {
  return { kind: 'spec', second: 1n, minute, hour, dom, month, dow, location };
}
const every5min = (location: string | null = null): SpecSchedule =>
  spec(1n << 5n, allBits(HOURS), allBits(DOM), allBits(MONTHS), allBits(DOW), location);
const midnight = (location: string | null = null): SpecSchedule => spec(1n, 1n, allBits(DOM), allBits(MONTHS), allBits(DOW), location);
const annual = (location: string | null = null): SpecSchedule => spec(1n, 1n, 1n << 1n, 1n << 1n, allBits(DOW), location);

describe('parseSchedule', () => {
  describe('schedules (TestParseSchedule, TestStandardSpecSchedule)', () => {
    const cases: Record<string, { spec: string; expected: CronSchedule }> = {
      'five fields': { spec: '5 * * * *', expected: every5min() },
      'CRON_TZ=UTC with two spaces': { spec: 'CRON_TZ=UTC  5 * * * *', expected: every5min('UTC') },
      'CRON_TZ=Asia/Tokyo': { spec: 'CRON_TZ=Asia/Tokyo 5 * * * *', expected: every5min('Asia/Tokyo') },
      'TZ= with an empty name is UTC': { spec: 'TZ= 5 * * * *', expected: every5min('UTC') },
      'TZ=Local is the local zone': { spec: 'TZ=Local 5 * * * *', expected: every5min(null) },
      '@every 5m': { spec: '@every 5m', expected: { kind: 'every', delaySeconds: 300 } },
      '@midnight': { spec: '@midnight', expected: midnight() },
      'TZ=UTC  @midnight': { spec: 'TZ=UTC  @midnight', expected: midnight('UTC') },
      'TZ=Asia/Tokyo @midnight': { spec: 'TZ=Asia/Tokyo @midnight', expected: midnight('Asia/Tokyo') },
      '@yearly': { spec: '@yearly', expected: annual() },
      '@annually': { spec: '@annually', expected: annual() },
      '@monthly': { spec: '@monthly', expected: spec(1n, 1n, 1n << 1n, allBits(MONTHS), allBits(DOW)) },
      '@weekly': { spec: '@weekly', expected: spec(1n, 1n, allBits(DOM), allBits(MONTHS), 1n) },
      '@daily': { spec: '@daily', expected: midnight() },
      '@hourly': { spec: '@hourly', expected: spec(1n, allBits(HOURS), allBits(DOM), allBits(MONTHS), allBits(DOW)) },
      'every minute of hour 5 (seconds field dropped)': {
        spec: '* 5 * * *',
        expected: spec(allBits({ min: 0, max: 59 }), 1n << 5n, allBits(DOM), allBits(MONTHS), allBits(DOW)),
      },
      'tabs and repeated spaces separate fields': { spec: '\t5  *\t* *  * ', expected: every5min() },
      '@every truncates to whole seconds': { spec: '@every 1.9s', expected: { kind: 'every', delaySeconds: 1 } },
      '@every below a second is a second': { spec: '@every 100ms', expected: { kind: 'every', delaySeconds: 1 } },
      '@every negative is a second': { spec: '@every -1h', expected: { kind: 'every', delaySeconds: 1 } },
      '@every 0 is a second': { spec: '@every 0', expected: { kind: 'every', delaySeconds: 1 } },
      '@every 1h30m': { spec: '@every 1h30m', expected: { kind: 'every', delaySeconds: 5400 } },
      '@every ignores TZ': { spec: 'TZ=Asia/Tokyo @every 1h', expected: { kind: 'every', delaySeconds: 3600 } },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(parseSchedule(c.spec), c.expected));
    }
  });

  describe('star bits that decide the day rule', () => {
    const cases: Record<string, { spec: string; domStar: boolean; dowStar: boolean }> = {
      '* keeps it': { spec: '0 0 * * *', domStar: true, dowStar: true },
      '? keeps it': { spec: '0 0 ? * 1', domStar: true, dowStar: false },
      '*/1 keeps it': { spec: '0 0 */1 * 1', domStar: true, dowStar: false },
      '*/2 drops it': { spec: '0 0 */2 * 0', domStar: false, dowStar: false },
      '1-31 never had it': { spec: '0 0 1-31 * 1', domStar: false, dowStar: false },
    };
    const STAR = 1n << 63n;
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const s = parseSchedule(c.spec) as SpecSchedule;
        assert.equal((s.dom & STAR) !== 0n, c.domStar);
        assert.equal((s.dow & STAR) !== 0n, c.dowStar);
      });
    }
  });

  describe('errors (robfig text, checked against Go)', () => {
    const cases: Record<string, { spec: string; message: string }> = {
      'empty string': { spec: '', message: 'empty spec string' },
      'only a space': { spec: ' ', message: 'expected exactly 5 fields, found 0: []' },
      'six fields': { spec: '0 0 12 * * *', message: 'expected exactly 5 fields, found 6: [0 0 12 * * *]' },
      'four fields': { spec: '* * * *', message: 'expected exactly 5 fields, found 4: [* * * *]' },
      'one word (TestErrors xyz)': { spec: 'xyz', message: 'expected exactly 5 fields, found 1: [xyz]' },
      'minute 60 (TestErrors)': { spec: '60 0 * * *', message: 'end of range (60) above maximum (59): 60' },
      'hour 60 (TestErrors)': { spec: '0 60 * * *', message: 'end of range (60) above maximum (23): 60' },
      'bad day name (TestErrors)': {
        spec: '0 0 * * XYZ',
        message: 'failed to parse int from XYZ: strconv.Atoi: parsing "XYZ": invalid syntax',
      },
      'hour j (TestStandardSpecSchedule)': {
        spec: '5 j * * *',
        message: 'failed to parse int from j: strconv.Atoi: parsing "j": invalid syntax',
      },
      '15/0 does not hang (TestSlash0NoHang)': {
        spec: 'TZ=America/New_York 15/0 * * * *',
        message: 'step of range should be a positive number: 15/0',
      },
      'day of week 7': { spec: '0 0 * * 7', message: 'end of range (7) above maximum (6): 7' },
      'day of week 0-7': { spec: '0 0 * * 0-7', message: 'end of range (7) above maximum (6): 0-7' },
      'sat-sun': { spec: '0 0 * * sat-sun', message: 'beginning of range (6) beyond end of range (0): sat-sun' },
      'day of month 0': { spec: '* * 0 * *', message: 'beginning of range (0) below minimum (1): 0' },
      'day of month 32': { spec: '* * 32 * *', message: 'end of range (32) above maximum (31): 32' },
      'month 0': { spec: '* * * 0 *', message: 'beginning of range (0) below minimum (1): 0' },
      'month 13': { spec: '* * * 13 *', message: 'end of range (13) above maximum (12): 13' },
      'hour 24': { spec: '* 24 * * *', message: 'end of range (24) above maximum (23): 24' },
      'first bad field wins': { spec: 'x 99 * * *', message: 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax' },
      'leading minus: empty start': { spec: '-5 * * * *', message: 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax' },
      'trailing minus: empty end': { spec: '5- * * * *', message: 'failed to parse int from : strconv.Atoi: parsing "": invalid syntax' },
      'too many hyphens': { spec: '1--3 * * * *', message: 'too many hyphens: 1--3' },
      'start parsed before the hyphen count': {
        spec: 'a-b-c * * * *',
        message: 'failed to parse int from a: strconv.Atoi: parsing "a": invalid syntax',
      },
      'too many slashes': { spec: '1/2/3 * * * *', message: 'too many slashes: 1/2/3' },
      'zero step in a range': { spec: '0-59/0 * * * *', message: 'step of range should be a positive number: 0-59/0' },
      'overflowing number': {
        spec: '99999999999999999999 * * * *',
        message:
          'failed to parse int from 99999999999999999999: strconv.Atoi: parsing "99999999999999999999": value out of range',
      },
      'overflow reported before a later bad character': {
        spec: '99999999999999999999x * * * *',
        message:
          'failed to parse int from 99999999999999999999x: strconv.Atoi: parsing "99999999999999999999x": value out of range',
      },
      'largest int64 is parsed, then out of bounds': {
        spec: '9223372036854775807 * * * *',
        message: 'end of range (9223372036854775807) above maximum (59): 9223372036854775807',
      },
      'quotes are escaped as Go does': {
        spec: '"x" * * * *',
        message: 'failed to parse int from "x": strconv.Atoi: parsing "\\"x\\"": invalid syntax',
      },
      'backslash is escaped': { spec: '\\ * * * *', message: 'failed to parse int from \\: strconv.Atoi: parsing "\\\\": invalid syntax' },
      'printable unicode is kept': { spec: 'é * * * *', message: 'failed to parse int from é: strconv.Atoi: parsing "é": invalid syntax' },
      '@reboot': { spec: '@reboot', message: 'unrecognized descriptor: @reboot' },
      'descriptors are case-sensitive': { spec: '@Hourly', message: 'unrecognized descriptor: @Hourly' },
      'descriptor with a trailing space': { spec: '@hourly ', message: 'unrecognized descriptor: @hourly ' },
      'descriptor with a leading space is a field': { spec: ' @hourly', message: 'expected exactly 5 fields, found 1: [@hourly]' },
      'bare @every': { spec: '@every', message: 'unrecognized descriptor: @every' },
      '@every with nothing': { spec: '@every ', message: 'failed to parse duration @every : time: invalid duration ""' },
      '@every Xm (TestParseScheduleErrors)': {
        spec: '@every Xm',
        message: 'failed to parse duration @every Xm: time: invalid duration "Xm"',
      },
      '@every with a trailing space': {
        spec: '@every 1h ',
        message: 'failed to parse duration @every 1h : time: unknown unit "h " in duration "1h "',
      },
      '@every without a unit': { spec: '@every 1', message: 'failed to parse duration @every 1: time: missing unit in duration "1"' },
      '@every with an unknown unit': {
        spec: '@every 1d',
        message: 'failed to parse duration @every 1d: time: unknown unit "d" in duration "1d"',
      },
      '@every non-ASCII unit is shown as bytes': {
        spec: '@every 1é',
        message: 'failed to parse duration @every 1é: time: unknown unit "\\xc3\\xa9" in duration "1\\xc3\\xa9"',
      },
      '@every overflow': {
        spec: '@every 2562048h',
        message: 'failed to parse duration @every 2562048h: time: invalid duration "2562048h"',
      },
      'unknown zone': { spec: 'TZ=Mars/Olympus 0 0 * * *', message: 'provided bad location Mars/Olympus: unknown time zone Mars/Olympus' },
      'zone names are case-sensitive': {
        spec: 'TZ=america/new_york 0 0 * * *',
        message: 'provided bad location america/new_york: unknown time zone america/new_york',
      },
      'local in lower case is not Local': { spec: 'TZ=local 0 0 * * *', message: 'provided bad location local: unknown time zone local' },
      'zone with ..': {
        spec: 'TZ=../etc/passwd 0 0 * * *',
        message: 'provided bad location ../etc/passwd: time: invalid location name',
      },
      'absolute zone path': {
        spec: 'TZ=/etc/localtime 0 0 * * *',
        message: 'provided bad location /etc/localtime: time: invalid location name',
      },
      'only a space ends the zone name': {
        spec: 'TZ=UTC\t0 0 * * *',
        message: 'provided bad location UTC\t0: unknown time zone UTC\t0',
      },
      'TZ= and nothing else': { spec: 'TZ= ', message: 'expected exactly 5 fields, found 0: []' },
      'TZ without a space (Go panics)': { spec: 'TZ=UTC', message: 'runtime error: slice bounds out of range [:-1]' },
      'lower-case tz= is not a prefix': { spec: 'tz=UTC 0 0 * * *', message: 'expected exactly 5 fields, found 6: [tz=UTC 0 0 * * *]' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        assert.throws(
          () => parseSchedule(c.spec),
          (e: unknown) => e instanceof CronParseError && e.name === 'CronParseError' && e.message === c.message,
        );
      });
    }
  });
});
