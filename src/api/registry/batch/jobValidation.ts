/**
 * Job validation as pkg/apis/batch/validation does it (ValidateJob, ValidateJobSpec,
 * ValidateJobSpecUpdate), for the fields the simulator interprets. Field paths and messages are
 * the API server's.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { deepEqual } from '../../../store/equal';
import { Selector, labelSelectorAsSelector, validateAnnotations, validateLabelSelector, validateLabels } from '../../../labels';
import { isDNS1123Label } from '../../validation/dns';
import { validatePodSpec } from '../pod/validation';
import { CONTROLLER_UID_LABEL, JOB_NAME_LABEL, LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL } from './labels';

const NON_NEGATIVE = 'must be greater than or equal to 0';
const MAX_PARALLELISM_FOR_INDEXED_JOB = 100_000;
const COMPLETION_MODES = ['NonIndexed', 'Indexed'];
const POD_REPLACEMENT_POLICIES = ['TerminatingOrFailed', 'Failed'];
const POD_FAILURE_ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const EXIT_CODE_OPERATORS = ['In', 'NotIn'];

function nonNegative(value: unknown, path: FieldPath, errs: FieldError[]): void {
  if (typeof value === 'number' && value < 0) errs.push(fieldErrors.invalid(path, value, NON_NEGATIVE));
}

/** ValidatePodTemplateSpec: the template's labels and annotations, then its pod spec. */
function validatePodTemplate(template: any, path: FieldPath): FieldError[] {
  const errs = [
    ...validateLabels(template?.metadata?.labels, path.child('metadata', 'labels')),
    ...validateAnnotations(template?.metadata?.annotations, path.child('metadata', 'annotations')),
  ];
  errs.push(...validatePodSpec(template?.spec, path.child('spec')));
  return errs;
}

function validatePodFailurePolicy(spec: any, path: FieldPath, errs: FieldError[]): void {
  const rules: any[] = spec.podFailurePolicy?.rules ?? [];
  rules.forEach((rule, i) => {
    const p = path.child('rules').index(i);
    if (!POD_FAILURE_ACTIONS.includes(rule.action)) errs.push(fieldErrors.notSupported(p.child('action'), rule.action ?? '', POD_FAILURE_ACTIONS));
    const exit = rule.onExitCodes;
    if (exit && rule.onPodConditions?.length) errs.push(fieldErrors.invalid(p, '', 'specifying both OnExitCodes and OnPodConditions is not supported'));
    if (!exit && !rule.onPodConditions?.length) errs.push(fieldErrors.invalid(p, '', 'specifying one of OnExitCodes and OnPodConditions is required'));
    if (exit && !EXIT_CODE_OPERATORS.includes(exit.operator)) {
      errs.push(fieldErrors.notSupported(p.child('onExitCodes', 'operator'), exit.operator ?? '', EXIT_CODE_OPERATORS));
    }
  });
}

/** validateJobSpec: the rules shared by Jobs and CronJob job templates. */
export function validateJobSpecFields(spec: any, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  nonNegative(spec.parallelism, path.child('parallelism'), errs);
  nonNegative(spec.completions, path.child('completions'), errs);
  nonNegative(spec.activeDeadlineSeconds, path.child('activeDeadlineSeconds'), errs);
  nonNegative(spec.backoffLimit, path.child('backoffLimit'), errs);
  nonNegative(spec.ttlSecondsAfterFinished, path.child('ttlSecondsAfterFinished'), errs);
  if (spec.completionMode != null) {
    if (!COMPLETION_MODES.includes(spec.completionMode)) errs.push(fieldErrors.notSupported(path.child('completionMode'), spec.completionMode, COMPLETION_MODES));
    if (spec.completionMode === 'Indexed') {
      if (spec.completions == null) errs.push(fieldErrors.required(path.child('completions'), 'when completion mode is Indexed'));
      if (spec.parallelism != null && spec.parallelism > MAX_PARALLELISM_FOR_INDEXED_JOB) {
        errs.push(fieldErrors.invalid(path.child('parallelism'), spec.parallelism, `must be less than or equal to ${MAX_PARALLELISM_FOR_INDEXED_JOB} when completion mode is Indexed`));
      }
    }
  }
  if (spec.podFailurePolicy) validatePodFailurePolicy(spec, path.child('podFailurePolicy'), errs);
  if (spec.podReplacementPolicy != null && !POD_REPLACEMENT_POLICIES.includes(spec.podReplacementPolicy)) {
    errs.push(fieldErrors.notSupported(path.child('podReplacementPolicy'), spec.podReplacementPolicy, POD_REPLACEMENT_POLICIES));
  }
  errs.push(...validatePodTemplate(spec.template, path.child('template')));
  // The pod default (Always) applies before this check, so an omitted policy reads as Always.
  const restartPolicy = spec.template?.spec?.restartPolicy;
  const restartPath = path.child('template', 'spec', 'restartPolicy');
  if (restartPolicy === 'Always' || restartPolicy == null || restartPolicy === '') {
    errs.push(fieldErrors.required(restartPath, 'valid values: "OnFailure", "Never"'));
  } else if (restartPolicy !== 'OnFailure' && restartPolicy !== 'Never') {
    errs.push(fieldErrors.notSupported(restartPath, restartPolicy, ['OnFailure', 'Never']));
  } else if (restartPolicy === 'OnFailure' && spec.podFailurePolicy) {
    errs.push(fieldErrors.invalid(restartPath, restartPolicy, 'only "Never" is supported when podFailurePolicy is specified'));
  }
  return errs;
}

