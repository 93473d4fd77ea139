/**
 * The simulated API server: create, update, status update, delete, get and list, with
 * Kubernetes' metadata rules (uid, resourceVersion, generation, creationTimestamp, generateName),
 * per-kind defaulting and validation, graceful deletion and finalizers. Every component of the
 * cluster reads and writes through it; watchers hear of every change.
 */
import { apiErrors, StatusError } from '../api/status';
import { FieldError } from '../api/field';
import { KubeObject, clone } from '../api/types';
import { copyWith, copyWithout, shallowCopy } from '../util/copy';
import { ResourceType, apiVersionOf, mustResourceType } from '../api/kinds';
import { rfc3339 } from '../api/time';
import { Strategy, StrategyContext } from '../api/registry/strategy';
import { strategyFor } from '../api/registry';
import { validateObjectMeta, validateObjectMetaUpdate } from '../api/validation/objectmeta';
import { Runtime } from '../sim/runtime';
import { Random } from '../sim/rng';
import { ObjectStore, WatchHandler } from './objects';
import { generateName } from './names';
import { deepEqual } from './equal';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface WriteOptions {
  /** Validate and default, but store nothing (`--dry-run=server`). */
  readonly dryRun?: boolean;
  /**
   * The object was built for this call, shares nothing with stored objects, and its writer
   * never uses it again (a controller's pod from a template): the API server keeps it rather
   * than a copy of it.
   */
  readonly handOver?: boolean;
}

export interface DeleteOptions extends WriteOptions {
  readonly propagationPolicy?: PropagationPolicy;
  readonly gracePeriodSeconds?: number;
  /** Delete only if the object still has this uid. */
  readonly uid?: string;
}

/** An object kept back as parts (see `stampKeptBack`): what the API server stamps on it. */
export interface KeptBackStamp {
  readonly namespace: string;
  readonly name: string;
  uid: string;
  resourceVersion: number;
}

export interface DeleteResult {
  /** The object as it is after the call: gone (`removed`) or waiting for finalizers or its grace period. */
  readonly object: KubeObject;
  readonly removed: boolean;
}

export class ApiServer {
  readonly store = new ObjectStore();
  private resourceVersion = 0;
  private readonly ctx: StrategyContext;
  /** Per kind, how an object reads (the node Leases a running kubelet keeps renewed). */
  private readonly views = new Map<string, (obj: KubeObject) => KubeObject>();

  constructor(
    private readonly runtime: Runtime,
    private readonly rng: Random,
    /** The Kubernetes minor release served, e.g. 34. */
    readonly minor: number,
    /** Its patch release, e.g. 2 for 1.34.2 (what `kubectl version` and the kubelets report). */
    readonly patch = 0,
  ) {
    const self = this;
    this.ctx = {
      get now() {
        return self.runtime.now();
      },
      rng,
      minor,
      get: (kind, namespace, name) => this.tryGet(kind, namespace, name),
      list: (kind, namespace) => this.store.list(kind, namespace),
      addIndex: (kind, index, fn) => this.store.addIndex(kind, index, fn),
      byIndex: (kind, index, value) => this.store.byIndex(kind, index, value),
    };
  }

  private nextResourceVersion(): string {
    return String(++this.resourceVersion);
  }

  tryGet(kind: string, namespace: string | undefined, name: string): KubeObject | undefined {
    const obj = this.store.find(kind, namespace, name);
    const view = this.views.get(kind);
    return obj && view ? view(obj) : obj;
  }

  /** Sets how objects of a kind read, for state that changes without writes (lease renewals). */
  setView(kind: string, view: (obj: KubeObject) => KubeObject): void {
    this.views.set(kind, view);
  }

  get(kind: string, namespace: string | undefined, name: string): KubeObject {
    const obj = this.tryGet(kind, namespace, name);
    if (!obj) {
      const t = mustResourceType(kind);
      throw apiErrors.notFound(t.resource, t.group, name);
    }
    return obj;
  }

  /** The stored object, as writes see it (no view applied). */
  private stored(kind: string, namespace: string | undefined, name: string): KubeObject {
    const obj = this.store.find(kind, namespace, name);
    if (!obj) {
      const t = mustResourceType(kind);
      throw apiErrors.notFound(t.resource, t.group, name);
    }
    return obj;
  }

  /** Objects of a kind (in a namespace), sorted by namespace and name as the API lists them. */
  list(kind: string, namespace?: string): KubeObject[] {
    const view = this.views.get(kind);
    const objects = this.store.list(kind, namespace).sort(byNamespaceAndName);
    return view ? objects.map(view) : objects;
  }

