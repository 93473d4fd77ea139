import assert from 'node:assert/strict';
import { FieldPath } from '../../src/api/field';
import { Requirement, SelectorParseError, parseRequirements, parseSelector } from '../../src/labels';
import { KEY_SLASHES, NAME_EMPTY, NAME_REGEX, OPERATORS_EXPECTED, PREFIX_REGEX, VALUE_REGEX } from './messages';

const req = (key: string, operator: Requirement['operator'], ...values: string[]): Requirement => ({ key, operator, values });
const plain = (rs: readonly Requirement[]) => rs.map((r) => ({ key: r.key, operator: r.operator, values: [...r.values] }));

describe('parseSelector: round trip (TestSelectorParse)', () => {
  // String() equals the input without spaces.
  const cases: Record<string, string> = {
    'three equalities': 'x=a,y=b,z=c',
    'empty string': '',
    'not equals': 'x!=a,y=b',
    'empty value': 'x=',
    'empty value with space': 'x= ',
    'two empty values': 'x=,z= ',
    'spaces everywhere': 'x= ,z= ',
    'does not exist': '!x',
    'greater than': 'x>1',
    'greater and less than': 'x>1,z<5',
    'double equals is kept': 'x==a',
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => assert.equal(parseSelector(text).toString(), text.replace(/ /g, '')));
  }

  it('is deterministic (TestDeterministicParse)', () => {
    assert.equal(parseSelector('x=a,a=x').toString(), parseSelector('a=x,x=a').toString());
    assert.equal(parseSelector('x=a,a=x').toString(), 'a=x,x=a');
  });
});

describe('parseSelector: requirements (TestSetSelectorParser)', () => {
  const cases: Record<string, { text: string; want: Requirement[] }> = {
    'empty string': { text: '', want: [] },
    'leading CR': { text: '\rx', want: [req('x', 'exists')] },
    'DNS prefixed key': {
      text: 'this-is-a-dns.domain.com/key-with-dash',
      want: [req('this-is-a-dns.domain.com/key-with-dash', 'exists')],
    },
    'DNS prefixed key with in': {
      text: 'this-is-another-dns.domain.com/key-with-dash in (so,what)',
      want: [req('this-is-another-dns.domain.com/key-with-dash', 'in', 'so', 'what')],
    },
    'numeric prefix and notin': {
      text: '0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)',
      want: [req('0.1.2.domain/99', 'notin', '10.10.100.1', 'tick.tack.clock')],
    },
    'tabs and spaces around in': { text: 'foo  in\t (abc)', want: [req('foo', 'in', 'abc')] },
    'newline after notin': { text: 'x notin\n (abc)', want: [req('x', 'notin', 'abc')] },
    'tabs after notin': { text: 'x  notin\t\t\t(abc,def)', want: [req('x', 'notin', 'abc', 'def')] },
    'in with two values': { text: 'x in (abc,def)', want: [req('x', 'in', 'abc', 'def')] },
    'trailing comma gives empty value': { text: 'x in (abc,)', want: [req('x', 'in', '', 'abc')] },
    'duplicates collapse': { text: 'x in (abc,abc)', want: [req('x', 'in', 'abc')] },
    'empty parens mean the empty value': { text: 'x in ()', want: [req('x', 'in', '')] },
    'double trailing comma': { text: 'x in (a,,)', want: [req('x', 'in', '', 'a')] },
    'triple trailing comma': { text: 'x in (a,,,)', want: [req('x', 'in', '', 'a')] },
    'many trailing commas': { text: 'x in (a,,,,,,)', want: [req('x', 'in', '', 'a')] },
    'repeated values and commas': { text: 'x in (a,,a,,a,,a,,)', want: [req('x', 'in', '', 'a')] },
    'sorted by key': {
      text: 'x notin (abc,,def),bar,z in (),w',
      want: [req('bar', 'exists'), req('w', 'exists'), req('x', 'notin', '', 'abc', 'def'), req('z', 'in', '')],
    },
    'equality': { text: 'x=a', want: [req('x', '=', 'a')] },
    'greater than is gt': { text: 'x>1', want: [req('x', 'gt', '1')] },
    'less than is lt': { text: 'x<7', want: [req('x', 'lt', '7')] },
    'equals and not equals': { text: 'x=a,y!=b', want: [req('x', '=', 'a'), req('y', '!=', 'b')] },
    'three kinds': {
      text: 'x=a,y!=b,z in (h,i,j)',
      want: [req('x', '=', 'a'), req('y', '!=', 'b'), req('z', 'in', 'h', 'i', 'j')],
    },
    'notin with a blank inside': { text: 'x notin ( )', want: [req('x', 'notin', '')] },
    'leading comma in a list': { text: 'x notin (, a)', want: [req('x', 'notin', '', 'a')] },
    'trailing blank': { text: 'a ', want: [req('a', 'exists')] },
    'in and notin as values': {
      text: 'a in (x,y,notin, z,in)',
      want: [req('a', 'in', 'in', 'notin', 'x', 'y', 'z')],
    },
    'in and notin as keys and values in exact match': { text: 'notin=in', want: [req('notin', '=', 'in')] },
    'paren without space': { text: 'x in(a)', want: [req('x', 'in', 'a')] },
    'double equals': { text: 'x==a', want: [req('x', '==', 'a')] },
    'same key twice keeps input order': { text: 'x=a,x=b', want: [req('x', '=', 'a'), req('x', '=', 'b')] },
    'leading zeros in gt': { text: 'x>007', want: [req('x', 'gt', '007')] },
    'largest int64': { text: 'x<9223372036854775807', want: [req('x', 'lt', '9223372036854775807')] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      assert.deepEqual(plain(parseSelector(tc.text).requirements()), tc.want);
      assert.deepEqual(plain(parseRequirements(tc.text)), tc.want);
    });
  }
});

