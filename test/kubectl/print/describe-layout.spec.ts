/**
 * The describe layout (K1, K2): raw `\t` text as the describers write it, formatted with the describe
 * preset, must give kubectl.md's W4 (describe pod) and W5 (describe node) byte for byte.
 */
import assert from 'node:assert/strict';
import { describeWriter, formatTabbed } from '../../../src/kubectl/print/tabwriter';
import { W4, W4_RAW, W5, W5_RAW } from '../describe/worked-examples';

const lines = (ls: readonly string[]) => ls.join('\n') + '\n';

const cases: Record<string, { src: string; expected: string }> = {
  'W4 describe pod: blocks end at tab-less lines, trailing space after condition status': {
    src: lines(W4_RAW),
    expected: W4,
  },
  'W5 describe node: empty last cells pad, doubled tab gives an empty column': {
    src: lines(W5_RAW),
    expected: W5,
  },
};

describe('tabwriter: describe layout (W4, W5)', () => {
  for (const [name, t] of Object.entries(cases)) {
    it(name, () => assert.equal(formatTabbed(t.src, describeWriter()), t.expected));
  }
});
