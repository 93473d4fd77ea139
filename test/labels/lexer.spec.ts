import assert from 'node:assert/strict';
import { Token, scan } from '../../src/labels/lexer';

describe('lexer: first token (TestLexer)', () => {
  const cases: Record<string, { s: string; tok: Token }> = {
    'empty string': { s: '', tok: 'EndOfStringToken' },
    comma: { s: ',', tok: 'CommaToken' },
    notin: { s: 'notin', tok: 'NotInToken' },
    in: { s: 'in', tok: 'InToken' },
    equals: { s: '=', tok: 'EqualsToken' },
    'double equals': { s: '==', tok: 'DoubleEqualsToken' },
    'greater than': { s: '>', tok: 'GreaterThanToken' },
    'less than': { s: '<', tok: 'LessThanToken' },
    'not (longest valid token)': { s: '!', tok: 'DoesNotExistToken' },
    'not equals': { s: '!=', tok: 'NotEqualsToken' },
    'open paren': { s: '(', tok: 'OpenParToken' },
    'close paren': { s: ')', tok: 'ClosedParToken' },
    'tilde is an identifier': { s: '~', tok: 'IdentifierToken' },
    'double bar is an identifier': { s: '||', tok: 'IdentifierToken' },
    'IN is an identifier (case-sensitive keywords)': { s: 'IN', tok: 'IdentifierToken' },
    'gt is an identifier': { s: 'gt', tok: 'IdentifierToken' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const [first] = scan(tc.s);
      assert.equal(first.tok, tc.tok);
      assert.equal(first.literal, tc.s);
    });
  }
});

describe('lexer: token sequences (TestLexerSequence, TestParserLookahead)', () => {
  const cases: Record<string, { s: string; toks: Token[] }> = {
    'in with spaces': {
      s: 'key in ( value )',
      toks: ['IdentifierToken', 'InToken', 'OpenParToken', 'IdentifierToken', 'ClosedParToken'],
    },
    'notin with spaces': {
      s: 'key notin ( value )',
      toks: ['IdentifierToken', 'NotInToken', 'OpenParToken', 'IdentifierToken', 'ClosedParToken'],
    },
    'two values': {
      s: 'key in ( value1, value2 )',
      toks: ['IdentifierToken', 'InToken', 'OpenParToken', 'IdentifierToken', 'CommaToken', 'IdentifierToken', 'ClosedParToken'],
    },
    'key only': { s: 'key', toks: ['IdentifierToken'] },
    'not key': { s: '!key', toks: ['DoesNotExistToken', 'IdentifierToken'] },
    'empty parens': { s: '()', toks: ['OpenParToken', 'ClosedParToken'] },
    'empty set then key': {
      s: 'x in (),y',
      toks: ['IdentifierToken', 'InToken', 'OpenParToken', 'ClosedParToken', 'CommaToken', 'IdentifierToken'],
    },
    'operators only': {
      s: '== != (), = notin',
      toks: ['DoubleEqualsToken', 'NotEqualsToken', 'OpenParToken', 'ClosedParToken', 'CommaToken', 'EqualsToken', 'NotInToken'],
    },
    'greater than': { s: 'key>2', toks: ['IdentifierToken', 'GreaterThanToken', 'IdentifierToken'] },
    'less than': { s: 'key<1', toks: ['IdentifierToken', 'LessThanToken', 'IdentifierToken'] },
    'paren needs no space': { s: 'x in(a)', toks: ['IdentifierToken', 'InToken', 'OpenParToken', 'IdentifierToken', 'ClosedParToken'] },
    'triple equals is == then =': { s: 'x===a', toks: ['IdentifierToken', 'DoubleEqualsToken', 'EqualsToken', 'IdentifierToken'] },
    '!== is != then =': { s: '!==', toks: ['NotEqualsToken', 'EqualsToken'] },
    '>= is > then =': { s: 'x>=1', toks: ['IdentifierToken', 'GreaterThanToken', 'EqualsToken', 'IdentifierToken'] },
    'tabs, CR and LF are blanks': { s: '\tx\r\n=\ny ', toks: ['IdentifierToken', 'EqualsToken', 'IdentifierToken'] },
    'a NUL where a token starts ends the input': { s: 'x, \u0000y', toks: ['IdentifierToken', 'CommaToken'] },
    'a NUL right after a symbol is swallowed (as in Go)': { s: 'x,\u0000y', toks: ['IdentifierToken', 'CommaToken', 'IdentifierToken'] },
    'a NUL inside an identifier splits it': { s: 'a\u0000b', toks: ['IdentifierToken', 'IdentifierToken'] },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const items = scan(tc.s);
      assert.deepEqual(
        items.map((i) => i.tok),
        [...tc.toks, 'EndOfStringToken'],
      );
    });
  }

  it('keeps literals, including non-ASCII identifiers', () => {
    assert.deepEqual(
      scan('rā != ✓').map((i) => i.literal),
      ['rā', '!=', '✓', ''],
    );
  });
});
