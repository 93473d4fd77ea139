/**
 * Every assertion exists three ways: `A` (now), `within {duration}, A` (advance until it holds)
 * and `for {duration}, A` (advance, holding at every settled instant). A failure says what was
 * expected and what was seen, and when.
 */
import { Then } from '@cucumber/cucumber';
import { Check } from '../src/assertions';
import { formatDuration } from '../src/util/formatDuration';
import { KubeWorld } from './world';

export type CheckFn = (this: KubeWorld, ...args: any[]) => Check;

function at(world: KubeWorld): string {
  return world.cluster.now().toISOString().replace('.000Z', 'Z');
}

function failure(prefix: string, c: Check): Error {
  const err = new Error(`${prefix}expected: ${c.expected}\nseen:     ${c.seen}`);
  err.name = 'AssertionError';
  return err;
}

/** Cucumber checks a step function's arity; a rest-parameter wrapper must declare it. */
function withArity<T extends (...args: any[]) => unknown>(fn: T, arity: number): T {
  Object.defineProperty(fn, 'length', { value: arity });
  return fn;
}

/** Registers `pattern` with its `within` and `for` forms. */
export function defineAssertion(pattern: string, fn: CheckFn): void {
  const arity = fn.length;
  Then(pattern, withArity(function (this: KubeWorld, ...args: any[]) {
    const c = fn.apply(this, args);
    if (!c.ok) throw failure('', c);
  }, arity));
  Then(`within {duration}, ${pattern}`, withArity(function (this: KubeWorld, ms: number, ...args: any[]) {
    const start = this.cluster.now().getTime();
    const held = this.cluster.advanceUntil(ms, () => fn.apply(this, args).ok);
    if (!held) throw failure(`still not true ${formatDuration(ms)} later (at ${at(this)}, started ${new Date(start).toISOString().replace('.000Z', 'Z')}):\n`, fn.apply(this, args));
  }, arity + 1));
  Then(`for {duration}, ${pattern}`, withArity(function (this: KubeWorld, ms: number, ...args: any[]) {
    const start = this.cluster.now().getTime();
    const failedAt = this.cluster.advanceWhile(ms, () => fn.apply(this, args).ok);
    if (failedAt !== undefined) {
      throw failure(`stopped holding ${formatDuration(failedAt - start)} in (at ${at(this)}):\n`, fn.apply(this, args));
    }
  }, arity + 1));
}
