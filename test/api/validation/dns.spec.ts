import assert from 'node:assert/strict';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, matchesDNS1123Subdomain } from '../../../src/api/validation/dns';

// The regexes apimachinery validates with: the scanners in dns.ts must accept exactly these.
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Every string of up to `n` characters from `alphabet`. */
function* strings(alphabet: string, n: number): Generator<string> {
  yield '';
  if (n === 0) return;
  for (const s of strings(alphabet, n - 1)) if (s.length === n - 1) for (const c of alphabet) yield s + c;
}

describe('DNS name formats (api/validation/dns)', () => {
  const cases = [...strings('a0-.Z_\n\u00e9', 4), 'a'.repeat(63), 'a'.repeat(64), 'a'.repeat(253), 'a'.repeat(254), 'every-minute-29538901-hcmhl', 'x.y-z.0'];

  it('accepts exactly what the regexes accept', () => {
    for (const s of cases) {
      assert.equal(matchesDNS1123Subdomain(s), SUBDOMAIN.test(s), JSON.stringify(s));
      assert.equal(isDNS1123Subdomain(s).length === 0, s.length <= 253 && SUBDOMAIN.test(s), JSON.stringify(s));
      assert.equal(isDNS1123Label(s).length === 0, s.length <= 63 && LABEL_1123.test(s), JSON.stringify(s));
      assert.equal(isDNS1035Label(s).length === 0, s.length <= 63 && LABEL_1035.test(s), JSON.stringify(s));
    }
  });

  it('reports the length and the format separately', () => {
    assert.equal(isDNS1123Label('A'.repeat(64)).length, 2);
    assert.deepEqual(isDNS1123Label('a'.repeat(64)), ['must be no more than 63 characters']);
  });
});