describe('parseSelector: canonical string (B4)', () => {
  const cases: Record<string, { text: string; want: string }> = {
    'values sorted and de-duplicated': { text: 'x in (c,a,b,a)', want: 'x in (a,b,c)' },
    'empty set': { text: 'z notin ()', want: 'z notin ()' },
    'blank in list': { text: 'x in (a,,)', want: 'x in (,a)' },
    'whitespace removed, sorted by key': { text: ' y != b , !x ,  a ', want: 'a,!x,y!=b' },
    'gt and lt print as symbols': { text: 'b<2,a>1', want: 'a>1,b<2' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(parseSelector(tc.text).toString(), tc.want));
});

describe('parseSelector: errors (B5)', () => {
  const unable = 'unable to parse requirement: ';
  const cases: Record<string, { text: string; want: string }> = {
    '|| is part of a value': {
      text: 'x=a||y=b',
      want: `${unable}values[0][x]: Invalid value: "a||y": ${VALUE_REGEX}`,
    },
    'second operator': { text: 'x==a==b', want: "found '==', expected: ',' or 'end of string'" },
    'not with a value': { text: '!x=a', want: "found '=', expected: ',' or 'end of string'" },
    'lt needs an integer': {
      text: 'x<a',
      want: `${unable}values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
    'gt with nothing is the empty value': {
      text: 'x>',
      want: `${unable}values[0]: Invalid value: "": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
    'gt beyond int64': {
      text: 'x>9223372036854775808',
      want: `${unable}values[0]: Invalid value: "9223372036854775808": for 'Gt', 'Lt' operators, the value must be an integer`,
    },
    'negative gt is an integer but not a label value': {
      text: 'x>-1',
      want: `${unable}values[0][x]: Invalid value: "-1": ${VALUE_REGEX}`,
    },
    'double comma': { text: 'x,,y', want: "found ',', expected: identifier after ','" },
    'leading comma': { text: ',x,y', want: "found ',', expected: !, identifier, or 'end of string'" },
    'misspelt operator': { text: 'x nott in (y)', want: `${unable}found 'nott', expected: ${OPERATORS_EXPECTED}` },
    'trailing comma': { text: 'a in (xyz),', want: "found '', expected: identifier after ','" },
    'missing comma after set': { text: 'a in (xyz)b notin ()', want: "found 'b', expected: ',' or 'end of string'" },
    'missing comma in set': { text: 'a in (xyz abc)', want: `${unable}found 'abc', expected: ',' or ')'` },
    'unclosed set': { text: 'a notin(', want: `${unable}found '', expected: ',', ')' or identifier` },
    'paren after key': { text: 'a (', want: `${unable}found '(', expected: ${OPERATORS_EXPECTED}` },
    'open paren first': { text: '(', want: "found '(', expected: !, identifier, or 'end of string'" },
    'close paren first': { text: ')', want: "found ')', expected: !, identifier, or 'end of string'" },
    'gt is not a word': { text: 'x gt 1', want: `${unable}found 'gt', expected: ${OPERATORS_EXPECTED}` },
    'IN is not a keyword': { text: 'x IN (a)', want: `${unable}found 'IN', expected: ${OPERATORS_EXPECTED}` },
    'not used as binary operator': { text: 'x ! y', want: `${unable}found '!', expected: ${OPERATORS_EXPECTED}` },
    'in without a set': { text: 'x in a', want: `${unable}found 'a' expected: '('` },
    'in at the end': { text: 'x in', want: `${unable}found '' expected: '('` },
    'operator inside a set': { text: 'x in (a,=)', want: `${unable}found '=', expected: ',', or identifier` },
    'set ends after a comma': { text: 'x in (a,', want: `${unable}found '', expected: ',', or identifier` },
    'set starts with an operator': { text: 'x in (=)', want: `${unable}found '=', expected: ',', ')' or identifier` },
    'value is a paren': { text: 'x=(', want: `${unable}found '(', expected: identifier` },
    'double not': { text: '!!x', want: `${unable}found '!', expected: identifier` },
    'not alone': { text: '!', want: `${unable}found '', expected: identifier` },
    'bad key prints the nil path': {
      text: 'a/b/c',
      want: `${unable}<nil>: Invalid value: "a/b/c": ${KEY_SLASHES}`,
    },
    'kubectl -l "app: nginx"': { text: 'app: nginx', want: `${unable}<nil>: Invalid value: "app:": ${NAME_REGEX}` },
    'key messages are joined with "; "': {
      text: 'Bad_/=x',
      want: `${unable}<nil>: Invalid value: "Bad_/": ${PREFIX_REGEX}; ${NAME_EMPTY}; ${NAME_REGEX}`,
    },
    'bad key after not': { text: '!-x', want: `${unable}<nil>: Invalid value: "-x": ${NAME_REGEX}` },
    'bad value in a set names its sorted index': {
      text: 'x in (b,-a)',
      want: `${unable}values[0][x]: Invalid value: "-a": ${VALUE_REGEX}`,
    },
    'two bad values are aggregated': {
      text: 'x in (-a,-b)',
      want: `${unable}[values[0][x]: Invalid value: "-a": ${VALUE_REGEX}, values[1][x]: Invalid value: "-b": ${VALUE_REGEX}]`,
    },
    'value too long': {
      text: `x=${'a'.repeat(64)}`,
      want: `${unable}values[0][x]: Invalid value: "${'a'.repeat(64)}": must be no more than 63 bytes`,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      assert.throws(
        () => parseSelector(tc.text),
        (e: unknown) => e instanceof SelectorParseError && e.message === tc.want,
        `expected: ${tc.want}`,
      );
    });
  }

  it('reports the exact message', () => {
    try {
      parseSelector('x y');
      assert.fail('no error');
    } catch (e) {
      assert.ok(e instanceof SelectorParseError);
      assert.equal(e.message, `unable to parse requirement: found 'y', expected: ${OPERATORS_EXPECTED}`);
    }
  });

  it('uses the given path (field.WithPath) for key and value errors', () => {
    const path = FieldPath.root('labelSelector');
    assert.throws(() => parseSelector('-x', path), { message: `unable to parse requirement: labelSelector: Invalid value: "-x": ${NAME_REGEX}` });
    assert.throws(() => parseSelector('x=-', path), {
      message: `unable to parse requirement: labelSelector.values[0][x]: Invalid value: "-": ${VALUE_REGEX}`,
    });
  });
});
