/**
 * `metav1.LabelSelector` (matchLabels + matchExpressions) as a Selector, and its printed forms
 * (`LabelSelectorAsSelector`, `FormatLabelSelector`, `labels.FormatLabels`).
 */
import { SelectorError } from './errors';
import { compareGo, goQuote } from './goString';
import { Labels, Operator, Requirement, newRequirement } from './requirement';
import { Selector, everything, nothing, selectorOf } from './selector';
import { sortedKeys } from './validate';

export interface LabelSelectorRequirement {
  readonly key: string;
  /** `In`, `NotIn`, `Exists` or `DoesNotExist`; anything else is rejected. */
  readonly operator: string;
  readonly values?: readonly string[] | null;
}

export interface LabelSelector {
  readonly matchLabels?: Labels | null;
  readonly matchExpressions?: readonly LabelSelectorRequirement[] | null;
}

const OPERATORS: Readonly<Record<string, Operator>> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

/**
 * `metav1.LabelSelectorAsSelector`: null/undefined selects nothing, an empty selector selects
 * everything. Throws SelectorError with apimachinery's text for a bad operator, key or value.
 * matchLabels are converted in key order (Go's map order is random, so its first error may vary).
 */
export function labelSelectorAsSelector(sel: LabelSelector | null | undefined): Selector {
  if (sel == null) return nothing();
  const labels = sel.matchLabels ?? {};
  const exprs = sel.matchExpressions ?? [];
  const keys = sortedKeys(labels);
  if (keys.length + exprs.length === 0) return everything();
  const reqs: Requirement[] = [];
  for (const k of keys) reqs.push(newRequirement(k, '=', [labels[k]]));
  for (const e of exprs) {
    const op = Object.hasOwn(OPERATORS, e.operator) ? OPERATORS[e.operator] : undefined;
    if (op === undefined) throw new SelectorError(`${goQuote(e.operator ?? '')} is not a valid label selector operator`);
    // Go copies with append([]string(nil), ...): no values becomes a nil slice, printed `null`.
    const values = e.values && e.values.length ? [...e.values] : null;
    reqs.push(newRequirement(e.key ?? '', op, values));
  }
  return selectorOf(reqs);
}

/** `metav1.FormatLabelSelector`: the selector string, `<none>` when empty, `<error>` when invalid. */
export function formatLabelSelector(sel: LabelSelector | null | undefined): string {
  let text: string;
  try {
    text = labelSelectorAsSelector(sel).toString();
  } catch (e) {
    if (e instanceof SelectorError) return '<error>';
    throw e;
  }
  return text === '' ? '<none>' : text;
}

/** `labels.FormatLabels`: `k=v` pairs sorted as whole strings, joined by `,`; `<none>` when empty. */
export function formatLabels(labels: Labels | null | undefined): string {
  if (!labels) return '<none>';
  const pairs = Object.keys(labels).map((k) => `${k}=${labels[k]}`);
  return pairs.length ? pairs.sort(compareGo).join(',') : '<none>';
}