  watch(kind: string, handler: WatchHandler): void {
    this.store.watch(kind, handler);
  }

  unwatch(kind: string, handler: WatchHandler): void {
    this.store.unwatch(kind, handler);
  }

  create(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const t = mustResourceType(input.kind!);
    const strategy = strategyFor(t.kind);
    const obj = opts.handOver ? input : clone(input);
    obj.apiVersion = apiVersionOf(t);
    obj.kind = t.kind;
    const meta = (obj.metadata ??= {});
    if (t.namespaced) meta.namespace ||= 'default';
    else delete meta.namespace;
    for (const field of ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink'] as const) {
      delete meta[field];
    }
    if (t.namespaced && t.kind !== 'Namespace') {
      const ns = this.tryGet('Namespace', undefined, meta.namespace!);
      if (!ns) throw apiErrors.notFound('namespaces', '', meta.namespace!);
      // NamespaceLifecycle admission: nothing new in a namespace being deleted, Events included
      // (the event recorders drop theirs: client-go's "Server rejected event … (will not retry!)").
      if (ns.metadata.deletionTimestamp) throw apiErrors.namespaceTerminating(t.resource, t.group, meta.name ?? meta.generateName ?? '', meta.namespace!);
    }
    if (!meta.name && meta.generateName) meta.name = this.freeGeneratedName(t, meta.generateName, meta.namespace);
    strategy.prepareForCreate?.(obj, this.ctx);
    this.throwIfInvalid(t, obj, [...validateObjectMeta(meta, t.namespaced, strategy.nameValidator), ...(strategy.validate?.(obj, this.ctx) ?? [])]);
    if (this.tryGet(t.kind, meta.namespace, meta.name!)) throw apiErrors.alreadyExists(t.resource, t.group, meta.name!);
    // A strategy that needs the uid before validation (Job: its generated selector) draws it itself.
    meta.uid ??= this.rng.uuid();
    meta.creationTimestamp = rfc3339(this.runtime.now());
    if (strategy.tracksGeneration) meta.generation = 1;
    if (opts.dryRun) return obj;
    meta.resourceVersion = this.nextResourceVersion();
    this.store.put(obj);
    return obj;
  }

  /**
   * Creates an object its writer built fresh and valid by construction (the event recorder):
   * the same metadata as `create`, without copying or validating it again. Hot path.
   */
  createOwned(obj: KubeObject): KubeObject {
    const meta = obj.metadata;
    if (this.store.find(obj.kind!, meta.namespace, meta.name!)) throw alreadyExists(obj.kind!, meta.name!);
    meta.uid = this.rng.uuid();
    meta.creationTimestamp = rfc3339(this.runtime.now());
    meta.resourceVersion = this.nextResourceVersion();
    this.store.put(obj);
    return obj;
  }

  /**
   * What `createOwned` stamps on an object, for one its writer keeps back from the store
   * (`ObjectStore.keepBack`) and keeps as parts: the same refusal (its name is read only when
   * objects of the kind are stored in the namespace), then a uid and a resource version, drawn in
   * the same order. Its writer makes sure its name differs from the others it keeps back.
   */
  stampKeptBack(kind: string, target: KeptBackStamp): void {
    if (this.store.hasPlaced(kind, target.namespace) && this.store.findPlaced(kind, target.namespace, target.name)) throw alreadyExists(kind, target.name);
    target.uid = this.rng.uuid();
    target.resourceVersion = ++this.resourceVersion;
  }

  /** `replaceOwned` for an object kept back as parts: its new version's resource version. */
  restampKeptBack(target: KeptBackStamp): void {
    target.resourceVersion = ++this.resourceVersion;
  }

  /**
   * Stores again an object `create` returned on another API server of the same release (the
   * bootstrap objects every cluster starts with): with this server's uid, creation time and
   * resource version, in the order `create` draws them, and nothing else redone. Its other parts
   * are shared (stored objects are never changed).
   */
  createPrepared(prepared: KubeObject): KubeObject {
    const meta = prepared.metadata;
    if (this.store.find(prepared.kind!, meta.namespace, meta.name!)) throw alreadyExists(prepared.kind!, meta.name!);
    const uid = this.rng.uuid();
    const metadata = copyWith(meta, { uid, creationTimestamp: rfc3339(this.runtime.now()), resourceVersion: this.nextResourceVersion() });
    const obj = copyWith(prepared, { metadata });
    this.store.put(obj);
    return obj;
  }

  /** Replaces an object with a version its writer derived from the stored one (no copy, no validation). */
  replaceOwned(obj: KubeObject): KubeObject {
    obj.metadata = copyWith(obj.metadata, { resourceVersion: this.nextResourceVersion() });
    this.store.put(obj);
    return obj;
  }

