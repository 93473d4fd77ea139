/**
 * The label selector lexer (`labels.Lexer`): whitespace-separated identifiers and the special
 * symbols `= ! ( ) , > <`, taking the longest operator (`!=` before `!`). Like Go, it reads
 * the string until its end or a NUL character.
 */

export type Token =
  | 'ErrorToken'
  | 'EndOfStringToken'
  | 'ClosedParToken'
  | 'CommaToken'
  | 'DoesNotExistToken'
  | 'DoubleEqualsToken'
  | 'EqualsToken'
  | 'GreaterThanToken'
  | 'IdentifierToken'
  | 'InToken'
  | 'LessThanToken'
  | 'NotEqualsToken'
  | 'NotInToken'
  | 'OpenParToken';

export interface ScannedItem {
  readonly tok: Token;
  readonly literal: string;
}

/** `string2token`: every token with a fixed spelling; `in`/`notin` are keywords only here. */
const STRING_TO_TOKEN: ReadonlyMap<string, Token> = new Map<string, Token>([
  [')', 'ClosedParToken'],
  [',', 'CommaToken'],
  ['!', 'DoesNotExistToken'],
  ['==', 'DoubleEqualsToken'],
  ['=', 'EqualsToken'],
  ['>', 'GreaterThanToken'],
  ['in', 'InToken'],
  ['<', 'LessThanToken'],
  ['!=', 'NotEqualsToken'],
  ['notin', 'NotInToken'],
  ['(', 'OpenParToken'],
]);

function isWhitespace(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0d || ch === 0x0a;
}

function isSpecialSymbol(ch: number): boolean {
  // = ! ( ) , > <
  return ch === 0x3d || ch === 0x21 || ch === 0x28 || ch === 0x29 || ch === 0x2c || ch === 0x3e || ch === 0x3c;
}

/**
 * All tokens of `s`, ending with EndOfStringToken (`Parser.scan`). Go reads bytes; multi-byte
 * characters are never special or blank, so reading UTF-16 units gives the same tokens.
 */
export function scan(s: string): ScannedItem[] {
  let pos = 0;
  // Go's read(): 0 at the end without advancing; a NUL character also reads as 0.
  const read = (): number => (pos < s.length ? s.charCodeAt(pos++) : 0);

  function scanIDOrKeyword(): ScannedItem {
    const start = pos;
    let end: number;
    for (;;) {
      const before = pos;
      const ch = read();
      if (ch === 0) {
        end = before;
        break;
      }
      if (isSpecialSymbol(ch) || isWhitespace(ch)) {
        pos--;
        end = before;
        break;
      }
    }
    const literal = s.slice(start, end);
    return { tok: STRING_TO_TOKEN.get(literal) ?? 'IdentifierToken', literal };
  }

  function scanSpecialSymbol(): ScannedItem {
    let last: ScannedItem | undefined;
    let buffer = '';
    for (;;) {
      const ch = read();
      if (ch === 0) break;
      if (!isSpecialSymbol(ch)) {
        pos--;
        break;
      }
      buffer += String.fromCharCode(ch);
      const tok = STRING_TO_TOKEN.get(buffer);
      if (tok !== undefined) last = { tok, literal: buffer };
      else if (last !== undefined) {
        pos--;
        break;
      }
    }
    // Unreachable in practice (every single symbol is a token), kept as in Go.
    return last ?? { tok: 'ErrorToken', literal: `error expected: keyword found '${buffer}'` };
  }

  function lex(): ScannedItem {
    let ch = read();
    while (isWhitespace(ch)) ch = read();
    if (ch === 0) return { tok: 'EndOfStringToken', literal: '' };
    pos--;
    return isSpecialSymbol(ch) ? scanSpecialSymbol() : scanIDOrKeyword();
  }

  const items: ScannedItem[] = [];
  for (;;) {
    const item = lex();
    items.push(item);
    if (item.tok === 'EndOfStringToken') return items;
  }
}
