import assert from 'node:assert/strict';
import { FlagSpec, parseFlags, shellWords, UsageError } from '../../src/kubectl/args';

const specs: FlagSpec[] = [
  { name: 'output', short: 'o', type: 'string' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'label-columns', short: 'L', type: 'strings' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'replicas', type: 'int' },
  { name: 'cascade', type: 'string', noOptDefault: 'background' },
];

describe('shell words', () => {
  const cases: Record<string, { line: string; want: string[] }> = {
    'plain words': { line: 'kubectl get pods', want: ['kubectl', 'get', 'pods'] },
    'single quotes keep spaces': { line: "get pods -l 'env in (prod,devel)'", want: ['get', 'pods', '-l', 'env in (prod,devel)'] },
    'double quotes': { line: 'annotate pod x a="foo bar"', want: ['annotate', 'pod', 'x', 'a=foo bar'] },
    'a comment ends the line': { line: 'get pods # all of them', want: ['get', 'pods'] },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(shellWords(tc.line), tc.want));
});

describe('flags as pflag reads them', () => {
  const cases: Record<string, { words: string[]; args: string[]; flags: Record<string, string[]> }> = {
    '--name=value': { words: ['pods', '--output=wide'], args: ['pods'], flags: { output: ['wide'] } },
    '--name value': { words: ['--output', 'wide', 'pods'], args: ['pods'], flags: { output: ['wide'] } },
    '-o value': { words: ['-o', 'yaml'], args: [], flags: { output: ['yaml'] } },
    '-ovalue': { words: ['-owide'], args: [], flags: { output: ['wide'] } },
    '-o=value': { words: ['-o=json'], args: [], flags: { output: ['json'] } },
    'combined booleans': { words: ['-Aw'], args: [], flags: { 'all-namespaces': ['true'], watch: ['true'] } },
    'a list flag split on commas and repeated': { words: ['-L', 'a,b', '-L', 'c'], args: [], flags: { 'label-columns': ['a', 'b', 'c'] } },
    'a flag with an optional value': { words: ['--cascade'], args: [], flags: { cascade: ['background'] } },
    '-- ends the flags': { words: ['--', '-o'], args: ['-o'], flags: {} },
    'a negative number is an argument': { words: ['-5'], args: ['-5'], flags: {} },
  };
  for (const [name, tc] of Object.entries(cases)) {
    it(name, () => {
      const got = parseFlags(tc.words, specs, 'kubectl get');
      assert.deepEqual(got.args, tc.args);
      assert.deepEqual(Object.fromEntries(got.flags), tc.flags);
    });
  }

  const refusals: Record<string, { words: string[]; message: string }> = {
    'an unknown long flag': { words: ['--colour'], message: "error: unknown flag: --colour\nSee 'kubectl get --help' for usage." },
    'an unknown shorthand': { words: ['-a'], message: "error: unknown shorthand flag: 'a' in -a\nSee 'kubectl get --help' for usage." },
    'a missing value': { words: ['--output'], message: "error: flag needs an argument: --output\nSee 'kubectl get --help' for usage." },
    'a missing shorthand value': { words: ['-l'], message: "error: flag needs an argument: 'l' in -l\nSee 'kubectl get --help' for usage." },
    'not an integer': {
      words: ['--replicas=three'],
      message: 'error: invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax\nSee \'kubectl get --help\' for usage.',
    },
  };
  for (const [name, tc] of Object.entries(refusals)) {
    it(`refuses ${name}`, () => assert.throws(() => parseFlags(tc.words, specs, 'kubectl get'), (e: Error) => e instanceof UsageError && e.message === tc.message));
  }
});
