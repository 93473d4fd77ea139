/** The Node kind at the API server: taint validation; the kubelet owns the status. */
import { FieldError, FieldPath, fieldErrors } from '../field';
import { Strategy } from './strategy';
import { subdomainName } from '../validation/objectmeta';
import { validateLabelKey, validateLabelValue } from '../../labels';

const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function validateTaints(taints: any[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const path = FieldPath.root('spec').child('taints');
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const p = path.index(i);
    if (!t.key) errs.push(fieldErrors.required(p.child('key')));
    else for (const msg of validateLabelKey(t.key)) errs.push(fieldErrors.invalid(p.child('key'), t.key, msg));
    if (t.value) for (const msg of validateLabelValue(t.value)) errs.push(fieldErrors.invalid(p.child('value'), t.value, msg));
    if (!t.effect) errs.push(fieldErrors.required(p.child('effect')));
    else if (!TAINT_EFFECTS.includes(t.effect)) errs.push(fieldErrors.notSupported(p.child('effect'), t.effect, TAINT_EFFECTS));
    const id = `${t.key}:${t.effect}`;
    if (seen.has(id)) errs.push(fieldErrors.duplicate(p, `${t.key}=${t.value ?? ''}:${t.effect}`));
    seen.add(id);
  });
  return errs;
}

export const nodeStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: true,
  tracksGeneration: false,
  validate: (node) => validateTaints(node.spec?.taints),
  validateUpdate: (node) => validateTaints(node.spec?.taints),
};
