import assert from 'node:assert/strict';
import { renderReport } from '../../src/report/html/page';
import { ScenarioView } from '../../src/report/html/model';
import { EVENTS_SHOWN_OPEN } from '../../src/report/html/events';
import { ScenarioData } from '../../src/report/scenario';
import { T0 } from './records';

function scenario(name: string, status: string, more: Partial<ScenarioView> = {}): ScenarioView {
  return {
    name,
    feature: 'Pods',
    uri: `features/${name}.feature`,
    line: 3,
    tags: [],
    status,
    steps: [{ keyword: 'Then', text: `pod "${name}" is Running`, status }],
    hookErrors: [],
    logs: [],
    ...more,
  };
}

function data(events: number): ScenarioData {
  const rows = Array.from({ length: events }, (_, i) => ({ firstSeen: T0, lastSeen: T0, type: 'Normal', reason: 'Pulled', object: `pod/p${i}`, message: 'pulled <img>', count: 1 }));
  return {
    format: 1,
    start: T0,
    end: T0 + 60_000,
    steps: [{ text: 'Then …', at: T0 + 1000, status: 'PASSED' }],
    counts: { nodes: 1, pods: events, restarts: 0, nodeFailures: 0 },
    events: { total: events, rows, groups: [{ type: 'Normal', reason: 'Pulled', kind: 'pod', count: events, objects: events, firstSeen: T0, lastSeen: T0, example: 'pulled <img>' }] },
  };
}

describe('the behaviour report page', () => {
  it('lists failed scenarios first, then by file and line', () => {
    const html = renderReport({ scenarios: [scenario('b', 'PASSED'), scenario('c', 'FAILED'), scenario('a', 'PASSED')], catalogue: [] });
    const order = [...html.matchAll(/<section class="scenario (\w+)" id="scenario-\d+">\n<h2><span class="badge">\w+<\/span> (\w)/g)].map((m) => m[2]);
    assert.deepEqual(order, ['c', 'a', 'b']);
  });

  it('escapes what scenarios and clusters wrote', () => {
    const html = renderReport({ scenarios: [scenario('x', 'FAILED', { name: '<script>alert(1)</script>', steps: [{ keyword: 'Then', text: 'a & b', status: 'FAILED', error: 'expected: <b>' }] })], catalogue: [] });
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /&lt;script&gt;/);
    assert.match(html, /expected: &lt;b&gt;/);
  });

  it('shows each step at its simulated offset', () => {
    const html = renderReport({ scenarios: [scenario('x', 'PASSED', { data: data(1) })], catalogue: [] });
    assert.match(html, /<span class="when">\+1s<\/span>/);
    assert.match(html, /2026-01-01T00:00:00Z \+ 1m simulated/);
  });

  it('folds the events of a busy scenario under a table by reason', () => {
    const few = renderReport({ scenarios: [scenario('x', 'PASSED', { data: data(EVENTS_SHOWN_OPEN) })], catalogue: [] });
    const many = renderReport({ scenarios: [scenario('x', 'PASSED', { data: data(EVENTS_SHOWN_OPEN + 1) })], catalogue: [] });
    assert.doesNotMatch(few, /by reason/);
    assert.match(many, /Events \(41\), by reason/);
    assert.match(many, /<details><summary>Every event<\/summary>/);
  });

  it('holds nothing that changes from run to run', () => {
    const view = { scenarios: [scenario('x', 'PASSED', { data: data(3) })], catalogue: [] };
    assert.equal(renderReport(view), renderReport(view));
    assert.doesNotMatch(renderReport(view), /20\d\d-\d\d-\d\dT(?!00:00:00Z)/);
  });
});