  /**
   * Deletes an object its writer owns (the event recorder's expired Events): the same as
   * `delete` for an object without finalizers or grace period, without resolving its kind's
   * strategy again. Anything else takes the full path.
   */
  removeOwned(obj: KubeObject): void {
    if (obj.metadata.finalizers?.length || obj.metadata.deletionTimestamp || strategyFor(obj.kind!).gracePeriod) {
      this.delete(obj.kind!, obj.metadata.namespace, obj.metadata.name!);
      return;
    }
    this.store.remove(obj);
  }

  private freeGeneratedName(t: ResourceType, prefix: string, namespace: string | undefined): string {
    // The API server retries a generated name that is taken (RetryGenerateName, on since 1.31).
    for (let attempt = 0; attempt < 8; attempt++) {
      const name = generateName(prefix, this.rng);
      if (!this.tryGet(t.kind, namespace, name)) return name;
    }
    return generateName(prefix, this.rng);
  }

  private throwIfInvalid(t: ResourceType, obj: KubeObject, errors: FieldError[]): void {
    if (errors.length) throw apiErrors.invalid(t.kind, t.group, obj.metadata.name ?? '', errors);
  }

  /** Replaces an object's metadata and spec; the status is kept for kinds with a status subresource. */
  update(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const t = mustResourceType(input.kind!);
    const strategy = strategyFor(t.kind);
    const namespace = t.namespaced ? input.metadata.namespace || 'default' : undefined;
    const old = this.stored(t.kind, namespace, input.metadata.name!);
    this.checkResourceVersion(t, input, old);
    // A kind whose strategy fills defaults in place gets its own deep copy; the others keep the
    // parts the writer sent (often the stored object's own, unchanged): neither is ever changed
    // once stored (KUBESPEC_FREEZE=1 checks it).
    const obj = strategy.prepareForUpdate ? clone(input) : copyWith(input, { metadata: shallowCopy(input.metadata) });
    obj.apiVersion = old.apiVersion;
    obj.kind = t.kind;
    const meta = obj.metadata;
    meta.namespace = old.metadata.namespace;
    if (!t.namespaced) delete meta.namespace;
    for (const field of ['uid', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation'] as const) {
      if (old.metadata[field] === undefined) delete meta[field];
      else (meta as Record<string, unknown>)[field] = old.metadata[field];
    }
    if (strategy.hasStatus) {
      if (old.status === undefined) delete obj.status;
      else obj.status = old.status;
    }
    strategy.prepareForUpdate?.(obj, old, this.ctx);
    this.throwIfInvalid(t, obj, [
      ...validateObjectMetaUpdate(input.metadata, old.metadata),
      ...validateObjectMeta(meta, t.namespaced, strategy.nameValidator),
      ...(strategy.validateUpdate?.(obj, old, this.ctx) ?? []),
    ]);
    if (strategy.tracksGeneration && !deepEqual(obj.spec, old.spec)) meta.generation = (old.metadata.generation ?? 0) + 1;
    return this.commit(obj, old, opts);
  }

  /** Writes only the status of an object (the status subresource). */
  updateStatus(input: KubeObject, opts: WriteOptions = {}): KubeObject {
    const t = mustResourceType(input.kind!);
    const old = this.stored(t.kind, t.namespaced ? input.metadata.namespace || 'default' : undefined, input.metadata.name!);
    this.checkResourceVersion(t, input, old);
    // The new status is kept as sent: a writer never changes what it has written.
    const obj = copyWith(old, { metadata: shallowCopy(old.metadata), status: input.status });
    strategyFor(t.kind).prepareForStatusUpdate?.(obj, input);
    return this.commit(obj, old, opts);
  }

  private checkResourceVersion(t: ResourceType, input: KubeObject, old: KubeObject): void {
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) {
      throw apiErrors.conflict(t.resource, t.group, old.metadata.name!, 'the object has been modified; please apply your changes to the latest version and try again');
    }
    if (input.metadata.uid && input.metadata.uid !== old.metadata.uid) {
      throw apiErrors.conflict(t.resource, t.group, old.metadata.name!, `Precondition failed: UID in precondition: ${input.metadata.uid}, UID in object meta: ${old.metadata.uid}`);
    }
  }

  /** Stores an updated object unless nothing changed; removes it once deleted and unfinalized. */
  private commit(obj: KubeObject, old: KubeObject, opts: WriteOptions): KubeObject {
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    if (deepEqual(obj, old)) return old;
    if (opts.dryRun) return obj;
    if (obj.metadata.deletionTimestamp && !obj.metadata.finalizers?.length && !this.waitsForGrace(obj) && !strategyFor(obj.kind!).heldBySpec?.(obj)) {
      this.store.remove(old);
      return obj;
    }
    obj.metadata.resourceVersion = this.nextResourceVersion();
    this.store.put(obj);
    return obj;
  }

