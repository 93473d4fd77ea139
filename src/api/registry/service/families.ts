/**
 * `initIPFamilyFields`: the IP family policy and families of a Service on this single-stack IPv4
 * cluster. SingleStack unless said otherwise; a headless Service without selector defaults to
 * RequireDualStack and lists both families (the API server allows it even on one stack).
 */
import { FieldError, FieldPath, GoValue, fieldErrors } from '../../field';
import { Spec, sameStrings } from './helpers';
import { goStrings, validateClusterIPsRelated } from './validation';
import { isIPv6String } from './ip';

const SPEC = FieldPath.root('spec');
const CONFIGURED = ['IPv4'];

export function initIPFamilyFields(spec: Spec, old?: Spec): FieldError[] {
  if (spec.type === 'ExternalName') return [];
  const headlessNoSelector = spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0;
  if (spec.ipFamilyPolicy == null) {
    if (old?.ipFamilyPolicy != null) spec.ipFamilyPolicy = old.ipFamilyPolicy;
    else spec.ipFamilyPolicy = headlessNoSelector ? 'RequireDualStack' : 'SingleStack';
  }
  const pre = validateClusterIPsRelated(spec);
  if (pre.length) return pre;

  const errs: FieldError[] = [];
  const policy = spec.ipFamilyPolicy;
  if (old && policy === 'SingleStack') {
    if (sameStrings(old.clusterIPs, spec.clusterIPs) && (spec.clusterIPs ?? []).length > 1) spec.clusterIPs = spec.clusterIPs.slice(0, 1);
    if (sameStrings(old.ipFamilies, spec.ipFamilies) && (spec.ipFamilies ?? []).length > 1) spec.ipFamilies = spec.ipFamilies.slice(0, 1);
  }
  if (policy === 'SingleStack') {
    if ((spec.clusterIPs ?? []).length === 2) {
      errs.push(fieldErrors.invalid(SPEC.child('ipFamilyPolicy'), policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    }
    if ((spec.ipFamilies ?? []).length === 2) {
      errs.push(fieldErrors.invalid(SPEC.child('ipFamilyPolicy'), policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
    }
  }
  (spec.clusterIPs ?? []).every((ip: string, i: number) => {
    if (ip === 'None') return false;
    const family = isIPv6String(ip) ? 'IPv6' : 'IPv4';
    if (i >= (spec.ipFamilies ?? []).length) {
      if (!CONFIGURED.includes(family)) {
        errs.push(fieldErrors.invalid(SPEC.child('clusterIPs').index(i), new GoValue(goStrings(spec.clusterIPs)), `${family} is not configured on this cluster`));
      } else {
        spec.ipFamilies = [...(spec.ipFamilies ?? []), family];
      }
    }
    return true;
  });
  if (errs.length) return errs;

  if (headlessNoSelector) {
    if (!(spec.ipFamilies ?? []).length) spec.ipFamilies = ['IPv4'];
    if (spec.ipFamilies.length < 2 && policy !== 'SingleStack') spec.ipFamilies = [...spec.ipFamilies, spec.ipFamilies[0] === 'IPv4' ? 'IPv6' : 'IPv4'];
    return [];
  }
  if (policy === 'RequireDualStack') {
    errs.push(fieldErrors.invalid(SPEC.child('ipFamilyPolicy'), policy, 'this cluster is not configured for dual-stack services'));
  }
  (spec.ipFamilies ?? []).forEach((family: string, i: number) => {
    if (!CONFIGURED.includes(family)) errs.push(fieldErrors.invalid(SPEC.child('ipFamilies').index(i), family, 'not configured on this cluster'));
  });
  if (errs.length) return errs;
  if (!(spec.ipFamilies ?? []).length) spec.ipFamilies = ['IPv4'];
  return [];
}
