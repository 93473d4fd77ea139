'use strict';
/*
 * Stands in for regexp-match-indices 1.0.2, which Cucumber's step matching (cucumber-expressions'
 * TreeRegexp) calls to find where each parameter of a step matched. That package decides at load
 * whether the engine computes match indices itself by testing a RegExp *without* the `d` flag, so
 * it never finds them, and falls back to rebuilding every matched expression with regexp-tree at
 * every match: most of the time Cucumber spends matching a step to its definition. Node 16 and
 * later compute indices natively with the `d` flag (ES2022); this does exactly that, with the same
 * result: the match, with `indices` (and `indices.groups`) for the whole match and every group.
 */
const withIndices = new WeakMap();

function indicesTwin(regexp) {
  let twin = withIndices.get(regexp);
  if (twin === undefined) {
    twin = regexp.hasIndices ? regexp : new RegExp(regexp.source, regexp.flags + 'd');
    withIndices.set(regexp, twin);
  }
  return twin;
}

function exec(regexp, string) {
  const twin = indicesTwin(regexp);
  if (twin === regexp) return RegExp.prototype.exec.call(regexp, string);
  twin.lastIndex = regexp.lastIndex;
  const match = RegExp.prototype.exec.call(twin, string);
  regexp.lastIndex = twin.lastIndex;
  return match;
}

module.exports = exec;
