/**
 * `spec.selector` of the apps kinds (ReplicaSet, Deployment): required, a valid
 * `metav1.LabelSelector`, not empty (the message says "deployment" for ReplicaSets too, as
 * upstream's does), and convertible to a selector.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { Selector, SelectorError, labelSelectorAsSelector, nothing, validateLabelSelector } from '../../../labels';
import { goSelector } from './template';

export interface CheckedSelector {
  readonly errors: FieldError[];
  /** The selector, unless it could not be converted. */
  readonly selector?: Selector;
}

/** `LabelSelectorAsSelector`, or undefined when it fails. */
export function asSelector(sel: any): Selector | undefined {
  try {
    return labelSelectorAsSelector(sel);
  } catch (e) {
    if (e instanceof SelectorError) return undefined;
    throw e;
  }
}

export function checkAppsSelector(sel: any, path: FieldPath, emptyWhat: string): CheckedSelector {
  const errors: FieldError[] = [];
  if (sel === null || sel === undefined) errors.push(fieldErrors.required(path));
  else {
    errors.push(...validateLabelSelector(sel, path));
    if (Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
      errors.push(fieldErrors.invalid(path, goSelector(sel), `empty selector is invalid for ${emptyWhat}`));
    }
  }
  const selector = sel === null || sel === undefined ? nothing() : asSelector(sel);
  if (!selector) errors.push(fieldErrors.invalid(path, goSelector(sel), 'invalid label selector'));
  return { errors, selector };
}
