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
  return base + rng.string(RANDOM_LENGTH, NAME_ALPHABET);
}
