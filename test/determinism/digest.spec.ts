import assert from 'node:assert/strict';
import { clusterDigest } from './digest';
import { SCENARIOS } from './scenarios';

/**
 * The digests of the representative runs, recorded before the speed work of issue 7: any change
 * to what the engine does (a generated name, a history record, a field of an object) shows here.
 * A change of behaviour that is meant must record the new digest, and say why in its commit.
 */
const RECORDED: Record<string, string> = {
  'a CronJob every minute for six hours, with a failing image now and then': '7a5bb780012dcb3aba8731af9d3197eba3995509a3233eef93ca3e1e3941e4b8',
  'Jobs: parallel, indexed, failing past their back-off limit, with a deadline': '619e546ab6ce4202868d76ce7ae38804e90ac1984b6e989d307c19b5e65a1f8b',
  'a ReplicaSet over failing nodes, scaled, its pods evicted and replaced': '1ed5946b3a4d9da14923bad7abbf32f48565b33a6dbb999bfdd0d55249582656',
  'a Deployment rolled out, rolled back, behind a Service with requests': '6c4c50f5cf64b3fc966be622174be0e273556e6e062e5b563c1939dbf485bb0a',
  'a DaemonSet across labelled nodes, a node drained and one joining': '744eb12bfa1fe8cac5c4b7e97f0129e0db164c8bc035febf3c35fa4653858109',
  'pods that crash, fail liveness probes and restart with back-off; events expire': 'bf7ee61b1d214eb6b3a342c3c7122e193810c3cab97a273c9902466df02d6ea1',
  'bare pods on many nodes, nodes failing and coming back, a quiet day': '66e1644914d0626a81207215b04bf2056eff90c30574fd6aa522d06b4681cead',
};

describe('behaviour digests', () => {
  for (const [name, run] of Object.entries(SCENARIOS)) {
    it(name, () => assert.equal(clusterDigest(run()), RECORDED[name]));
  }
});
