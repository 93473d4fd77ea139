/**
 * Names the API server generates: `generateName` plus five characters from apimachinery's
 * alphabet (no vowels, no confusable digits), the prefix cut so the name stays within 63.
 */
import { Random } from '../sim/rng';

export const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const RANDOM_LENGTH = 5;
const MAX_GENERATED_NAME_LENGTH = 63 - RANDOM_LENGTH;

export function generateName(prefix: string, rng: Random): string {
  const base = prefix.length > MAX_GENERATED_NAME_LENGTH ? prefix.slice(0, MAX_GENERATED_NAME_LENGTH) : prefix;
  // The same draws as `base + rng.string(5, alphabet)`, written as one string: names are kept
  // for the object's life and its history, where a concatenation would keep its pieces too.
  const codes: number[] = [];
  for (let i = 0; i < base.length; i++) codes.push(base.charCodeAt(i));
  for (let i = 0; i < RANDOM_LENGTH; i++) codes.push(NAME_ALPHABET.charCodeAt(rng.int(NAME_ALPHABET.length)));
  return String.fromCharCode.apply(null, codes);
}
