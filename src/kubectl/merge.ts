/**
 * `kubectl apply`'s three-way merge, as strategic merge patch does it for the fields the
 * simulator knows: fields set in the new configuration win, fields dropped from the last applied
 * configuration are removed, everything else (defaults, status) stays; lists of named things
 * (containers, ports, env, volumes…) merge item by item on their merge key.
 */
import { getOwn, setOwn } from '../util/own';

/** Merge keys of lists that strategic merge patch merges item by item (others are replaced). */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  tolerations: '',
  finalizers: '',
};

function isObject(v: unknown): v is Record<string, any> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The merged value of one field: `live` changed by (`last` → `desired`). */
export function threeWayMerge(live: unknown, last: unknown, desired: unknown, field = ''): unknown {
  if (isObject(desired) && isObject(live)) {
    const out: Record<string, any> = { ...live };
    const lastObj = isObject(last) ? last : {};
    for (const [k, v] of Object.entries(desired)) {
      if (v === null) delete out[k];
      else setOwn(out, k, threeWayMerge(getOwn(live, k), getOwn(lastObj, k), v, k));
    }
    for (const k of Object.keys(lastObj)) if (!Object.hasOwn(desired, k)) delete out[k];
    return out;
  }
  const mergeKey = getOwn(MERGE_KEYS, field);
  if (Array.isArray(desired) && Array.isArray(live) && mergeKey) {
    const key = field === 'ports' && desired.some((p: any) => p?.containerPort === undefined) ? 'port' : mergeKey;
    const lastList = Array.isArray(last) ? last : [];
    const out: any[] = [];
    for (const item of desired) {
      const id = item?.[key];
      const liveItem = live.find((x: any) => x?.[key] === id);
      const lastItem = lastList.find((x: any) => x?.[key] === id);
      out.push(liveItem === undefined ? item : threeWayMerge(liveItem, lastItem, item));
    }
    // Items the user never applied (added by the server or others) are kept.
    for (const item of live) {
      const id = item?.[key];
      const inDesired = desired.some((x: any) => x?.[key] === id);
      const inLast = lastList.some((x: any) => x?.[key] === id);
      if (!inDesired && !inLast) out.push(item);
    }
    return out;
  }
  return desired;
}
