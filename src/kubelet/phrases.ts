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
import { memo } from '../util/memo';

/** Bounded so that a long run with ever new names cannot grow them without end. */
const LIMIT = 4096;

/** A string built from a name once, and shared (flattened: no tree of pieces kept alive). */
const phrase = (build: (key: string) => string) => memo((key) => flat(build(key)), LIMIT);

/** An event's field path for a container: `spec.containers{name}`. */
export const containerFieldPath = phrase((name) => `spec.containers{${name}}`);
export const createdMessage = phrase((name) => `Created container: ${name}`);
export const startedMessage = phrase((name) => `Started container ${name}`);
export const imagePresentMessage = phrase((image) => `Container image "${image}" already present on machine`);
export const pullingMessage = phrase((image) => `Pulling image "${image}"`);
/** By pull duration (Go's duration string), then by image. */
const pulledIn = new Map<string, (image: string) => string>();

/** "Successfully pulled image …" for a pull that took `took` (already formatted). */
export function pulledMessage(image: string, took: string): string {
  let byImage = pulledIn.get(took);
  if (!byImage) {
    if (pulledIn.size >= LIMIT) pulledIn.clear();
    byImage = phrase((img) => `Successfully pulled image "${img}" in ${took} (${took} including waiting). Image size: ${imageSizeBytes(img)} bytes.`);
    pulledIn.set(took, byImage);
  }
  return byImage(image);
}
