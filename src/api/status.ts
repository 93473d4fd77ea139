/**
 * API errors as the API server returns them (`metav1.Status`): a reason, an HTTP code, a message
 * and, for Invalid, the causes with their field paths. kubectl formats them from these parts.
 */
import { FieldError, errorBody, formatAggregate } from './field';

export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'InternalError'
  | 'TooManyRequests';

export interface StatusCause {
  /** A machine-readable kind of cause, e.g. `NamespaceTerminating`. */
  readonly type?: string;
  readonly field: string;
  readonly message: string;
}

/** `v1.NamespaceTerminatingCause`: the error of a create in a namespace being deleted. */
export const NAMESPACE_TERMINATING_CAUSE = 'NamespaceTerminating';

/** apierrors.HasStatusCause: whether an error is an API error with a cause of that type. */
export function hasStatusCause(e: unknown, type: string): boolean {
  return e instanceof StatusError && (e.details.causes ?? []).some((c) => c.type === type);
}

export interface StatusDetails {
  readonly group?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly causes?: readonly StatusCause[];
}

/** An error answered by the simulated API server. `message` is what `Status.message` holds. */
export class StatusError extends Error {
  constructor(
    readonly reason: StatusReason,
    readonly code: number,
    message: string,
    readonly details: StatusDetails = {},
  ) {
    super(message);
    this.name = 'StatusError';
  }
}

/** `<resource>[.<group>]`, as NotFound and AlreadyExists messages name a resource. */
export function qualifiedResource(resource: string, group: string): string {
  return group ? `${resource}.${group}` : resource;
}

export const apiErrors = {
  notFound: (resource: string, group: string, name: string) =>
    new StatusError('NotFound', 404, `${qualifiedResource(resource, group)} "${name}" not found`, { group, kind: resource, name }),
  alreadyExists: (resource: string, group: string, name: string) =>
    new StatusError('AlreadyExists', 409, `${qualifiedResource(resource, group)} "${name}" already exists`, { group, kind: resource, name }),
  conflict: (resource: string, group: string, name: string, detail: string) =>
    new StatusError('Conflict', 409, `Operation cannot be fulfilled on ${qualifiedResource(resource, group)} "${name}": ${detail}`, { group, kind: resource, name }),
  badRequest: (message: string) => new StatusError('BadRequest', 400, message),
  /**
   * NamespaceLifecycle admission (plugin/pkg/admission/namespace/lifecycle: Admit): no create in
   * a namespace being terminated, with the NamespaceTerminating cause controllers look for.
   */
  namespaceTerminating: (resource: string, group: string, name: string, namespace: string) =>
    new StatusError(
      'Forbidden',
      403,
      `${qualifiedResource(resource, group)} ${JSON.stringify(name)} is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
      { group, kind: resource, name, causes: [{ type: NAMESPACE_TERMINATING_CAUSE, message: `namespace ${namespace} is being terminated`, field: 'metadata.namespace' }] },
    ),
  forbidden: (message: string) => new StatusError('Forbidden', 403, message),
  /** `NewInvalid`: `Kind[.group] "name" is invalid: <aggregate>`, causes kept for kubectl. */
  invalid: (kind: string, group: string, name: string, errors: readonly FieldError[]) => {
    const qualified = group ? `${kind}.${group}` : kind;
    const causes = errors.map((e) => ({ field: e.field, message: errorBody(e) }));
    const message = errors.length ? `${qualified} "${name}" is invalid: ${formatAggregate(errors)}` : `${qualified} "${name}" is invalid`;
    return new StatusError('Invalid', 422, message, { group, kind, name, causes });
  },
};
