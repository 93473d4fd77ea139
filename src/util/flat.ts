/**
 * A concatenation is kept as a tree of its pieces until something reads its characters; one
 * kept for long (an Event's name and message, which the history keeps for ever) is cheaper as
 * one piece. Reading a character makes V8 flatten the string in place (the pieces are then
 * freed); the value is unchanged.
 */
export function flat(s: string): string {
  if (s.length > 0) s.charCodeAt(0);
  return s;
}
