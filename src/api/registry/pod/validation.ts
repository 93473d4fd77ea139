/**
 * Pod spec validation (pkg/apis/core/validation ValidatePodSpec and friends) for the fields the
 * simulator interprets: containers, images, ports, probes, restart policy, node selector,
 * tolerations and grace periods. Messages and field paths are the API server's.
 */
import { FieldError, FieldPath, fieldErrors } from '../../field';
import { validateLabels } from '../../../labels';
import { isDNS1123Label } from '../../validation/dns';
import { validateLabelKey, validateLabelValue } from '../../../labels';
// apimachinery's resource.Quantity (exact amounts, canonical String()) lives with describe for now.
import { quantityOf } from '../../../kubectl/describe/quantity';

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function nonNegative(value: unknown, path: FieldPath, errs: FieldError[]): void {
  if (typeof value === 'number' && value < 0) errs.push(fieldErrors.invalid(path, value, 'must be greater than or equal to 0'));
}

function validatePort(port: unknown, path: FieldPath, errs: FieldError[]): void {
  if (typeof port === 'number') {
    if (port < 1 || port > 65535) errs.push(fieldErrors.invalid(path, port, 'must be between 1 and 65535, inclusive'));
  } else if (typeof port === 'string') {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(port) || port.length > 15 || !/[a-z]/.test(port)) {
      errs.push(fieldErrors.invalid(path, port, 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'));
    }
  } else if (port === undefined) {
    errs.push(fieldErrors.required(path));
  }
}

function validateProbe(probe: any, path: FieldPath, kind: 'liveness' | 'readiness' | 'startup', errs: FieldError[]): void {
  if (!probe) return;
  const handlers = ['exec', 'httpGet', 'tcpSocket', 'grpc'].filter((h) => probe[h] !== undefined && probe[h] !== null);
  if (handlers.length === 0) errs.push(fieldErrors.required(path, 'must specify a handler type'));
  else if (handlers.length > 1) errs.push(fieldErrors.forbidden(path.child(handlers[1]), 'may not specify more than 1 handler type'));
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold', 'terminationGracePeriodSeconds']) {
    nonNegative(probe[f], path.child(f), errs);
  }
  if (kind !== 'readiness' && probe.successThreshold !== undefined && probe.successThreshold !== 1) {
    errs.push(fieldErrors.invalid(path.child('successThreshold'), probe.successThreshold, 'must be 1'));
  }
  if (probe.httpGet) validatePort(probe.httpGet.port, path.child('httpGet', 'port'), errs);
  if (probe.tcpSocket) validatePort(probe.tcpSocket.port, path.child('tcpSocket', 'port'), errs);
  if (probe.exec && !(probe.exec.command?.length > 0)) errs.push(fieldErrors.required(path.child('exec', 'command')));
}

