/**
 * Generates src/api/schema/types.generated.json, the field schema the strict decoder walks,
 * from the .d.ts files of the `kubernetes-types` package.
 *
 * Run with `npx tsx scripts/generate-schema.ts`. It reads syntax only (no type checker): the
 * package's declarations are plain interfaces, so resolving names through each file's imports
 * is enough and keeps the run under a couple of seconds.
 *
 * kubernetes-types 1.30 has no apps/v1beta2, batch/v1beta1 or extensions/v1beta1: manifests in
 * those versions are decoded with the current version's schema by the caller. Fields added
 * between 1.30 and 1.34 come from src/api/schema/overlay.ts, not from here.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Node, Project, SyntaxKind, type SourceFile, type TypeNode } from 'ts-morph';
import { SERVED_KINDS } from '../src/api/schema/served';
import type { Schema, StructKey, TypeRef } from '../src/api/schema/type-ref';

const ROOT = path.resolve(__dirname, '..');
const TYPES_DIR = path.join(ROOT, 'node_modules', 'kubernetes-types');
export const OUT = path.join(ROOT, 'src', 'api', 'schema', 'types.generated.json');

/** Aliases whose Go type has its own JSON decoding; their `string` spelling would lose that. */
const SPECIAL_ALIASES: Record<string, TypeRef> = {
  'api/resource.Quantity': 'Quantity',
  'meta/v1.Time': 'Time',
  'meta/v1.MicroTime': 'MicroTime',
};

/** Empty interfaces that stand for "any JSON" (their Go UnmarshalJSON keeps the raw bytes). */
const RAW_TYPES = new Set(['runtime.RawExtension', 'meta/v1.FieldsV1']);

interface Declarations {
  readonly file: SourceFile;
  /** Local name → key of the declaration it denotes (own or imported). */
  readonly names: Map<string, string>;
}

/** `core/v1.d.ts` → `core/v1`; `runtime.d.ts` → `runtime`. */
function moduleId(file: SourceFile): string {
  return path.relative(TYPES_DIR, file.getFilePath()).replace(/\\/g, '/').replace(/\.d\.ts$/, '');
}

function indexFiles(project: Project): Map<string, Declarations> {
  const modules = new Map<string, Declarations>();
  for (const file of project.getSourceFiles()) {
    const id = moduleId(file);
    const names = new Map<string, string>();
    for (const decl of [...file.getInterfaces(), ...file.getTypeAliases()]) names.set(decl.getName(), `${id}.${decl.getName()}`);
    for (const imp of file.getImportDeclarations()) {
      const target = path.posix.join(path.posix.dirname(id), imp.getModuleSpecifierValue());
      for (const named of imp.getNamedImports()) {
        names.set(named.getAliasNode()?.getText() ?? named.getName(), `${target}.${named.getName()}`);
      }
    }
    modules.set(id, { file, names });
  }
  return modules;
}

class SchemaBuilder {
  private readonly schema: Record<string, Record<string, TypeRef>> = {};
  private readonly pending: string[] = [];

  constructor(private readonly modules: Map<string, Declarations>) {}

  add(key: string): void {
    if (!(key in this.schema) && !this.pending.includes(key)) this.pending.push(key);
  }

  build(): Schema {
    for (let key = this.pending.shift(); key !== undefined; key = this.pending.shift()) {
      if (key in this.schema) continue;
      this.schema[key] = this.structFields(key);
    }
    return sortDeep(this.schema) as Schema;
  }

  private structFields(key: string): Record<string, TypeRef> {
    const { module, name } = splitKey(key);
    const iface = this.module(module).file.getInterface(name);
    if (!iface) throw new Error(`${key} is not an interface`);
    const fields: Record<string, TypeRef> = {};
    for (const prop of iface.getProperties()) {
      const typeNode = prop.getTypeNode();
      if (!typeNode) throw new Error(`${key}.${prop.getName()} has no type`);
      fields[prop.getName()] = this.typeRef(typeNode, module, `${key}.${prop.getName()}`);
    }
    return fields;
  }

  private typeRef(node: TypeNode, module: string, where: string): TypeRef {
    switch (node.getKind()) {
      case SyntaxKind.StringKeyword:
        return 'string';
      case SyntaxKind.BooleanKeyword:
        return 'boolean';
      // Every numeric field of the served kinds is an int32 or int64 in Go (none is a float).
      case SyntaxKind.NumberKeyword:
        return 'integer';
      case SyntaxKind.AnyKeyword:
        return 'any';
      // `apiVersion?: "apps/v1"` and `kind?: "Pod"`: the decoder only needs "a string".
      case SyntaxKind.LiteralType:
        return 'string';
      case SyntaxKind.ArrayType:
        return { array: this.typeRef(node.asKindOrThrow(SyntaxKind.ArrayType).getElementTypeNode(), module, where) };
      case SyntaxKind.UnionType:
        return this.unionRef(node.asKindOrThrow(SyntaxKind.UnionType).getTypeNodes(), where);
      case SyntaxKind.TypeLiteral:
        return this.mapRef(node.asKindOrThrow(SyntaxKind.TypeLiteral), module, where);
      case SyntaxKind.TypeReference:
        return this.namedRef(node.asKindOrThrow(SyntaxKind.TypeReference), module, where);
      default:
        throw new Error(`${where}: unsupported type syntax ${node.getKindName()}: ${node.getText()}`);
    }
  }

