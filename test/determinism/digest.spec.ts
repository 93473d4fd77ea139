import assert from 'node:assert/strict';
import { clusterDigest } from './digest';
import { SCENARIOS } from './scenarios';

/**
 * The digests of the representative runs, recorded before the speed work of issue 7: any change
 * to what the engine does (a generated name, a history record, a field of an object) shows here.
 * A change of behaviour that is meant must record the new digest, and say why in its commit.
 */
const RECORDED: Record<string, string> = {
  'a CronJob every minute for six hours, with a failing image now and then': '44f8c56d9e8f5842b11f5e507311fa516b2b3792b370e9241e784c5104a0384e',
  'Jobs: parallel, indexed, failing past their back-off limit, with a deadline': '1c2e58efa950766db817cea91f9068d340e13818822a60b30d6f3e01be64e422',
  'a ReplicaSet over failing nodes, scaled, its pods evicted and replaced': '334b8b0f1715f3ab0d9c1c7f6d599ffc0b09f04e6e8fa485c5f4eb795e2c4c50',
  'a Deployment rolled out, rolled back, behind a Service with requests': 'd03c8327e7394a635bfa7f04d36d5007cf1b77900f2714ac3df11b73cf7bfb05',
  'a DaemonSet across labelled nodes, a node drained and one joining': '5d49581442b042fa38214b22873e752ddd47650410687b4963a74739158d15f2',
  'pods that crash, fail liveness probes and restart with back-off; events expire': 'f57655bd6a28c9adb1a3e2ecea67c305604f80681ded97205daa78ac34908368',
  'bare pods on many nodes, nodes failing and coming back, a quiet day': '21c4754b0b06799bd67e3c38e396791de55c284e7d9c24776fbe4e1c4d51de47',
};

describe('behaviour digests', () => {
  for (const [name, run] of Object.entries(SCENARIOS)) {
    it(name, () => assert.equal(clusterDigest(run()), RECORDED[name]));
  }
});
