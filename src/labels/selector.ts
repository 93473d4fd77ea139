/**
 * Label selectors (`labels.Selector`): an AND of requirements sorted by key, matched with a plain
 * loop. `everything()` matches all objects, `nothing()` none; `selectorFromSet` is the
 * equality selector of Services and ReplicationControllers.
 */
import { compareGo } from './goString';
import { Labels, Requirement, matchRequirement, requirementString } from './requirement';

export interface Selector {
  /** True when every requirement holds for these labels (a missing map has no labels). */
  matches(labels: Labels | null | undefined): boolean;
  /** True when the selector restricts nothing (`everything()`); false for `nothing()`. */
  empty(): boolean;
  /** Canonical form: requirements joined by `,`; `""` for both everything() and nothing(). */
  toString(): string;
  /** The requirements, sorted by key; empty for everything() and nothing(). */
  requirements(): readonly Requirement[];
  /** `RequiresExactMatch`: the one value the first requirement on `label` demands, if it is `=`, `==` or a one-value `in`. */
  requiresExactMatch(label: string): string | undefined;
}

/**
 * Sort by key as Go's `sort.Sort(ByKey)`. That sort is insertion sort (hence stable) up to 12
 * elements and pdqsort beyond; a stable sort agrees except for 13+ requirements sharing keys.
 */
function sortByKey(reqs: readonly Requirement[]): Requirement[] {
  return [...reqs].sort((a, b) => compareGo(a.key, b.key));
}

function exactMatch(reqs: readonly Requirement[], label: string): string | undefined {
  for (const r of reqs) {
    if (r.key !== label) continue;
    const exact = r.operator === '=' || r.operator === '==' || r.operator === 'in';
    return exact && r.values.length === 1 ? r.values[0] : undefined;
  }
  return undefined;
}

/** A selector over already-validated requirements (`NewSelector().Add(...)`), sorted here. */
export function selectorOf(requirements: readonly Requirement[]): Selector {
  if (requirements.length === 0) return EVERYTHING;
  return new RequirementsSelector(Object.freeze(sortByKey(requirements)));
}

/** Its methods on the prototype: a selector per object literal made five closures per selector. */
class RequirementsSelector implements Selector {
  private text?: string;

  constructor(private readonly reqs: readonly Requirement[]) {}

  matches(labels: Labels | null | undefined): boolean {
    const reqs = this.reqs;
    for (let i = 0; i < reqs.length; i++) if (!matchRequirement(reqs[i], labels)) return false;
    return true;
  }

  empty(): boolean {
    return false;
  }

  toString(): string {
    return (this.text ??= this.reqs.map(requirementString).join(','));
  }

  requirements(): readonly Requirement[] {
    return this.reqs;
  }

  requiresExactMatch(label: string): string | undefined {
    return exactMatch(this.reqs, label);
  }
}

const NO_REQUIREMENTS: readonly Requirement[] = Object.freeze([]);

const EVERYTHING: Selector = Object.freeze({
  matches: () => true,
  empty: () => true,
  toString: () => '',
  requirements: () => NO_REQUIREMENTS,
  requiresExactMatch: () => undefined,
});

const NOTHING: Selector = Object.freeze({
  matches: () => false,
  empty: () => false,
  toString: () => '',
  requirements: () => NO_REQUIREMENTS,
  requiresExactMatch: () => undefined,
});

/** `labels.Everything()`: matches every object, including ones without labels. */
export function everything(): Selector {
  return EVERYTHING;
}

/** `labels.Nothing()`: matches no object (a nil `metav1.LabelSelector`). */
export function nothing(): Selector {
  return NOTHING;
}

/** `labels.MatchesNothing`: true only for `nothing()`; conflicting requirements are not detected. */
export function matchesNothing(selector: Selector): boolean {
  return selector === NOTHING;
}

/**
 * `labels.Set(m).AsSelectorPreValidated()`: `k=v` for every entry, without validation; a missing
 * or empty map selects everything.
 */
export function selectorFromSet(set: Labels | null | undefined): Selector {
  if (!set) return EVERYTHING;
  const reqs: Requirement[] = [];
  for (const key of Object.keys(set)) reqs.push({ key, operator: '=', values: [set[key]] });
  return selectorOf(reqs);
}

/** Whether two label maps hold the same pairs (reflect.DeepEqual of the maps; nil and empty alike). */
export function sameLabels(a: Labels | null | undefined, b: Labels | null | undefined): boolean {
  if (a === b) return true;
  const ka = Object.keys(a ?? {});
  if (ka.length !== Object.keys(b ?? {}).length) return false;
  for (const k of ka) if (a![k] !== b?.[k]) return false;
  return true;
}
