import assert from 'node:assert/strict';
import { ImageCatalogue, normaliseImage } from '../../src/kubelet/images';
import { defaultPullPolicy } from '../../src/api/registry/pod/defaults';

describe('image names', () => {
  const cases: Record<string, { image: string; want: string }> = {
    'plain': { image: 'nginx', want: 'nginx' },
    'latest tag dropped': { image: 'nginx:latest', want: 'nginx' },
    'docker.io/library prefix dropped': { image: 'docker.io/library/nginx:1.27', want: 'nginx:1.27' },
    'a user repository': { image: 'docker.io/luksa/kubia', want: 'luksa/kubia' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(normaliseImage(tc.image), tc.want));
});

describe('the image pull policy default', () => {
  const cases: Record<string, { image: string; want: string }> = {
    'no tag': { image: 'nginx', want: 'Always' },
    ':latest': { image: 'nginx:latest', want: 'Always' },
    'a tag': { image: 'nginx:1.27', want: 'IfNotPresent' },
    'a registry port is not a tag': { image: 'registry:5000/app', want: 'Always' },
    'a digest': { image: 'nginx@sha256:abc', want: 'IfNotPresent' },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(defaultPullPolicy(tc.image), tc.want));
});

describe('the image catalogue', () => {
  it('knows the book images', () => {
    const c = new ImageCatalogue();
    assert.equal(c.lookup('luksa/batch-job').runsForMs, 120_000);
    assert.equal(c.lookup('luksa/kubia:latest').onSigterm, 'ignore');
    assert.equal(c.lookup('luksa/kubia-unhealthy').unhealthyAfterRequests, 5);
  });

  it('runs unknown images forever, exiting 0 on SIGTERM', () => {
    const b = new ImageCatalogue().lookup('somebody/app:2');
    assert.equal(b.runsForMs, undefined);
    assert.deepEqual(b.onSigterm, { exitCode: 0 });
  });

  it('fails the first N runs of a declared image, whichever pod runs them', () => {
    const c = new ImageCatalogue();
    c.declare('flaky', { failFirst: 2, failExitCode: 3 });
    assert.deepEqual([1, 2, 3].map(() => c.startRun('flaky').fails), [true, true, false]);
  });

  it('keeps what was declared before when more is declared', () => {
    const c = new ImageCatalogue();
    c.declare('app', { runsForMs: 5000 });
    c.declare('app', { exitCode: 2 });
    assert.equal(c.lookup('app').runsForMs, 5000);
    assert.equal(c.lookup('app').exitCode, 2);
  });
});
