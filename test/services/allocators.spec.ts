import assert from 'node:assert/strict';
import { pickFree, rangeOffset } from '../../src/api/registry/service/rangeAllocator';
import { ClusterIPAllocator, NodePortAllocator } from '../../src/api/registry/service/allocators';
import { formatIPv4, parseIPv4 } from '../../src/api/registry/service/ip';
import { Random } from '../../src/sim/rng';
import { Cluster } from '../../src/cluster';
import { StrategyContext } from '../../src/api/registry/strategy';

describe('rangeOffset (calculateRangeOffset)', () => {
  const cases: Record<string, { size: number; min: number; max: number; step: number; want: number }> = {
    'service CIDR /12 is capped at 256': { size: 2 ** 20, min: 16, max: 256, step: 16, want: 256 },
    'node ports 30000-32767 give 86': { size: 2768, min: 16, max: 128, step: 32, want: 86 },
    'a /28 is too small to split': { size: 16, min: 16, max: 256, step: 16, want: 0 },
    'a /24 is raised to the minimum': { size: 256, min: 16, max: 256, step: 16, want: 16 },
    'a /20 is size over step': { size: 4096, min: 16, max: 256, step: 16, want: 256 },
    'a /21 is size over step': { size: 2048, min: 16, max: 256, step: 16, want: 128 },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(rangeOffset(tc.size, tc.min, tc.max, tc.step), tc.want));
});

describe('pickFree (random scan with offset)', () => {
  const cases: Record<string, { size: number; offset: number; taken: number[]; want: (i: number | undefined) => boolean }> = {
    'an empty range picks in the upper part': { size: 100, offset: 10, taken: [], want: (i) => i !== undefined && i >= 10 && i < 100 },
    'a full upper part falls back to the lower one': { size: 20, offset: 10, taken: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19], want: (i) => i !== undefined && i < 10 },
    'the last free value is found': { size: 5, offset: 2, taken: [0, 1, 2, 4], want: (i) => i === 3 },
    'a full range gives nothing': { size: 3, offset: 1, taken: [0, 1, 2], want: (i) => i === undefined },
    'no offset scans the whole range': { size: 4, offset: 0, taken: [0, 1, 3], want: (i) => i === 2 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const got = pickFree(tc.size, tc.offset, (i) => tc.taken.includes(i), new Random(seed));
        assert.ok(tc.want(got), `seed ${seed} gave ${got}`);
      }
    });
  }
});

describe('IPv4 arithmetic', () => {
  const cases: Record<string, { text: string; n: number | undefined }> = {
    'the service network': { text: '10.96.0.0', n: 0x0a600000 },
    'the kubernetes service': { text: '10.96.0.1', n: 0x0a600001 },
    'leading zeros are read as decimal (ParseIPSloppy)': { text: '010.096.000.001', n: 0x0a600001 },
    'an octet over 255': { text: '10.96.0.256', n: undefined },
    'too few octets': { text: '10.96.0', n: undefined },
    'not a number': { text: 'ten.0.0.1', n: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      assert.equal(parseIPv4(tc.text), tc.n);
      if (tc.n !== undefined) assert.equal(parseIPv4(formatIPv4(tc.n)), tc.n);
    });
  }
});

/** What a strategy sees of a cluster's API server (a fresh one's kubernetes Service holds 10.96.0.1). */
function contextOf(cluster: Cluster): StrategyContext {
  const { api } = cluster;
  return {
    now: cluster.runtime.now(),
    rng: cluster.rng,
    minor: api.minor,
    get: (kind, ns, name) => api.tryGet(kind, ns, name),
    list: (kind, ns) => api.list(kind, ns),
    addIndex: (kind, index, fn) => api.store.addIndex(kind, index, fn),
    byIndex: (kind, index, value) => api.store.byIndex(kind, index, value),
  };
}

describe('ClusterIPAllocator', () => {
  const cases: Record<string, { ip: string; want: string | undefined }> = {
    'a free address in range': { ip: '10.96.100.7', want: undefined },
    "the kubernetes service's address": { ip: '10.96.0.1', want: 'provided IP is already allocated' },
    'an address of another network': { ip: '192.168.0.1', want: 'the provided network does not match the current range' },
    'the network address': { ip: '10.96.0.0', want: 'provided IP 10.96.0.0 is not in the valid range' },
    'the broadcast address': { ip: '10.111.255.255', want: 'provided IP 10.111.255.255 is not in the valid range' },
    'the last usable address': { ip: '10.111.255.254', want: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(new ClusterIPAllocator(contextOf(new Cluster())).allocate(tc.ip), tc.want));
  }

  it('allocates distinct addresses from the upper part of 10.96.0.0/12', () => {
    const allocator = new ClusterIPAllocator(contextOf(new Cluster({ seed: 3 })));
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const ip = allocator.allocateNext();
      const n = parseIPv4(ip)!;
      assert.ok(n >= parseIPv4('10.96.1.1')! && n <= parseIPv4('10.111.255.254')!, ip);
      assert.ok(!seen.has(ip), `${ip} twice`);
      seen.add(ip);
    }
  });
});

describe('NodePortAllocator', () => {
  const cases: Record<string, { port: number; want: string | undefined }> = {
    'a free port': { port: 30123, want: undefined },
    'below the range': { port: 80, want: 'provided port is not in the valid range. The range of valid ports is 30000-32767' },
    'above the range': { port: 32768, want: 'provided port is not in the valid range. The range of valid ports is 30000-32767' },
    'the last port': { port: 32767, want: undefined },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(new NodePortAllocator(contextOf(new Cluster())).allocate(tc.port), tc.want));
  }

  it('refuses a port another Service holds, and one taken earlier in the same request', () => {
    const cluster = new Cluster();
    cluster.apply('apiVersion: v1\nkind: Service\nmetadata: {name: np}\nspec: {type: NodePort, ports: [{port: 80, nodePort: 30500}]}\n');
    const allocator = new NodePortAllocator(contextOf(cluster));
    assert.equal(allocator.allocate(30500), 'provided port is already allocated');
    assert.equal(allocator.allocate(30501), undefined);
    assert.equal(allocator.allocate(30501), 'provided port is already allocated');
  });

  it('allocates in the range', () => {
    const allocator = new NodePortAllocator(contextOf(new Cluster()));
    for (let i = 0; i < 20; i++) {
      const port = allocator.allocateNext();
      assert.ok(port >= 30086 && port <= 32767, String(port));
    }
  });
});
