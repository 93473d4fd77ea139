/**
 * The Deployment kind (apps/v1): SetDefaults_Deployment (1 replica, RollingUpdate 25%/25%,
 * 10 revisions kept, 600 s progress deadline), ValidateDeploymentSpec, an immutable selector,
 * and a generation bumped by annotation changes too (they are copied to the ReplicaSets).
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { deepEqual } from '../../../store/equal';
import { defaultTemplate, nonNegative, validateControllerTemplate } from './template';
import { workloadStrategy } from './strategy';
import { checkAppsSelector } from './selector';
import { validateDeploymentStrategy } from './rollingupdate';

const SPEC = FieldPath.root('spec');

export function defaultDeployment(d: any): void {
  const spec = (d.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(d);
}

/** `ValidateDeploymentSpec`. */
function validateSpec(spec: any): FieldError[] {
  const errs = [...nonNegative(spec?.replicas, SPEC.child('replicas'))];
  const checked = checkAppsSelector(spec?.selector, SPEC.child('selector'), 'deployment');
  errs.push(...checked.errors);
  if (checked.selector) errs.push(...validateControllerTemplate(spec?.template ?? {}, checked.selector, SPEC.child('template'), 'ReplicaSet'));
  errs.push(...validateDeploymentStrategy(spec?.strategy, SPEC.child('strategy')));
  errs.push(...nonNegative(spec?.minReadySeconds, SPEC.child('minReadySeconds')));
  errs.push(...nonNegative(spec?.revisionHistoryLimit, SPEC.child('revisionHistoryLimit')));
  const pds = spec?.progressDeadlineSeconds;
  if (typeof pds === 'number') {
    errs.push(...nonNegative(pds, SPEC.child('progressDeadlineSeconds')));
    if (pds <= (spec.minReadySeconds ?? 0)) errs.push(fieldErrors.invalid(SPEC.child('progressDeadlineSeconds'), pds, 'must be greater than minReadySeconds'));
  }
  return errs;
}

export const deploymentStrategy = workloadStrategy({
  defaults: defaultDeployment,
  initialStatus: () => ({}),
  validateSpec,
  selectorImmutable: true,
  afterUpdate: (d, old) => {
    if (!deepEqual(d.metadata.annotations ?? {}, old.metadata.annotations ?? {})) d.metadata.generation = (old.metadata.generation ?? 0) + 1;
  },
  // The controller records the revision annotation together with the status.
  prepareForStatusUpdate: (d, input) => {
    if (input.metadata.annotations) d.metadata.annotations = { ...input.metadata.annotations };
  },
});
