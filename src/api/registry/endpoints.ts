/**
 * Endpoints and EndpointSlice at the API server: v1 defaults (ports are TCP unless said), the
 * validation of `ValidateEndpoints` / `ValidateEndpointSlice`, and the canonical subset layout
 * Endpoints are stored in.
 */
import { FieldError, FieldPath, fieldErrors } from '../field';
import { KubeObject } from '../types';
import { Strategy } from './strategy';
import { subdomainName } from '../validation/objectmeta';
import { isDNS1123Label, isDNS1123Subdomain } from '../validation/dns';
import { validateLabelKey } from '../../labels';
import { repackSubsets } from '../endpoints/repack';
import { INVALID_IP, isIPv6String, isValidIP, parseIPv4, specialIPProblem } from './service/ip';
import { PROTOCOLS, portNumProblems } from './service/validation';

function validateAddress(addr: any, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const ip = addr?.ip ?? '';
  if (!isValidIP(ip)) errs.push(fieldErrors.invalid(path.child('ip'), ip, INVALID_IP));
  if (addr?.hostname) for (const m of isDNS1123Label(addr.hostname)) errs.push(fieldErrors.invalid(path.child('hostname'), addr.hostname, m));
  if (addr?.nodeName != null) for (const m of isDNS1123Subdomain(addr.nodeName)) errs.push(fieldErrors.invalid(path.child('nodeName'), addr.nodeName, m));
  const special = isValidIP(ip) ? specialIPProblem(ip) : undefined;
  if (special) errs.push(fieldErrors.invalid(path.child('ip'), ip, special));
  return errs;
}

function validatePortName(name: string, path: FieldPath): FieldError[] {
  return isDNS1123Label(name).map((m) => fieldErrors.invalid(path, name, m));
}

function validateSubsets(subsets: any[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  (subsets ?? []).forEach((ss, i) => {
    const p = FieldPath.root('subsets').index(i);
    if (!(ss?.addresses ?? []).length && !(ss?.notReadyAddresses ?? []).length) errs.push(fieldErrors.required(p, 'must specify `addresses` or `notReadyAddresses`'));
    (ss?.addresses ?? []).forEach((a: any, j: number) => errs.push(...validateAddress(a, p.child('addresses').index(j))));
    (ss?.notReadyAddresses ?? []).forEach((a: any, j: number) => errs.push(...validateAddress(a, p.child('notReadyAddresses').index(j))));
    const ports: any[] = ss?.ports ?? [];
    ports.forEach((port, j) => {
      const pp = p.child('ports').index(j);
      if (ports.length > 1 && !port?.name) errs.push(fieldErrors.required(pp.child('name')));
      else if (port?.name) errs.push(...validatePortName(port.name, pp.child('name')));
      for (const m of portNumProblems(port?.port ?? 0)) errs.push(fieldErrors.invalid(pp.child('port'), port?.port ?? 0, m));
      if (!port?.protocol) errs.push(fieldErrors.required(pp.child('protocol')));
      else if (!PROTOCOLS.includes(port.protocol)) errs.push(fieldErrors.notSupported(pp.child('protocol'), port.protocol, PROTOCOLS));
    });
  });
  return errs;
}

function defaultPorts(ports: any[] | undefined, name: boolean): void {
  for (const p of ports ?? []) {
    if (!p || typeof p !== 'object') continue;
    p.protocol ??= 'TCP';
    if (name) p.name ??= '';
  }
}

/**
 * Empty endpoint and port lists read back as null (they round-trip through protobuf as nil and
 * neither field is omitempty): `kubectl get -o yaml` shows `endpoints: null`.
 */
function normalizeSlice(slice: KubeObject): void {
  defaultPorts(slice.ports, true);
  if (!(slice.endpoints ?? []).length) slice.endpoints = null;
  if (!(slice.ports ?? []).length) slice.ports = null;
}

function prepareEndpoints(ep: KubeObject): void {
  for (const ss of ep.subsets ?? []) defaultPorts(ss?.ports, false);
}

/** Canonicalize runs after validation, so invalid input is reported as written. */
function canonicalize(ep: KubeObject): void {
  const packed = repackSubsets(ep.subsets);
  if (packed.length) ep.subsets = packed;
  else delete ep.subsets;
}

export const endpointsStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: false,
  tracksGeneration: false,
  prepareForCreate: prepareEndpoints,
  prepareForUpdate: prepareEndpoints,
  validate: (ep) => {
    const errs = validateSubsets(ep.subsets);
    if (!errs.length) canonicalize(ep);
    return errs;
  },
  validateUpdate: (ep) => {
    const errs = validateSubsets(ep.subsets);
    if (!errs.length) canonicalize(ep);
    return errs;
  },
};

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const FQDN = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)+$/;

