/**
 * The ReplicationController kind (core/v1): its selector is a plain label map, defaulted from
 * the template labels (as are the object's labels) and mutable, unlike the apps kinds'.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { Strategy } from '../strategy';
import { subdomainName } from '../../validation/objectmeta';
import { selectorFromSet } from '../../../labels';
import { defaultTemplate, nonNegative, validateControllerTemplate } from './template';

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

export const replicationControllerStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: true,
  tracksGeneration: true,
  prepareForCreate: (rc) => {
    defaultReplicationController(rc);
    rc.status = { replicas: 0 };
  },
  prepareForUpdate: (rc) => defaultReplicationController(rc),
  validate: (rc) => validateSpec(rc.spec),
  validateUpdate: (rc) => validateSpec(rc.spec),
};
