/**
 * What every workload kind checks in its pod template (core and apps validation):
 * `ValidatePodTemplateSpec` (labels — reported at `spec.template.labels`, as upstream does —,
 * annotations, pod spec), the selector matching the template labels, restartPolicy Always and
 * no activeDeadlineSeconds; and the values those errors print, shaped as Go marshals them.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { Selector, validateAnnotations, validateLabels } from '../../../labels';
import { sortedKeys } from '../../../labels/validate';
import { validatePodSpec } from '../pod/validation';
import { defaultPodSpec } from '../pod/defaults';

/** A label map as json.Marshal prints it: keys sorted; nil as `null`. */
export function goMap(map: Record<string, string> | null | undefined): Record<string, string> | null {
  if (!map) return null;
  const out: Record<string, string> = {};
  for (const k of sortedKeys(map)) out[k] = map[k];
  return out;
}

/** A metav1.LabelSelector as json.Marshal prints it: declared field order, empty fields omitted. */
export function goSelector(sel: any): unknown {
  if (sel === null || sel === undefined) return null;
  const out: Record<string, unknown> = {};
  if (sel.matchLabels && Object.keys(sel.matchLabels).length) out.matchLabels = goMap(sel.matchLabels);
  if (sel.matchExpressions?.length) {
    out.matchExpressions = sel.matchExpressions.map((e: any) => {
      const r: Record<string, unknown> = { key: e.key ?? '', operator: e.operator ?? '' };
      if (e.values?.length) r.values = e.values;
      return r;
    });
  }
  return out;
}

/** `ValidatePodTemplateSpec`. */
export function validatePodTemplateSpec(template: any, path: FieldPath): FieldError[] {
  const meta = template?.metadata ?? {};
  return [
    ...validateLabels(meta.labels, path.child('labels')),
    ...validateAnnotations(meta.annotations, path.child('annotations')),
    ...validatePodSpec(template?.spec, path.child('spec')),
  ];
}

/** The template labels must match the selector (a nil selector matches nothing). */
export function selectorMismatch(template: any, selector: Selector, path: FieldPath): FieldError[] {
  const labels = template?.metadata?.labels;
  return selector.matches(labels) ? [] : [fieldErrors.invalid(path.child('metadata', 'labels'), goMap(labels), '`selector` does not match template `labels`')];
}

/** What a controller's pods must be: the template valid, restartPolicy Always, no deadline. */
export function templateRules(template: any, path: FieldPath, kind: string): FieldError[] {
  const errs = validatePodTemplateSpec(template, path);
  const restartPolicy = template?.spec?.restartPolicy;
  if (restartPolicy !== 'Always') errs.push(fieldErrors.notSupported(path.child('spec', 'restartPolicy'), restartPolicy ?? '', ['Always']));
  const deadline = template?.spec?.activeDeadlineSeconds;
  if (deadline !== undefined && deadline !== null) {
    errs.push(fieldErrors.forbidden(path.child('spec', 'activeDeadlineSeconds'), `activeDeadlineSeconds in ${kind} is not Supported`));
  }
  return errs;
}

/** `ValidatePodTemplateSpecForReplicaSet` / `…ForRC`: the label check is skipped for an empty selector. */
export function validateControllerTemplate(template: any, selector: Selector, path: FieldPath, kind: string): FieldError[] {
  if (!template) return [fieldErrors.required(path)];
  return [...(selector.empty() ? [] : selectorMismatch(template, selector, path)), ...templateRules(template, path, kind)];
}

/** `ValidateNonnegativeField`. */
export function nonNegative(value: unknown, path: FieldPath): FieldError[] {
  return typeof value === 'number' && value < 0 ? [fieldErrors.invalid(path, value, 'must be greater than or equal to 0')] : [];
}

/** The pod defaults, applied to a workload's template. */
export function defaultTemplate(obj: any): void {
  const template = obj.spec?.template;
  if (template) defaultPodSpec((template.spec ??= {}));
}

/** `ValidateImmutableField`. */
export function immutable(value: unknown, old: unknown, path: FieldPath, render: (v: unknown) => unknown = (v) => v): FieldError[] {
  return JSON.stringify(render(value)) === JSON.stringify(render(old)) ? [] : [fieldErrors.invalid(path, render(value), 'field is immutable')];
}
