import assert from 'node:assert/strict';
import { ContainerFacts, podPhase } from '../../src/kubelet/phase';

const waiting: ContainerFacts = { phase: 'waiting', hasRun: false };
const restarting: ContainerFacts = { phase: 'waiting', hasRun: true };
const running: ContainerFacts = { phase: 'running', hasRun: true };
const ok: ContainerFacts = { phase: 'terminated', exitCode: 0, hasRun: true };
const failed: ContainerFacts = { phase: 'terminated', exitCode: 1, hasRun: true };

describe('the pod phase (kubelet getPhase)', () => {
  const cases: Record<string, { policy: string; containers: ContainerFacts[]; want: string }> = {
    'a container not started yet': { policy: 'Always', containers: [waiting], want: 'Pending' },
    'one running, one not started': { policy: 'Always', containers: [running, waiting], want: 'Pending' },
    'running': { policy: 'Always', containers: [running], want: 'Running' },
    'waiting to restart after a crash': { policy: 'Always', containers: [restarting], want: 'Running' },
    'exited 0 under Always: will restart': { policy: 'Always', containers: [ok], want: 'Running' },
    'exited 0 under Never': { policy: 'Never', containers: [ok], want: 'Succeeded' },
    'exited 0 under OnFailure': { policy: 'OnFailure', containers: [ok], want: 'Succeeded' },
    'exited 1 under Never': { policy: 'Never', containers: [failed], want: 'Failed' },
    'exited 1 under OnFailure: will restart': { policy: 'OnFailure', containers: [failed], want: 'Running' },
    'one succeeded, one failed, Never': { policy: 'Never', containers: [ok, failed], want: 'Failed' },
    'one running, one succeeded': { policy: 'Never', containers: [running, ok], want: 'Running' },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => assert.equal(podPhase(tc.policy, tc.containers), tc.want));
  }
});
