/** The Pod kind at the API server: defaults and admission, validation, graceful deletion. */
import { FieldPath, fieldErrors } from '../../field';
import { Strategy } from '../strategy';
import { subdomainName } from '../../validation/objectmeta';
import { deepEqual } from '../../../store/equal';
import { prepareNewPod } from './defaults';
import { validatePodSpec } from './validation';

const SPEC = FieldPath.root('spec');

/** The fields of a pod spec an update may change (ValidatePodUpdate). */
function withoutMutableFields(spec: any): any {
  const copy = { ...spec };
  copy.containers = (spec.containers ?? []).map((c: any) => ({ ...c, image: undefined }));
  copy.initContainers = (spec.initContainers ?? []).map((c: any) => ({ ...c, image: undefined }));
  delete copy.activeDeadlineSeconds;
  delete copy.tolerations;
  delete copy.terminationGracePeriodSeconds;
  return copy;
}

export const podStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: true,
  // PodObservedGenerationTracking (beta, on in 1.34): pods carry a generation too.
  tracksGeneration: true,
  prepareForCreate: (pod, ctx) => prepareNewPod(pod, ctx),
  validate: (pod) => validatePodSpec(pod.spec, SPEC),
  validateUpdate: (pod, old) => {
    const errs = validatePodSpec(pod.spec, SPEC);
    // The stored spec itself (a metadata or status change): no field can have changed.
    if (pod.spec !== old.spec && !deepEqual(withoutMutableFields(pod.spec), withoutMutableFields(old.spec))) {
      errs.push(
        fieldErrors.forbidden(
          SPEC,
          'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
        ),
      );
    }
    return errs;
  },
  gracePeriod: (pod, requested) => {
    // Pods never bound to a node, or already finished, go at once (CheckGracefulDelete).
    if (!pod.spec?.nodeName) return 0;
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') return 0;
    return requested ?? pod.spec?.terminationGracePeriodSeconds ?? 30;
  },
};
