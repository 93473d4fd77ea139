/**
 * The strings of a container's events that depend only on its name or image (field path,
 * "Created container: app", "Container image … already present", "Pulling image …", and
 * "Successfully pulled image …" for one pull duration), built once and shared by
 * every pod: each kept-back Event holds its field path and message for an hour, and a string
 * built per pod (a concatenation of three to five pieces) was several objects per Event that
 * lived through young-generation collections. The strings are the same, only fewer.
 */
import { flat } from '../util/flat';
import { imageSizeBytes } from './ids';

/** Bounded so that a long run with ever new names cannot grow it without end. */
const LIMIT = 4096;

class Memo {
  private readonly built = new Map<string, string>();
  constructor(private readonly build: (key: string) => string) {}

  of(key: string): string {
    let s = this.built.get(key);
    if (s === undefined) {
      if (this.built.size >= LIMIT) this.built.clear();
      this.built.set(key, (s = flat(this.build(key))));
    }
    return s;
  }
}

const fieldPaths = new Memo((name) => `spec.containers{${name}}`);
const created = new Memo((name) => `Created container: ${name}`);
const started = new Memo((name) => `Started container ${name}`);
const present = new Memo((image) => `Container image "${image}" already present on machine`);
const pulling = new Memo((image) => `Pulling image "${image}"`);
/** By pull duration (Go's duration string), then by image. */
const pulledIn = new Map<string, Memo>();

/** An event's field path for a container: `spec.containers{name}`. */
export const containerFieldPath = (name: string): string => fieldPaths.of(name);
export const createdMessage = (name: string): string => created.of(name);
export const startedMessage = (name: string): string => started.of(name);
export const imagePresentMessage = (image: string): string => present.of(image);
export const pullingMessage = (image: string): string => pulling.of(image);

/** "Successfully pulled image …" for a pull that took `took` (already formatted). */
export function pulledMessage(image: string, took: string): string {
  let byImage = pulledIn.get(took);
  if (!byImage) {
    if (pulledIn.size >= LIMIT) pulledIn.clear();
    byImage = new Memo((img) => `Successfully pulled image "${img}" in ${took} (${took} including waiting). Image size: ${imageSizeBytes(img)} bytes.`);
    pulledIn.set(took, byImage);
  }
  return byImage.of(image);
}
