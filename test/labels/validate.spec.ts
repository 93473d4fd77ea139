import assert from 'node:assert/strict';
import { FieldPath, formatAggregate, formatFieldError } from '../../src/api/field';
import { validateAnnotations, validateLabelKey, validateLabelValue, validateLabels } from '../../src/labels';
import {
  KEY_SLASHES,
  NAME_EMPTY,
  NAME_REGEX,
  NAME_TOO_LONG,
  PREFIX_EMPTY,
  PREFIX_REGEX,
  PREFIX_TOO_LONG,
  VALUE_REGEX,
  VALUE_TOO_LONG,
} from './messages';

const a = (n: number, ch = 'a') => ch.repeat(n);

describe('validateLabelKey (content.IsLabelKey)', () => {
  // TestIsQualifiedName / TestIsLabelKey success cases.
  const valid: Record<string, string> = {
    simple: 'simple',
    dashes: 'now-with-dashes',
    'starts with digit': '1-starts-with-num',
    digits: '1234',
    'prefix and name': 'simple/simple',
    'dashed prefix': 'now-with-dashes/simple',
    'dashed prefix and name': 'now-with-dashes/now-with-dashes',
    'dotted prefix': 'now.with.dots/simple',
    'dots and dashes prefix': 'now-with.dashes-and.dots/simple',
    'numeric prefix labels': '1-num.2-num/3-num',
    'numeric prefix and name': '1234/5678',
    'ip-like prefix': '1.2.3.4/5678',
    'upper case and underscores in name': 'Uppercase_Is_OK_123',
    'upper case name with prefix': 'example.com/Uppercase_Is_OK_123',
    'dotted name': 'requests.storage-foo',
    '63-byte name': a(63),
    '253-byte prefix with 63-byte name (DNS labels not limited to 63)': `${a(253)}/${a(63, 'b')}`,
    'prototype member name': 'constructor',
  };
  for (const [name, key] of Object.entries(valid)) it(`accepts ${name}`, () => assert.deepEqual(validateLabelKey(key), []));

  // TestIsQualifiedName error cases, with the exact messages IsLabelKey builds.
  const invalid: Record<string, { key: string; want: string[] }> = {
    'special characters': { key: 'nospecialchars%^=@', want: [NAME_REGEX] },
    'trailing dash': { key: 'cantendwithadash-', want: [NAME_REGEX] },
    'leading dash': { key: '-cantstartwithadash-', want: [NAME_REGEX] },
    'two slashes: one message only': { key: 'only/one/slash', want: [KEY_SLASHES] },
    'two slashes even with bad parts': { key: '//', want: [KEY_SLASHES] },
    'upper-case prefix': { key: 'Example.com/abc', want: [PREFIX_REGEX] },
    'underscore in prefix': { key: 'example_com/abc', want: [PREFIX_REGEX] },
    'empty name after prefix: non-empty and regex': { key: 'example.com/', want: [NAME_EMPTY, NAME_REGEX] },
    'empty prefix': { key: '/simple', want: [PREFIX_EMPTY] },
    '64-byte name': { key: a(64), want: [NAME_TOO_LONG] },
    '254-byte prefix': { key: `${a(254)}/abc`, want: [PREFIX_TOO_LONG] },
    '254-byte bad prefix and long bad name': {
      key: `${a(253)}_/${a(64)}-`,
      want: [PREFIX_TOO_LONG, PREFIX_REGEX, NAME_TOO_LONG, NAME_REGEX],
    },
    'empty key': { key: '', want: [NAME_EMPTY, NAME_REGEX] },
    'slash only': { key: '/', want: [PREFIX_EMPTY, NAME_EMPTY, NAME_REGEX] },
    'empty DNS label in prefix': { key: 'a..b/c', want: [PREFIX_REGEX] },
    'prefix label ends with dash': { key: 'a-.b/c', want: [PREFIX_REGEX] },
    'colon (kubectl -l "app: nginx")': { key: 'app:', want: [NAME_REGEX] },
    'non-ASCII name': { key: 'rā', want: [NAME_REGEX] },
    // 32 two-byte characters are 64 bytes although the string has 32 UTF-16 units.
    'length counted in UTF-8 bytes': { key: a(32, 'ā'), want: [NAME_TOO_LONG, NAME_REGEX] },
  };
  for (const [name, tc] of Object.entries(invalid)) it(`rejects ${name}`, () => assert.deepEqual(validateLabelKey(tc.key), tc.want));
});

