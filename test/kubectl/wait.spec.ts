import assert from 'node:assert/strict';
import { goDurationMs } from '../../src/kubectl/waiting';
import { conditionMet, parseConditions } from '../../src/kubectl/commands/wait';

// Cases from Go's time.ParseDuration tests and kubectl's wait tests (pkg/cmd/wait).
describe("Go durations (kubectl's --timeout)", () => {
  const ok: Record<string, number> = { '0': 0, '30s': 30_000, '1m30s': 90_000, '1.5h': 5_400_000, '-1s': -1000, '+5m': 300_000, '500ms': 500, '100us': 0.1, '.5s': 500, '2h45m0.5s': 9_900_500 };
  for (const [text, ms] of Object.entries(ok)) it(`reads ${text}`, () => assert.equal(goDurationMs(text), ms));
  const bad: Record<string, string> = {
    '': 'time: invalid duration ""',
    x: 'time: invalid duration "x"',
    '30': 'time: missing unit in duration "30"',
    '3d': 'time: unknown unit "d" in duration "3d"',
    '-': 'time: invalid duration "-"',
    '.s': 'time: invalid duration ".s"',
  };
  for (const [text, message] of Object.entries(bad)) it(`refuses ${JSON.stringify(text)}`, () => assert.throws(() => goDurationMs(text), { message }));
});

describe('kubectl wait conditions', () => {
  const pod = (conditions: any[], generation?: number, observed?: number): any => ({
    kind: 'Pod',
    metadata: { name: 'p', generation },
    status: { conditions, observedGeneration: observed },
  });
  const cases: Record<string, { obj: any; name: string; status: string; want: boolean }> = {
    'Ready True': { obj: pod([{ type: 'Ready', status: 'True' }]), name: 'Ready', status: 'true', want: true },
    'names and values fold case': { obj: pod([{ type: 'Ready', status: 'True' }]), name: 'ready', status: 'TRUE', want: true },
    'Ready False when True is asked': { obj: pod([{ type: 'Ready', status: 'False' }]), name: 'Ready', status: 'true', want: false },
    'False asked and met': { obj: pod([{ type: 'Ready', status: 'False' }]), name: 'Ready', status: 'False', want: true },
    'no such condition': { obj: pod([{ type: 'Initialized', status: 'True' }]), name: 'Ready', status: 'true', want: false },
    'an older generation observed': { obj: pod([{ type: 'Available', status: 'True' }], 2, 1), name: 'Available', status: 'true', want: false },
    'the current generation observed': { obj: pod([{ type: 'Available', status: 'True' }], 2, 2), name: 'Available', status: 'true', want: true },
    "the condition's own observedGeneration wins": { obj: pod([{ type: 'Available', status: 'True', observedGeneration: 2 }], 2, 1), name: 'Available', status: 'true', want: true },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(conditionMet(tc.obj, tc.name, tc.status), tc.want));

  const refused: Record<string, string> = {
    '': 'unrecognized condition: []',
    bogus: 'unrecognized condition: "bogus"',
    'jsonpath=': 'jsonpath expression cannot be empty',
    'jsonpath={.a}=': "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3",
    'jsonpath={.a}=1=2': "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'",
  };
  for (const [value, message] of Object.entries(refused)) {
    it(`refuses --for=${value}`, () => assert.throws(() => parseConditions(value ? [value] : []), { message }));
  }

  it('reads jsonpath with a value, == inside the expression and quotes', () => {
    const [c] = parseConditions([`jsonpath='{.status.phase}'=Running`]);
    assert.equal(c.kind === 'check' && c.check({ kind: 'Pod', metadata: {}, status: { phase: 'Running' } } as any), true);
    assert.equal(c.kind === 'check' && c.check({ kind: 'Pod', metadata: {}, status: { phase: 'Pending' } } as any), false);
  });
});
