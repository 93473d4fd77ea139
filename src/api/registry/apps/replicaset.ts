/** The ReplicaSet kind (apps/v1) at the API server: defaults, validation, an immutable selector. */
import { FieldError, FieldPath } from '../../field';
import { defaultTemplate, nonNegative, validateControllerTemplate } from './template';
import { workloadStrategy } from './strategy';
import { checkAppsSelector } from './selector';

const SPEC = FieldPath.root('spec');

export function defaultReplicaSet(rs: any): void {
  const spec = (rs.spec ??= {});
  spec.replicas ??= 1;
  defaultTemplate(rs);
}

/** `ValidateReplicaSetSpec`. */
function validateSpec(spec: any): FieldError[] {
  const errs = [...nonNegative(spec?.replicas, SPEC.child('replicas')), ...nonNegative(spec?.minReadySeconds, SPEC.child('minReadySeconds'))];
  const checked = checkAppsSelector(spec?.selector, SPEC.child('selector'), 'deployment');
  errs.push(...checked.errors);
  if (checked.selector) errs.push(...validateControllerTemplate(spec?.template ?? {}, checked.selector, SPEC.child('template'), 'ReplicaSet'));
  return errs;
}

export const replicaSetStrategy = workloadStrategy({
  defaults: defaultReplicaSet,
  initialStatus: () => ({ replicas: 0 }),
  validateSpec,
  selectorImmutable: true,
});
