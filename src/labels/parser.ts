/**
 * `labels.Parse`: the selector string syntax of `kubectl -l` and `?labelSelector=`, ported from
 * apimachinery's recursive-descent parser with its exact error texts.
 */
import { FieldPath, formatAggregate, formatFieldError } from '../api/field';
import { SelectorParseError } from './errors';
import { compareGo } from './goString';
import { ScannedItem, Token, scan } from './lexer';
import { BINARY_OPERATORS, Operator, Requirement, keyError, requirementErrors } from './requirement';
import { Selector, selectorOf } from './selector';

/** Where a token is read: in Values context `in`/`notin` are plain identifiers. */
type Context = 'KeyAndOperator' | 'Values';

const EXPECTED_OPERATORS = BINARY_OPERATORS.join(', ');

/** Binary operator tokens; `!` is unary and so is not accepted after a key. */
const OPERATOR_TOKENS: Partial<Record<Token, Operator>> = {
  InToken: 'in',
  EqualsToken: '=',
  DoubleEqualsToken: '==',
  GreaterThanToken: 'gt',
  LessThanToken: 'lt',
  NotInToken: 'notin',
  NotEqualsToken: '!=',
};

/** Requirements of a selector string, unsorted, or a thrown SelectorParseError. */
function parseItems(text: string, path: FieldPath | undefined): Requirement[] {
  const items = scan(text);
  let position = 0;
  const fail = (message: string): never => {
    throw new SelectorParseError(message);
  };

  function tokenAt(i: number, context: Context): ScannedItem {
    const item = items[i < items.length ? i : items.length - 1];
    if (context === 'Values' && (item.tok === 'InToken' || item.tok === 'NotInToken')) {
      return { tok: 'IdentifierToken', literal: item.literal };
    }
    return item;
  }
  const lookahead = (context: Context) => tokenAt(position, context);
  const consume = (context: Context) => tokenAt(position++, context);

  function newRequirement(key: string, operator: Operator, values: string[]): Requirement {
    const errs = requirementErrors(key, operator, values, path);
    if (errs.length) fail(formatAggregate(errs));
    return { key, operator, values };
  }

  /** The key, with `!` giving DoesNotExist and a following `,` or end giving Exists. */
  function parseKeyAndInferOperator(): { key: string; operator: Operator | '' } {
    let operator: Operator | '' = '';
    let { tok, literal } = consume('Values');
    if (tok === 'DoesNotExistToken') {
      operator = '!';
      ({ tok, literal } = consume('Values'));
    }
    if (tok !== 'IdentifierToken') fail(`found '${literal}', expected: identifier`);
    // Go prints a nil *field.Path as "<nil>": `<nil>: Invalid value: "a/b/c": ...`.
    const err = keyError(literal, path ?? '<nil>');
    if (err) fail(formatFieldError(err));
    const next = lookahead('Values').tok;
    if ((next === 'EndOfStringToken' || next === 'CommaToken') && operator !== '!') operator = 'exists';
    return { key: literal, operator };
  }

  function parseOperator(): Operator {
    const { tok, literal } = consume('KeyAndOperator');
    return OPERATOR_TOKENS[tok] ?? fail(`found '${literal}', expected: ${EXPECTED_OPERATORS}`);
  }

  /** `(a,b)`; `()` is the set {""}. */
  function parseValues(): Set<string> {
    const open = consume('Values');
    if (open.tok !== 'OpenParToken') fail(`found '${open.literal}' expected: '('`);
    const { tok, literal } = lookahead('Values');
    switch (tok) {
      case 'IdentifierToken':
      case 'CommaToken': {
        const s = parseIdentifiersList();
        if (consume('Values').tok !== 'ClosedParToken') fail(`found '${literal}', expected: ')'`);
        return s;
      }
      case 'ClosedParToken':
        consume('Values');
        return new Set(['']);
      default:
        return fail(`found '${literal}', expected: ',', ')' or identifier`);
    }
  }

  /** Comma-separated, possibly empty identifiers: `(,a)`, `(a,,)` contribute "". */
  function parseIdentifiersList(): Set<string> {
    const s = new Set<string>();
    for (;;) {
      const { tok, literal } = consume('Values');
      if (tok === 'IdentifierToken') {
        s.add(literal);
        const next = lookahead('Values');
        if (next.tok === 'CommaToken') continue;
        if (next.tok === 'ClosedParToken') return s;
        fail(`found '${next.literal}', expected: ',' or ')'`);
      } else if (tok === 'CommaToken') {
        if (s.size === 0) s.add('');
        const next = lookahead('Values').tok;
        if (next === 'ClosedParToken') {
          s.add('');
          return s;
        }
        if (next === 'CommaToken') s.add('');
      } else {
        fail(`found '${literal}', expected: ',', or identifier`);
      }
    }
  }

  /** The single value after `=`, `==`, `!=`, `>` or `<`; nothing there means "". */
  function parseExactValue(): Set<string> {
    const next = lookahead('Values').tok;
    if (next === 'EndOfStringToken' || next === 'CommaToken') return new Set(['']);
    const { tok, literal } = consume('Values');
    if (tok !== 'IdentifierToken') fail(`found '${literal}', expected: identifier`);
    return new Set([literal]);
  }

  function parseRequirement(): Requirement {
    const { key, operator: inferred } = parseKeyAndInferOperator();
    if (inferred === 'exists' || inferred === '!') return newRequirement(key, inferred, []);
    const operator = parseOperator();
    const values = operator === 'in' || operator === 'notin' ? parseValues() : parseExactValue();
    // sets.String.List(): sorted, duplicates gone.
    return newRequirement(key, operator, [...values].sort(compareGo));
  }

  const requirements: Requirement[] = [];
  for (;;) {
    const { tok, literal } = lookahead('Values');
    if (tok === 'EndOfStringToken') return requirements;
    if (tok !== 'IdentifierToken' && tok !== 'DoesNotExistToken') {
      fail(`found '${literal}', expected: !, identifier, or 'end of string'`);
    }
    try {
      requirements.push(parseRequirement());
    } catch (e) {
      if (e instanceof SelectorParseError) fail(`unable to parse requirement: ${e.message}`);
      throw e;
    }
    const after = consume('Values');
    if (after.tok === 'EndOfStringToken') return requirements;
    if (after.tok !== 'CommaToken') fail(`found '${after.literal}', expected: ',' or 'end of string'`);
    const next = lookahead('Values');
    if (next.tok !== 'IdentifierToken' && next.tok !== 'DoesNotExistToken') {
      fail(`found '${next.literal}', expected: identifier after ','`);
    }
  }
}

/**
 * `labels.ParseToRequirements`: the requirements sorted by key, or a thrown SelectorParseError.
 * `path` is Go's `field.WithPath` option; without it, key errors name the field `<nil>`.
 */
export function parseRequirements(text: string, path?: FieldPath): Requirement[] {
  return parseItems(text, path).sort((a, b) => compareGo(a.key, b.key));
}

/**
 * `labels.Parse`: `a=b,c!=d,e in (f,g),h notin (i),j,!k,l>1,m<2`, ANDed. The empty string
 * selects everything. Throws SelectorParseError with apimachinery's message.
 */
export function parseSelector(text: string, path?: FieldPath): Selector {
  return selectorOf(parseItems(text, path));
}
