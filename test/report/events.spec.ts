import assert from 'node:assert/strict';
import { eventRows, groupEvents } from '../../src/report/events';
import { event, MIN, T0 } from './records';

describe('the events of a scenario', () => {
  const records = [event(0, 'e1', 'Scheduled', 'pod/a'), event(0, 'e2', 'Scheduled', 'pod/b'), event(MIN, 'e3', 'BackOff', 'pod/a', 1, 'Warning'), event(3 * MIN, 'e3', 'BackOff', 'pod/a', 4, 'Warning')];

  it('are one row per Event object, with its last count and when it was first and last seen', () => {
    assert.deepEqual(
      eventRows(records).map((r) => [r.reason, r.object, r.count, r.firstSeen - T0, r.lastSeen - T0]),
      [
        ['Scheduled', 'pod/a', 1, 0, 0],
        ['Scheduled', 'pod/b', 1, 0, 0],
        ['BackOff', 'pod/a', 4, MIN, 3 * MIN],
      ],
    );
  });

  it('group by type, reason and kind, the most frequent first', () => {
    assert.deepEqual(
      groupEvents(eventRows(records)).map((g) => [g.type, g.reason, g.kind, g.count, g.objects]),
      [
        ['Warning', 'BackOff', 'pod', 4, 1],
        ['Normal', 'Scheduled', 'pod', 2, 2],
      ],
    );
  });
});
