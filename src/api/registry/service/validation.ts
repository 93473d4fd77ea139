/**
 * `ValidateService` and `ValidateServiceUpdate` (pkg/apis/core/validation, release 1.34): the
 * checks in the API server's order, with its field paths and messages. ObjectMeta is checked by
 * the API server itself before these run.
 */
import { FieldError, FieldPath, GoValue, fieldErrors } from '../../field';
import { validateLabelKey, validateLabels } from '../../../labels';
import { isDNS1123Label, isDNS1123Subdomain } from '../../validation/dns';
import { Spec, externallyAccessible, isHeadless, needsHealthCheck } from './helpers';
import { INVALID_CIDR, INVALID_IP, isIPv6String, isValidCIDR, isValidIP, specialIPProblem } from './ip';

const SPEC = FieldPath.root('spec');
export const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const SESSION_AFFINITIES = ['ClientIP', 'None'];
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];
const FAMILIES = ['IPv4', 'IPv6'];
const FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
const TRAFFIC_DISTRIBUTIONS = ['PreferClose', 'PreferSameZone', 'PreferSameNode'];
const MAX_CLIENT_IP_TIMEOUT = 86400;

/** Go's `%#v` of a `[]string`. */
export function goStrings(list: readonly string[] | undefined): string {
  if (!list) return '[]string(nil)';
  return `[]string{${list.map((s) => JSON.stringify(s)).join(', ')}}`;
}

