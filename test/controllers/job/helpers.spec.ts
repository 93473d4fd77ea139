/** Job conditions, completed-index notation, the removal ranking and pods' finish times. */
import assert from 'node:assert/strict';
import { ensureConditionStatus, newCondition } from '../../../src/controllers/job/conditions';
import { firstPendingIndexes, formatIndexes, parseIndexes } from '../../../src/controllers/job/indexes';
import { activePodsForRemoval } from '../../../src/controllers/job/activePods';
import { podFinishedTime } from '../../../src/controllers/job/pods';
import { matchPodFailurePolicy } from '../../../src/controllers/job/podFailurePolicy';

const T0 = Date.parse('2026-03-01T10:00:00Z');

describe('job controller helpers', () => {
  describe('ensureConditionStatus', () => {
    const suspended = newCondition('Suspended', 'True', 'JobSuspended', 'Job suspended', T0);
    const cases: Record<string, { list: any[]; status: 'True' | 'False'; reason: string; message: string; changed: boolean; types: string[] }> = {
      'adds a missing True condition': { list: [], status: 'True', reason: 'JobSuspended', message: 'Job suspended', changed: true, types: ['Suspended'] },
      'does not add a missing False condition': { list: [], status: 'False', reason: 'JobResumed', message: 'Job resumed', changed: false, types: [] },
      'leaves an identical condition': { list: [suspended], status: 'True', reason: 'JobSuspended', message: 'Job suspended', changed: false, types: ['Suspended'] },
      'replaces one whose status changed': { list: [suspended], status: 'False', reason: 'JobResumed', message: 'Job resumed', changed: true, types: ['Suspended'] },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(name, () => {
        const r = ensureConditionStatus(tc.list, 'Suspended', tc.status, tc.reason, tc.message, T0 + 5000);
        assert.equal(r.changed, tc.changed);
        assert.deepEqual(r.conditions.map((c) => c.type), tc.types);
      });
    }
  });

  describe('completed indexes', () => {
    const cases: Record<string, { indexes: number[]; text: string }> = {
      none: { indexes: [], text: '' },
      single: { indexes: [3], text: '3' },
      'a run': { indexes: [0, 1, 2], text: '0-2' },
      'runs and singles, unsorted': { indexes: [9, 2, 4, 5, 7, 8], text: '2,4-5,7-9' },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(`${name}: formatted`, () => assert.equal(formatIndexes(tc.indexes), tc.text));
      it(`${name}: parsed back`, () => assert.deepEqual(parseIndexes(tc.text, 100), [...tc.indexes].sort((a, b) => a - b)));
    }
    it('first pending indexes skip succeeded and active ones', () => assert.deepEqual(firstPendingIndexes(new Set([0, 2]), new Set([1]), 2, 5), [3, 4]));
  });

  describe('activePodsForRemoval', () => {
    const pod = (name: string, o: { node?: string; phase?: string; ready?: boolean; created?: number; index?: string } = {}) => ({
      metadata: { name, creationTimestamp: new Date(T0 + (o.created ?? 0)).toISOString(), annotations: o.index ? { 'batch.kubernetes.io/job-completion-index': o.index } : undefined },
      spec: { nodeName: o.node ?? 'n1' },
      status: { phase: o.phase ?? 'Running', conditions: [{ type: 'Ready', status: o.ready === false ? 'False' : 'True', lastTransitionTime: new Date(T0).toISOString() }] },
    });
    const cases: Record<string, { pods: any[]; count: number; completions?: number; expected: string[] }> = {
      'unscheduled first': { pods: [pod('a'), pod('b', { node: '' })], count: 1, expected: ['b'] },
      'pending before running': { pods: [pod('a'), pod('b', { phase: 'Pending' })], count: 1, expected: ['b'] },
      'not ready before ready': { pods: [pod('a'), pod('b', { ready: false })], count: 1, expected: ['b'] },
      'newest first among equals': { pods: [pod('a', { created: 0 }), pod('b', { created: 5000 })], count: 1, expected: ['b'] },
      'indexed: out-of-range and duplicate indexes first': {
        pods: [pod('a', { index: '0' }), pod('b', { index: '0', created: 1000 }), pod('c', { index: '7' }), pod('d', { index: '1' })],
        count: 2,
        completions: 3,
        expected: ['c', 'b'],
      },
    };
    for (const [name, tc] of Object.entries(cases)) {
      it(name, () => assert.deepEqual(activePodsForRemoval(tc.pods, tc.count, tc.completions).map((p) => p.metadata.name), tc.expected));
    }
  });

  describe('podFinishedTime', () => {
    const at = (s: number) => new Date(T0 + s * 1000).toISOString();
    const cases: Record<string, { pod: any; expected: number }> = {
      'the latest container finish': {
        pod: { metadata: {}, status: { containerStatuses: [{ state: { terminated: { finishedAt: at(5) } } }, { state: { terminated: { finishedAt: at(9) } } }] } },
        expected: T0 + 9000,
      },
      'Ready turning False when a container still runs': {
        pod: { metadata: {}, status: { containerStatuses: [{ state: { running: {} } }], conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: at(3) }] } },
        expected: T0 + 3000,
      },
      'deletion time less the grace period': { pod: { metadata: { deletionTimestamp: at(40), deletionGracePeriodSeconds: 30 }, status: {} }, expected: T0 + 10_000 },
      'else the creation time': { pod: { metadata: { creationTimestamp: at(1) }, status: {} }, expected: T0 + 1000 },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(podFinishedTime(tc.pod), tc.expected));
  });

  describe('matchPodFailurePolicy', () => {
    const failed = (exitCode: number) => ({
      metadata: { namespace: 'default', name: 'p' },
      status: { phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode } } }] },
    });
    const policy = { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [3] } }, { action: 'FailJob', onExitCodes: { operator: 'NotIn', values: [0, 3] } }] };
    const cases: Record<string, { exitCode: number; expected: any }> = {
      'the first matching rule wins': { exitCode: 3, expected: { action: 'Ignore', message: undefined } },
      'FailJob says which container and rule': {
        exitCode: 42,
        expected: { action: 'FailJob', message: 'Container main for pod default/p failed with exit code 42 matching FailJob rule at index 1' },
      },
    };
    for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(matchPodFailurePolicy(policy, failed(tc.exitCode)), tc.expected));
    it('no rule matches a pod without a failed container', () => assert.equal(matchPodFailurePolicy(policy, failed(0)), undefined));
  });
});