  /** kubernetes-types spells IntOrString as `number | string`. */
  private unionRef(members: TypeNode[], where: string): TypeRef {
    const kinds = new Set(members.map((m) => m.getKind()));
    if (kinds.size === 2 && kinds.has(SyntaxKind.NumberKeyword) && kinds.has(SyntaxKind.StringKeyword)) return 'IntOrString';
    if ([...kinds].every((k) => k === SyntaxKind.LiteralType)) return 'string';
    throw new Error(`${where}: unsupported union ${members.map((m) => m.getText()).join(' | ')}`);
  }

  /** `{ [name: string]: X }` is a Go map with string keys. */
  private mapRef(node: Node, module: string, where: string): TypeRef {
    const literal = node.asKindOrThrow(SyntaxKind.TypeLiteral);
    const [index, ...rest] = literal.getMembers();
    if (!index || rest.length > 0 || !Node.isIndexSignatureDeclaration(index)) {
      throw new Error(`${where}: only index-signature literals are supported: ${node.getText()}`);
    }
    const value = index.getReturnTypeNode();
    if (!value) throw new Error(`${where}: index signature without a value type`);
    return { map: this.typeRef(value, module, where) };
  }

  private namedRef(node: Node, module: string, where: string): TypeRef {
    const ref = node.asKindOrThrow(SyntaxKind.TypeReference);
    const name = ref.getTypeName().getText();
    const args = ref.getTypeArguments();
    if (name === 'Array' && args.length === 1) return { array: this.typeRef(args[0], module, where) };
    const key = this.module(module).names.get(name);
    if (!key) throw new Error(`${where}: cannot resolve ${name} in ${module}`);
    if (key in SPECIAL_ALIASES) return SPECIAL_ALIASES[key];
    if (RAW_TYPES.has(key)) return 'any';
    const target = splitKey(key);
    const decls = this.module(target.module).file;
    const alias = decls.getTypeAlias(target.name);
    if (alias) return this.typeRef(alias.getTypeNodeOrThrow(), target.module, key);
    if (!decls.getInterface(target.name)) throw new Error(`${where}: ${key} is neither interface nor alias`);
    this.add(key);
    return key as StructKey;
  }

  private module(id: string): Declarations {
    const found = this.modules.get(id);
    if (!found) throw new Error(`no declarations for module ${id}`);
    return found;
  }
}

function splitKey(key: string): { module: string; name: string } {
  const dot = key.lastIndexOf('.');
  return { module: key.slice(0, dot), name: key.slice(dot + 1) };
}

/** Sorted keys at every level, so the output is byte-for-byte reproducible. */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortDeep);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = sortDeep((value as Record<string, unknown>)[k]);
  return out;
}

/** One struct per line: compact, yet a schema change shows up as a readable diff. */
function render(schema: Schema): string {
  const lines = Object.entries(schema).map(([key, fields]) => `  ${JSON.stringify(key)}: ${JSON.stringify(fields)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** The generated file's text; exported so a test can check the committed file is current. */
export function generateSchemaText(): string {
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  project.addSourceFilesAtPaths(path.join(TYPES_DIR, '**', '*.d.ts').replace(/\\/g, '/'));
  const modules = indexFiles(project);
  const builder = new SchemaBuilder(modules);
  for (const [module, kinds] of Object.entries(SERVED_KINDS)) {
    for (const kind of kinds) {
      builder.add(`${module}.${kind}`);
      // List types ride along: the same decoder serves list bodies.
      if (modules.get(module)?.file.getInterface(`${kind}List`)) builder.add(`${module}.${kind}List`);
    }
  }
  // All of meta/v1: Status, DeleteOptions, WatchEvent... are small and used across kinds.
  for (const iface of modules.get('meta/v1')?.file.getInterfaces() ?? []) {
    if (!RAW_TYPES.has(`meta/v1.${iface.getName()}`)) builder.add(`meta/v1.${iface.getName()}`);
  }
  return render(builder.build());
}

if (require.main === module) {
  const text = generateSchemaText();
  writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${text.split('\n').length - 3} types, ${text.length} bytes`);
}
