/** Labels and label selectors: validation, the selector string syntax, matching and printing. */
export { SelectorError, SelectorParseError } from './errors';
export {
  validateLabelKey,
  validateLabelValue,
  validateLabels,
  validateAnnotations,
  LABEL_NAME_MAX_LENGTH,
  LABEL_VALUE_MAX_LENGTH,
  TOTAL_ANNOTATION_SIZE_LIMIT,
} from './validate';
export type { Labels, Operator, Requirement } from './requirement';
export { newRequirement, matchRequirement, requirementString } from './requirement';
export type { Selector } from './selector';
export { selectorOf, everything, nothing, matchesNothing, selectorFromSet, sameLabels } from './selector';
export { parseSelector, parseRequirements } from './parser';
export type { LabelSelector, LabelSelectorRequirement } from './labelSelector';
export { labelSelectorAsSelector, formatLabelSelector, formatLabels } from './labelSelector';
export type { LabelSelectorValidationOptions } from './validateLabelSelector';
export { validateLabelSelector, validateLabelSelectorRequirement } from './validateLabelSelector';
