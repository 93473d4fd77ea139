/**
 * goSort against Go's own sort.Slice: fixtures/gosort-go.txt is what fixtures/gosort-go.go.txt
 * printed under Go 1.19 (pdqsort, unchanged in later releases). Keys repeat a lot, so the order
 * of equal elements, which is what an unstable sort decides, is checked too.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goSort } from '../../../src/kubectl/describe/gosort';

const expected = readFileSync(join(__dirname, 'fixtures', 'gosort-go.txt'), 'utf8').trim().split('\n');

describe('goSort (Go sort.Slice)', () => {
  for (const line of expected) {
    const [, n, mod] = /^(\d+) (\d+):/.exec(line)!;
    it(`${n} elements, keys mod ${mod}`, () => {
      const xs: { k: number; id: number }[] = [];
      // The same generator as the Go program: a 32-bit LCG.
      let s = (Number(n) * 31 + Number(mod)) >>> 0;
      for (let i = 0; i < Number(n); i++) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        xs.push({ k: (s >>> 16) % Number(mod), id: i });
      }
      goSort(xs, (a, b) => a.k < b.k);
      assert.equal(`${n} ${mod}: ${xs.map((x) => x.id).join(' ')}`, line);
    });
  }
});
