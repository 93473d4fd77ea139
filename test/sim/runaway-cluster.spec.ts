/**
 * The runaway guard in a whole cluster: two controllers fighting over a field within one instant
 * (the deployment controller and a test-only one, registered through the Cluster's api) are
 * stopped with an error naming both, and that error fails the step that caused it, readably.
 */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { Envelope } from '@cucumber/messages';
import { loadConfiguration, runCucumber } from '@cucumber/cucumber/api';
import { Cluster } from '../../src/cluster';
import { RunawayError } from '../../src/sim/runtime';
import { keepMinReadySeconds } from '../fixtures/runaway/fighter';

/** The guard's sentence: the deployment controller is stopped, the test controller named beside it. */
const FIGHT = /^RunawayError: deployment-controller default\/web ran 1001 times within one instant: it never settles \(stopped to avoid an endless loop\); also running as often: .*min-ready-keeper default\/web-\w+/;

describe('the runaway guard in a cluster', function () {
  this.timeout(60_000);

  it('stops two controllers fighting over a field and names both', () => {
    const c = new Cluster();
    keepMinReadySeconds(c, 'web', 5);
    assert.throws(
      () => c.kubectl('kubectl create deployment web --image=nginx'),
      (e: Error) => e instanceof RunawayError && FIGHT.test(`${e.name}: ${e.message}`),
    );
  });

  it('fails the step that started the fight, with the guard’s sentence first', async () => {
    const dir = resolve(__dirname, '../fixtures/runaway');
    const { runConfiguration } = await loadConfiguration({
      file: false,
      provided: { paths: [resolve(dir, 'fight.feature')], require: [resolve(__dirname, '../../steps/index.ts'), resolve(dir, 'fight.steps.ts')], format: [], strict: true },
    });
    const failures: string[] = [];
    const statuses: string[] = [];
    const { success } = await runCucumber(runConfiguration, { cwd: resolve(__dirname, '../..'), stdout: new PassThrough(), stderr: new PassThrough() }, (m: Envelope) => {
      const result = m.testStepFinished?.testStepResult;
      if (!result) return;
      statuses.push(result.status);
      if (result.status === 'FAILED') failures.push(result.message ?? '');
    });
    assert.equal(success, false);
    // Per scenario: the Before hook and the Given pass, the When fails, the Then is skipped, and
    // the report's After hook still runs.
    assert.deepEqual(statuses, ['PASSED', 'PASSED', 'FAILED', 'SKIPPED', 'PASSED', 'PASSED', 'PASSED', 'FAILED', 'SKIPPED', 'PASSED']);
    assert.equal(failures.length, 2);
    for (const message of failures) assert.match(message.split('\n')[0], FIGHT);
  });
});
