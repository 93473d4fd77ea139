/**
 * Events leave with their etcd lease (src/events/leases.ts): the lease of the minute an Event
 * was last written, which expires an hour and a minute after that minute's first write.
 */
import { strict as assert } from 'node:assert';
import { ApiServer } from '../../src/store/apiserver';
import { EventRecorders } from '../../src/events/recorder';
import { Random } from '../../src/sim/rng';
import { Runtime } from '../../src/sim/runtime';
import { KubeObject } from '../../src/api/types';

const S = 1000;
const MIN = 60 * S;

function setup() {
  const runtime = new Runtime(Date.UTC(2026, 0, 1));
  const api = new ApiServer(runtime, new Random(1), 34, 0);
  const recorder = new EventRecorders(api, runtime).for({ component: 'test' });
  const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', uid: `uid-${name}` } });
  const events = () => api.store.list('Event').map((e) => `${e.involvedObject.name} ${e.reason} x${e.count}`).sort();
  const at = (ms: number) => runtime.advanceTo(Date.UTC(2026, 0, 1) + ms);
  return { recorder, pod, events, at };
}

describe('Event expiry', () => {
  it('takes the Events of a lease together, an hour after its first write plus the reuse minute', () => {
    const { recorder, pod, events, at } = setup();
    recorder.event(pod('a'), 'Normal', 'Started', 'started');
    at(30 * S);
    recorder.event(pod('b'), 'Normal', 'Started', 'started');
    at(60 * MIN + 60 * S - 1);
    assert.deepEqual(events(), ['a Started x1', 'b Started x1']);
    at(60 * MIN + 60 * S);
    assert.deepEqual(events(), []);
  });

  it('keeps an Event written again under a later lease until that one expires', () => {
    const { recorder, pod, events, at } = setup();
    recorder.event(pod('a'), 'Normal', 'BackOff', 'backing off');
    at(50 * MIN);
    recorder.event(pod('a'), 'Normal', 'BackOff', 'backing off');
    at(61 * MIN);
    assert.deepEqual(events(), ['a BackOff x2']);
    at(50 * MIN + 61 * MIN - 1);
    assert.deepEqual(events(), ['a BackOff x2']);
    at(50 * MIN + 61 * MIN);
    assert.deepEqual(events(), []);
  });

  it('keeps an Event written again within its lease minute no longer than the lease', () => {
    const { recorder, pod, events, at } = setup();
    recorder.event(pod('a'), 'Normal', 'BackOff', 'backing off');
    at(40 * S);
    recorder.event(pod('a'), 'Normal', 'BackOff', 'backing off');
    at(61 * MIN);
    assert.deepEqual(events(), []);
  });
});
