/**
 * `kubectl wait (TYPE/NAME | TYPE NAME | TYPE -l sel | TYPE --all | -f FILE)
 * --for=create|delete|condition=NAME[=VALUE]|jsonpath='{…}'[=VALUE] [--timeout=30s]`
 * (kubectl/pkg/cmd/wait). Like the real command it blocks: the simulated clock moves, instant by
 * instant, until every object meets every condition in turn or the timeout (shared by all of
 * them) runs out. Each object met prints `pod/x condition met`; a timeout is
 * `timed out waiting for the condition on pods/x`.
 */
import { KubeObject } from '../../api/types';
import { apiErrors } from '../../api/status';
import { resourceTypeOfKind } from '../../api/kinds';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { objectName } from '../output';
import { formatValue, parsePath, select } from '../print/jsonpath';
import { WEEK_MS, durationFlag, isGone, resourceName, waitUntil } from '../waiting';
import { resolveTargets } from './targets';

const DEFAULT_TIMEOUT_MS = 30_000;

/** What one `--for` asks of an object that exists (true: met; a string: an error). */
type Check = (obj: KubeObject) => boolean | string;

export type WaitCondition =
  | { readonly kind: 'create' }
  | { readonly kind: 'delete' }
  | { readonly kind: 'check'; readonly check: Check };

/** conditionFuncsFor: the `--for` values, in order. */
export function parseConditions(values: readonly string[]): WaitCondition[] {
  if (values.length === 0) throw new CommandError('unrecognized condition: []');
  return values.map((cond): WaitCondition => {
    const lower = cond.toLowerCase();
    if (lower === 'delete') return { kind: 'delete' };
    if (lower === 'create') return { kind: 'create' };
    if (cond.startsWith('condition=')) {
      let name = cond.slice('condition='.length);
      let value = 'true';
      const eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.slice(eq + 1);
        name = name.slice(0, eq);
      }
      return { kind: 'check', check: (obj) => conditionMet(obj, name, value) };
    }
    if (cond.startsWith('jsonpath=')) return { kind: 'check', check: jsonPathCheck(cond.slice('jsonpath='.length)) };
    throw new CommandError(`unrecognized condition: ${JSON.stringify(cond)}`);
  });
}

/** ConditionalWait.checkCondition: the named condition (case-folded) with that status, for the current generation. */
export function conditionMet(obj: KubeObject, name: string, status: string): boolean {
  for (const c of (obj.status?.conditions ?? []) as any[]) {
    if (typeof c?.type !== 'string' || c.type.toLowerCase() !== name.toLowerCase() || typeof c.status !== 'string') continue;
    const generation = obj.metadata.generation;
    const observed = c.observedGeneration ?? obj.status?.observedGeneration;
    if (generation !== undefined && observed !== undefined && observed < generation) return false;
    return c.status.toLowerCase() === status.toLowerCase();
  }
  return false;
}

/** splitJSONPathInput: `{.a}=v` splits at a single `=` (`==` stays in the expression). */
function splitJsonPathInput(input: string): string[] {
  const out: string[] = [];
  let element = '';
  for (let i = 0; i < input.length; i++) {
    if (input[i] === '=') {
      if (input[i + 1] === '=') {
        element += '==';
        i++;
        continue;
      }
      out.push(element);
      element = '';
      continue;
    }
    element += input[i];
  }
  out.push(element);
  return out;
}

/** JSONPathWait: the expression selects one primitive, equal to the value (or anything, without one). */
function jsonPathCheck(input: string): Check {
  const parts = splitJsonPathInput(input);
  if (parts.length < 1 || parts.length > 2) {
    throw new CommandError("jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'");
  }
  // RelaxedJSONPathExpression: `{.a}`, `.a` and `a` all mean `.a`.
  const raw = parts[0].trim().replace(/^'|'$/g, '');
  const inner = raw.startsWith('{') && raw.endsWith('}') ? raw.slice(1, -1) : raw;
  if (inner.trim() === '') throw new CommandError('jsonpath expression cannot be empty');
  const path = inner.startsWith('.') ? inner : `.${inner}`;
  parsePath(path);
  const value = parts.length === 2 ? parts[1].replace(/^['"]+|['"]+$/g, '') : undefined;
  if (value === '') throw new CommandError("jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
  return (obj) => {
    const found = select(obj, path).filter((v) => v !== undefined);
    if (found.length === 0) return false;
    if (found.length > 1) return 'given jsonpath expression matches more than one value';
    if (value === undefined) return true;
    if (found[0] !== null && typeof found[0] === 'object') return 'jsonpath leads to a nested object or list which is not supported';
    return formatValue(found[0]).trim() === value.trim();
  };
}

export const waitCommand: Command = {
  name: 'wait',
  flags: [
    { name: 'for', type: 'string' },
    { name: 'timeout', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run(cc) {
    const conditions = parseConditions(cc.flags.strings('for'));
    // A negative timeout waits "for a week"; zero checks once.
    const given = durationFlag(cc, 'timeout', DEFAULT_TIMEOUT_MS);
    const timeout = given < 0 ? WEEK_MS : given;
    cc.cluster.runtime.settle();
    const deadline = cc.cluster.runtime.now() + timeout;
    const until = (done: () => boolean): boolean => waitUntil(cc, deadline, done);
    const find = () => resolveTargets({ ...cc, fail: () => undefined }, cc.args, 'wait').objects;
    if (conditions.some((c) => c.kind === 'create')) {
      // --for=create is always waited first: the objects must exist (polled every 500 ms upstream).
      if (!until(() => find().length > 0)) throw new CommandError('timed out waiting for the condition');
    }
    const forDelete = conditions.some((c) => c.kind === 'delete');
    // The resource visitor stops at its first error (a named object not found), which is then
    // all kubectl says; for --for=delete a missing object is simply already gone.
    const missing: unknown[] = [];
    const targets = resolveTargets({ ...cc, fail: (e: unknown) => void missing.push(e) }, cc.args, 'wait');
    if (missing.length && !forDelete) throw missing[0];
    if (targets.objects.length === 0) {
      if (!forDelete) throw new CommandError('no matching resources found');
      return;
    }
    for (const target of targets.objects) {
      for (const condition of conditions) {
        const result = waitFor(cc, target, condition, timeout, until);
        if (result !== true) throw result;
        cc.out(`${objectName(target)} condition met\n`);
      }
    }
  },
};

/** One condition on one object: true once met, else the error kubectl ends with. */
function waitFor(cc: CommandContext, target: KubeObject, condition: WaitCondition, timeout: number, until: (done: () => boolean) => boolean): true | Error {
  if (condition.kind === 'create') return true;
  const { api } = cc.cluster;
  let error: Error | undefined;
  const met =
    condition.kind === 'delete'
      ? () => isGone(api, target)
      : (): boolean => {
          const obj = api.tryGet(target.kind!, target.metadata.namespace, target.metadata.name!);
          if (!obj) {
            const t = resourceTypeOfKind(target.kind!)!;
            error = apiErrors.notFound(t.resource, t.group, target.metadata.name!);
            return true;
          }
          const verdict = condition.check(obj);
          if (typeof verdict === 'string') {
            error = new CommandError(verdict);
            return true;
          }
          return verdict;
        };
  // With a zero timeout the condition is checked once.
  if (until(met)) return error ?? true;
  return new CommandError(timeout === 0 ? `condition not met for ${resourceName(target)}` : `timed out waiting for the condition on ${resourceName(target)}`);
}