/** ValidateJobSpec: the shared rules, then the selector and its match with the template. */
function validateJobSpec(spec: any, path: FieldPath, selector: Selector | undefined): FieldError[] {
  const errs = validateJobSpecFields(spec, path);
  if (spec.selector == null) errs.push(fieldErrors.required(path.child('selector')));
  else errs.push(...validateLabelSelector(spec.selector, path.child('selector')));
  // A malformed selector (undefined here) was reported above.
  if (selector && !selector.matches(spec.template?.metadata?.labels ?? {})) {
    errs.push(fieldErrors.invalid(path.child('template', 'metadata', 'labels'), spec.template?.metadata?.labels ?? {}, '`selector` does not match template `labels`'));
  }
  return errs;
}

/** The spec's selector as a Selector; undefined when it is malformed (reported by ValidateJobSpec). */
function selectorOf(spec: any): Selector | undefined {
  try {
    return labelSelectorAsSelector(spec.selector);
  } catch {
    return undefined;
  }
}

/** validateGeneratedSelector: generated labels must name this Job, and the selector must pick them. */
function validateGeneratedSelector(job: any, selector: Selector | undefined): FieldError[] {
  const errs: FieldError[] = [];
  const spec = job.spec ?? {};
  if (spec.manualSelector === true) return errs;
  const labels: Record<string, string> | undefined = spec.template?.metadata?.labels;
  if (!labels) return errs;
  const labelsPath = FieldPath.root('spec').child('template', 'metadata', 'labels');
  for (const key of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) {
    if (key in labels && labels[key] !== job.metadata.uid) errs.push(fieldErrors.invalid(labelsPath.key(key), labels[key], `must be '${job.metadata.uid}'`));
  }
  for (const key of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) {
    if (key in labels && labels[key] !== job.metadata.name) errs.push(fieldErrors.invalid(labelsPath.key(key), labels[key], `must be '${job.metadata.name}'`));
  }
  if (spec.selector == null) return [...errs, fieldErrors.required(FieldPath.root('spec').child('selector'))];
  if (selector && !selector.matches(labels)) errs.push(fieldErrors.invalid(FieldPath.root('spec').child('selector'), spec.selector, '`selector` not auto-generated'));
  return errs;
}

/** ValidateJob (the object metadata is checked by the API server itself). */
export function validateJob(job: any): FieldError[] {
  const spec = job.spec ?? {};
  // Converted once for both checks that use it.
  const selector = spec.selector == null ? undefined : selectorOf(spec);
  const errs = [...validateGeneratedSelector(job, selector), ...validateJobSpec(spec, FieldPath.root('spec'), selector)];
  if (spec.completionMode === 'Indexed' && typeof spec.completions === 'number' && spec.completions > 0) {
    const hostname = `${job.metadata.name}-${spec.completions - 1}`;
    if (isDNS1123Label(hostname).length) {
      errs.push(fieldErrors.invalid(FieldPath.root('metadata').child('name'), job.metadata.name, `will not able to create pod with invalid DNS label: ${hostname}`));
    }
  }
  return errs;
}

function immutable(value: unknown, old: unknown, path: FieldPath, errs: FieldError[]): void {
  if (!deepEqual(value ?? null, old ?? null)) errs.push(fieldErrors.invalid(path, value ?? null, 'field is immutable'));
}

/** ValidateJobSpecUpdate: what may not change once the Job exists. */
export function validateJobUpdate(job: any, old: any): FieldError[] {
  const errs = validateJob(job);
  const spec = job.spec ?? {};
  const was = old.spec ?? {};
  const path = FieldPath.root('spec');
  if (spec.completionMode === 'Indexed' && spec.completions !== was.completions) {
    // Elastic Indexed Jobs: completions may change together with parallelism.
    if (spec.completions !== spec.parallelism) {
      errs.push(fieldErrors.invalid(path.child('completions'), spec.completions ?? null, 'can only be modified in tandem with spec.parallelism'));
    }
  } else {
    immutable(spec.completions, was.completions, path.child('completions'), errs);
  }
  immutable(spec.selector, was.selector, path.child('selector'), errs);
  // Scheduling directives of a Job suspended before it ever started may change; nothing else.
  const mayReschedule = was.suspend === true && !old.status?.startTime;
  const strip = (t: any) => (mayReschedule ? { ...t, spec: { ...t?.spec, nodeSelector: undefined, affinity: undefined, tolerations: undefined } } : t);
  immutable(strip(spec.template), strip(was.template), path.child('template'), errs);
  immutable(spec.completionMode, was.completionMode, path.child('completionMode'), errs);
  immutable(spec.podFailurePolicy, was.podFailurePolicy, path.child('podFailurePolicy'), errs);
  immutable(spec.backoffLimitPerIndex, was.backoffLimitPerIndex, path.child('backoffLimitPerIndex'), errs);
  immutable(spec.managedBy, was.managedBy, path.child('managedBy'), errs);
  immutable(spec.successPolicy, was.successPolicy, path.child('successPolicy'), errs);
  return errs;
}
