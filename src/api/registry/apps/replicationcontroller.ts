/**
 * The ReplicationController kind (core/v1): its selector is a plain label map, defaulted from
 * the template labels (as are the object's labels) and mutable, unlike the apps kinds'.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { selectorFromSet } from '../../../labels';
import { defaultTemplate, nonNegative, validateControllerTemplate } from './template';
import { workloadStrategy } from './strategy';

const SPEC = FieldPath.root('spec');

/** SetDefaults_ReplicationController. */
export function defaultReplicationController(rc: any): void {
  const spec = (rc.spec ??= {});
  const labels = spec.template?.metadata?.labels;
  if (labels) {
    if (!spec.selector || Object.keys(spec.selector).length === 0) spec.selector = { ...labels };
    if (!rc.metadata.labels || Object.keys(rc.metadata.labels).length === 0) rc.metadata.labels = { ...labels };
  }
  spec.replicas ??= 1;
  defaultTemplate(rc);
}

/** `ValidateReplicationControllerSpec`. */
function validateSpec(spec: any): FieldError[] {
  const selector = selectorFromSet(spec?.selector ?? {});
  const errs = [...nonNegative(spec?.minReadySeconds, SPEC.child('minReadySeconds'))];
  if (selector.empty()) errs.push(fieldErrors.required(SPEC.child('selector')));
  errs.push(...nonNegative(spec?.replicas, SPEC.child('replicas')));
  errs.push(...validateControllerTemplate(spec?.template, selector, SPEC.child('template'), 'ReplicationController'));
  return errs;
}

export const replicationControllerStrategy = workloadStrategy({
  defaults: defaultReplicationController,
  initialStatus: () => ({ replicas: 0 }),
  validateSpec,
  selectorImmutable: false,
});
