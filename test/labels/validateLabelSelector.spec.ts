import assert from 'node:assert/strict';
import { FieldPath, formatFieldError } from '../../src/api/field';
import { LabelSelector, LabelSelectorValidationOptions, validateLabelSelector } from '../../src/labels';
import { NAME_EMPTY, NAME_REGEX, VALUE_REGEX } from './messages';

describe('validateLabelSelector (ValidateLabelSelector, B10)', () => {
  const path = FieldPath.root('spec').child('selector');
  const m0 = 'spec.selector.matchExpressions[0]';
  const cases: Record<string, { sel: LabelSelector | null | undefined; opts?: LabelSelectorValidationOptions; want: string[] }> = {
    null: { sel: null, want: [] },
    empty: { sel: {}, want: [] },
    'valid in': { sel: { matchExpressions: [{ key: 'key', operator: 'In', values: ['value'] }] }, want: [] },
    'valid labels and expressions': {
      sel: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] },
      want: [],
    },
    'in without values': {
      sel: { matchExpressions: [{ key: 'k', operator: 'In', values: [] }] },
      want: [`${m0}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    },
    'notin with values missing': {
      sel: { matchExpressions: [{ key: 'k', operator: 'NotIn' }] },
      want: [`${m0}.values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    },
    'exists with values': {
      sel: { matchExpressions: [{ key: 'k', operator: 'Exists', values: ['a'] }] },
      want: [`${m0}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`],
    },
    'does not exist with values': {
      sel: { matchExpressions: [{ key: 'k', operator: 'DoesNotExist', values: ['a'] }] },
      want: [`${m0}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`],
    },
    'unknown operator': {
      sel: { matchExpressions: [{ key: 'key', operator: 'abc', values: ['value'] }] },
      want: [`${m0}.operator: Invalid value: "abc": not a valid selector operator`],
    },
    'Gt is not a LabelSelector operator': {
      sel: { matchExpressions: [{ key: 'key', operator: 'Gt', values: ['1'] }] },
      want: [`${m0}.operator: Invalid value: "Gt": not a valid selector operator`],
    },
    'unknown operator allowed': {
      sel: { matchExpressions: [{ key: 'key', operator: 'abc', values: ['value'] }] },
      opts: { allowUnknownOperatorInRequirement: true },
      want: [],
    },
    'bad key': {
      sel: { matchExpressions: [{ key: '-key', operator: 'In', values: ['value'] }] },
      want: [`${m0}.key: Invalid value: "-key": ${NAME_REGEX}`],
    },
    'empty key: one error per message': {
      sel: { matchExpressions: [{ key: '', operator: 'Exists' }] },
      want: [`${m0}.key: Invalid value: "": ${NAME_EMPTY}`, `${m0}.key: Invalid value: "": ${NAME_REGEX}`],
    },
    'bad value in the second expression': {
      sel: {
        matchExpressions: [
          { key: 'a', operator: 'Exists' },
          { key: 'key', operator: 'In', values: ['ok', '-value'] },
        ],
      },
      want: [`spec.selector.matchExpressions[1].values[1]: Invalid value: "-value": ${VALUE_REGEX}`],
    },
    'bad value allowed': {
      sel: { matchExpressions: [{ key: 'key', operator: 'In', values: ['-value'] }] },
      opts: { allowInvalidLabelValueInSelector: true },
      want: [],
    },
    'matchLabels are validated as labels on the map path': {
      sel: { matchLabels: { k: '-v' } },
      want: [`spec.selector.matchLabels: Invalid value: "-v": ${VALUE_REGEX}`],
    },
    'order: matchLabels, then operator, key and values per expression': {
      sel: { matchLabels: { '-k': 'v' }, matchExpressions: [{ key: '-x', operator: 'Exists', values: ['-y'] }] },
      want: [
        `spec.selector.matchLabels: Invalid value: "-k": ${NAME_REGEX}`,
        `${m0}.values: Forbidden: may not be specified when \`operator\` is 'Exists' or 'DoesNotExist'`,
        `${m0}.key: Invalid value: "-x": ${NAME_REGEX}`,
        `${m0}.values[0]: Invalid value: "-y": ${VALUE_REGEX}`,
      ],
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.deepEqual(validateLabelSelector(tc.sel, path, tc.opts).map(formatFieldError), tc.want));
  }
});
