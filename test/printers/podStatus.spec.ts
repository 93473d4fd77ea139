import assert from 'node:assert/strict';
import { podStatusCells } from '../../src/printers/podStatus';

const running = (name: string, ready = true, restarts = 0) => ({ name, ready, restartCount: restarts, state: { running: { startedAt: '2026-01-01T00:00:00Z' } } });
const waiting = (name: string, reason: string) => ({ name, ready: false, restartCount: 0, state: { waiting: { reason } } });
const terminated = (name: string, exitCode: number, reason?: string) => ({ name, ready: false, restartCount: 0, state: { terminated: { exitCode, reason } } });

function pod(status: any, spec: any = { containers: [{ name: 'a' }] }, meta: any = {}) {
  return { metadata: { name: 'p', ...meta }, spec, status };
}

describe('kubectl get pods READY and STATUS (printPod)', () => {
  const cases: Record<string, { pod: any; ready: string; status: string; restarts?: number }> = {
    'not yet bound': { pod: pod({ phase: 'Pending' }), ready: '0/1', status: 'Pending' },
    'pulling the image': { pod: pod({ phase: 'Pending', containerStatuses: [waiting('a', 'ContainerCreating')] }), ready: '0/1', status: 'ContainerCreating' },
    'running, readiness not passed': { pod: pod({ phase: 'Running', containerStatuses: [running('a', false)] }), ready: '0/1', status: 'Running' },
    'running and ready': { pod: pod({ phase: 'Running', containerStatuses: [running('a')] }), ready: '1/1', status: 'Running' },
    'completed': { pod: pod({ phase: 'Succeeded', containerStatuses: [terminated('a', 0, 'Completed')] }), ready: '0/1', status: 'Completed' },
    'error': { pod: pod({ phase: 'Failed', containerStatuses: [terminated('a', 1, 'Error')] }), ready: '0/1', status: 'Error' },
    'terminated without a reason shows the signal or exit code': { pod: pod({ phase: 'Failed', containerStatuses: [terminated('a', 3)] }), ready: '0/1', status: 'ExitCode:3' },
    'crash looping': { pod: pod({ phase: 'Running', containerStatuses: [{ ...waiting('a', 'CrashLoopBackOff'), restartCount: 4 }] }), ready: '0/1', status: 'CrashLoopBackOff', restarts: 4 },
    'being deleted': { pod: pod({ phase: 'Running', containerStatuses: [running('a')] }, undefined, { deletionTimestamp: '2026-01-01T00:00:30Z' }), ready: '1/1', status: 'Terminating' },
    'deleted on a lost node': { pod: pod({ phase: 'Running', reason: 'NodeLost', containerStatuses: [running('a')] }, undefined, { deletionTimestamp: 'x' }), ready: '1/1', status: 'Unknown' },
    'a deleted pod that had completed keeps Completed': { pod: pod({ phase: 'Succeeded', containerStatuses: [terminated('a', 0, 'Completed')] }, undefined, { deletionTimestamp: 'x' }), ready: '0/1', status: 'Completed' },
    'evicted': { pod: pod({ phase: 'Failed', reason: 'Evicted', containerStatuses: [{ name: 'a', ready: false, restartCount: 0, state: {} }] }), ready: '0/1', status: 'Evicted' },
    'two containers, one completed, pod ready': {
      pod: pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }], containerStatuses: [terminated('a', 0, 'Completed'), running('b')] }, { containers: [{ name: 'a' }, { name: 'b' }] }),
      ready: '1/2',
      status: 'Running',
    },
    'two containers, one completed, pod not ready': {
      pod: pod({ phase: 'Running', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [terminated('a', 0, 'Completed'), running('b')] }, { containers: [{ name: 'a' }, { name: 'b' }] }),
      ready: '1/2',
      status: 'NotReady',
    },
    'init container running': {
      pod: pod({ phase: 'Pending', initContainerStatuses: [running('init', false)], containerStatuses: [waiting('a', 'PodInitializing')] }, { initContainers: [{ name: 'init' }, { name: 'init2' }], containers: [{ name: 'a' }] }),
      ready: '0/1',
      status: 'Init:0/2',
    },
    'init container crash looping': {
      pod: pod({ phase: 'Pending', initContainerStatuses: [waiting('init', 'CrashLoopBackOff')] }, { initContainers: [{ name: 'init' }], containers: [{ name: 'a' }] }),
      ready: '0/1',
      status: 'Init:CrashLoopBackOff',
    },
    'scheduling gated': { pod: pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }), ready: '0/1', status: 'SchedulingGated' },
    'restarts of every container add up': {
      pod: pod({ phase: 'Running', containerStatuses: [running('a', true, 2), running('b', true, 3)] }, { containers: [{ name: 'a' }, { name: 'b' }] }),
      ready: '2/2',
      status: 'Running',
      restarts: 5,
    },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const got = podStatusCells(tc.pod);
      assert.equal(got.ready, tc.ready);
      assert.equal(got.status, tc.status);
      if (tc.restarts !== undefined) assert.equal(got.restarts, tc.restarts);
    });
  }

  it('remembers when the newest restart happened', () => {
    const p = pod({ phase: 'Running', containerStatuses: [{ ...running('a', true, 1), lastState: { terminated: { exitCode: 137, finishedAt: '2026-01-01T00:01:50Z' } } }] });
    assert.equal(podStatusCells(p).lastRestartAt, Date.parse('2026-01-01T00:01:50Z'));
  });
});
