/**
 * `ValidateObjectMeta`: the name (or generateName), the namespace for the type's scope, labels,
 * annotations and owner references, with the API server's field paths and messages.
 */
import { FieldError, FieldPath, fieldErrors } from '../field';
import { ObjectMeta } from '../types';
import { validateAnnotations, validateLabels } from '../../labels';
import { isDNS1123Label, isDNS1123Subdomain } from './dns';

export type NameValidator = (name: string, prefix: boolean) => string[];

/** Names that must be DNS subdomains; a generateName prefix may end in '-'. */
export const subdomainName: NameValidator = (name, prefix) => isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
export const labelName: NameValidator = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);

/** apimachinery's `maskTrailingDash`: a prefix may end with '-', checked as if it ended with 'a'. */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? name.slice(0, -2) + 'a' : name;
}

export function validateObjectMeta(meta: ObjectMeta, namespaced: boolean, nameValidator: NameValidator, path = FieldPath.root('metadata')): FieldError[] {
  const errs: FieldError[] = [];
  if (meta.generateName) {
    for (const msg of nameValidator(meta.generateName, true)) errs.push(fieldErrors.invalid(path.child('generateName'), meta.generateName, msg));
  }
  if (!meta.name) {
    errs.push(fieldErrors.required(path.child('name'), 'name or generateName is required'));
  } else {
    for (const msg of nameValidator(meta.name, false)) errs.push(fieldErrors.invalid(path.child('name'), meta.name, msg));
  }
  if (namespaced) {
    if (!meta.namespace) errs.push(fieldErrors.required(path.child('namespace')));
    else for (const msg of isDNS1123Label(meta.namespace)) errs.push(fieldErrors.invalid(path.child('namespace'), meta.namespace, msg));
  } else if (meta.namespace) {
    errs.push(fieldErrors.forbidden(path.child('namespace'), 'not allowed on this type'));
  }
  if (meta.generation !== undefined && meta.generation < 0) {
    errs.push(fieldErrors.invalid(path.child('generation'), meta.generation, 'must be greater than or equal to 0'));
  }
  errs.push(...validateLabels(meta.labels, path.child('labels')));
  errs.push(...validateAnnotations(meta.annotations, path.child('annotations')));
  (meta.ownerReferences ?? []).forEach((ref, i) => {
    const p = path.child('ownerReferences').index(i);
    if (!ref.apiVersion) errs.push(fieldErrors.invalid(p.child('apiVersion'), ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(fieldErrors.invalid(p.child('kind'), ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(fieldErrors.invalid(p.child('name'), ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(fieldErrors.invalid(p.child('uid'), ref.uid ?? '', 'uid must not be empty'));
  });
  const controllers = (meta.ownerReferences ?? []).filter((r) => r.controller);
  if (controllers.length > 1) {
    errs.push(
      fieldErrors.invalid(
        path.child('ownerReferences'),
        meta.ownerReferences,
        `Only one reference can have Controller set to true. Found "true" in references for ${controllers.map((r) => `${r.kind}/${r.name}`).join(' and ')}`,
      ),
    );
  }
  return errs;
}

/** Update rules every kind shares: name, namespace, uid and creationTimestamp are immutable. */
export function validateObjectMetaUpdate(meta: ObjectMeta, old: ObjectMeta, path = FieldPath.root('metadata')): FieldError[] {
  const errs: FieldError[] = [];
  for (const field of IMMUTABLE_META) {
    if (meta[field] !== undefined && meta[field] !== old[field]) errs.push(fieldErrors.invalid(path.child(field), meta[field], 'field is immutable'));
  }
  return errs;
}

const IMMUTABLE_META = ['name', 'namespace', 'uid', 'creationTimestamp'] as const;
