/**
 * Turns the JSON schema into a graph the decoder walks without lookups: every field already
 * points at its type node, every struct holds a Map of its fields, and every node carries the
 * Go type name the real decoder would print for it. Built once per process, on first use.
 */
import { GO_FIELD_TYPES, GO_NAMED_CONTAINERS } from './go-types';
import { mergedSchema } from './merge';
import type { ScalarKind, Schema, TypeRef } from './type-ref';

export interface CompiledStruct {
  /** Schema key, e.g. `core/v1.PodSpec`. */
  readonly key: string;
  /** Go struct name, which encoding/json prints before the field path: `PodSpec`. */
  readonly name: string;
  readonly fields: ReadonlyMap<string, TypeNode>;
}

export type TypeNode =
  | { readonly tag: 'struct'; readonly go: string; readonly struct: CompiledStruct }
  | { readonly tag: 'array'; readonly go: string; readonly elem: TypeNode }
  | { readonly tag: 'map'; readonly go: string; readonly elem: TypeNode }
  | { readonly tag: 'scalar'; readonly go: string; readonly kind: ScalarKind };

/** Go's name for a type when no override says otherwise. */
function defaultGoType(ref: TypeRef): string {
  if (typeof ref !== 'string') return 'array' in ref ? `[]${defaultGoType(ref.array)}` : `map[string]${defaultGoType(ref.map)}`;
  switch (ref) {
    case 'string':
      return 'string';
    case 'integer':
      return 'int32';
    case 'number':
      return 'float64';
    case 'boolean':
      return 'bool';
    case 'IntOrString':
      return 'intstr.IntOrString';
    case 'Quantity':
      return 'resource.Quantity';
    case 'Time':
      return 'v1.Time';
    case 'MicroTime':
      return 'v1.MicroTime';
    case 'bytes':
      return '[]uint8';
    case 'any':
      return 'runtime.RawExtension';
    default: {
      // `core/v1.PodSpec` → `v1.PodSpec`: reflect prints the package name, the module's last segment.
      const module = ref.slice(0, ref.lastIndexOf('.'));
      return `${module.slice(module.lastIndexOf('/') + 1)}${ref.slice(ref.lastIndexOf('.'))}`;
    }
  }
}

/** The Go type of a container's elements: `[]*v1.X` → `v1.X`, `map[K]V` → `V`, named types unwrapped. */
function elementGoType(go: string): string {
  const underlying = GO_NAMED_CONTAINERS[go] ?? go;
  let elem: string;
  if (underlying.startsWith('[]')) elem = underlying.slice(2);
  else if (underlying.startsWith('map[')) elem = underlying.slice(closingBracket(underlying, 3) + 1);
  else throw new Error(`${go} is not a list or map type`);
  // encoding/json follows pointers before it reports, so the name lacks the `*`.
  return elem.replace(/^\*+/, '');
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  throw new Error(`unbalanced brackets in ${text}`);
}

export class CompiledSchema {
  private readonly structs = new Map<string, CompiledStruct>();

  constructor(private readonly schema: Schema) {}

  has(key: string): boolean {
    return key in this.schema;
  }

  /** The struct node for a schema key, compiling it (and what it references) on first use. */
  root(key: string): TypeNode {
    return { tag: 'struct', go: defaultGoType(key as TypeRef), struct: this.struct(key) };
  }

  private struct(key: string): CompiledStruct {
    const known = this.structs.get(key);
    if (known) return known;
    const fieldsRef = this.schema[key];
    if (!fieldsRef) throw new Error(`no schema for ${key}`);
    const fields = new Map<string, TypeNode>();
    const compiled: CompiledStruct = { key, name: key.slice(key.lastIndexOf('.') + 1), fields };
    // Registered before its fields so that self-referencing types terminate.
    this.structs.set(key, compiled);
    const goTypes = GO_FIELD_TYPES[key] ?? {};
    for (const [name, ref] of Object.entries(fieldsRef)) fields.set(name, this.node(ref, goTypes[name] ?? defaultGoType(ref)));
    return compiled;
  }

  private node(ref: TypeRef, go: string): TypeNode {
    if (typeof ref !== 'string') {
      const elemRef = 'array' in ref ? ref.array : ref.map;
      const elem = this.node(elemRef, elementGoType(go));
      return 'array' in ref ? { tag: 'array', go, elem } : { tag: 'map', go, elem };
    }
    if (ref.includes('.')) return { tag: 'struct', go, struct: this.struct(ref) };
    return { tag: 'scalar', go, kind: ref as ScalarKind };
  }
}

let shared: CompiledSchema | undefined;

/** The process-wide compiled 1.34 schema. */
export function compiledSchema(): CompiledSchema {
  shared ??= new CompiledSchema(mergedSchema());
  return shared;
}
