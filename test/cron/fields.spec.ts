/** robfig/cron parser_test.go TestRange, TestField, TestAll, TestBits: one field to a bit set. */

import assert from 'node:assert/strict';
import { allBits, DOM, DOW, getBits, getField, getRange, HOURS, MINUTES, MONTHS } from '../../src/cron/fields';
import { CronParseError, STAR_BIT } from '../../src/cron/schedule';

const bit = (...values: number[]): bigint => values.reduce((acc, v) => acc | (1n << BigInt(v)), 0n);

describe('cron fields', () => {
  describe('getRange (TestRange)', () => {
    const cases: Record<string, { expr: string; min: number; max: number; expected?: bigint; err?: string }> = {
      'single value': { expr: '5', min: 0, max: 7, expected: bit(5) },
      'minimum value': { expr: '0', min: 0, max: 7, expected: bit(0) },
      'maximum value': { expr: '7', min: 0, max: 7, expected: bit(7) },
      'one-value range': { expr: '5-5', min: 0, max: 7, expected: bit(5) },
      'two-value range': { expr: '5-6', min: 0, max: 7, expected: bit(5, 6) },
      'three-value range': { expr: '5-7', min: 0, max: 7, expected: bit(5, 6, 7) },
      'range with step past its end': { expr: '5-6/2', min: 0, max: 7, expected: bit(5) },
      'range with step 2': { expr: '5-7/2', min: 0, max: 7, expected: bit(5, 7) },
      'range with step 1': { expr: '5-7/1', min: 0, max: 7, expected: bit(5, 6, 7) },
      'star has the star bit': { expr: '*', min: 1, max: 3, expected: bit(1, 2, 3) | STAR_BIT },
      'star step 2 loses the star bit': { expr: '*/2', min: 1, max: 3, expected: bit(1, 3) },
      'star step 1 keeps the star bit': { expr: '*/1', min: 1, max: 3, expected: bit(1, 2, 3) | STAR_BIT },
      'question mark is star': { expr: '?', min: 0, max: 2, expected: bit(0, 1, 2) | STAR_BIT },
      'N/step runs to the maximum': { expr: '5/15', min: 0, max: 59, expected: bit(5, 20, 35, 50) },
      'text after a leading star is ignored': { expr: '*-5', min: 0, max: 7, expected: bit(0, 1, 2, 3, 4, 5, 6, 7) | STAR_BIT },
      'too many hyphens': { expr: '5--5', min: 0, max: 0, err: 'too many hyphens: 5--5' },
      'bad name in range': {
        expr: 'jan-x',
        min: 0,
        max: 0,
        err: 'failed to parse int from jan: strconv.Atoi: parsing "jan": invalid syntax',
      },
      'bad end of range': { expr: '2-x', min: 1, max: 5, err: 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax' },
      'negative step': { expr: '*/-12', min: 0, max: 0, err: 'negative number (-12) not allowed: -12' },
      'too many slashes': { expr: '*//2', min: 0, max: 0, err: 'too many slashes: *//2' },
      'below minimum': { expr: '1', min: 3, max: 5, err: 'beginning of range (1) below minimum (3): 1' },
      'above maximum': { expr: '6', min: 3, max: 5, err: 'end of range (6) above maximum (5): 6' },
      'reversed range': { expr: '5-3', min: 3, max: 5, err: 'beginning of range (5) beyond end of range (3): 5-3' },
      'zero step': { expr: '*/0', min: 0, max: 0, err: 'step of range should be a positive number: */0' },
      'huge value keeps its digits': {
        expr: '9223372036854775807',
        min: 0,
        max: 59,
        err: 'end of range (9223372036854775807) above maximum (59): 9223372036854775807',
      },
      'huge step is fine': { expr: '*/9223372036854775807', min: 0, max: 59, expected: bit(0) },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        const bounds = { min: c.min, max: c.max };
        if (c.err !== undefined) {
          assert.throws(() => getRange(c.expr, bounds), (e: unknown) => e instanceof CronParseError && e.message === c.err);
        } else {
          assert.equal(getRange(c.expr, bounds), c.expected);
        }
      });
    }
  });

  describe('getField (TestField)', () => {
    const cases: Record<string, { expr: string; expected: bigint }> = {
      'one value': { expr: '5', expected: bit(5) },
      'two values': { expr: '5,6', expected: bit(5, 6) },
      'three values': { expr: '5,6,7', expected: bit(5, 6, 7) },
      'values and a stepped range': { expr: '1,5-7/2,3', expected: bit(1, 3, 5, 7) },
      'empty items are skipped': { expr: ',5,,6,', expected: bit(5, 6) },
      'only commas: nothing at all': { expr: ',,', expected: 0n },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(getField(c.expr, { min: 1, max: 7 }), c.expected));
    }
  });

  describe('names', () => {
    const cases: Record<string, { expr: string; bounds: typeof MONTHS; expected: bigint }> = {
      'month names in a list': { expr: 'JAN,feb,Mar', bounds: MONTHS, expected: bit(1, 2, 3) },
      'month names in a range': { expr: 'jan-dec', bounds: MONTHS, expected: allBits(MONTHS) & ~STAR_BIT },
      'day names in a range': { expr: 'MON-FRI', bounds: DOW, expected: bit(1, 2, 3, 4, 5) },
      'day name with a step': { expr: 'mon/2', bounds: DOW, expected: bit(1, 3, 5) },
      'Go lower-cases dotted capital I to i': { expr: 'FRİ', bounds: DOW, expected: bit(5) },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(getField(c.expr, c.bounds), c.expected));
    }
    it('sat-sun is a reversed range', () => {
      assert.throws(() => getField('sat-sun', DOW), { message: 'beginning of range (6) beyond end of range (0): sat-sun' });
    });
    it('names are not accepted outside month and day of week', () => {
      assert.throws(() => getField('jan', HOURS), { message: 'failed to parse int from jan: strconv.Atoi: parsing "jan": invalid syntax' });
    });
  });

  describe('all (TestAll)', () => {
    const cases: Record<string, { bounds: typeof MINUTES; expected: bigint }> = {
      'minutes 0-59': { bounds: MINUTES, expected: 0xfffffffffffffffn },
      'hours 0-23': { bounds: HOURS, expected: 0xffffffn },
      'day of month 1-31': { bounds: DOM, expected: 0xfffffffen },
      'months 1-12': { bounds: MONTHS, expected: 0x1ffen },
      'day of week 0-6': { bounds: DOW, expected: 0x7fn },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(allBits(c.bounds), c.expected | STAR_BIT));
    }
  });

  describe('getBits (TestBits)', () => {
    const cases: Record<string, { min: number; max: number; step: number; expected: bigint }> = {
      '0-0/1': { min: 0, max: 0, step: 1, expected: 0x1n },
      '1-1/1': { min: 1, max: 1, step: 1, expected: 0x2n },
      '1-5/2': { min: 1, max: 5, step: 2, expected: 0x2an },
      '1-4/2': { min: 1, max: 4, step: 2, expected: 0xan },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => assert.equal(getBits(c.min, c.max, c.step), c.expected));
    }
  });
});
