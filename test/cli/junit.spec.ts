import assert from 'node:assert/strict';
import { mergeJunit } from '../../src/cli/junit';

const shard = (n: number, failures: number) => `<?xml version="1.0"?>
<testsuite name="kubespec (shard ${n}/2)" time="0.1" tests="2" skipped="0" failures="${failures}" errors="0">
  <testcase classname="Pods" name="scenario ${n}a" time="0.01"/>
  <testcase classname="Pods" name="scenario ${n}b" time="0.01"><failure message="expected: x"/></testcase>
</testsuite>`;

describe('merged JUnit files', () => {
  it('hold every shard suite under one root with summed totals', () => {
    const xml = mergeJunit([shard(1, 1), shard(2, 0)]);
    assert.match(xml, /^<\?xml version="1.0"\?>\n<testsuites name="kubespec" tests="4" failures="1" errors="0" skipped="0">/);
    assert.equal((xml.match(/<testsuite /g) ?? []).length, 2);
    assert.equal((xml.match(/<testcase /g) ?? []).length, 4);
    assert.match(xml, /<\/testsuites>\n$/);
  });

  it('take suites out of files that are already merged', () => {
    const once = mergeJunit([shard(1, 1), shard(2, 0)]);
    assert.equal(mergeJunit([once]), once);
  });
});