/** `validation.IsValidPortNum`. */
export function portNumProblems(port: unknown): string[] {
  return typeof port === 'number' && Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** `validation.IsValidPortName` (an IANA_SVC_NAME). */
export function portNameProblems(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** `ValidatePortNumOrName`: a target port is a number or an IANA service name. */
export function validatePortNumOrName(port: unknown, path: FieldPath): FieldError[] {
  if (typeof port === 'string') return portNameProblems(port).map((m) => fieldErrors.invalid(path, port, m));
  return portNumProblems(port).map((m) => fieldErrors.invalid(path, port, m));
}

function validateServicePort(sp: any, requireName: boolean, names: Set<string>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (requireName && !sp.name) errs.push(fieldErrors.required(path.child('name')));
  else if (sp.name) {
    for (const m of isDNS1123Label(sp.name)) errs.push(fieldErrors.invalid(path.child('name'), sp.name, m));
    if (names.has(sp.name)) errs.push(fieldErrors.duplicate(path.child('name'), sp.name));
    else names.add(sp.name);
  }
  for (const m of portNumProblems(sp.port ?? 0)) errs.push(fieldErrors.invalid(path.child('port'), sp.port ?? 0, m));
  if (!sp.protocol) errs.push(fieldErrors.required(path.child('protocol')));
  else if (!PROTOCOLS.includes(sp.protocol)) errs.push(fieldErrors.notSupported(path.child('protocol'), sp.protocol, PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort ?? 0, path.child('targetPort')));
  if (sp.appProtocol != null) {
    for (const m of validateLabelKey(sp.appProtocol)) errs.push(fieldErrors.invalid(path.child('appProtocol'), sp.appProtocol, m));
  }
  return errs;
}

function validateClientIPAffinityConfig(config: any, path: FieldPath): FieldError[] {
  if (config == null) return [fieldErrors.required(path, 'when session affinity type is ClientIP')];
  if (config.clientIP == null) return [fieldErrors.required(path.child('clientIP'), 'when session affinity type is ClientIP')];
  const timeout = config.clientIP.timeoutSeconds;
  const p = path.child('clientIP', 'timeoutSeconds');
  if (timeout == null) return [fieldErrors.required(p, 'when session affinity type is ClientIP')];
  if (timeout <= 0 || timeout > MAX_CLIENT_IP_TIMEOUT) return [fieldErrors.invalid(p, timeout, `must be greater than 0 and less than ${MAX_CLIENT_IP_TIMEOUT}`)];
  return [];
}

/** `ValidateServiceClusterIPsRelatedFields`: clusterIP(s), ipFamilies and ipFamilyPolicy together. */
export function validateClusterIPsRelated(spec: Spec): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const ips: string[] = spec.clusterIPs ?? [];
  const ipsPath = SPEC.child('clusterIPs');
  if (spec.clusterIP) {
    if (ips.length === 0) errs.push(fieldErrors.required(ipsPath));
    else if (ips[0] !== spec.clusterIP) errs.push(fieldErrors.invalid(ipsPath, new GoValue(goStrings(ips)), 'first value must match `clusterIP`'));
  } else if (ips.length) {
    errs.push(fieldErrors.invalid(ipsPath, new GoValue(goStrings(ips)), 'must be empty when `clusterIP` is not specified'));
  }
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((family: string, i: number) => {
    const p = SPEC.child('ipFamilies').index(i);
    if (!FAMILIES.includes(family)) errs.push(fieldErrors.notSupported(p, family, FAMILIES));
    if (seen.has(family)) errs.push(fieldErrors.duplicate(p, family));
    seen.add(family);
  });
  if (spec.ipFamilyPolicy != null && !FAMILY_POLICIES.includes(spec.ipFamilyPolicy)) {
    errs.push(fieldErrors.notSupported(SPEC.child('ipFamilyPolicy'), spec.ipFamilyPolicy, FAMILY_POLICIES));
  }
  let invalidIPs = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) {
        invalidIPs = true;
        errs.push(fieldErrors.invalid(ipsPath, new GoValue(goStrings(ips)), "'None' must be the first and only value"));
      }
      return;
    }
    if (!isValidIP(ip)) {
      invalidIPs = true;
      errs.push(fieldErrors.invalid(ipsPath.index(i), ip, INVALID_IP));
    }
  });
  if (ips.length > 2) errs.push(fieldErrors.invalid(ipsPath, new GoValue(goStrings(ips)), 'may only hold up to 2 values'));
  if (invalidIPs) return errs;
  if (ips.length > 1 && isIPv6String(ips[0]) === isIPv6String(ips[1])) {
    errs.push(fieldErrors.invalid(ipsPath, new GoValue(goStrings(ips)), 'may specify no more than one IP for each IP family'));
  }
  const families: string[] = spec.ipFamilies ?? [];
  if (!isHeadless(spec) && ips.length && families.length) {
    ips.slice(0, families.length).forEach((ip, i) => {
      if (families[i] === 'IPv4' && isIPv6String(ip)) errs.push(fieldErrors.invalid(ipsPath.index(i), ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (families[i] === 'IPv6' && !isIPv6String(ip)) errs.push(fieldErrors.invalid(ipsPath.index(i), ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    });
  }
  return errs;
}

/** Go's `%#v` of the internal `core.ServicePort` key used by the duplicate-port check. */
function goPortKey(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${JSON.stringify(protocol ?? '')}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;
}

function validateTrafficPolicies(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  const etp = spec.externalTrafficPolicy;
  if (!externallyAccessible(spec)) {
    if (etp) errs.push(fieldErrors.invalid(SPEC.child('externalTrafficPolicy'), etp, 'may only be set for externally-accessible services'));
  } else if (!etp) errs.push(fieldErrors.required(SPEC.child('externalTrafficPolicy')));
  else if (!TRAFFIC_POLICIES.includes(etp)) errs.push(fieldErrors.notSupported(SPEC.child('externalTrafficPolicy'), etp, TRAFFIC_POLICIES));
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck(spec)) {
    if (hc !== 0) errs.push(fieldErrors.invalid(SPEC.child('healthCheckNodePort'), hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
  } else if (hc === 0) errs.push(fieldErrors.required(SPEC.child('healthCheckNodePort')));
  else for (const m of portNumProblems(hc)) errs.push(fieldErrors.invalid(SPEC.child('healthCheckNodePort'), hc, m));
  const itp = spec.internalTrafficPolicy;
  if (itp == null) {
    if (['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type)) errs.push(fieldErrors.required(SPEC.child('internalTrafficPolicy')));
  } else if (!TRAFFIC_POLICIES.includes(itp)) errs.push(fieldErrors.notSupported(SPEC.child('internalTrafficPolicy'), itp, TRAFFIC_POLICIES));
  if (spec.trafficDistribution != null && !TRAFFIC_DISTRIBUTIONS.includes(spec.trafficDistribution)) {
    errs.push(fieldErrors.notSupported(SPEC.child('trafficDistribution'), spec.trafficDistribution, TRAFFIC_DISTRIBUTIONS));
  }
  return errs;
}

function validateLoadBalancerFields(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  const ranges: string[] = spec.loadBalancerSourceRanges ?? [];
  if (ranges.length) {
    const p = SPEC.child('LoadBalancerSourceRanges');
    if (spec.type !== 'LoadBalancer') errs.push(fieldErrors.forbidden(p, "may only be used when `type` is 'LoadBalancer'"));
    ranges.forEach((r, i) => {
      if (!isValidCIDR(String(r).trim())) errs.push(fieldErrors.invalid(p.index(i), String(r).trim(), INVALID_CIDR));
    });
  }
  if (spec.allocateLoadBalancerNodePorts != null && spec.type !== 'LoadBalancer') {
    errs.push(fieldErrors.forbidden(SPEC.child('allocateLoadBalancerNodePorts'), "may only be used when `type` is 'LoadBalancer'"));
  }
  // The API server's path really lacks the `spec.` here.
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts == null) errs.push(fieldErrors.required('allocateLoadBalancerNodePorts'));
  if (spec.loadBalancerClass != null) {
    if (spec.type !== 'LoadBalancer') errs.push(fieldErrors.forbidden(SPEC.child('loadBalancerClass'), "may only be used when `type` is 'LoadBalancer'"));
    else for (const m of validateLabelKey(spec.loadBalancerClass)) errs.push(fieldErrors.invalid(SPEC.child('loadBalancerClass'), spec.loadBalancerClass, m));
  }
  return errs;
}

export function validateService(spec: Spec): FieldError[] {
  const errs: FieldError[] = [];
  const ports: any[] = spec.ports ?? [];
  const headless = isHeadless(spec);
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') errs.push(fieldErrors.required(SPEC.child('ports')));
  if ((spec.type === 'LoadBalancer' || spec.type === 'NodePort') && headless) {
    errs.push(fieldErrors.invalid(SPEC.child('clusterIPs').index(0), spec.clusterIPs[0], `may not be set to 'None' for ${spec.type} services`));
  }
  if (spec.type === 'ExternalName') {
    if ((spec.clusterIPs ?? []).length) errs.push(fieldErrors.forbidden(SPEC.child('clusterIPs'), 'may not be set for ExternalName services'));
    if ((spec.ipFamilies ?? []).length) errs.push(fieldErrors.forbidden(SPEC.child('ipFamilies'), 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy != null) errs.push(fieldErrors.forbidden(SPEC.child('ipFamilyPolicy'), 'may not be set for ExternalName services'));
    const cname = String(spec.externalName ?? '').replace(/\.$/, '');
    if (cname) for (const m of isDNS1123Subdomain(cname)) errs.push(fieldErrors.invalid(SPEC.child('externalName'), cname, m));
    else errs.push(fieldErrors.required(SPEC.child('externalName')));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p ?? {}, ports.length > 1, names, SPEC.child('ports').index(i))));
  if (spec.selector != null) errs.push(...validateLabels(spec.selector, SPEC.child('selector')));
  if (!spec.sessionAffinity) errs.push(fieldErrors.required(SPEC.child('sessionAffinity')));
  else if (!SESSION_AFFINITIES.includes(spec.sessionAffinity)) errs.push(fieldErrors.notSupported(SPEC.child('sessionAffinity'), spec.sessionAffinity, SESSION_AFFINITIES));
  if (spec.sessionAffinity === 'ClientIP') errs.push(...validateClientIPAffinityConfig(spec.sessionAffinityConfig, SPEC.child('sessionAffinityConfig')));
  else if (spec.sessionAffinity === 'None' && spec.sessionAffinityConfig != null) {
    errs.push(fieldErrors.forbidden(SPEC.child('sessionAffinityConfig'), 'must not be set when session affinity is None'));
  }
  errs.push(...validateClusterIPsRelated(spec));
  (spec.externalIPs ?? []).forEach((ip: string, i: number) => {
    const p = SPEC.child('externalIPs').index(i);
    if (!isValidIP(ip)) errs.push(fieldErrors.invalid(p, ip, INVALID_IP));
    else {
      const problem = specialIPProblem(ip);
      if (problem) errs.push(fieldErrors.invalid(p, ip, problem));
    }
  });
  if (!spec.type) errs.push(fieldErrors.required(SPEC.child('type')));
  else if (!TYPES.includes(spec.type)) errs.push(fieldErrors.notSupported(SPEC.child('type'), spec.type, TYPES));
  if (spec.type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p?.nodePort) errs.push(fieldErrors.forbidden(SPEC.child('ports').index(i).child('nodePort'), "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p?.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(fieldErrors.duplicate(SPEC.child('ports').index(i).child('nodePort'), p.nodePort));
    nodePorts.add(key);
  });
  const portKeys = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p?.protocol}/${p?.port}`;
    if (portKeys.has(key)) errs.push(fieldErrors.duplicate(SPEC.child('ports').index(i), new GoValue(goPortKey(p?.protocol, p?.port ?? 0))));
    portKeys.add(key);
  });
  errs.push(...validateLoadBalancerFields(spec));
  errs.push(...validateTrafficPolicies(spec));
  return errs;
}

/** The checks of an update that come before `ValidateService`'s. */
export function validateServiceUpdate(spec: Spec, old: Spec): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.type !== 'ExternalName' && old.type !== 'ExternalName' && !(isHeadless(spec) && isHeadless(old))) {
    const now: string[] = spec.clusterIPs ?? [];
    const before: string[] = old.clusterIPs ?? [];
    const ipsPath = SPEC.child('clusterIPs');
    const shown = new GoValue(goStrings(spec.clusterIPs));
    if (before.length === now.length) {
      before.forEach((ip, i) => {
        if (ip !== now[i]) errs.push(fieldErrors.invalid(ipsPath.index(i), shown, 'may not change once set'));
      });
    } else if (before.length > now.length) {
      if (now.length === 0) errs.push(fieldErrors.invalid(ipsPath.index(0), shown, 'primary clusterIP can not be unset'));
      if (before.length && now.length && now[0] !== before[0]) errs.push(fieldErrors.invalid(ipsPath.index(0), shown, 'may not change once set'));
      if (now.length === 1 && spec.ipFamilyPolicy !== 'SingleStack') {
        errs.push(fieldErrors.invalid(SPEC.child('ipFamilyPolicy'), spec.ipFamilyPolicy ?? null, "must be set to 'SingleStack' when releasing the secondary clusterIP"));
      }
    } else if (before.length && now[0] !== before[0]) {
      errs.push(fieldErrors.invalid(ipsPath.index(0), shown, 'may not change once set'));
    }
  }
  if (spec.type !== 'ExternalName' && old.type !== 'ExternalName' && isHeadless(spec) === isHeadless(old) && !isHeadless(spec)) {
    const now: string[] = spec.ipFamilies ?? [];
    const before: string[] = old.ipFamilies ?? [];
    if (now.length === before.length && before.some((f, i) => f !== now[i])) {
      errs.push(fieldErrors.invalid(SPEC.child('ipFamilies').index(0), new GoValue(goFamilies(now)), 'may not change once set'));
    }
  }
  if (old.type === 'LoadBalancer' && spec.type === 'LoadBalancer' && (old.loadBalancerClass ?? null) !== (spec.loadBalancerClass ?? null)) {
    errs.push(fieldErrors.invalid(SPEC.child('loadBalancerClass'), spec.loadBalancerClass ?? null, 'may not change once set'));
  }
  if (needsHealthCheck(old) && needsHealthCheck(spec) && spec.healthCheckNodePort !== old.healthCheckNodePort) {
    errs.push(fieldErrors.forbidden(SPEC.child('healthCheckNodePort'), 'field is immutable'));
  }
  return errs;
}

function goFamilies(list: readonly string[]): string {
  return `[]core.IPFamily{${list.map((s) => JSON.stringify(s)).join(', ')}}`;
}
