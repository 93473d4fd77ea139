/**
 * The pod-template-hash (`controller.ComputeHash`): FNV-1a (32 bits) of the template, then of
 * the collision count's four little-endian bytes when set, written in decimal and mapped
 * character by character onto apimachinery's safe alphabet (`rand.SafeEncodeString`).
 *
 * Kubernetes hashes the Go struct as go-spew prints it (DeepHashObject), which depends on Go
 * type names, field order and internal representations (resource.Quantity's cache, …); that is
 * not reproduced. Here the template's canonical JSON (keys sorted) is hashed instead: the
 * result has the same shape (up to 10 characters of `bcdfghjklmnpqrstvwxz2456789`), is stable
 * for a template and changes when it changes — but it is not the hash a real cluster prints.
 */
import { NAME_ALPHABET } from '../../store/names';
import { sortedJSON } from '../../manifests/decode';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv1a(hash: number, bytes: Uint8Array): number {
  let h = hash;
  for (const b of bytes) h = Math.imul(h ^ b, FNV_PRIME) >>> 0;
  return h;
}

/** `rand.SafeEncodeString`: each byte picks a character of the alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) out += NAME_ALPHABET[b % NAME_ALPHABET.length];
  return out;
}

export function computeHash(template: unknown, collisionCount?: number): string {
  let h = fnv1a(FNV_OFFSET >>> 0, new TextEncoder().encode(sortedJSON(template)));
  if (collisionCount !== undefined && collisionCount !== null) {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv1a(h, bytes);
  }
  return safeEncodeString(String(h));
}
