import assert from 'node:assert/strict';
import type { Envelope } from '@cucumber/messages';
import { errorText, MessageCollector } from '../../src/cli/report/collect';

const empty = { parameterTypes: [], sections: [] };
const duration = { seconds: 0, nanos: 0 };
const timestamp = { seconds: 0, nanos: 0 };

/** The messages of one feature with one scenario of two steps, run `attempts` times. */
function run(attempts: { results: string[]; retried: boolean }[], hookFails = false): Envelope[] {
  const out: Envelope[] = [
    {
      gherkinDocument: {
        uri: 'features/a.feature',
        comments: [],
        feature: {
          location: { line: 1 },
          tags: [],
          language: 'en',
          keyword: 'Feature',
          name: 'A feature',
          description: '',
          children: [
            {
              scenario: {
                id: 'sc',
                location: { line: 3 },
                tags: [],
                keyword: 'Scenario',
                name: 'A scenario',
                description: '',
                examples: [],
                steps: [
                  { id: 's1', location: { line: 4 }, keyword: 'Given ', text: 'a pod "web"' },
                  { id: 's2', location: { line: 5 }, keyword: 'Then ', text: 'pod "web" is Running' },
                ],
              },
            },
          ],
        },
      },
    } as Envelope,
    {
      pickle: {
        id: 'p',
        uri: 'features/a.feature',
        name: 'A scenario',
        language: 'en',
        astNodeIds: ['sc'],
        tags: [{ name: '@smoke', astNodeId: 't' }],
        steps: [
          { id: 'ps1', text: 'a pod "web"', astNodeIds: ['s1'] },
          { id: 'ps2', text: 'pod "web" is Running', astNodeIds: ['s2'] },
        ],
      },
    } as Envelope,
    { testCase: { id: 'tc', pickleId: 'p', testSteps: [{ id: 'h', hookId: 'hook' }, { id: 't1', pickleStepId: 'ps1', stepDefinitionIds: ['d1'] }, { id: 't2', pickleStepId: 'ps2', stepDefinitionIds: [] }] } } as Envelope,
  ];
  attempts.forEach((a, i) => {
    const id = `run-${i}`;
    out.push({ testCaseStarted: { id, testCaseId: 'tc', attempt: i, timestamp } });
    out.push({ testStepFinished: { testCaseStartedId: id, testStepId: 'h', testStepResult: hookFails ? { status: 'FAILED', duration, message: 'Error: boom\n    at /home/someone/x.ts:1:1' } : { status: 'PASSED', duration }, timestamp } } as Envelope);
    a.results.forEach((status, k) => out.push({ testStepFinished: { testCaseStartedId: id, testStepId: `t${k + 1}`, testStepResult: { status, duration, ...(status === 'FAILED' ? { message: 'AssertionError: x', exception: { type: 'Error', message: `expected: Running\nseen:     Pending (attempt ${i})` } } : {}) }, timestamp } } as Envelope));
    out.push({ testCaseFinished: { testCaseStartedId: id, willBeRetried: a.retried, timestamp } });
  });
  return out;
}

function view(envelopes: Envelope[]) {
  const c = new MessageCollector();
  for (const e of envelopes) c.add(e);
  return c.view(empty);
}

describe('the behaviour report from Cucumber messages', () => {
  it('takes a scenario, its steps and their statuses', () => {
    const [s] = view(run([{ results: ['PASSED', 'UNDEFINED'], retried: false }])).scenarios;
    assert.equal(s.name, 'A scenario');
    assert.equal(s.feature, 'A feature');
    assert.equal(s.line, 3);
    assert.deepEqual(s.tags, ['@smoke']);
    assert.equal(s.status, 'UNDEFINED');
    assert.deepEqual(s.steps.map((st) => [st.keyword, st.text, st.status]), [
      ['Given', 'a pod "web"', 'PASSED'],
      ['Then', 'pod "web" is Running', 'UNDEFINED'],
    ]);
    assert.match(s.steps[1].error!, /no step definition matches/);
  });

  it('keeps only the last attempt of a retried scenario', () => {
    const { scenarios } = view(run([{ results: ['PASSED', 'FAILED'], retried: true }, { results: ['PASSED', 'FAILED'], retried: false }]));
    assert.equal(scenarios.length, 1);
    assert.match(scenarios[0].steps[1].error!, /attempt 1/);
  });

  it('fails a scenario whose hook failed, without the stack of the machine it ran on', () => {
    const [s] = view(run([{ results: ['SKIPPED', 'SKIPPED'], retried: false }], true)).scenarios;
    assert.equal(s.status, 'FAILED');
    assert.deepEqual(s.hookErrors, ['Error: boom']);
  });

  it('prefers the exception message to the message with its stack', () => {
    assert.equal(errorText({ status: 'FAILED' as any, duration, message: 'AssertionError: x\n    at y', exception: { type: 'AssertionError', message: 'x' } }), 'AssertionError: x');
    assert.equal(errorText({ status: 'FAILED' as any, duration, message: 'Error: x\n    at y (/a/b.ts:1:2)' }), 'Error: x');
  });
});
