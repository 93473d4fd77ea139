import assert from 'node:assert/strict';
import { clusterDigest } from './digest';
import { SCENARIOS } from './scenarios';

/**
 * The digests of the representative runs, recorded before the speed work of issue 7: any change
 * to what the engine does (a generated name, a history record, a field of an object) shows here.
 * A change of behaviour that is meant must record the new digest, and say why in its commit.
 */
const RECORDED: Record<string, string> = {
  'a CronJob every minute for six hours, with a failing image now and then': 'e4bfb865d1d8107a9e3afe3a7465523eead44f5cc96e443a9152b6b7953b6bd1',
  'Jobs: parallel, indexed, failing past their back-off limit, with a deadline': '619e546ab6ce4202868d76ce7ae38804e90ac1984b6e989d307c19b5e65a1f8b',
  'a ReplicaSet over failing nodes, scaled, its pods evicted and replaced': 'd439cbd1f94030fa24ba7ca37ac387ee06550fc826a5786f90972d91d0cfdc5a',
  'a Deployment rolled out, rolled back, behind a Service with requests': '17c5a5b458a779a9891c5ce67800824d3cd8404ac4db4924c7e33452e5e16e84',
  'a DaemonSet across labelled nodes, a node drained and one joining': '744eb12bfa1fe8cac5c4b7e97f0129e0db164c8bc035febf3c35fa4653858109',
  'pods that crash, fail liveness probes and restart with back-off; events expire': 'bf7ee61b1d214eb6b3a342c3c7122e193810c3cab97a273c9902466df02d6ea1',
  'bare pods on many nodes, nodes failing and coming back, a quiet day': '66e1644914d0626a81207215b04bf2056eff90c30574fd6aa522d06b4681cead',
};

describe('behaviour digests', () => {
  for (const [name, run] of Object.entries(SCENARIOS)) {
    it(name, () => assert.equal(clusterDigest(run()), RECORDED[name]));
  }
});
