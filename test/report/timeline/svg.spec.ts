import assert from 'node:assert/strict';
import { Cluster } from '../../../src/cluster';
import { buildTimeline, renderTimelineSvg, StepMark } from '../../../src/report/timeline';
import { assertWellFormed } from '../xmlCheck';

function pods(n: number, image = 'nginx'): string {
  return Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {containers: [{name: c, image: ${image}}]}`).join('\n---\n');
}

/** Runs steps on a cluster, noting each step's instant as the report hooks do. */
function scenario(seed: number, steps: [string, (c: Cluster) => void][]): string {
  const c = new Cluster({ nodes: 3, seed });
  const marks: StepMark[] = [];
  for (const [text, fn] of steps) {
    marks.push({ text, at: c.runtime.now(), status: 'PASSED' });
    fn(c);
  }
  return renderTimelineSvg(buildTimeline({ records: c.history.records, steps: marks, end: c.runtime.now() }));
}

const crashAndFail: [string, (c: Cluster) => void][] = [
  ['Given the image "crash" runs for 30 seconds and exits with code 1', (c) => c.declareImage('crash', { runsForMs: 30_000, exitCode: 1 })],
  ['Given pods', (c) => c.apply(pods(4, 'crash'))],
  ['When node "node-2" fails', (c) => c.failNode('node-2')],
  ['When 10 minutes pass', (c) => c.advance('10m')],
];

describe('the timeline SVG', () => {
  it('is well-formed SVG with a lane per pod, restarts and the node failure', () => {
    const svg = scenario(1, crashAndFail);
    assertWellFormed(svg);
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/);
    for (const p of ['p0', 'p1', 'p2', 'p3']) assert.match(svg, new RegExp(`<text[^>]*>${p}<title>`));
    assert.match(svg, /restarted/);
    assert.match(svg, /node node-2 stopped being Ready at \+/);
    assert.match(svg, /CrashLoopBackOff/);
  });

  it('marks the steps, numbered, with their instants', () => {
    const svg = scenario(1, crashAndFail);
    assert.match(svg, /When 10 minutes pass/);
    assert.match(svg, />1–4</);
  });

  it('is the same, byte for byte, for the same seed', () => {
    assert.equal(scenario(3, crashAndFail), scenario(3, crashAndFail));
  });

  it('stacks the pods of a node in one lane when there are too many to list', () => {
    const svg = scenario(1, [['Given 300 pods', (c) => c.apply(pods(300))], ['When an hour passes', (c) => c.advance('1h')]]);
    assertWellFormed(svg);
    assert.doesNotMatch(svg, /<text[^>]*>p17<title>/);
    assert.match(svg, /pods without a controller/);
    assert.match(svg, /100 pods, at most 100 at once/);
  });

  it('keeps 500 pods over a simulated week, with crash loops and a node failure, to one stacked lane per node', function () {
    this.timeout(60_000); // a simulated week of 500 pods takes a few seconds of real time
    const svg = scenario(1, [
      ['Given an image that crashes every 6 hours', (c) => c.declareImage('crash', { runsForMs: 6 * 3600_000, exitCode: 1 })],
      ['Given 500 pods, one in ten crashing', (c) => c.apply(Array.from({ length: 500 }, (_, i) => pods(1, i % 10 === 0 ? 'crash' : 'nginx').replace('name: p0', `name: p${i}`)).join('\n---\n'))],
      ['When a node fails for a day', (c) => (c.advance('1h'), c.failNode('node-2'), c.advance('1d'), c.recoverNode('node-2'))],
      ['When 6 days pass', (c) => c.advance('6d')],
    ]);
    assertWellFormed(svg);
    // 3 nodes hold 110 pods each: the rest wait, in a group of their own.
    assert.equal((svg.match(/pods without a controller<title>/g) ?? []).length, 4);
    assert.match(svg, />not scheduled</);
    assert.ok(svg.length < 150_000, `the SVG is ${svg.length} bytes`);
    assert.match(svg, /500 pods/);
  });

  it('squeezes a long quiet stretch and says how long it was', () => {
    const svg = scenario(1, [['Given pods', (c) => c.apply(pods(2))], ['When 6 days pass', (c) => c.advance('6d')], ['When pod p0 crashes', (c) => c.crash('p0')]]);
    assert.match(svg, /~6d<title>nothing changed for (6d|5d2[23]h\d*m?)/);
  });
});
