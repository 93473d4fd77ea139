/** Container and image ids as the container runtime reports them (containerd). */
import { Random, putHex } from '../sim/rng';
import { memo } from '../util/memo';

const CONTAINER_ID_PREFIX = 'containerd://';

/** `containerd://` and 64 hex digits, written as one string (not a tree of pieces kept alive with it). */
export function containerID(rng: Random): string {
  const codes = CONTAINER_ID_CODES;
  for (let i = 0; i < 8; i++) putHex(codes, CONTAINER_ID_PREFIX.length + 8 * i, rng.nextUint32(), 8);
  return String.fromCharCode.apply(null, codes);
}

/** The character codes of a container id being written (the prefix never changes): one array for all. */
const CONTAINER_ID_CODES: number[] = Array.from(CONTAINER_ID_PREFIX + '0'.repeat(64), (c) => c.charCodeAt(0));

/** Pure functions of an image name, asked for on every pod status: each computed once per name. */
const IMAGE_MEMO_LIMIT = 10_000;

/** A stable digest per image name (FNV-1a, stretched), so `imageID` reads like a real one. */
export const imageID = memo((image: string): string => {
  const repo = image.split('@')[0].replace(/:[^/:]+$/, '');
  const qualified = repo.includes('/') ? (repo.split('/')[0].includes('.') ? repo : `docker.io/${repo}`) : `docker.io/library/${repo}`;
  let h = 0x811c9dc5;
  let hex = '';
  for (let round = 0; round < 8; round++) {
    for (const ch of `${round}:${image}`) {
      h ^= ch.charCodeAt(0);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, '0');
  }
  return `${qualified}@sha256:${hex}`;
}, IMAGE_MEMO_LIMIT);

/** The image as the container runtime reports it in a status: `docker.io/library/nginx:latest`. */
export const runtimeImageName = memo((image: string): string => {
  const [repo, digest] = image.split('@');
  const slash = repo.lastIndexOf('/');
  const colon = repo.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? repo.slice(0, colon) : repo;
  const tag = hasTag ? repo.slice(colon + 1) : 'latest';
  const first = name.split('/')[0];
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const qualified = hasRegistry ? name : name.includes('/') ? `docker.io/${name}` : `docker.io/library/${name}`;
  return digest ? `${qualified}@${digest}` : `${qualified}:${tag}`;
}, IMAGE_MEMO_LIMIT);

/** A stable, plausible compressed size for an image (Pulled events print it). */
export function imageSizeBytes(image: string): number {
  let h = 0x811c9dc5;
  for (const ch of image) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return 20_000_000 + (h % 180_000_000);
}
