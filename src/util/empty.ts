/** A set that stays empty: the shared answer when there is nothing (never to be added to). */
export const NO_STRINGS: ReadonlySet<string> = new Set<string>();
