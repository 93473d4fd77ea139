import assert from 'node:assert/strict';
import { FieldPath, fieldErrors, formatAggregate, formatFieldError } from '../../src/api/field';
import { apiErrors } from '../../src/api/status';
import { formatError } from '../../src/kubectl/errors';

const spec = FieldPath.root('spec');

describe('field errors (apimachinery field.Error)', () => {
  const cases: Record<string, { error: ReturnType<typeof fieldErrors.required>; want: string }> = {
    'required': { error: fieldErrors.required(spec.child('containers')), want: 'spec.containers: Required value' },
    'required with detail': { error: fieldErrors.required(spec.child('selector'), 'must be set'), want: 'spec.selector: Required value: must be set' },
    'an invalid number': { error: fieldErrors.invalid(spec.child('replicas'), -1, 'must be greater than or equal to 0'), want: 'spec.replicas: Invalid value: -1: must be greater than or equal to 0' },
    'an invalid string is quoted as Go does': { error: fieldErrors.invalid('metadata.labels', 'a\tb', 'bad'), want: 'metadata.labels: Invalid value: "a\\tb": bad' },
    'a map as JSON, HTML-escaped as Go does': { error: fieldErrors.invalid('x', { a: '<b>' }, 'no'), want: 'x: Invalid value: {"a":"\\u003cb\\u003e"}: no' },
    'unsupported': {
      error: fieldErrors.notSupported(spec.child('restartPolicy'), 'Sometimes', ['Always', 'OnFailure', 'Never']),
      want: 'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    },
    'forbidden': { error: fieldErrors.forbidden('spec', 'no'), want: 'spec: Forbidden: no' },
    'too long': { error: fieldErrors.tooLong('metadata.annotations', '', 262144), want: 'metadata.annotations: Too long: may not be more than 262144 bytes' },
    'duplicate': { error: fieldErrors.duplicate(spec.child('containers').index(1).child('name'), 'c'), want: 'spec.containers[1].name: Duplicate value: "c"' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatFieldError(tc.error), tc.want));

  it('aggregates several as a list', () => {
    assert.equal(formatAggregate([fieldErrors.required('a'), fieldErrors.required('b')]), '[a: Required value, b: Required value]');
  });
});

describe("kubectl's error texts", () => {
  const cases: Record<string, { error: unknown; want: string }> = {
    'not found': { error: apiErrors.notFound('pods', '', 'x'), want: 'Error from server (NotFound): pods "x" not found\n' },
    'not found in a group': { error: apiErrors.notFound('deployments', 'apps', 'web'), want: 'Error from server (NotFound): deployments.apps "web" not found\n' },
    'already exists': { error: apiErrors.alreadyExists('pods', '', 'x'), want: 'Error from server (AlreadyExists): pods "x" already exists\n' },
    'invalid, one cause': {
      error: apiErrors.invalid('Deployment', 'apps', 'web', [fieldErrors.invalid('spec.replicas', -1, 'must be greater than or equal to 0')]),
      want: 'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n',
    },
    'invalid, several causes': {
      error: apiErrors.invalid('Pod', '', 'x', [fieldErrors.required('spec.containers'), fieldErrors.required('metadata.name')]),
      want: 'The Pod "x" is invalid: \n* spec.containers: Required value\n* metadata.name: Required value\n',
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(formatError(tc.error), tc.want));

  it('the API server message names the group', () => {
    const e = apiErrors.invalid('Deployment', 'apps', 'web', [fieldErrors.required('spec.selector')]);
    assert.equal(e.message, 'Deployment.apps "web" is invalid: spec.selector: Required value');
  });
});
