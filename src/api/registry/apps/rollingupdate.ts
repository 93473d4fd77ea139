/** The update strategies of Deployments and DaemonSets: maxSurge and maxUnavailable rules. */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { IntOrString, intOrPercentValue, isPercent, percentErrors } from '../../intstr';

/** `ValidatePositiveIntOrPercent`. */
function positiveIntOrPercent(v: IntOrString | undefined, path: FieldPath): FieldError[] {
  if (typeof v === 'string') return percentErrors(v).map((m) => fieldErrors.invalid(path, v, m));
  if (typeof v === 'number') return v < 0 ? [fieldErrors.invalid(path, v, 'must be greater than or equal to 0')] : [];
  return [fieldErrors.invalid(path, v ?? 0, "must be an integer or percentage (e.g '5%%')")];
}

/** `IsNotMoreThan100Percent`. */
function notMoreThan100Percent(v: IntOrString | undefined, path: FieldPath): FieldError[] {
  return isPercent(v) && intOrPercentValue(v) > 100 ? [fieldErrors.invalid(path, v, 'must not be greater than 100%')] : [];
}

/** `ValidateDeploymentStrategy` with `ValidateRollingUpdateDeployment`. */
export function validateDeploymentStrategy(strategy: any, path: FieldPath): FieldError[] {
  const type = strategy?.type;
  if (type === 'Recreate') {
    return strategy.rollingUpdate ? [fieldErrors.forbidden(path.child('rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")] : [];
  }
  if (type !== 'RollingUpdate') return [fieldErrors.notSupported(path, strategy ?? {}, ['Recreate', 'RollingUpdate'])];
  const ru = strategy.rollingUpdate;
  if (!ru) return [fieldErrors.required(path.child('rollingUpdate'), 'this should be defaulted and never be nil')];
  const p = path.child('rollingUpdate');
  const errs = [...positiveIntOrPercent(ru.maxUnavailable, p.child('maxUnavailable')), ...positiveIntOrPercent(ru.maxSurge, p.child('maxSurge'))];
  if (intOrPercentValue(ru.maxUnavailable) === 0 && intOrPercentValue(ru.maxSurge) === 0) {
    errs.push(fieldErrors.invalid(p.child('maxUnavailable'), ru.maxUnavailable ?? 0, 'may not be 0 when `maxSurge` is 0'));
  }
  errs.push(...notMoreThan100Percent(ru.maxUnavailable, p.child('maxUnavailable')));
  return errs;
}

/** `ValidateDaemonSetUpdateStrategy` with `ValidateRollingUpdateDaemonSet`. */
export function validateDaemonSetUpdateStrategy(strategy: any, path: FieldPath): FieldError[] {
  const type = strategy?.type;
  if (type === 'OnDelete') return [];
  if (type !== 'RollingUpdate') return [fieldErrors.notSupported(path, strategy ?? {}, ['RollingUpdate', 'OnDelete'])];
  const ru = strategy.rollingUpdate;
  if (!ru) return [fieldErrors.required(path.child('rollingUpdate'))];
  const p = path.child('rollingUpdate');
  const errs = [
    ...positiveIntOrPercent(ru.maxUnavailable, p.child('maxUnavailable')),
    ...positiveIntOrPercent(ru.maxSurge, p.child('maxSurge')),
    ...notMoreThan100Percent(ru.maxUnavailable, p.child('maxUnavailable')),
    ...notMoreThan100Percent(ru.maxSurge, p.child('maxSurge')),
  ];
  const hasUnavailable = intOrPercentValue(ru.maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(ru.maxSurge) !== 0;
  if (hasUnavailable && hasSurge) errs.push(fieldErrors.invalid(p.child('maxSurge'), ru.maxSurge, 'may not be set when maxUnavailable is non-zero'));
  else if (!hasUnavailable && !hasSurge) errs.push(fieldErrors.required(p.child('maxUnavailable'), 'cannot be 0 when maxSurge is 0'));
  return errs;
}