/** ValidateEnv: names are required and, since 1.34, any printable ASCII but '=' (IsRelaxedEnvVarName). */
function validateEnv(env: any[] | undefined, path: FieldPath, errs: FieldError[]): void {
  (env ?? []).forEach((e, i) => {
    const p = path.index(i).child('name');
    if (!e?.name) errs.push(fieldErrors.required(p));
    else if (!/^[\x20-\x3c\x3e-\x7e]+$/.test(e.name)) {
      errs.push(fieldErrors.invalid(p, e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    }
  });
}

/** ValidateResourceRequirements: a request may not exceed its limit. */
function validateResources(resources: any, path: FieldPath, errs: FieldError[]): void {
  const requests: Record<string, unknown> = resources?.requests ?? {};
  const limits: Record<string, unknown> = resources?.limits ?? {};
  for (const [name, value] of Object.entries(requests)) {
    if (!Object.hasOwn(limits, name)) continue;
    const request = quantityOf(value);
    const limit = quantityOf(limits[name]);
    if (request.cmp(limit) > 0) {
      errs.push(fieldErrors.invalid(path.child('requests'), request.toString(), `must be less than or equal to ${name} limit of ${limit.toString()}`));
    }
  }
}

function validateContainer(c: any, path: FieldPath, names: Set<string>, errs: FieldError[]): void {
  if (!c.name) errs.push(fieldErrors.required(path.child('name')));
  else {
    for (const msg of isDNS1123Label(c.name)) errs.push(fieldErrors.invalid(path.child('name'), c.name, msg));
    if (names.has(c.name)) errs.push(fieldErrors.duplicate(path.child('name'), c.name));
    names.add(c.name);
  }
  if (!c.image || String(c.image).trim() === '') errs.push(fieldErrors.required(path.child('image')));
  else if (String(c.image).trim() !== c.image) errs.push(fieldErrors.invalid(path.child('image'), c.image, 'must not have leading or trailing whitespace'));
  if (c.imagePullPolicy !== undefined && !PULL_POLICIES.includes(c.imagePullPolicy)) {
    errs.push(fieldErrors.notSupported(path.child('imagePullPolicy'), c.imagePullPolicy, PULL_POLICIES));
  }
  const portNames = new Set<string>();
  (c.ports ?? []).forEach((p: any, i: number) => {
    const pp = path.child('ports').index(i);
    if (p.containerPort === undefined) errs.push(fieldErrors.required(pp.child('containerPort')));
    else validatePort(typeof p.containerPort === 'number' ? p.containerPort : NaN, pp.child('containerPort'), errs);
    if (p.hostPort !== undefined && p.hostPort !== 0) validatePort(p.hostPort, pp.child('hostPort'), errs);
    if (p.protocol !== undefined && !PROTOCOLS.includes(p.protocol)) errs.push(fieldErrors.notSupported(pp.child('protocol'), p.protocol, PROTOCOLS));
    if (p.name) {
      if (portNames.has(p.name)) errs.push(fieldErrors.duplicate(pp.child('name'), p.name));
      portNames.add(p.name);
    }
  });
  validateEnv(c.env, path.child('env'), errs);
  validateResources(c.resources, path.child('resources'), errs);
  validateProbe(c.livenessProbe, path.child('livenessProbe'), 'liveness', errs);
  validateProbe(c.readinessProbe, path.child('readinessProbe'), 'readiness', errs);
  validateProbe(c.startupProbe, path.child('startupProbe'), 'startup', errs);
}

function validateTolerations(tolerations: any[] | undefined, path: FieldPath, errs: FieldError[]): void {
  (tolerations ?? []).forEach((t, i) => {
    const p = path.index(i);
    if (t.key) for (const msg of validateLabelKey(t.key)) errs.push(fieldErrors.invalid(p.child('key'), t.key, msg));
    if (!t.key && t.operator !== 'Exists') errs.push(fieldErrors.invalid(p.child('operator'), t.operator ?? '', 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') {
      errs.push(fieldErrors.invalid(p.child('effect'), t.effect ?? '', 'effect must be \'NoExecute\' when `tolerationSeconds` is set'));
    }
    if (t.operator === 'Exists' && t.value) errs.push(fieldErrors.invalid(p.child('operator'), t.value, 'value must be empty when `operator` is \'Exists\''));
    if (t.operator !== undefined && t.operator !== 'Exists' && t.operator !== 'Equal') {
      errs.push(fieldErrors.notSupported(p.child('operator'), t.operator, ['Equal', 'Exists']));
    }
    if (t.operator !== 'Exists' && t.value) for (const msg of validateLabelValue(t.value)) errs.push(fieldErrors.invalid(p.child('value'), t.value, msg));
    if (t.effect && !TAINT_EFFECTS.includes(t.effect)) errs.push(fieldErrors.notSupported(p.child('effect'), t.effect, TAINT_EFFECTS));
  });
}

/** ValidatePodSpec for the fields the simulator knows. `path` is `spec` or `spec.template.spec`. */
export function validatePodSpec(spec: any, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!spec) return [fieldErrors.required(path)];
  const names = new Set<string>();
  if (!Array.isArray(spec.containers) || spec.containers.length === 0) errs.push(fieldErrors.required(path.child('containers')));
  else spec.containers.forEach((c: any, i: number) => validateContainer(c, path.child('containers').index(i), names, errs));
  (spec.initContainers ?? []).forEach((c: any, i: number) => validateContainer(c, path.child('initContainers').index(i), names, errs));
  if (spec.restartPolicy !== undefined && !RESTART_POLICIES.includes(spec.restartPolicy)) {
    errs.push(fieldErrors.notSupported(path.child('restartPolicy'), spec.restartPolicy, RESTART_POLICIES));
  }
  if (spec.dnsPolicy !== undefined && !DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(fieldErrors.notSupported(path.child('dnsPolicy'), spec.dnsPolicy, DNS_POLICIES));
  nonNegative(spec.terminationGracePeriodSeconds, path.child('terminationGracePeriodSeconds'), errs);
  if (spec.activeDeadlineSeconds !== undefined && spec.activeDeadlineSeconds <= 0) {
    errs.push(fieldErrors.invalid(path.child('activeDeadlineSeconds'), spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  errs.push(...validateLabels(spec.nodeSelector, path.child('nodeSelector')));
  validateTolerations(spec.tolerations, path.child('tolerations'), errs);
  return errs;
}
