/**
 * A DaemonSet's history (update.go constructHistory/cleanupHistory): one ControllerRevision per
 * template it has had, named `<daemonset>-<hash>`, holding the template as a patch, numbered
 * with the next revision when it becomes current again; old ones beyond revisionHistoryLimit
 * are deleted unless a live pod still carries their hash.
 */
import { KubeObject, clone } from '../../api/types';
import { StatusError } from '../../api/status';
import { ApiServer } from '../../store/apiserver';
import { sortedJSON } from '../../manifests/decode';
import { claimSelected } from '../workload/claim';
import { newControllerRef } from '../workload/ownerref';
import { computeHash } from '../deployment/hash';
import { CONTROLLER_REVISION_HASH } from './pods';

/** `getPatch`: the template as a strategic merge patch that replaces it. */
export function daemonSetPatch(ds: KubeObject): any {
  return { spec: { template: { ...clone(ds.spec?.template ?? {}), $patch: 'replace' } } };
}

function matches(ds: KubeObject, history: KubeObject): boolean {
  return sortedJSON(history.data) === sortedJSON(daemonSetPatch(ds));
}

/** The ControllerRevisions the DaemonSet controls (adopting matching orphans). */
export function controlledHistories(api: ApiServer, ds: KubeObject): KubeObject[] {
  return claimSelected(api, ds, 'ControllerRevision');
}

export interface Histories {
  readonly current: KubeObject;
  readonly old: KubeObject[];
}

/** `constructHistory`: the current revision (created, deduplicated or renumbered) and the old ones. */
export function constructHistory(api: ApiServer, ds: KubeObject): Histories {
  const old: KubeObject[] = [];
  const currents: KubeObject[] = [];
  for (const h of controlledHistories(api, ds)) (matches(ds, h) ? currents : old).push(h);
  const revision = old.reduce((m, h) => Math.max(m, h.revision ?? 0), 0) + 1;
  let current = currents.length ? dedupCurrentHistories(api, ds, currents) : snapshot(api, ds, revision);
  if ((current.revision ?? 0) < revision) current = api.update({ ...current, revision });
  return { current, old };
}

/**
 * `dedupCurHistories`: several revisions of the current template (one adopted from a DaemonSet
 * with the same selector and template): keep the highest, move the pods to its hash, delete the rest.
 */
function dedupCurrentHistories(api: ApiServer, ds: KubeObject, currents: readonly KubeObject[]): KubeObject {
  let keep = currents[0];
  for (const h of currents) if ((h.revision ?? 0) >= (keep.revision ?? 0)) keep = h;
  const hash = keep.metadata.labels?.[CONTROLLER_REVISION_HASH] ?? keep.metadata.name!;
  for (const h of currents) {
    if (h === keep) continue;
    for (const pod of claimSelected(api, ds, 'Pod')) {
      if (pod.metadata.labels?.[CONTROLLER_REVISION_HASH] === hash) continue;
      api.update({ ...pod, metadata: { ...pod.metadata, labels: { ...pod.metadata.labels, [CONTROLLER_REVISION_HASH]: hash } } });
    }
    api.delete('ControllerRevision', h.metadata.namespace, h.metadata.name!);
  }
  return keep;
}

function snapshot(api: ApiServer, ds: KubeObject, revision: number): KubeObject {
  const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
  const history: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: `${ds.metadata.name}-${hash}`,
      namespace: ds.metadata.namespace,
      labels: { ...(ds.spec?.template?.metadata?.labels ?? {}), [CONTROLLER_REVISION_HASH]: hash },
      annotations: { ...(ds.metadata.annotations ?? {}) },
      ownerReferences: [newControllerRef(ds)],
    },
    data: daemonSetPatch(ds),
    revision,
  };
  try {
    return api.create(history);
  } catch (e) {
    if (!(e instanceof StatusError && e.reason === 'AlreadyExists')) throw e;
    const existing = api.get('ControllerRevision', ds.metadata.namespace, history.metadata.name!);
    if (matches(ds, existing)) return existing;
    // A hash collision: count it so the next sync names the revision differently.
    const status = { ...(ds.status ?? {}), collisionCount: (ds.status?.collisionCount ?? 0) + 1 };
    api.updateStatus({ ...ds, metadata: { ...ds.metadata, resourceVersion: undefined }, status });
    throw e;
  }
}

/** `cleanupHistory`: oldest first, keeping revisionHistoryLimit and any hash a live pod carries. */
export function cleanupHistory(api: ApiServer, ds: KubeObject, old: readonly KubeObject[], pods: readonly KubeObject[]): void {
  let toKill = old.length - (ds.spec?.revisionHistoryLimit ?? 10);
  if (toKill <= 0) return;
  const live = new Set(pods.map((p) => p.metadata.labels?.[CONTROLLER_REVISION_HASH]).filter((h) => h));
  for (const h of [...old].sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0))) {
    if (toKill <= 0) break;
    if (live.has(h.metadata.labels?.[CONTROLLER_REVISION_HASH])) continue;
    api.delete('ControllerRevision', h.metadata.namespace, h.metadata.name!);
    toKill--;
  }
}
