/**
 * The field schema of the served Kubernetes 1.34 types and the strict decoder built on it:
 * what the API server refuses before any validation runs (unknown fields, wrongly-typed values).
 */
export { strictDecode, type DecodeOptions, type DecodeResult } from './decode';
export { schemaFor } from './lookup';
export type { ScalarKind, Schema, StructKey, StructSchema, TypeRef } from './type-ref';
