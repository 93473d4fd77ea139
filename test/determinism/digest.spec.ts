import assert from 'node:assert/strict';
import { clusterDigest } from './digest';
import { SCENARIOS } from './scenarios';

/**
 * The digests of the representative runs, recorded before the speed work of issue 7: any change
 * to what the engine does (a generated name, a history record, a field of an object) shows here.
 * A change of behaviour that is meant must record the new digest, and say why in its commit.
 */
const RECORDED: Record<string, string> = {
  'a CronJob every minute for six hours, with a failing image now and then': '4c0395cc95a7331671dcd31796ef9d23ab9b85fa8d765dd2e887584ca4f4cf4e',
  'Jobs: parallel, indexed, failing past their back-off limit, with a deadline': '03e09250270317bdeff224b9d7185fefc1eba33f45e8fa5df5c8b58cd25dc162',
  'a ReplicaSet over failing nodes, scaled, its pods evicted and replaced': 'ff9eb837b61eff3e73f0ad60d8a24bc9b28bbb5f9b3b14273ce6fbfe697efc64',
  'a Deployment rolled out, rolled back, behind a Service with requests': '17c5a5b458a779a9891c5ce67800824d3cd8404ac4db4924c7e33452e5e16e84',
  'a DaemonSet across labelled nodes, a node drained and one joining': '744eb12bfa1fe8cac5c4b7e97f0129e0db164c8bc035febf3c35fa4653858109',
  'pods that crash, fail liveness probes and restart with back-off; events expire': '3b64f7aa6e1975983279682c7ab3684fbc79954bcfb14b38106986ff1876b651',
  'bare pods on many nodes, nodes failing and coming back, a quiet day': 'bf097a782608643b0824f507e0f2dd6dd969ff411ef396cc62b42e1621c6035b',
};

describe('behaviour digests', () => {
  for (const [name, run] of Object.entries(SCENARIOS)) {
    it(name, () => assert.equal(clusterDigest(run()), RECORDED[name]));
  }
});
