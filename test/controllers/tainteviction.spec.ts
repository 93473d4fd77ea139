/**
 * The taint eviction controller in a cluster, as upstream's processPodOnNode and handlePodUpdate
 * (pkg/controller/tainteviction/taint_eviction.go) schedule and cancel: a pending eviction keeps
 * its time when the taints change, a taint not tolerated at all cancels it (with the event) and
 * evicts at once, a pod gone cancels it, and a restarted controller manager starts over.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../src/cluster';

const toleration = (key: string, seconds: number) => ({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: seconds });
/** The node's taints replaced (kubectl taint is not simulated). */
const taints = (...keys: string[]) => `patch node node-1 --type=merge -p ${JSON.stringify(JSON.stringify({ spec: { taints: keys.map((key) => ({ key, value: 'x', effect: 'NoExecute' })) } }))}`;

interface Step {
  /** Seconds after the pod runs on node-1. */
  at: number;
  kubectl?: string;
  restart?: boolean;
}

interface Case {
  steps: Step[];
  /** When (seconds after the start) the pod is marked for deletion; undefined = never. */
  evictedAt?: number;
  /** The TaintManagerEviction messages, in order, without the pod's key. */
  messages: string[];
}

describe('taint eviction schedules', () => {
  const cases: Record<string, Case> = {
    'a pending eviction keeps its time when a shorter toleration comes into play': {
      steps: [
        { at: 0, kubectl: taints('slow') },
        { at: 10, kubectl: taints('slow', 'fast') },
      ],
      evictedAt: 120,
      messages: ['Marking for deletion Pod'],
    },
    'a taint not tolerated at all cancels the pending eviction and evicts at once': {
      steps: [
        { at: 0, kubectl: taints('slow') },
        { at: 10, kubectl: taints('slow', 'other') },
      ],
      evictedAt: 10,
      messages: ['Cancelling deletion of Pod', 'Marking for deletion Pod'],
    },
    'the taint removed: cancelled': {
      steps: [
        { at: 0, kubectl: taints('slow') },
        { at: 10, kubectl: taints() },
      ],
      messages: ['Cancelling deletion of Pod'],
    },
    'the pod deleted: cancelled when it is gone': {
      steps: [
        { at: 0, kubectl: taints('slow') },
        { at: 10, kubectl: 'delete pod p --wait=false' },
      ],
      messages: ['Cancelling deletion of Pod'],
    },
    'a restarted controller manager counts the toleration again from its start': {
      steps: [
        { at: 0, kubectl: taints('slow') },
        { at: 60, restart: true },
      ],
      evictedAt: 180,
      messages: ['Marking for deletion Pod'],
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const c = new Cluster({ nodes: 1, start: '2026-03-01T10:00:00Z' });
      c.apply(JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'p' },
        spec: { nodeName: 'node-1', tolerations: [toleration('slow', 120), toleration('fast', 30)], containers: [{ name: 'main', image: 'luksa/kubia' }] },
      }));
      c.advance('5s');
      const start = c.now().getTime();
      for (const step of tc.steps) {
        c.advance(start + step.at * 1000 - c.now().getTime());
        if (step.kubectl) {
          const r = c.kubectl(step.kubectl);
          assert.equal(r.exitCode, 0, r.stderr);
        }
        if (step.restart) {
          c.stopControllerManager();
          c.startControllerManager();
        }
      }
      c.advance(start + 300_000 - c.now().getTime());
      const events = c.events().filter((e) => e.reason === 'TaintManagerEviction');
      assert.deepEqual(events.map((e) => e.message.replace(' default/p', '')), tc.messages);
      const marked = events.find((e) => e.message.startsWith('Marking'));
      const at = marked ? (Date.parse(marked.firstTimestamp ?? marked.eventTime) - start) / 1000 : undefined;
      assert.equal(at, tc.evictedAt);
    });
  }
});
