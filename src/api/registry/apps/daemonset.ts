/**
 * The DaemonSet kind (apps/v1): SetDefaults_DaemonSet (RollingUpdate, maxUnavailable 1,
 * maxSurge 0, 10 revisions), ValidateDaemonSetSpec, an immutable selector, and the template
 * generation the API server keeps in the `deprecated.daemonset.template.generation`
 * annotation (1 on create, +1 whenever the template changes).
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { deepEqual } from '../../../store/equal';
import { validateLabelSelector } from '../../../labels';
import { defaultTemplate, goSelector, nonNegative, selectorMismatch, templateRules } from './template';
import { workloadStrategy } from './strategy';
import { asSelector } from './selector';
import { validateDaemonSetUpdateStrategy } from './rollingupdate';

const SPEC = FieldPath.root('spec');
export const TEMPLATE_GENERATION = 'deprecated.daemonset.template.generation';

export function defaultDaemonSet(ds: any): void {
  const spec = (ds.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  strategy.type ||= 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= 1;
    ru.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultTemplate(ds);
}

/** `ValidateDaemonSetSpec`: unlike the others, a missing selector only shows as a label mismatch. */
function validateSpec(spec: any): FieldError[] {
  const sel = spec?.selector;
  const errs = validateLabelSelector(sel, SPEC.child('selector'));
  const selector = asSelector(sel);
  if (selector) errs.push(...selectorMismatch(spec?.template, selector, SPEC.child('template')));
  if (sel && Object.keys(sel.matchLabels ?? {}).length + (sel.matchExpressions ?? []).length === 0) {
    errs.push(fieldErrors.invalid(SPEC.child('selector'), goSelector(sel), 'empty selector is invalid for daemonset'));
  }
  errs.push(...templateRules(spec?.template, SPEC.child('template'), 'DaemonSet'));
  errs.push(...nonNegative(spec?.minReadySeconds, SPEC.child('minReadySeconds')));
  errs.push(...validateDaemonSetUpdateStrategy(spec?.updateStrategy, SPEC.child('updateStrategy')));
  errs.push(...nonNegative(spec?.revisionHistoryLimit, SPEC.child('revisionHistoryLimit')));
  return errs;
}

function withTemplateGeneration(ds: any, generation: number): void {
  ds.metadata.annotations = { ...(ds.metadata.annotations ?? {}), [TEMPLATE_GENERATION]: String(generation) };
}

export const daemonSetStrategy = workloadStrategy({
  defaults: defaultDaemonSet,
  initialStatus: () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }),
  validateSpec,
  selectorImmutable: true,
  afterCreate: (ds) => withTemplateGeneration(ds, 1),
  afterUpdate: (ds, old) => {
    const previous = Number(old.metadata.annotations?.[TEMPLATE_GENERATION] ?? 1);
    withTemplateGeneration(ds, deepEqual(ds.spec?.template, old.spec?.template) ? previous : previous + 1);
  },
});
