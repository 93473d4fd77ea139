/** The shared pieces: multi-line labels, annotations, taints, tolerations, probes, events, escaping. */
import assert from 'node:assert/strict';
import {
  eventInterval,
  describeEvents,
  printAnnotationsMultiline,
  printTaintsMultiline,
  printTolerationsMultiline,
} from '../../../src/kubectl/describe/common';
import { describeProbe } from '../../../src/kubectl/describe/probe';
import { PrefixWriter, tabbed } from '../../../src/kubectl/describe/writer';
import { at, event, laidOut } from './fixtures';

const raw = (body: (w: PrefixWriter) => void) => tabbed(body);

describe('kubectl describe: shared pieces', () => {
  const annotations: Record<string, { in: Record<string, string>; expected: string[] }> = {
    'none, or only the last-applied configuration': {
      in: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' },
      expected: ['Annotations:\t<none>'],
    },
    'sorted `key: value`, trailing newline dropped': { in: { b: 'two\n', a: 'one' }, expected: ['Annotations:\ta: one', '\tb: two'] },
    'a multi-line value goes below its key, each line indented by two': {
      in: { script: 'echo a\necho b' },
      expected: ['Annotations:\tscript:', '\t  echo a', '\t  echo b'],
    },
    'a long value goes below its key, cut at 138 characters': {
      in: { k: 'x'.repeat(139) },
      expected: ['Annotations:\tk:', `\t  ${'x'.repeat(138)}...`],
    },
    'exactly 140 with key, colon and space stays inline': { in: { k: 'y'.repeat(137) }, expected: [`Annotations:\tk: ${'y'.repeat(137)}`] },
  };
  for (const [name, tc] of Object.entries(annotations)) {
    it(`annotations: ${name}`, () => assert.equal(raw((w) => printAnnotationsMultiline(w, 'Annotations', tc.in)), laidOut(tc.expected)));
  }

  const tolerations: Record<string, { in: any[]; expected: string[] }> = {
    'none': { in: [], expected: ['Tolerations:\t<none>'] },
    'every form, sorted by key': {
      in: [
        { key: 'z', operator: 'Equal', value: 'v', effect: 'NoSchedule' },
        { operator: 'Exists' },
        { key: 'm', operator: 'Exists' },
        { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 },
        { key: 'a', operator: 'Equal', value: 'b' },
      ],
      expected: ['Tolerations:\top=Exists', '\t:NoExecute op=Exists for 60s', '\ta=b', '\tm op=Exists', '\tz=v:NoSchedule'],
    },
  };
  for (const [name, tc] of Object.entries(tolerations)) {
    it(`tolerations: ${name}`, () => assert.equal(raw((w) => printTolerationsMultiline(w, 'Tolerations', tc.in)), laidOut(tc.expected)));
  }

  it('taints: `key[=value]:Effect` sorted by effect, then key', () => {
    const taints = [
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: 'x' },
      { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
    ];
    assert.equal(
      raw((w) => printTaintsMultiline(w, 'Taints', taints)),
      laidOut(['Taints:\tnode.kubernetes.io/unreachable:NoExecute', '\tdedicated=gpu:NoSchedule', '\tnode.kubernetes.io/unreachable:NoSchedule']),
    );
  });

  const probes: Record<string, { probe: any; expected: string }> = {
    'http-get with the API defaults': {
      probe: { httpGet: { path: '/', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      expected: 'http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3',
    },
    'https with a host, a named port and a path to escape': {
      probe: { httpGet: { host: 'example.com', path: '/a b?c', port: 'web', scheme: 'HTTPS' }, initialDelaySeconds: 15, timeoutSeconds: 2, periodSeconds: 5, successThreshold: 1, failureThreshold: 1 },
      expected: 'http-get https://example.com:web/a%20b%3Fc delay=15s timeout=2s period=5s #success=1 #failure=1',
    },
    'an IPv6 host': {
      probe: { httpGet: { host: 'fd00::1', path: '/healthz', port: 80, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      expected: 'http-get http://[fd00::1]:80/healthz delay=0s timeout=1s period=10s #success=1 #failure=3',
    },
    exec: {
      probe: { exec: { command: ['cat', '/tmp/healthy'] }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
      expected: 'exec [cat /tmp/healthy] delay=0s timeout=1s period=10s #success=1 #failure=3',
    },
    'tcp-socket': { probe: { tcpSocket: { port: 8080 }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 }, expected: 'tcp-socket :8080 delay=0s timeout=1s period=10s #success=1 #failure=3' },
    grpc: { probe: { grpc: { port: 2379, service: '' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 }, expected: 'grpc <pod>:2379  delay=0s timeout=1s period=10s #success=1 #failure=3' },
  };
  for (const [name, tc] of Object.entries(probes)) it(`probe: ${name}`, () => assert.equal(describeProbe(tc.probe), tc.expected));

  const intervals: Record<string, { e: any; expected: string }> = {
    'once': { e: event({ reason: 'r', message: 'm', first: '10:00:00' }), expected: '2m10s' },
    'repeated': { e: event({ reason: 'r', message: 'm', first: '10:00:01', last: '10:00:50', count: 2 }), expected: '80s (x2 over 2m9s)' },
    'no timestamps': { e: { ...event({ reason: 'r', message: 'm', first: '10:00:00' }), firstTimestamp: null, lastTimestamp: null }, expected: '<unknown>' },
    'an events.k8s.io series': {
      e: { ...event({ reason: 'r', message: 'm', first: '10:00:00' }), eventTime: '2025-06-02T10:00:00.000000Z', series: { count: 4, lastObservedTime: '2025-06-02T10:02:00.000000Z' } },
      expected: '10s (x4 over 2m10s)',
    },
  };
  for (const [name, tc] of Object.entries(intervals)) it(`event age: ${name}`, () => assert.equal(eventInterval(tc.e, at('10:02:10')), tc.expected));

  it('events: sorted by last time, messages trimmed, source falls back to the reporting controller', () => {
    const late = event({ reason: 'Late', message: '  spaced  ', first: '10:01:00' });
    const early = { ...event({ reason: 'Early', message: 'm', first: '10:00:00', type: 'Warning' }), source: {}, reportingComponent: 'my-controller' };
    const text = raw((w) => {
      w.write(0, 'Name:\tx\n');
      describeEvents(w, [late, early], at('10:02:00'));
    });
    assert.equal(
      text,
      laidOut(['Name:\tx']) +
        laidOut(['Events:', '  Type\tReason\tAge\tFrom\tMessage', '  ----\t------\t----\t----\t-------', '  Warning\tEarly\t2m\tmy-controller\tm', '  Normal\tLate\t60s\tkubelet\tspaced']),
    );
  });

  it('terminal control characters are escaped', () => {
    assert.equal(raw((w) => w.write(0, 'Name:\ta\x1b[31mred\r\n')), 'Name:  a^[[31mred\\r\n');
  });
});
