/**
 * What the kubectl commands that block on a real cluster (`wait`, `delete`, `rollout status`,
 * `drain`) share: their Go-duration `--timeout` flag, kubectl's "for ever" (a week), and moving
 * the simulated clock until what they wait for holds.
 */
import { resourceTypeOfKind } from '../api/kinds';
import { KubeObject } from '../api/types';
import { ApiServer } from '../store/apiserver';
import { UsageError } from './args';
import { CommandContext } from './context';
import { parseGoDuration } from '../cron/go-duration';

/** What kubectl waits when told to wait for ever (delete.go: "set it to a week"). */
export const WEEK_MS = 7 * 24 * 3_600_000;

/** A Go duration flag in milliseconds (`fallbackMs` when absent), or kubectl's usage error. */
export function durationFlag(cc: CommandContext, name: string, fallbackMs: number): number {
  if (!cc.flags.has(name)) return fallbackMs;
  const text = cc.flags.string(name);
  try {
    return goDurationMs(text);
  } catch (e) {
    throw new UsageError(`error: invalid argument "${text}" for "--${name}" flag: ${(e as Error).message}\nSee '${cc.path ?? 'kubectl'} --help' for usage.`);
  }
}

/** Go's time.ParseDuration in milliseconds; throws Go's error text. */
export function goDurationMs(text: string): number {
  return Number(parseGoDuration(text)) / 1e6;
}

/**
 * Moves the clock until `done` holds — checked at once, then after each instant settles — or
 * `deadline` passes; returns whether it held. The clock stays where it held.
 */
export function waitUntil(cc: CommandContext, deadline: number, done: () => boolean): boolean {
  const { runtime } = cc.cluster;
  runtime.settle();
  if (done()) return true;
  return runtime.now() < deadline && runtime.advanceTo(deadline, done);
}

/** `pods/x`, as kubectl's wait names an object when it times out (its resource, no group). */
export function resourceName(obj: KubeObject): string {
  return `${resourceTypeOfKind(obj.kind!)?.resource ?? obj.kind!.toLowerCase()}/${obj.metadata.name}`;
}

/** cmdwait.IsDeleted: nothing of the object's name is left, or only one of another uid. */
export function isGone(api: ApiServer, obj: KubeObject): boolean {
  return api.tryGet(obj.kind!, obj.metadata.namespace, obj.metadata.name!)?.metadata.uid !== obj.metadata.uid;
}
