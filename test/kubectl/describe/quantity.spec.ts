/**
 * Quantity against apimachinery's TestQuantityString table (pkg/api/resource/quantity_test.go,
 * release-1.34): a canonical text parses and prints as typed; an alternate spelling prints in
 * canonical form. Plus the arithmetic describe needs: sums, milli values, rounding up.
 */
import assert from 'node:assert/strict';
import { Quantity } from '../../../src/kubectl/describe/quantity';

const table: [string, string][] = [
  ['1Gi', '1024Mi'],
  ['300Mi', '307200Ki'],
  ['6Ki', ''],
  ['1001Gi', '1025024Mi'],
  ['1Ti', '1024Gi'],
  ['5', '5000m'],
  ['500m', '0.5'],
  ['1G', '1000M'],
  ['1G', '0.001T'],
  ['1m', '1000u'],
  ['80m', ''],
  ['1080m', '1.08'],
  ['1080m', '1080000000n'],
  ['300M', ''],
  ['1T', ''],
  ['1234567M', ''],
  ['1234567m', ''],
  ['3k', ''],
  ['1025', ''],
  ['0', '00'],
  ['1e9', '.001e12'],
  ['1e-3', '0.001e0'],
  ['1e-9', '1000e-12'],
  ['80e-3', ''],
  ['300e6', ''],
  ['1n', ''],
  ['1080n', ''],
  ['1u', ''],
  ['1080u', ''],
];

const q = (s: string) => Quantity.parse(s)!;

describe('Quantity', () => {
  for (const [canonical, alternate] of table) {
    it(`${canonical}${alternate ? ` (also ${alternate})` : ''}`, () => {
      assert.equal(q(canonical).toString(), canonical);
      if (alternate) assert.equal(q(alternate).toString(), canonical);
    });
  }

  const more: Record<string, { value: string; expected: string }> = {
    'a thousand is 1k': { value: '1000', expected: '1k' },
    'a binary fraction below 1024 is decimal': { value: '0.5Gi', expected: '512Mi' },
    'a small binary amount prints as decimal': { value: '1.5Ki', expected: '1536' },
    'a typed + sign is kept when canonical': { value: '+5', expected: '+5' },
    'sub-nano amounts round up': { value: '0.0000000001', expected: '1n' },
  };
  for (const [name, tc] of Object.entries(more)) it(name, () => assert.equal(q(tc.value).toString(), tc.expected));

  it('sums keep the first non-zero term format', () => {
    assert.equal(q('64Mi').add(q('1Gi')).toString(), '1088Mi');
    assert.equal(Quantity.zero().add(q('1Gi')).toString(), '1Gi');
    assert.equal(q('250m').add(q('0.1')).add(q('1')).toString(), '1350m');
  });

  it('milli and whole values round up', () => {
    assert.equal(q('1.5').milliValue(), 1500);
    assert.equal(q('1n').milliValue(), 1);
    assert.equal(q('1500m').value(), 2);
    assert.equal(q('16Gi').value(), 17179869184);
  });

  it('refuses what is not a quantity', () => {
    for (const bad of ['', 'abc', '1Qi', '1.2.3']) assert.equal(Quantity.parse(bad), undefined, bad);
  });
});
