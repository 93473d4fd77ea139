/** The Go shapes of endpoint data, for the hashes that order it (see util/goHash). */
import { GoType } from '../../util/goHash';

const str = (name = 'string'): GoType => ({ kind: 'string', name });
const ptr = (elem: GoType): GoType => ({ kind: 'ptr', elem });

/** `pkg` is `core` for the API server's internal types, `v1` for the controllers' external ones. */
export function endpointTypes(pkg: 'core' | 'v1') {
  const objectReference: GoType = {
    kind: 'struct',
    name: `${pkg}.ObjectReference`,
    fields: [
      ['Kind', 'kind', str()],
      ['Namespace', 'namespace', str()],
      ['Name', 'name', str()],
      ['UID', 'uid', str('types.UID')],
      ['APIVersion', 'apiVersion', str()],
      ['ResourceVersion', 'resourceVersion', str()],
      ['FieldPath', 'fieldPath', str()],
    ],
  };
  const address: GoType = {
    kind: 'struct',
    name: `${pkg}.EndpointAddress`,
    fields: [
      ['IP', 'ip', str()],
      ['Hostname', 'hostname', str()],
      ['NodeName', 'nodeName', ptr(str())],
      ['TargetRef', 'targetRef', ptr(objectReference)],
    ],
  };
  const port: GoType = {
    kind: 'struct',
    name: `${pkg}.EndpointPort`,
    fields: [
      ['Name', 'name', str()],
      ['Port', 'port', { kind: 'int', name: 'int32' }],
      ['Protocol', 'protocol', str(`${pkg}.Protocol`)],
      ['AppProtocol', 'appProtocol', ptr(str())],
    ],
  };
  const subset: GoType = {
    kind: 'struct',
    name: `${pkg}.EndpointSubset`,
    fields: [
      ['Addresses', 'addresses', { kind: 'slice', elem: address }],
      ['NotReadyAddresses', 'notReadyAddresses', { kind: 'slice', elem: address }],
      ['Ports', 'ports', { kind: 'slice', elem: port }],
    ],
  };
  return { port, subset };
}

/** discovery/v1 EndpointPort (its package is also named `v1`): every field a pointer. */
export const DISCOVERY_PORT: GoType = {
  kind: 'struct',
  name: 'v1.EndpointPort',
  fields: [
    ['Name', 'name', ptr(str())],
    ['Protocol', 'protocol', ptr(str('v1.Protocol'))],
    ['Port', 'port', ptr({ kind: 'int', name: 'int32' })],
    ['AppProtocol', 'appProtocol', ptr(str())],
  ],
};
