/**
 * The shape of the field schema shared by the generator (scripts/generate-schema.ts), the
 * hand-written overlay and the decoder. Kept as plain JSON so the generated file can be
 * loaded with `require` and diffed in review.
 */

/**
 * Scalar kinds the decoder distinguishes. `number` is kept apart from `integer` although
 * kubernetes-types spells both `number`: Go decodes `1.5` into a float64 but not into an int32.
 * `any` covers RawExtension and FieldsV1, whose UnmarshalJSON keeps whatever JSON it is given.
 * `bytes` is a Go `[]byte` (base64 on the wire); only the overlay uses it, as kubernetes-types
 * spells those fields `string`.
 */
export type ScalarKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'IntOrString'
  | 'Quantity'
  | 'Time'
  | 'MicroTime'
  | 'bytes'
  | 'any';

/**
 * A field's type: a scalar kind, a reference to another struct by its key
 * (`<group/version>.<TypeName>`, always containing a `.`), a list, or a map keyed by strings.
 */
export type TypeRef = ScalarKind | StructKey | { readonly array: TypeRef } | { readonly map: TypeRef };

/** `core/v1.PodSpec`, `meta/v1.ObjectMeta`, `apps/v1.DeploymentSpec`... */
export type StructKey = `${string}.${string}`;

/** Field name → type, for one struct. */
export type StructSchema = Readonly<Record<string, TypeRef>>;

/** Struct key → its fields: the content of types.generated.json. */
export type Schema = Readonly<Record<string, StructSchema>>;

export const SCALAR_KINDS: ReadonlySet<string> = new Set<ScalarKind>([
  'string',
  'integer',
  'number',
  'boolean',
  'IntOrString',
  'Quantity',
  'Time',
  'MicroTime',
  'bytes',
  'any',
]);
