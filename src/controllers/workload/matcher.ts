/**
 * A selector's verdict on a label map, remembered per map: stored objects are never changed and
 * a status update keeps the same labels object, so a controller re-reading thousands of pods
 * on every sync matches each label map once.
 */
import { Labels, Selector } from '../../labels';

const VERDICTS = new WeakMap<object, Map<string, boolean>>();

function selectorKey(s: Selector): string {
  if (s.empty()) return '<everything>';
  return s.toString() || '<nothing>';
}

export function cachedMatcher(selector: Selector): (labels: Labels | null | undefined) => boolean {
  const key = selectorKey(selector);
  return (labels) => {
    if (!labels) return selector.matches(labels);
    let verdicts = VERDICTS.get(labels);
    if (!verdicts) VERDICTS.set(labels, (verdicts = new Map()));
    let v = verdicts.get(key);
    if (v === undefined) verdicts.set(key, (v = selector.matches(labels)));
    return v;
  };
}
