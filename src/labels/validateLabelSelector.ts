/**
 * `ValidateLabelSelector`: how the API server checks a `metav1.LabelSelector` on create and
 * update (for example `spec.selector` of a Deployment), with its exact field paths and messages.
 */
import { FieldError, FieldPath, fieldErrors } from '../api/field';
import { LabelSelector, LabelSelectorRequirement } from './labelSelector';
import { validateLabelKey, validateLabelValue, validateLabels } from './validate';

export interface LabelSelectorValidationOptions {
  /** Tolerate invalid values (only for objects already stored with them). */
  readonly allowInvalidLabelValueInSelector?: boolean;
  /** Accept operators that are not understood (SubjectAccessReview). */
  readonly allowUnknownOperatorInRequirement?: boolean;
}

/** `ValidateLabelSelectorRequirement` for one entry of matchExpressions. */
export function validateLabelSelectorRequirement(
  req: LabelSelectorRequirement,
  path: FieldPath,
  opts: LabelSelectorValidationOptions = {},
): FieldError[] {
  const errs: FieldError[] = [];
  const values = req.values ?? [];
  const operator = req.operator ?? '';
  const key = req.key ?? '';
  switch (operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        errs.push(fieldErrors.required(path.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        errs.push(fieldErrors.forbidden(path.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      }
      break;
    default:
      if (!opts.allowUnknownOperatorInRequirement) {
        errs.push(fieldErrors.invalid(path.child('operator'), operator, 'not a valid selector operator'));
      }
  }
  for (const msg of validateLabelKey(key)) errs.push(fieldErrors.invalid(path.child('key'), key, msg));
  if (!opts.allowInvalidLabelValueInSelector) {
    values.forEach((v, i) => {
      for (const msg of validateLabelValue(v)) errs.push(fieldErrors.invalid(path.child('values').index(i), v, msg));
    });
  }
  return errs;
}

/** `ValidateLabelSelector`: matchLabels as labels, then every expression; null is valid. */
export function validateLabelSelector(
  sel: LabelSelector | null | undefined,
  path: FieldPath,
  opts: LabelSelectorValidationOptions = {},
): FieldError[] {
  if (sel == null) return [];
  const errs = validateLabels(sel.matchLabels, path.child('matchLabels'));
  (sel.matchExpressions ?? []).forEach((expr, i) => {
    errs.push(...validateLabelSelectorRequirement(expr, path.child('matchExpressions').index(i), opts));
  });
  return errs;
}
