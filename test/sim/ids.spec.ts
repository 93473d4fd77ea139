import assert from 'node:assert/strict';
import { Random } from '../../src/sim/rng';
import { containerID } from '../../src/kubelet/ids';
import { generateName, NAME_ALPHABET } from '../../src/store/names';
import { nanosHex } from '../../src/events/recorder';

/** The formats as they were first written (concatenations), to hold the faster ones to. */
const reference = {
  uuid(rng: Random): string {
    const hex = (n: number) => rng.nextUint32().toString(16).padStart(8, '0').slice(0, n);
    const a = hex(8);
    const b = hex(4);
    const c = hex(3);
    const variant = (8 + rng.int(4)).toString(16);
    return `${a}-${b}-4${c}-${variant}${hex(3)}-${hex(8)}${hex(4)}`;
  },
  containerID(rng: Random): string {
    let hex = '';
    for (let i = 0; i < 8; i++) hex += rng.nextUint32().toString(16).padStart(8, '0');
    return `containerd://${hex}`;
  },
  generateName(prefix: string, rng: Random): string {
    return prefix.slice(0, 58) + rng.string(5, NAME_ALPHABET);
  },
};

describe('generated identifiers', () => {
  for (const seed of [1, 2, 42, 4_000_000_000]) {
    it(`are the reference formats' strings, seed ${seed}`, () => {
      const [a, b] = [new Random(seed), new Random(seed)];
      for (let i = 0; i < 200; i++) {
        assert.equal(a.uuid(), reference.uuid(b));
        assert.equal(containerID(a), reference.containerID(b));
        assert.equal(generateName('every-minute-29538731-', a), reference.generateName('every-minute-29538731-', b));
        assert.equal(generateName('x'.repeat(70), a), reference.generateName('x'.repeat(70), b));
      }
    });
  }
});

describe('event name times', () => {
  const cases: Record<string, { ms: number; extra: number }> = {
    zero: { ms: 0, extra: 0 },
    'below 2^32 ms': { ms: 4_294_967_295, extra: 999_999 },
    'at 2^32 ms': { ms: 4_294_967_296, extra: 1 },
    '2026': { ms: Date.parse('2026-03-01T00:00:30Z'), extra: 123_456 },
    'the largest sim time': { ms: 2 ** 42 - 1, extra: 999_999 },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(`are ms × 10^6 + extra in hex: ${name}`, () => {
      assert.equal(nanosHex(tc.ms, tc.extra), (BigInt(tc.ms) * 1_000_000n + BigInt(tc.extra)).toString(16));
    });
  }
});
