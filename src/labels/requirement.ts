/**
 * One selector requirement (`labels.Requirement`): its operators, `NewRequirement`'s checks and
 * messages, matching against a label map, and the canonical string form.
 */
import { FieldError, FieldPath, fieldErrors, formatAggregate } from '../api/field';
import { SelectorError } from './errors';
import { sortedGo } from './goString';
import { compareInt64, parseInt64 } from './int64';
import { validateLabelKey, validateLabelValue } from './validate';

/** `selection.Operator` values; Gt/Lt are spelled `gt`/`lt` though the string syntax writes `>`/`<`. */
export type Operator = 'in' | 'notin' | '=' | '==' | '!=' | 'gt' | 'lt' | 'exists' | '!';

export interface Requirement {
  readonly key: string;
  readonly operator: Operator;
  /** As given: the parser passes a sorted set, `LabelSelectorAsSelector` the raw list. */
  readonly values: readonly string[];
}

/** A label map as objects carry them; a missing map has no labels. */
export type Labels = Readonly<Record<string, string>>;

/** `validRequirementOperators`: binary operators, then unary, in apimachinery's order. */
export const BINARY_OPERATORS: readonly Operator[] = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'];
export const VALID_OPERATORS: readonly Operator[] = [...BINARY_OPERATORS, 'exists', '!'];

/** Go's `nilPath.Child(name)` is just `name`; undefined stands for the nil path. */
export function childPath(path: FieldPath | undefined, name: string): FieldPath {
  return path ? path.child(name) : FieldPath.root(name);
}

/** `validateLabelKey` in selector.go: all messages joined by `; ` into one Invalid error. */
export function keyError(key: string, path: FieldPath | string): FieldError | undefined {
  const msgs = validateLabelKey(key);
  return msgs.length ? fieldErrors.invalid(path, key, msgs.join('; ')) : undefined;
}

/**
 * `NewRequirement`'s checks, in its order: key, operator/arity, Gt/Lt integers, then each
 * value under `values[i][key]`. `values` null stands for Go's nil slice (rendered `null`).
 */
export function requirementErrors(
  key: string,
  operator: string,
  values: readonly string[] | null,
  path?: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  const vals = values ?? [];
  const kErr = keyError(key, childPath(path, 'key'));
  if (kErr) errs.push(kErr);
  const valuePath = childPath(path, 'values');
  switch (operator) {
    case 'in':
    case 'notin':
      if (vals.length === 0) errs.push(fieldErrors.invalid(valuePath, values, "for 'in', 'notin' operators, values set can't be empty"));
      break;
    case '=':
    case '==':
    case '!=':
      if (vals.length !== 1) errs.push(fieldErrors.invalid(valuePath, values, 'exact-match compatibility requires one single value'));
      break;
    case 'exists':
    case '!':
      if (vals.length !== 0) errs.push(fieldErrors.invalid(valuePath, values, 'values set must be empty for exists and does not exist'));
      break;
    case 'gt':
    case 'lt':
      if (vals.length !== 1) errs.push(fieldErrors.invalid(valuePath, values, "for 'Gt', 'Lt' operators, exactly one value is required"));
      vals.forEach((v, i) => {
        if (parseInt64(v) === undefined) {
          errs.push(fieldErrors.invalid(valuePath.index(i), v, "for 'Gt', 'Lt' operators, the value must be an integer"));
        }
      });
      break;
    default:
      errs.push(fieldErrors.notSupported(childPath(path, 'operator'), operator, VALID_OPERATORS));
  }
  vals.forEach((v, i) => {
    const msgs = validateLabelValue(v);
    if (msgs.length) errs.push(fieldErrors.invalid(valuePath.index(i).key(key), v, msgs.join('; ')));
  });
  return errs;
}

/** `labels.NewRequirement`: throws a SelectorError carrying the aggregated field errors. */
export function newRequirement(key: string, operator: string, values: readonly string[] | null, path?: FieldPath): Requirement {
  const errs = requirementErrors(key, operator, values, path);
  if (errs.length) throw new SelectorError(formatAggregate(errs));
  return { key, operator: operator as Operator, values: values ?? [] };
}

function hasValue(values: readonly string[], v: string): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === v) return true;
  return false;
}

/**
 * `Requirement.Matches`. A label is present only as an own string value, which also keeps keys
 * such as `constructor` from finding Object.prototype members.
 */
export function matchRequirement(r: Requirement, labels: Labels | null | undefined): boolean {
  const v = labels == null ? undefined : labels[r.key];
  const present = typeof v === 'string';
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return present && hasValue(r.values, v);
    case 'notin':
    case '!=':
      return !present || !hasValue(r.values, v);
    case 'exists':
      return present;
    case '!':
      return !present;
    case 'gt':
    case 'lt': {
      if (!present || r.values.length !== 1) return false;
      const actual = parseInt64(v);
      const bound = parseInt64(r.values[0]);
      if (actual === undefined || bound === undefined) return false;
      const c = compareInt64(actual, bound);
      return r.operator === 'gt' ? c > 0 : c < 0;
    }
    default:
      return false;
  }
}

const OPERATOR_TEXT: Record<Operator, string> = {
  '=': '=',
  '==': '==',
  '!=': '!=',
  in: ' in ',
  notin: ' notin ',
  gt: '>',
  lt: '<',
  exists: '',
  '!': '',
};

/** `Requirement.String`: `!k`, `k`, `k=v`, `k>1`, `k in (a,b)` with values sorted on output only. */
export function requirementString(r: Requirement): string {
  if (r.operator === '!') return `!${r.key}`;
  if (r.operator === 'exists') return r.key;
  const vals = r.values.length === 1 ? r.values[0] : sortedGo(r.values).join(',');
  const set = r.operator === 'in' || r.operator === 'notin';
  return `${r.key}${OPERATOR_TEXT[r.operator] ?? ''}${set ? `(${vals})` : vals}`;
}
