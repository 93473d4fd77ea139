import assert from 'node:assert/strict';
import { releaseOf } from '../../src/api/kinds';
import { Cluster } from '../../src/cluster';

describe('Kubernetes releases a cluster can be', () => {
  const accepted: Record<string, { minor: number; patch: number }> = {
    '1.34': { minor: 34, patch: 0 },
    'v1.30': { minor: 30, patch: 0 },
    '1.34.2': { minor: 34, patch: 2 },
    ' 1.15 ': { minor: 15, patch: 0 },
  };
  for (const [text, want] of Object.entries(accepted)) it(`reads ${JSON.stringify(text)}`, () => assert.deepEqual(releaseOf(text), want));

  const refused: Record<string, RegExp> = {
    '1.35': /^Kubernetes 1\.35 is newer than kubespec simulates: 1\.34 at most$/,
    '2.0': /^invalid Kubernetes version "2\.0": expected a version such as "1\.34"$/,
    '1.34.x': /^invalid Kubernetes version/,
  };
  for (const [text, message] of Object.entries(refused)) it(`refuses ${text}`, () => assert.throws(() => releaseOf(text), { message }));

  it('reports the patch release it was given', () => {
    const c = new Cluster({ version: '1.34.2', nodes: 1 });
    assert.match(c.kubectl('version').stdout, /^Server Version: v1\.34\.2$/m);
    assert.match(c.kubectl('get nodes').stdout, / v1\.34\.2\n$/);
  });
});