function validateSlice(slice: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const type = slice.addressType;
  const endpoints: any[] = slice.endpoints ?? [];
  if (endpoints.length > 1000) errs.push(fieldErrors.tooMany('endpoints', endpoints.length, 1000));
  else {
    endpoints.forEach((ep, i) => {
      const p = FieldPath.root('endpoints').index(i).child('addresses');
      const addresses: string[] = ep?.addresses ?? [];
      if (addresses.length === 0) errs.push(fieldErrors.required(p, 'must contain at least 1 address'));
      else if (addresses.length > 100) errs.push(fieldErrors.tooMany(p, addresses.length, 100));
      addresses.forEach((a, j) => {
        if (type === 'IPv4' && parseIPv4(a) === undefined) errs.push(fieldErrors.invalid(p.index(j), a, 'must be a valid IPv4 address'));
        else if (type === 'IPv6' && !isIPv6String(a)) errs.push(fieldErrors.invalid(p.index(j), a, 'must be a valid IPv6 address'));
        else if (type === 'FQDN' && !FQDN.test(a)) errs.push(fieldErrors.invalid(p.index(j), a, 'should be a domain with at least two segments separated by dots'));
        else if (type === 'IPv4' || type === 'IPv6') {
          const special = specialIPProblem(a);
          if (special) errs.push(fieldErrors.invalid(p.index(j), a, special));
        }
      });
      if (ep?.nodeName != null) {
        for (const m of isDNS1123Subdomain(ep.nodeName)) errs.push(fieldErrors.invalid(FieldPath.root('endpoints').index(i).child('nodeName'), ep.nodeName, m));
      }
      if (ep?.hostname != null) {
        for (const m of isDNS1123Label(ep.hostname)) errs.push(fieldErrors.invalid(FieldPath.root('endpoints').index(i).child('hostname'), ep.hostname, m));
      }
    });
  }
  if (!type) errs.push(fieldErrors.required('addressType'));
  else if (!ADDRESS_TYPES.includes(type)) errs.push(fieldErrors.notSupported('addressType', type, ADDRESS_TYPES));
  const names = new Set<string>();
  (slice.ports ?? []).forEach((port: any, i: number) => {
    const p = FieldPath.root('ports').index(i);
    const name = port?.name ?? '';
    if (name) errs.push(...validatePortName(name, p.child('name')));
    if (names.has(name)) errs.push(fieldErrors.duplicate(p.child('name'), name));
    names.add(name);
    if (!port?.protocol) errs.push(fieldErrors.required(p.child('protocol')));
    else if (!PROTOCOLS.includes(port.protocol)) errs.push(fieldErrors.notSupported(p.child('protocol'), port.protocol, PROTOCOLS));
    if (port?.appProtocol != null) for (const m of validateLabelKey(port.appProtocol)) errs.push(fieldErrors.invalid(p.child('appProtocol'), port.appProtocol, m));
  });
  return errs;
}

export const endpointSliceStrategy: Strategy = {
  nameValidator: subdomainName,
  hasStatus: false,
  tracksGeneration: true,
  prepareForCreate: normalizeSlice,
  prepareForUpdate: (slice, old) => {
    normalizeSlice(slice);
    // A slice has no spec: its generation follows its endpoints and ports.
    const same = JSON.stringify([slice.addressType, slice.endpoints, slice.ports]) === JSON.stringify([old.addressType, old.endpoints, old.ports]);
    if (!same) slice.metadata.generation = (old.metadata.generation ?? 0) + 1;
  },
  validate: validateSlice,
  validateUpdate: (slice, old) => {
    const errs = validateSlice(slice);
    if (slice.addressType !== old.addressType) errs.push(fieldErrors.invalid('addressType', slice.addressType, 'field is immutable'));
    return errs;
  },
};
