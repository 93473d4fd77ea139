import assert from 'node:assert/strict';
import { nextProbeAt, outcomeMayChange, probeOutcome, ProbeSpec } from '../../src/kubelet/probes';
import { DEFAULT_BEHAVIOUR, BOOK_IMAGES } from '../../src/kubelet/images';

const http: ProbeSpec = { httpGet: { path: '/', port: 8080 }, periodSeconds: 10 };

describe('probe timing', () => {
  const cases: Record<string, { spec: ProbeSpec; phase: number; firstTick: number; runStart: number; from: number; want: number }> = {
    'liveness: the first tick, at the worker start, probes nothing': { spec: http, phase: 0, firstTick: 1, runStart: 0, from: 0, want: 10_000 },
    'readiness: probed as the container starts': { spec: http, phase: 0, firstTick: 0, runStart: 0, from: 0, want: 0 },
    'initial delay 15 s rounds up to the 20 s tick': { spec: { ...http, initialDelaySeconds: 15 }, phase: 0, firstTick: 1, runStart: 0, from: 0, want: 20_000 },
    'after a restart the ticks keep their phase': { spec: http, phase: 0, firstTick: 1, runStart: 113_000, from: 113_000, want: 120_000 },
    'a period of 5 s': { spec: { ...http, periodSeconds: 5 }, phase: 1_000, firstTick: 1, runStart: 1_000, from: 1_000, want: 6_000 },
    'the next tick after one that just ran': { spec: http, phase: 0, firstTick: 1, runStart: 0, from: 30_001, want: 40_000 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(nextProbeAt(tc.spec, tc.phase, tc.firstTick, tc.runStart, tc.from), tc.want));
  }
});

describe('probe outcomes', () => {
  const unhealthy = BOOK_IMAGES['luksa/kubia-unhealthy'];
  const cases: Record<string, { spec: ProbeSpec; requests: number; image: typeof DEFAULT_BEHAVIOUR; success: boolean; message: string }> = {
    'HTTP against a healthy image': { spec: http, requests: 100, image: DEFAULT_BEHAVIOUR, success: true, message: '' },
    'the fifth request to kubia-unhealthy still succeeds': { spec: http, requests: 4, image: unhealthy, success: true, message: '' },
    'the sixth fails with 500': { spec: http, requests: 5, image: unhealthy, success: false, message: 'HTTP probe failed with statuscode: 500' },
    'TCP always succeeds on a running container': { spec: { tcpSocket: { port: 8080 } }, requests: 99, image: unhealthy, success: true, message: '' },
    'exec succeeds': { spec: { exec: { command: ['cat', '/tmp/healthy'] } }, requests: 0, image: DEFAULT_BEHAVIOUR, success: true, message: '' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const got = probeOutcome(tc.spec, tc.image, tc.requests);
      assert.equal(got.success, tc.success);
      assert.equal(got.message, tc.message);
    });
  }

  describe('before the process listens', () => {
    const slow = { ...DEFAULT_BEHAVIOUR, listensAfterMs: 45_000 };
    const ports = [{ name: 'http', containerPort: 8080 }];
    const cases: Record<string, { spec: ProbeSpec; runningMs: number; success: boolean; message: string }> = {
      'HTTP is refused, in Go\'s words': {
        spec: { httpGet: { path: '/healthz', port: 8080 } },
        runningMs: 10_000,
        success: false,
        message: 'Get "http://10.244.0.7:8080/healthz": dial tcp 10.244.0.7:8080: connect: connection refused',
      },
      'a named port is the container\'s port of that name': {
        spec: { httpGet: { port: 'http' } },
        runningMs: 0,
        success: false,
        message: 'Get "http://10.244.0.7:8080/": dial tcp 10.244.0.7:8080: connect: connection refused',
      },
      'HTTPS and a path without its slash': {
        spec: { httpGet: { path: 'ready', port: 8443, scheme: 'HTTPS' } },
        runningMs: 0,
        success: false,
        message: 'Get "https://10.244.0.7:8443/ready": dial tcp 10.244.0.7:8443: connect: connection refused',
      },
      'TCP is refused': { spec: { tcpSocket: { port: 8080 } }, runningMs: 44_999, success: false, message: 'dial tcp 10.244.0.7:8080: connect: connection refused' },
      'exec does not connect: it succeeds': { spec: { exec: { command: ['true'] } }, runningMs: 0, success: true, message: '' },
      'once listening, HTTP succeeds': { spec: { httpGet: { port: 8080 } }, runningMs: 45_000, success: true, message: '' },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(name, () => {
        const got = probeOutcome(tc.spec, slow, 0, 'liveness', { podIP: '10.244.0.7', ports, runningMs: tc.runningMs });
        assert.deepEqual([got.success, got.message], [tc.success, tc.message]);
      });
    }
    it('keeps HTTP and TCP probes ticking, not exec ones', () => {
      assert.equal(outcomeMayChange({ tcpSocket: { port: 1 } }, slow), true);
      assert.equal(outcomeMayChange({ httpGet: { port: 1 } }, slow), true);
      assert.equal(outcomeMayChange({ exec: { command: ['true'] } }, slow), false);
    });
  });

  it('only HTTP probes of images that turn unhealthy need ticking', () => {
    assert.equal(outcomeMayChange(http, unhealthy), true);
    assert.equal(outcomeMayChange(http, DEFAULT_BEHAVIOUR), false);
    assert.equal(outcomeMayChange({ tcpSocket: { port: 1 } }, unhealthy), false);
  });
});
