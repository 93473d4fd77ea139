/**
 * The hashes Kubernetes sorts endpoint data by (`hashutil.DeepHashObject`): go-spew's `%#v` of a
 * Go value (`dump.ForHash`), fed to MD5 or FNV-128a. Only the shapes the endpoint code hashes are
 * described; with them the simulator orders ports and subsets exactly as the real one does.
 */
import { createHash } from 'node:crypto';

export type GoType =
  | { readonly kind: 'string' | 'int'; readonly name: string }
  | { readonly kind: 'ptr'; readonly elem: GoType }
  | { readonly kind: 'slice'; readonly elem: GoType }
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly (readonly [string, string, GoType])[] };

export function typeName(t: GoType): string {
  switch (t.kind) {
    case 'ptr':
      return `*${typeName(t.elem)}`;
    case 'slice':
      return `[]${typeName(t.elem)}`;
    default:
      return t.name;
  }
}

/**
 * spew's `%#v` (DisablePointerAddresses): every value is prefixed by its type in parentheses,
 * except slice elements and what a pointer points to; nil pointers and slices print `<nil>`.
 * Struct fields are read from JSON keys (the second name of each field).
 */
export function spewSharpV(value: unknown, t: GoType, ignoreType = false): string {
  if (t.kind === 'ptr') {
    const head = ignoreType ? (value == null ? '' : '<*>') : `(${typeName(t)})`;
    return value == null ? `${head}<nil>` : head + spewSharpV(value, t.elem, true);
  }
  const head = ignoreType ? '' : `(${typeName(t)})`;
  switch (t.kind) {
    case 'string':
      return head + String(value ?? '');
    case 'int':
      return head + String(value ?? 0);
    case 'slice':
      if (value == null) return `${head}<nil>`;
      return `${head}[${(value as unknown[]).map((v) => spewSharpV(v, t.elem, true)).join(' ')}]`;
    case 'struct': {
      const obj = (value ?? {}) as Record<string, unknown>;
      return `${head}{${t.fields.map(([goName, json, ft]) => `${goName}:${spewSharpV(obj[json], ft)}`).join(' ')}}`;
    }
  }
}

export function md5Hex(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

const FNV128_OFFSET = 0x6c62272e07bb014262b821756295c58dn;
const FNV128_PRIME = 0x0000000001000000000000000000013bn;
const MASK128 = (1n << 128n) - 1n;

/** Go's `fnv.New128a()` sum, as hex. */
export function fnv128aHex(text: string): string {
  let h = FNV128_OFFSET;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= BigInt(byte);
    h = (h * FNV128_PRIME) & MASK128;
  }
  return h.toString(16).padStart(32, '0');
}
