import assert from 'node:assert/strict';
import { fnv128aHex, md5Hex, spewSharpV } from '../../src/util/goHash';
import { DISCOVERY_PORT, endpointTypes } from '../../src/api/endpoints/goTypes';

describe('fnv128aHex (Go hash/fnv New128a)', () => {
  // Vectors of Go's fnv_test.go (golden128a).
  const cases: Record<string, { text: string; want: string }> = {
    empty: { text: '', want: '6c62272e07bb014262b821756295c58d' },
    a: { text: 'a', want: 'd228cb696f1a8caf78912b704e4a8964' },
    ab: { text: 'ab', want: '08809544bbab1be95aa0733055b69a62' },
    abc: { text: 'abc', want: 'a68d622cec8b5822836dbc7977af7f3b' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(fnv128aHex(tc.text), tc.want));
});

describe('md5Hex', () => {
  it('is MD5', () => assert.equal(md5Hex(''), 'd41d8cd98f00b204e9800998ecf8427e'));
});

describe("spewSharpV (go-spew's %#v, as dump.ForHash prints)", () => {
  const core = endpointTypes('core');
  const cases: Record<string, { value: unknown; type: Parameters<typeof spewSharpV>[1]; want: string }> = {
    'a core EndpointPort': {
      value: { name: 'http', port: 8080, protocol: 'TCP' },
      type: core.port,
      want: '(core.EndpointPort){Name:(string)http Port:(int32)8080 Protocol:(core.Protocol)TCP AppProtocol:(*string)<nil>}',
    },
    'a discovery EndpointPort, all pointers': {
      value: { name: '', port: 80, protocol: 'TCP' },
      type: DISCOVERY_PORT,
      want: '(v1.EndpointPort){Name:(*string) Protocol:(*v1.Protocol)TCP Port:(*int32)80 AppProtocol:(*string)<nil>}',
    },
    'a subset: slice elements carry no type, nil slices print <nil>': {
      value: { addresses: [{ ip: '10.0.0.1', nodeName: 'n1' }], ports: [{ port: 80, protocol: 'TCP' }] },
      type: core.subset,
      want:
        '(core.EndpointSubset){Addresses:([]core.EndpointAddress)[{IP:(string)10.0.0.1 Hostname:(string) NodeName:(*string)n1 TargetRef:(*core.ObjectReference)<nil>}] NotReadyAddresses:([]core.EndpointAddress)<nil> Ports:([]core.EndpointPort)[{Name:(string) Port:(int32)80 Protocol:(core.Protocol)TCP AppProtocol:(*string)<nil>}]}',
    },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(spewSharpV(tc.value, tc.type), tc.want));
});
