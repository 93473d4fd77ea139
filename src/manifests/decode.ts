/**
 * From a parsed manifest to an object the API server accepts: kubectl's own checks (a kind, a
 * mapping for the kind and version in this release), then the server's strict decoding of
 * unknown and mistyped fields. Old versions (apps/v1beta2, batch/v1beta1) are decoded with the
 * current version's schema and stored as it.
 */
import { StatusError } from '../api/status';
import { KubeObject } from '../api/types';
import { ResourceType, RESOURCE_TYPES, apiVersionOf, serves } from '../api/kinds';
import { schemaFor, strictDecode } from '../api/schema';
import { ManifestError } from './parse';

export type ValidationMode = 'Strict' | 'Warn' | 'Ignore';

/** JSON with sorted keys, as kubectl's YAML-to-JSON conversion prints a document. */
export function sortedJSON(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

/**
 * kubectl's client-side check of a document's type before anything is sent (kubectl/pkg/
 * validation: getObjectKind, run unless --validate=false): apiVersion and kind must be set and be
 * strings, and apiVersion must parse as a group version. Undefined when they are; else the
 * errors as kubectl aggregates them (one alone, several as `[a, b]`).
 */
export function objectKindErrors(doc: Record<string, any>): string | undefined {
  const errors: string[] = [];
  const apiVersion = doc.apiVersion;
  if (apiVersion === undefined || apiVersion === null) errors.push('apiVersion not set');
  else if (typeof apiVersion !== 'string') errors.push("apiVersion isn't string type");
  else if ((apiVersion.match(/\//g) ?? []).length > 1 && apiVersion !== '/') errors.push(`unexpected GroupVersion string: ${apiVersion}`);
  const kind = doc.kind;
  if (kind === undefined || kind === null) errors.push('kind not set');
  else if (typeof kind !== 'string') errors.push("kind isn't string type");
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
}

/** kubectl: a document needs a kind, and a kind it can map in this release. */
export function resolveType(doc: Record<string, any>, source: string, minor: number): ResourceType {
  if (typeof doc.kind !== 'string' || doc.kind === '') {
    throw new ManifestError(`unable to decode ${JSON.stringify(source)}: Object 'Kind' is missing in '${sortedJSON(doc)}'`);
  }
  const apiVersion = typeof doc.apiVersion === 'string' ? doc.apiVersion : '';
  const t = RESOURCE_TYPES.find((x) => x.kind === doc.kind && serves(x, apiVersion, minor));
  if (!t) {
    const name = doc.metadata?.name ?? '';
    const namespace = doc.metadata?.namespace ?? '';
    throw new ManifestError(
      `resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(namespace)} from ${JSON.stringify(source)}: no matches for kind ${JSON.stringify(doc.kind)} in version ${JSON.stringify(apiVersion)}\nensure CRDs are installed first`,
    );
  }
  return t;
}

export interface Decoded {
  readonly type: ResourceType;
  readonly object: KubeObject;
  /** `unknown field "spec.foo"` warnings (fieldValidation=Warn). */
  readonly warnings: string[];
}

/** The server side: strict decoding, then the object in its storage version. */
export function decodeObject(doc: Record<string, any>, type: ResourceType, mode: ValidationMode): Decoded {
  const apiVersion = String(doc.apiVersion);
  const current = apiVersionOf(type);
  const typeName = schemaFor(apiVersion, type.kind) ?? schemaFor(current, type.kind);
  const warnings: string[] = [];
  if (typeName) {
    const result = strictDecode(doc, typeName, type.kind, apiVersion);
    if (result.errors.length) {
      if (!result.strictOnly || mode === 'Strict') throw new StatusError('BadRequest', 400, result.message ?? result.errors.join(', '));
      if (mode === 'Warn') warnings.push(...result.errors);
    }
  }
  const object = structuredClone({ ...doc, apiVersion: current }) as KubeObject;
  object.metadata ??= {};
  // Under Warn and Ignore the server decodes on and the unknown fields are simply not kept.
  if (typeName) for (const path of unknownFieldPaths(doc, typeName, type.kind, apiVersion)) dropPath(object, path);
  return { type, object, warnings };
}

function unknownFieldPaths(doc: Record<string, any>, typeName: string, kind: string, apiVersion: string): string[] {
  const result = strictDecode(doc, typeName, kind, apiVersion);
  if (!result.strictOnly) return [];
  return result.errors.map((e) => /^unknown field "(.*)"$/.exec(e)?.[1]).filter((p): p is string => p !== undefined);
}

/** Removes `spec.template.spec.containers[0].foo` from `obj`. */
function dropPath(obj: any, path: string): void {
  const tokens = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let cur = obj;
  for (const t of tokens.slice(0, -1)) {
    cur = t.startsWith('[') ? cur?.[Number(t.slice(1, -1))] : cur?.[t];
    if (cur === null || typeof cur !== 'object') return;
  }
  const last = tokens[tokens.length - 1];
  if (last && !last.startsWith('[')) delete cur[last];
}
