/**
 * Runs a sequence of operations on a fresh cluster, lets it settle long enough, and checks every
 * invariant; a failure lists the operations, so a shrunk counterexample reads as a scenario.
 */
import assert from 'node:assert/strict';
import { Op, describeOp } from './operations';
import { Scenario } from './scenario';
import { nodesTellTheirMachines, violations } from './invariants';

/** Long enough for node loss to evict (50 s + 300 s), pod GC (20 s + 40 s), back-offs and rollouts. */
export const SETTLE_MS = 12 * 60_000;

export function runAndCheck(ops: readonly Op[]): Scenario {
  const s = new Scenario();
  const steps: string[] = [];
  try {
    for (const op of ops) {
      steps.push(describeOp(op));
      s.run(op);
    }
    steps.push('start the controller manager and settle');
    s.cluster.startControllerManager();
    s.cluster.advance(SETTLE_MS);
  } catch (e) {
    throw new Error(`after:\n  ${steps.join('\n  ')}\n${e instanceof Error ? e.stack : String(e)}`);
  }
  const found = [...s.violations, ...nodesTellTheirMachines(s.cluster, s.nodes, s.down), ...violations(s.cluster)];
  assert.deepEqual(found, [], `after:\n  ${steps.join('\n  ')}`);
  return s;
}