describe('validateLabelValue (content.IsLabelValue)', () => {
  const cases: Record<string, { value: string; want: string[] }> = {
    simple: { value: 'simple', want: [] },
    dashes: { value: 'now-with-dashes', want: [] },
    'starts with digit': { value: '1-starts-with-num', want: [] },
    'ends with digit': { value: 'end-with-num-1', want: [] },
    digits: { value: '1234', want: [] },
    '63 bytes': { value: a(63), want: [] },
    'empty value': { value: '', want: [] },
    'mixed case with underscore and dot': { value: '123_-.BaR', want: [] },
    'special characters': { value: 'nospecialchars%^=@', want: [VALUE_REGEX] },
    'non-ASCII': { value: 'Tama-nui-te-rā.is.Māori.sun', want: [VALUE_REGEX] },
    backslashes: { value: '\\backslashes\\are\\bad', want: [VALUE_REGEX] },
    'leading dash': { value: '-starts-with-dash', want: [VALUE_REGEX] },
    'trailing dash': { value: 'ends-with-dash-', want: [VALUE_REGEX] },
    'leading dot': { value: '.starts.with.dot', want: [VALUE_REGEX] },
    'trailing dot': { value: 'ends.with.dot.', want: [VALUE_REGEX] },
    '64 bytes': { value: a(64), want: [VALUE_TOO_LONG] },
    'too long and bad': { value: `${a(64)}-`, want: [VALUE_TOO_LONG, VALUE_REGEX] },
    slash: { value: 'a/b', want: [VALUE_REGEX] },
    space: { value: 'a b', want: [VALUE_REGEX] },
    comma: { value: 'bad,value', want: [VALUE_REGEX] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(validateLabelValue(tc.value), tc.want));
});

describe('validateLabels (ValidateLabels)', () => {
  const path = FieldPath.root('metadata').child('labels');
  const cases: Record<string, { labels: Record<string, string> | undefined; want: string[] }> = {
    'undefined map': { labels: undefined, want: [] },
    'valid labels': { labels: { simple: 'bar', 'example.com/UpperCaseAreOK123': '123_-.BaR', e: '' }, want: [] },
    'bad key: the key is the bad value, the path is the map': {
      labels: { 'nospecialchars^=@': 'bar' },
      want: [`metadata.labels: Invalid value: "nospecialchars^=@": ${NAME_REGEX}`],
    },
    'key with two slashes': {
      labels: { 'only/one/slash': 'bar' },
      want: [`metadata.labels: Invalid value: "only/one/slash": ${KEY_SLASHES}`],
    },
    'bad value: the value is the bad value': {
      labels: { backslashesinvalue: 'some\\bad\\value' },
      want: [`metadata.labels: Invalid value: "some\\\\bad\\\\value": ${VALUE_REGEX}`],
    },
    'one error per message, keys in byte order, key before value': {
      labels: { z: '-', 'b/': 'ok', A: a(64) },
      want: [
        `metadata.labels: Invalid value: "${a(64)}": ${VALUE_TOO_LONG}`,
        `metadata.labels: Invalid value: "b/": ${NAME_EMPTY}`,
        `metadata.labels: Invalid value: "b/": ${NAME_REGEX}`,
        `metadata.labels: Invalid value: "-": ${VALUE_REGEX}`,
      ],
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(validateLabels(tc.labels, path).map(formatFieldError), tc.want));
  }

  it('aggregates several errors as [a, b]', () => {
    const errs = validateLabels({ 'a b': 'c d' }, path);
    assert.equal(
      formatAggregate(errs),
      `[metadata.labels: Invalid value: "a b": ${NAME_REGEX}, metadata.labels: Invalid value: "c d": ${VALUE_REGEX}]`,
    );
  });
});

describe('validateAnnotations (ValidateAnnotations)', () => {
  const path = FieldPath.root('metadata').child('annotations');
  const TOO_LONG = 'metadata.annotations: Too long: may not be more than 262144 bytes';
  const cases: Record<string, { annotations: Record<string, string> | undefined; want: string[] }> = {
    'undefined map': { annotations: undefined, want: [] },
    'any value content': { annotations: { 'example.com/config': '{"a": [1, 2]}\n/ weird ✓' }, want: [] },
    'upper case is accepted even in the prefix': { annotations: { 'Example.COM/Key': 'v' }, want: [] },
    'Go lower-cases U+0130 to a plain i': { annotations: { 'İ': 'v' }, want: [] },
    'bad key keeps its original case as bad value': {
      annotations: { 'Bad Key': 'v' },
      want: [`metadata.annotations: Invalid value: "Bad Key": ${NAME_REGEX}`],
    },
    'exactly at the size limit': { annotations: { k: a(262143) }, want: [] },
    'one byte over the limit, keys count too': { annotations: { k: a(262143), l: '' }, want: [TOO_LONG] },
    'size counted in UTF-8 bytes': { annotations: { k: a(131072, 'ā') }, want: [TOO_LONG] },
    'key errors first, then size': {
      annotations: { 'a/b/c': a(262144) },
      want: [`metadata.annotations: Invalid value: "a/b/c": ${KEY_SLASHES}`, TOO_LONG],
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(validateAnnotations(tc.annotations, path).map(formatFieldError), tc.want));
  }
});
