/**
 * Field errors as apimachinery's `pkg/util/validation/field` renders them: every validation
 * failure names the field path, the kind of failure and the offending value, e.g.
 * `spec.replicas: Invalid value: -1: must be greater than or equal to 0`.
 */
import { goQuote } from '../util/goQuote';

export type FieldErrorType =
  | 'Required value'
  | 'Forbidden'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Not found'
  | 'Too long'
  | 'Too many'
  | 'Internal error';

/** Marks an error whose value is not printed (apimachinery's `omitValue`). */
export const OMIT_VALUE = Symbol('omitValue');

export interface FieldError {
  readonly type: FieldErrorType;
  readonly field: string;
  readonly badValue: unknown;
  readonly detail: string;
}

/**
 * A field path that builds `spec.template.spec.containers[0].image` step by step. Validation
 * builds a path for every field it looks at and needs the text only for an error: a path keeps
 * its parent and last step, and writes its text when first asked.
 */
export class FieldPath {
  private text: string | undefined;

  private constructor(
    private readonly parent: FieldPath | undefined,
    /** The last step: a name, or a bracketed index or key (`[0]`, `[app]`). */
    private readonly step: string,
  ) {}

  static root(name?: string): FieldPath {
    const root = new FieldPath(undefined, name ?? '');
    root.text = name ?? '';
    return root;
  }

  /** `child('a', 'b')` is `child('a').child('b')`. */
  child(name: string, second?: string, third?: string): FieldPath {
    let p = new FieldPath(this, name);
    if (second !== undefined) p = new FieldPath(p, second);
    if (third !== undefined) p = new FieldPath(p, third);
    return p;
  }

  index(i: number): FieldPath {
    return new FieldPath(this, `[${i}]`);
  }

  key(k: string): FieldPath {
    return new FieldPath(this, `[${k}]`);
  }

  toString(): string {
    if (this.text === undefined) {
      const parent = this.parent!.toString();
      this.text = this.step.charCodeAt(0) === 91 /* [ */ || parent === '' ? parent + this.step : `${parent}.${this.step}`;
    }
    return this.text;
  }
}

function make(type: FieldErrorType, path: FieldPath | string, badValue: unknown, detail: string): FieldError {
  return { type, field: String(path), badValue, detail };
}

export const fieldErrors = {
  required: (path: FieldPath | string, detail = '') => make('Required value', path, '', detail),
  forbidden: (path: FieldPath | string, detail: string) => make('Forbidden', path, '', detail),
  invalid: (path: FieldPath | string, value: unknown, detail: string) => make('Invalid value', path, value, detail),
  notSupported: (path: FieldPath | string, value: unknown, supported: readonly string[]) =>
    make('Unsupported value', path, value, supported.length ? `supported values: ${supported.map((s) => JSON.stringify(s)).join(', ')}` : ''),
  duplicate: (path: FieldPath | string, value: unknown) => make('Duplicate value', path, value, ''),
  notFound: (path: FieldPath | string, value: unknown) => make('Not found', path, value, ''),
  tooLong: (path: FieldPath | string, value: unknown, max: number) =>
    make('Too long', path, value, max >= 0 ? `may not be more than ${max} bytes` : 'value is too long'),
  tooMany: (path: FieldPath | string, actual: number, max: number) =>
    make('Too many', path, actual, `must have at most ${max} items`),
  internal: (path: FieldPath | string, detail: string) => make('Internal error', path, OMIT_VALUE, detail),
};

/** Go's encoding/json escapes `<`, `>` and `&` (HTML-safe output). */
function goJSON(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

/**
 * A bad value Go prints with `%#v` (slices and structs: `[]string{"10.96.0.1"}`), given as the
 * text Go would print, since JSON is not how the API server shows them.
 */
export class GoValue {
  constructor(readonly text: string) {}
}

/** The value part of an error as `field.Error.ErrorBody` prints it. */
export function formatBadValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof GoValue) return value.text;
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return goJSON(value);
}

/** `field.Error.ErrorBody()`: everything but the field path. */
export function errorBody(e: FieldError): string {
  let s: string;
  switch (e.type) {
    case 'Required value':
    case 'Forbidden':
    case 'Too long':
    case 'Internal error':
      s = e.type;
      break;
    default:
      s = e.badValue === OMIT_VALUE ? e.type : `${e.type}: ${formatBadValue(e.badValue)}`;
  }
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/** `field.Error.Error()`: `<path>: <body>`. */
export function formatFieldError(e: FieldError): string {
  return e.field ? `${e.field}: ${errorBody(e)}` : errorBody(e);
}

/** `ErrorList.ToAggregate().Error()`: one error as is, several as `[a, b]`, duplicates dropped. */
export function formatAggregate(errors: readonly FieldError[]): string {
  const texts = [...new Set(errors.map(formatFieldError))];
  return texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
}
