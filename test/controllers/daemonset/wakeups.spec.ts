/**
 * Which pod and ControllerRevision events wake a DaemonSet, as upstream's addPod / updatePod /
 * deletePod and addHistory / updateHistory / deleteHistory (pkg/controller/daemon/daemon_controller.go).
 * The controller manager is stopped so nothing is adopted meanwhile: the test only looks at which
 * keys the handlers queue.
 */
import assert from 'node:assert/strict';
import { Cluster } from '../../../src/cluster';
import { KubeObject } from '../../../src/api/types';

const DS = {
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'monitor', namespace: 'default' },
  spec: { selector: { matchLabels: { app: 'monitor' } }, template: { metadata: { labels: { app: 'monitor' } }, spec: { containers: [{ name: 'm', image: 'nginx' }] } } },
};

/** Metadata in the default namespace, controlled by the DaemonSet `owner` if given. */
function metadataOf(name: string, labels: Record<string, string>, owner?: KubeObject): any {
  const metadata: any = { name, namespace: 'default', labels };
  if (owner) metadata.ownerReferences = [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: owner.metadata.name, uid: owner.metadata.uid, controller: true }];
  return metadata;
}

function pod(name: string, labels: Record<string, string>, owner?: KubeObject): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: metadataOf(name, labels, owner), spec: { containers: [{ name: 'm', image: 'nginx' }] } };
}

function revision(name: string, labels: Record<string, string>, owner?: KubeObject): KubeObject {
  return { apiVersion: 'apps/v1', kind: 'ControllerRevision', metadata: metadataOf(name, labels, owner), revision: 9, data: { spec: {} } };
}

interface Case {
  /** Done before the keys are watched. */
  before?: (c: Cluster, ds: KubeObject) => void;
  act: (c: Cluster, ds: KubeObject) => void;
  wakes: boolean;
}

/** Updates the stored object with `metadata` merged in. */
const edit = (kind: string, name: string, metadata: Record<string, unknown>) => (c: Cluster) => {
  const o = c.api.get(kind, 'default', name);
  c.api.update({ ...o, metadata: { ...o.metadata, ...metadata } });
};
const running = (c: Cluster) => {
  const p = c.api.get('Pod', 'default', 'p');
  c.api.updateStatus({ ...p, status: { ...(p.status ?? {}), phase: 'Running' } });
};

const cases: Record<string, Case> = {
  'an orphan pod added': { act: (c) => c.api.create(pod('p', { app: 'monitor' })), wakes: true },
  'an orphan pod without labels added': { act: (c) => c.api.create(pod('p', {})), wakes: false },
  'an orphan pod whose status changed': {
    before: (c) => c.api.create(pod('p', { app: 'monitor' })),
    act: running,
    wakes: false,
  },
  'an orphan pod annotated': {
    before: (c) => c.api.create(pod('p', { app: 'monitor' })),
    act: edit('Pod', 'p', { annotations: { note: 'x' } }),
    wakes: false,
  },
  'an orphan pod relabelled': {
    before: (c) => c.api.create(pod('p', { app: 'monitor' })),
    act: edit('Pod', 'p', { labels: { app: 'monitor', tier: 'x' } }),
    wakes: true,
  },
  'an orphan pod deleted': {
    before: (c) => c.api.create(pod('p', { app: 'monitor' })),
    act: (c) => c.api.delete('Pod', 'default', 'p', { gracePeriodSeconds: 0 }),
    wakes: false,
  },
  'an owned pod whose status changed': {
    before: (c, ds) => c.api.create(pod('p', { app: 'monitor' }, ds)),
    act: running,
    wakes: true,
  },
  'a revision the DaemonSet owns created': { act: (c, ds) => c.api.create(revision('r', { app: 'monitor' }, ds)), wakes: false },
  'a revision the DaemonSet owns changed': {
    before: (c, ds) => c.api.create(revision('r', { app: 'monitor' }, ds)),
    act: edit('ControllerRevision', 'r', { annotations: { note: 'x' } }),
    wakes: true,
  },
  'a revision the DaemonSet owns deleted': {
    before: (c, ds) => c.api.create(revision('r', { app: 'monitor' }, ds)),
    act: (c) => c.api.delete('ControllerRevision', 'default', 'r'),
    wakes: true,
  },
  'an orphan revision created': { act: (c) => c.api.create(revision('r', { app: 'monitor' })), wakes: true },
  'an orphan revision annotated': {
    before: (c) => c.api.create(revision('r', { app: 'monitor' })),
    act: edit('ControllerRevision', 'r', { annotations: { note: 'x' } }),
    wakes: false,
  },
  'an orphan revision relabelled': {
    before: (c) => c.api.create(revision('r', { app: 'monitor' })),
    act: edit('ControllerRevision', 'r', { labels: { app: 'monitor', tier: 'x' } }),
    wakes: true,
  },
  'an orphan revision deleted': {
    before: (c) => c.api.create(revision('r', { app: 'monitor' })),
    act: (c) => c.api.delete('ControllerRevision', 'default', 'r'),
    wakes: false,
  },
};

describe('daemonset controller: what wakes a DaemonSet', () => {
  for (const [name, tc] of Object.entries(cases)) {
    it(`${name}: ${tc.wakes ? 'wakes it' : 'does not wake it'}`, () => {
      const c = new Cluster({ nodes: 0 });
      const ds = c.api.create(structuredClone(DS));
      c.stopControllerManager();
      tc.before?.(c, ds);
      const controller = (c as unknown as { controllerManager: { get(n: string): { queue: { add(k: string): void } } } }).controllerManager.get('daemonset-controller')!;
      const queued: string[] = [];
      const add = controller.queue.add.bind(controller.queue);
      controller.queue.add = (k: string) => {
        queued.push(k);
        add(k);
      };
      tc.act(c, ds);
      assert.equal(queued.includes('default/monitor'), tc.wakes, `queued: ${JSON.stringify(queued)}`);
    });
  }
});
