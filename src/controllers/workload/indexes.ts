/**
 * Store indexes the workload controllers read instead of scanning every pod on each sync:
 * objects by the uid of their controller, and controller-less objects by namespace (the
 * candidates for adoption). Registering an index twice is harmless.
 */
import { KubeObject, controllerOf } from '../../api/types';
import { ApiServer } from '../../store/apiserver';
import type { Candidates } from './claim';

const BY_CONTROLLER = 'controllerUid';
const ORPHANS = 'orphansByNamespace';

const owners = (o: KubeObject) => o.metadata.ownerReferences;

/** Objects of `kind` by the uid of their controller (read with `controlledBy`). */
export function addControllerIndex(api: ApiServer, kind: string): void {
  api.store.addIndex(
    kind,
    BY_CONTROLLER,
    (o) => {
      const ref = controllerOf(o);
      return ref ? [ref.uid] : [];
    },
    owners,
  );
}

export function addOwnerIndexes(api: ApiServer, kind: string): void {
  addControllerIndex(api, kind);
  api.store.addIndex(kind, ORPHANS, (o) => (controllerOf(o) ? [] : [o.metadata.namespace ?? '']), owners);
}

/** Objects of `kind` whose controller has this uid. */
export function controlledBy(api: ApiServer, kind: string, uid: string): KubeObject[] {
  return api.store.byIndex(kind, BY_CONTROLLER, uid);
}

/** Whether any object of `kind` has the controller of that uid (controlledBy, without the list). */
export function controlsAny(api: ApiServer, kind: string, uid: string): boolean {
  return api.store.hasIndexed(kind, BY_CONTROLLER, uid);
}

/** Objects of `kind` in the namespace without a controller. */
export function orphansIn(api: ApiServer, kind: string, namespace: string): KubeObject[] {
  return api.store.byIndex(kind, ORPHANS, namespace);
}

/**
 * What a controller may claim: what it already controls plus the orphans of its namespace, in
 * the store's order (deterministic for a seed; sorting thousands of pods on every sync was most
 * of the cost of a large ReplicaSet).
 */
export function claimCandidates(api: ApiServer, kind: string, owner: KubeObject): Candidates {
  return { owned: controlledBy(api, kind, owner.metadata.uid!), orphans: orphansIn(api, kind, owner.metadata.namespace ?? '') };
}
