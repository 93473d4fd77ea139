/**
 * Properties of label selectors: what one prints parses back to a selector that prints the same
 * and matches the same label sets; parsing never throws anything but a SelectorError.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

// A fixed seed keeps CI reproducible; FC_SEED explores other cases.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261129) });
import { parseSelector, SelectorError } from '../../src/labels';

const name = fc.stringMatching(/^[a-z0-9]([-a-z0-9_.]{0,10}[a-z0-9])?$/);
const key = fc.oneof(name, fc.tuple(fc.stringMatching(/^[a-z]{1,5}(\.[a-z]{1,5}){0,2}$/), name).map(([p, n]) => `${p}/${n}`));
const value = fc.oneof(fc.constant(''), name);
const requirement = fc.oneof(
  fc.tuple(key, fc.constantFrom('=', '==', '!='), value).map(([k, op, v]) => `${k}${op}${v}`),
  fc.tuple(key, fc.constantFrom('in', 'notin'), fc.array(value, { minLength: 1, maxLength: 3 })).map(([k, op, vs]) => `${k} ${op} (${vs.join(',')})`),
  key,
  key.map((k) => `!${k}`),
  fc.tuple(key, fc.constantFrom('>', '<'), fc.integer({ min: 0, max: 1000 })).map(([k, op, n]) => `${k}${op}${n}`),
);
const selectorText = fc.array(requirement, { minLength: 0, maxLength: 4 }).map((rs) => rs.join(','));
const labels = fc.dictionary(key, fc.oneof(value, fc.integer({ min: -5, max: 5 }).map(String)), { maxKeys: 4 });

describe('label selector properties', () => {
  it('printing and parsing again gives the same selector', () => {
    fc.assert(
      fc.property(selectorText, (text) => {
        const printed = parseSelector(text).toString();
        assert.equal(parseSelector(printed).toString(), printed);
      }),
      { numRuns: 500 },
    );
  });

  it('a printed selector matches the same labels as the original', () => {
    fc.assert(
      fc.property(selectorText, labels, (text, set) => {
        const s = parseSelector(text);
        assert.equal(parseSelector(s.toString()).matches(set), s.matches(set));
      }),
      { numRuns: 500 },
    );
  });

  it('any text either parses or is refused with a SelectorError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseSelector(text);
        } catch (e) {
          assert.ok(e instanceof SelectorError, `${JSON.stringify(text)} threw ${String(e)}`);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
