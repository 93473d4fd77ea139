import assert from 'node:assert/strict';
import { compareGo, goQuote, sortedGo, utf8Length } from '../../src/labels/goString';
import { compareInt64, parseInt64 } from '../../src/labels/int64';

describe('parseInt64 (strconv.ParseInt(s, 10, 64))', () => {
  const cases: Record<string, { s: string; want: number | bigint | undefined }> = {
    zero: { s: '0', want: 0 },
    'leading zeros': { s: '007', want: 7 },
    plus: { s: '+5', want: 5 },
    minus: { s: '-5', want: -5 },
    'sign only': { s: '-', want: undefined },
    empty: { s: '', want: undefined },
    space: { s: ' 1', want: undefined },
    underscore: { s: '1_000', want: undefined },
    hex: { s: '0x10', want: undefined },
    decimal: { s: '1.0', want: undefined },
    '15 digits stay numbers': { s: '999999999999999', want: 999999999999999 },
    '16 digits become bigints': { s: '9007199254740993', want: 9007199254740993n },
    'max int64': { s: '9223372036854775807', want: 9223372036854775807n },
    'max int64 + 1': { s: '9223372036854775808', want: undefined },
    'min int64': { s: '-9223372036854775808', want: -9223372036854775808n },
    'min int64 - 1': { s: '-9223372036854775809', want: undefined },
    'long leading zeros': { s: '00000000000000000000001', want: 1n },
    'non-ASCII digit': { s: '١', want: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseInt64(tc.s), tc.want));

  it('compares numbers and bigints', () => {
    assert.equal(compareInt64(1, 2), -1);
    assert.equal(compareInt64(2n, 1), 1);
    assert.equal(compareInt64(-0, 0), 0);
    assert.equal(compareInt64(9007199254740993n, 9007199254740992), 1);
  });
});

describe('Go string helpers', () => {
  const order: Record<string, { a: string; b: string; want: number }> = {
    equal: { a: 'a', b: 'a', want: 0 },
    prefix: { a: 'a', b: 'ab', want: -1 },
    'byte order': { a: 'B', b: 'a', want: -1 },
    'dash before equals': { a: 'a-b=1', b: 'a=2', want: -1 },
    // UTF-16 would put U+1F600 (surrogates D83D...) before U+FF61; UTF-8 bytes put it after.
    'astral after high BMP, as in UTF-8': { a: '\u{1F600}', b: '\uFF61', want: 1 },
  };
  for (const [name, tc] of Object.entries(order)) it(`compareGo: ${name}`, () => assert.equal(Math.sign(compareGo(tc.a, tc.b)), tc.want));

  it('sortedGo returns sorted input as is and copies otherwise', () => {
    const sorted = ['a', 'b'];
    assert.equal(sortedGo(sorted), sorted);
    const unsorted = ['foo', 'bar', 'foo', 'bar'];
    assert.deepEqual(sortedGo(unsorted), ['bar', 'bar', 'foo', 'foo']);
    assert.deepEqual(unsorted, ['foo', 'bar', 'foo', 'bar']);
  });

  const lengths: Record<string, { s: string; want: number }> = {
    ascii: { s: 'abc', want: 3 },
    'two-byte': { s: 'ā', want: 2 },
    'three-byte': { s: '✓', want: 3 },
    'four-byte': { s: '\u{1F600}', want: 4 },
  };
  for (const [name, tc] of Object.entries(lengths)) it(`utf8Length: ${name}`, () => assert.equal(utf8Length(tc.s), tc.want));

  const quotes: Record<string, { s: string; want: string }> = {
    plain: { s: 'Gt', want: '"Gt"' },
    'quote and backslash': { s: 'a"b\\', want: '"a\\"b\\\\"' },
    newline: { s: 'a\n', want: '"a\\n"' },
    'control byte': { s: '\u0001', want: '"\\x01"' },
    delete: { s: '\u007f', want: '"\\x7f"' },
    'printable non-ASCII kept': { s: 'rā', want: '"rā"' },
    'C1 control': { s: '\u0085', want: '"\\u0085"' },
  };
  for (const [name, tc] of Object.entries(quotes)) it(`goQuote: ${name}`, () => assert.equal(goQuote(tc.s), tc.want));
});