  /** A pod being deleted stays until its kubelet confirms (deletes it with grace 0). */
  private waitsForGrace(obj: KubeObject): boolean {
    return (obj.metadata.deletionGracePeriodSeconds ?? 0) > 0;
  }

  /**
   * The pods/binding subresource: assigns a pod to a node and marks it scheduled. Refused when
   * the pod is already bound or being deleted, as the API server does.
   */
  bind(namespace: string, name: string, nodeName: string): KubeObject {
    const old = this.stored('Pod', namespace, name);
    if (old.metadata.deletionTimestamp) throw apiErrors.conflict('pods', '', name, 'pod is being deleted, cannot be assigned to a host');
    if (old.spec?.nodeName) throw apiErrors.conflict('pods', '', name, `pod ${name} is already assigned to node "${old.spec.nodeName}"`);
    const now = rfc3339(this.runtime.now());
    const conditions: any[] = (old.status.conditions ?? []).filter((c: any) => c.type !== 'PodScheduled');
    conditions.push({ lastProbeTime: null, lastTransitionTime: now, status: 'True', type: 'PodScheduled' });
    // Only what changes is new; the rest is shared with the stored version.
    const obj = copyWith(old, { metadata: shallowCopy(old.metadata), spec: copyWith(old.spec, { nodeName }), status: copyWith(old.status, { conditions }) });
    return this.commit(obj, old, {});
  }

  delete(kind: string, namespace: string | undefined, name: string, opts: DeleteOptions = {}): DeleteResult {
    const t = mustResourceType(kind);
    const strategy: Strategy = strategyFor(t.kind);
    const old = this.stored(t.kind, t.namespaced ? namespace || 'default' : undefined, name);
    if (opts.uid && opts.uid !== old.metadata.uid) {
      throw apiErrors.conflict(t.resource, t.group, name, `Precondition failed: UID in precondition: ${opts.uid}, UID in object meta: ${old.metadata.uid}`);
    }
    const refusal = strategy.refuseDeletion?.(old);
    if (refusal) throw refusal;
    const grace = strategy.gracePeriod?.(old, opts.gracePeriodSeconds);
    const meta = old.metadata;
    if (meta.deletionTimestamp) {
      // Already being deleted: a shorter grace period may still cut the wait short.
      const current = meta.deletionGracePeriodSeconds ?? 0;
      if (grace === undefined || grace >= current) return { object: old, removed: false };
    }
    const finalizers = [...(meta.finalizers ?? [])];
    const policy = opts.propagationPolicy;
    if (!meta.deletionTimestamp) {
      if (policy === 'Orphan' && !finalizers.includes('orphan')) finalizers.push('orphan');
      if (policy === 'Foreground' && !finalizers.includes('foregroundDeletion')) finalizers.push('foregroundDeletion');
    }
    const held = strategy.heldBySpec?.(old) ?? false;
    if (finalizers.length === 0 && !grace && !held) {
      if (opts.dryRun) return { object: old, removed: true };
      this.store.remove(old);
      return { object: old, removed: true };
    }
    const obj = copyWith(old, { metadata: finalizers.length ? copyWith(old.metadata, { finalizers }) : copyWithout(old.metadata, 'finalizers') });
    strategy.markDeleted?.(obj);
    obj.metadata.deletionTimestamp = rfc3339(this.runtime.now() + (grace ?? 0) * 1000);
    obj.metadata.deletionGracePeriodSeconds = grace ?? 0;
    if (opts.dryRun) return { object: obj, removed: false };
    if (grace === 0 && finalizers.length === 0 && !held) {
      this.store.remove(old);
      return { object: old, removed: true };
    }
    obj.metadata.resourceVersion = this.nextResourceVersion();
    this.store.put(obj);
    return { object: obj, removed: false };
  }
}

/** The AlreadyExists refusal of a create, for a kind and name. */
function alreadyExists(kind: string, name: string): StatusError {
  const t = mustResourceType(kind);
  return apiErrors.alreadyExists(t.resource, t.group, name);
}

function byNamespaceAndName(a: KubeObject, b: KubeObject): number {
  const na = a.metadata.namespace ?? '';
  const nb = b.metadata.namespace ?? '';
  if (na !== nb) return na < nb ? -1 : 1;
  const ma = a.metadata.name ?? '';
  const mb = b.metadata.name ?? '';
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

export { StatusError };
