/**
 * The Namespace kind at the API server: the `kubernetes` finalizer in its spec, the Active and
 * Terminating phases, and the NamespaceLifecycle admission rule that some may never be deleted.
 */
import { apiErrors } from '../status';
import { Strategy, plainStrategy } from './strategy';
import { labelName } from '../validation/objectmeta';

/** Namespaces the API server refuses to delete (NamespaceLifecycle's immortal namespaces). */
export const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

export const namespaceStrategy: Strategy = plainStrategy(labelName, {
  hasStatus: true,
  prepareForCreate: (ns) => {
    ns.spec = { finalizers: ['kubernetes'] };
    ns.status = { phase: 'Active' };
    ns.metadata.labels = { ...(ns.metadata.labels ?? {}), 'kubernetes.io/metadata.name': ns.metadata.name! };
  },
  refuseDeletion: (ns) =>
    IMMORTAL_NAMESPACES.includes(ns.metadata.name!) ? apiErrors.forbidden(`namespaces ${JSON.stringify(ns.metadata.name)} is forbidden: this namespace may not be deleted`) : undefined,
  // The namespace controller empties it, then removes `kubernetes` from spec.finalizers.
  heldBySpec: (ns) => (ns.spec?.finalizers?.length ?? 0) > 0,
  markDeleted: (ns) => {
    ns.status = { ...(ns.status ?? {}), phase: 'Terminating' };
  },
});
