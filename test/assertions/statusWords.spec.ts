import assert from 'node:assert/strict';
import { assertPodStatusWord } from '../../src/assertions/statusWords';

describe('pod STATUS words in assertions', () => {
  const accepted = ['Running', 'Pending', 'Completed', 'CrashLoopBackOff', 'Terminating', 'ContainerCreating', 'Error', 'Evicted', 'Init:0/1', 'Init:CrashLoopBackOff', 'Signal:9', 'ExitCode:137', 'NotReady'];
  for (const word of accepted) it(`accepts ${word}`, () => assert.doesNotThrow(() => assertPodStatusWord(word)));

  const refused: Record<string, RegExp> = {
    Runing: /^"Runing" is not a pod STATUS kubectl shows\. Did you mean "Running"\?/,
    running: /^"running" is not a pod STATUS kubectl shows\. Did you mean "Running"\?/,
    Complete: /Did you mean "Completed"\?/,
    CrashLoopBackoff: /^"CrashLoopBackoff" is not .*Did you mean "CrashLoopBackOff"\?/,
    Ready: /^"Ready" is not a pod STATUS kubectl shows\./,
    'ExitCode:x': /^"ExitCode:x" is not/,
  };
  for (const [word, message] of Object.entries(refused)) {
    it(`refuses ${word}`, () => assert.throws(() => assertPodStatusWord(word), { message }));
  }
});
