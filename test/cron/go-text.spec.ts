/** Go's strconv.Atoi, strconv.Quote, the time package's quote and time.ParseDuration, as ported. */

import assert from 'node:assert/strict';
import { parseGoDuration } from '../../src/cron/go-duration';
import { goAtoi, goFields, goQuote, goTimeQuote, goTrimSpace } from '../../src/cron/go-text';

describe('Go text helpers', () => {
  describe('strconv.Atoi', () => {
    const cases: Record<string, { input: string; value?: bigint; err?: string }> = {
      'digits': { input: '42', value: 42n },
      'leading zeros': { input: '007', value: 7n },
      'plus sign': { input: '+5', value: 5n },
      'minus sign': { input: '-12', value: -12n },
      'minus zero': { input: '-0', value: 0n },
      'largest int64': { input: '9223372036854775807', value: 9223372036854775807n },
      'smallest int64': { input: '-9223372036854775808', value: -9223372036854775808n },
      'empty': { input: '', err: 'strconv.Atoi: parsing "": invalid syntax' },
      'sign alone': { input: '+', err: 'strconv.Atoi: parsing "+": invalid syntax' },
      'two signs': { input: '+-5', err: 'strconv.Atoi: parsing "+-5": invalid syntax' },
      'letter': { input: 'x', err: 'strconv.Atoi: parsing "x": invalid syntax' },
      'underscore': { input: '1_000', err: 'strconv.Atoi: parsing "1_000": invalid syntax' },
      'one past int64': { input: '9223372036854775808', err: 'strconv.Atoi: parsing "9223372036854775808": value out of range' },
      'one past -int64': { input: '-9223372036854775809', err: 'strconv.Atoi: parsing "-9223372036854775809": value out of range' },
      'past uint64': { input: '99999999999999999999', err: 'strconv.Atoi: parsing "99999999999999999999": value out of range' },
      'bad character after overflow': {
        input: '99999999999999999999x',
        err: 'strconv.Atoi: parsing "99999999999999999999x": value out of range',
      },
      'bad character before overflow': {
        input: '1x99999999999999999999',
        err: 'strconv.Atoi: parsing "1x99999999999999999999": invalid syntax',
      },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        if (c.err !== undefined) assert.throws(() => goAtoi(c.input), { message: c.err });
        else assert.equal(goAtoi(c.input), c.value);
      });
    }
  });

  describe('strconv.Quote', () => {
    const cases: Record<string, [string, string]> = {
      'plain': ['abc', '"abc"'],
      'quote and backslash': ['"\\', '"\\"\\\\"'],
      'C escapes': ['\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
      'other control characters': ['\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
      'printable unicode': ['é😀', '"é😀"'],
      'non-printable unicode': ['\u00a0\u200b', '"\\u00a0\\u200b"'],
      'non-printable astral': ['\u{e0001}', '"\\U000e0001"'],
    };
    for (const [name, [input, expected]] of Object.entries(cases)) {
      it(name, () => assert.equal(goQuote(input), expected));
    }
  });

  describe("time's quote", () => {
    const cases: Record<string, [string, string]> = {
      'plain': ['1h', '"1h"'],
      'quote and backslash': ['"\\', '"\\"\\\\"'],
      'control characters as bytes': ['h\t', '"h\\x09"'],
      'non-ASCII as UTF-8 bytes': ['é', '"\\xc3\\xa9"'],
      'DEL is kept': ['\x7f', '"\x7f"'],
    };
    for (const [name, [input, expected]] of Object.entries(cases)) {
      it(name, () => assert.equal(goTimeQuote(input), expected));
    }
  });

  describe('strings.Fields and TrimSpace', () => {
    it('split on every Go space, including NEL and NBSP', () => {
      assert.deepEqual(goFields(' a\tb\u0085c\u00a0d\u3000e  '), ['a', 'b', 'c', 'd', 'e']);
    });
    it('U+FEFF is not a Go space', () => {
      assert.deepEqual(goFields('a\ufeffb'), ['a\ufeffb']);
    });
    it('TrimSpace trims both ends only', () => {
      assert.equal(goTrimSpace('\u0085 a b \t'), 'a b');
    });
  });

  describe('time.ParseDuration', () => {
    const S = 1_000_000_000n;
    const cases: Record<string, { input: string; nanos?: bigint; err?: string }> = {
      'zero': { input: '0', nanos: 0n },
      'signed zero': { input: '-0', nanos: 0n },
      'zero seconds': { input: '0s', nanos: 0n },
      'seconds': { input: '5s', nanos: 5n * S },
      'minutes': { input: '90m', nanos: 5400n * S },
      'hours and minutes': { input: '1h30m', nanos: 5400n * S },
      'fraction of an hour': { input: '1.5h', nanos: 5400n * S },
      'leading dot': { input: '.5s', nanos: S / 2n },
      'trailing dot': { input: '5.s', nanos: 5n * S },
      'plus sign': { input: '+1h', nanos: 3600n * S },
      'minus sign': { input: '-1.5h', nanos: -5400n * S },
      'all units': { input: '1h1m1s1ms1us1µs1μs1ns', nanos: 3661n * S + 1_000_000n + 3_000n + 1n },
      'long fraction keeps float64 precision': { input: '1.0000000001s', nanos: 1_000_000_000n },
      'many fraction digits round in float64': { input: '1.9999999999999999999999s', nanos: 2_000_000_000n },
      'a third of an hour truncates': { input: '0.333333333333333333h', nanos: 1_199_999_999_999n },
      'largest': { input: '9223372036854775807ns', nanos: 9223372036854775807n },
      'smallest': { input: '-9223372036854775808ns', nanos: -9223372036854775808n },
      'empty': { input: '', err: 'time: invalid duration ""' },
      'sign only': { input: '-', err: 'time: invalid duration "-"' },
      'no unit': { input: '1', err: 'time: missing unit in duration "1"' },
      'double zero needs a unit': { input: '00', err: 'time: missing unit in duration "00"' },
      'unknown unit': { input: '1d', err: 'time: unknown unit "d" in duration "1d"' },
      'letters first': { input: 'Xm', err: 'time: invalid duration "Xm"' },
      'dot alone': { input: '.s', err: 'time: invalid duration ".s"' },
      'signed dot alone': { input: '-.s', err: 'time: invalid duration "-.s"' },
      'space inside the unit': { input: '1h ', err: 'time: unknown unit "h " in duration "1h "' },
      'one past the largest': { input: '9223372036854775808ns', err: 'time: invalid duration "9223372036854775808ns"' },
      'hours overflow': { input: '2562048h', err: 'time: invalid duration "2562048h"' },
      'integer overflow': { input: '99999999999999999999ns', err: 'time: invalid duration "99999999999999999999ns"' },
    };
    for (const [name, c] of Object.entries(cases)) {
      it(name, () => {
        if (c.err !== undefined) assert.throws(() => parseGoDuration(c.input), { message: c.err });
        else assert.equal(parseGoDuration(c.input), c.nanos);
      });
    }
  });
});
