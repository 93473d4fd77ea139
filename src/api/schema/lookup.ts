/**
 * From a manifest's apiVersion and kind to the schema key of its type. Only current versions
 * answer: apps/v1beta2, batch/v1beta1 and extensions/v1beta1 are not in kubernetes-types, and
 * the caller decides which current version stands in for them.
 */
import { compiledSchema } from './compile';
import { GROUP_DIRS, SERVED_KINDS } from './served';

/** `apps/v1.Deployment`, `apps/v1.DeploymentList`, `core/v1.List`... */
const SERVED_KEYS: ReadonlySet<string> = new Set([
  ...Object.entries(SERVED_KINDS).flatMap(([module, kinds]) => kinds.flatMap((kind) => [`${module}.${kind}`, `${module}.${kind}List`])),
  'core/v1.List',
]);

/** The schema key for `apiVersion`/`kind` (e.g. `v1`/`Pod` → `core/v1.Pod`), undefined when not served. */
export function schemaFor(apiVersion: string, kind: string): string | undefined {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = apiVersion.slice(slash + 1);
  const dir = Object.prototype.hasOwnProperty.call(GROUP_DIRS, group) ? GROUP_DIRS[group] : undefined;
  if (dir === undefined || slash === 0 || version === '' || version.includes('/')) return undefined;
  const key = `${dir}/${version}.${kind}`;
  return SERVED_KEYS.has(key) && compiledSchema().has(key) ? key : undefined;
}
