/**
 * What the API server does per kind, as Kubernetes' registry strategies do: defaulting and
 * admission on create, validation on create and update, and how deletion proceeds.
 */
import { FieldError } from '../field';
import type { StatusError } from '../status';
import { KubeObject } from '../types';
import { Random } from '../../sim/rng';
import { NameValidator } from '../validation/objectmeta';
import { IndexFunc } from '../../store/objects';

/** What a strategy may read: the clock, the seeded generator, the release, and the store. */
export interface StrategyContext {
  readonly now: number;
  readonly rng: Random;
  readonly minor: number;
  get(kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  list(kind: string, namespace?: string): KubeObject[];
  /** Declares a store index (idempotent), e.g. services by cluster IP for the allocators. */
  addIndex(kind: string, index: string, fn: IndexFunc): void;
  /** Stored objects whose index `index` holds `value`. */
  byIndex(kind: string, index: string, value: string): KubeObject[];
}

export interface Strategy {
  /** How names of this kind are checked. */
  readonly nameValidator: NameValidator;
  /** Status is written through the status subresource only. */
  readonly hasStatus: boolean;
  /** metadata.generation is bumped when the spec changes. */
  readonly tracksGeneration: boolean;
  /** Fills defaults and runs admission on a new object (changes it in place). */
  prepareForCreate?(obj: KubeObject, ctx: StrategyContext): void;
  /** Fills defaults on an update (changes it in place). */
  prepareForUpdate?(obj: KubeObject, old: KubeObject, ctx: StrategyContext): void;
  /**
   * What a status write may change besides the status (`obj` is the stored object with the new
   * status; `input` is what was sent). Deployments keep annotations written with their status.
   */
  prepareForStatusUpdate?(obj: KubeObject, input: KubeObject): void;
  validate?(obj: KubeObject, ctx: StrategyContext): FieldError[];
  validateUpdate?(obj: KubeObject, old: KubeObject, ctx: StrategyContext): FieldError[];
  /**
   * Whether a deleted object is still held by finalizers of its own kind (a Namespace's
   * `spec.finalizers`), beyond `metadata.finalizers`: it stays until they are gone.
   */
  heldBySpec?(obj: KubeObject): boolean;
  /** Changes a deleted object that is kept (a Namespace turns Terminating). */
  markDeleted?(obj: KubeObject): void;
  /** An admission refusal of a deletion (a namespace that may never be deleted). */
  refuseDeletion?(obj: KubeObject): StatusError | undefined;
  /** Grace period in seconds for a deletion, or undefined for immediate removal. */
  gracePeriod?(obj: KubeObject, requested: number | undefined): number | undefined;
}

export const plainStrategy = (nameValidator: NameValidator, extra: Partial<Strategy> = {}): Strategy => ({
  nameValidator,
  hasStatus: false,
  tracksGeneration: false,
  ...extra,
});
