import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { kubespec } from './runCli';

const FEATURE = 'test/cli/fixtures/pods.feature';

function testcases(junit: string): string[] {
  return [...junit.matchAll(/<testcase classname="([^"]*)" name="([^"]*)"/g)].map((m) => `${m[1]} › ${m[2]}`).sort();
}

describe('the kubespec command', function () {
  this.timeout(120_000);
  let dir: string;
  let run: ReturnType<typeof kubespec>;
  const reports = (name: string) => path.join(dir, name);
  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kubespec-cli-'));
    run = kubespec([FEATURE, '--reports', reports('all')]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  describe('a run with a failing scenario', () => {

    it('exits with 1 and says which scenario failed', () => {
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stdout, /5 scenarios \(1 failed, 4 passed\)/);
      assert.match(run.stdout, /Scenario: A pod that is expected to complete but keeps running/);
    });

    it('writes the four reports', () => {
      for (const f of ['cucumber.html', 'junit.xml', 'messages.ndjson', 'behaviour.html']) assert.ok(existsSync(path.join(reports('all'), f)), f);
    });

    it('puts the failure and its message in junit.xml', () => {
      const junit = readFileSync(path.join(reports('all'), 'junit.xml'), 'utf8');
      assert.match(junit, /<testsuite name="kubespec"[^>]* tests="5"[^>]* failures="1"/);
      assert.match(junit, /<testcase classname="Fixture pods" name="A pod that is expected to complete but keeps running"[^>]*>\s*<failure [^>]*message="still not true 30s later[^"]*expected: pod &quot;web&quot; is Completed/);
    });

    it('lists the failed scenario first in behaviour.html, with its error and timeline', () => {
      const html = readFileSync(path.join(reports('all'), 'behaviour.html'), 'utf8');
      const names = [...html.matchAll(/<h2><span class="badge">(\w+)<\/span> ([^<]*)<\/h2>/g)].map((m) => `${m[1]} ${m[2]}`);
      assert.equal(names[0], 'failed A pod that is expected to complete but keeps running');
      assert.equal(names.length, 5);
      assert.match(html, /<pre class="error">still not true 30s later/);
      assert.equal((html.match(/<figure class="timeline"><svg /g) ?? []).length, 5);
    });

    it('attaches the timeline to the scenario in cucumber.html as an SVG image', () => {
      const messages = readFileSync(path.join(reports('all'), 'messages.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const svgs = messages.filter((m) => m.attachment?.mediaType === 'image/svg+xml');
      assert.equal(svgs.length, 5);
      assert.equal(svgs[0].attachment.contentEncoding, 'BASE64');
      assert.match(Buffer.from(svgs[0].attachment.body, 'base64').toString('utf8'), /^<svg xmlns=/);
    });
  });

  it('writes the same behaviour.html for the same seed, in one process or several', () => {
    kubespec([FEATURE, '--seed', '5', '--reports', reports('seed-a')]);
    kubespec([FEATURE, '--seed', '5', '--reports', reports('seed-b'), '--parallel', '2']);
    const a = readFileSync(path.join(reports('seed-a'), 'behaviour.html'));
    const b = readFileSync(path.join(reports('seed-b'), 'behaviour.html'));
    assert.ok(a.equals(b), 'behaviour.html differs between a serial and a parallel run');
  });

  it('splits scenarios into shards whose reports merge into the whole run', () => {
    const whole = testcases(readFileSync(path.join(reports('all'), 'junit.xml'), 'utf8'));
    const parts = [1, 2, 3].map((i) => {
      kubespec([FEATURE, '--shard', `${i}/3`, '--reports', reports(`shard-${i}`)]);
      const junit = readFileSync(path.join(reports(`shard-${i}`), 'junit.xml'), 'utf8');
      assert.match(junit, new RegExp(`<testsuite name="kubespec \\(shard ${i}/3\\)"`));
      return testcases(junit);
    });
    assert.deepEqual(parts.flat().sort(), whole);
    const merged = kubespec(['report', reports('shard-1'), reports('shard-2'), reports('shard-3'), '--reports', reports('merged')]);
    assert.equal(merged.code, 0, merged.stderr);
    assert.deepEqual(testcases(readFileSync(path.join(reports('merged'), 'junit.xml'), 'utf8')), whole);
    const html = readFileSync(path.join(reports('merged'), 'behaviour.html'), 'utf8');
    assert.equal((html.match(/<section class="scenario /g) ?? []).length, whole.length);
  });

  it('runs only the scenarios with the tags asked for', () => {
    const r = kubespec([FEATURE, '--tags', '@smoke', '--reports', reports('tags')]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 scenario \(1 passed\)/);
  });

  it('prints the step catalogue', () => {
    const r = kubespec(['steps']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^ {2}Given a cluster with \{int\} node\(s\)$/m);
    assert.match(r.stdout, /^ {2}Then within \{duration\}, pod \{string\} is \{word\}$/m);
  });

  it('sets up a project with init, and keeps files that exist', () => {
    const project = reports('init');
    mkdirSync(project);
    const first = kubespec(['init'], project);
    assert.equal(first.code, 0, first.stderr);
    for (const f of ['cucumber.js', 'steps/kubespec.ts', 'steps/example.steps.ts', 'features/example.feature']) assert.ok(existsSync(path.join(project, f)), f);
    assert.match(readFileSync(path.join(project, 'steps/kubespec.ts'), 'utf8'), /^import 'kubespec\/steps';$/m);
    const again = kubespec(['init'], project);
    assert.match(again.stdout, /kept {4}cucumber\.js/);
  });

  it('explains a wrong command line and exits with 2', () => {
    const r = kubespec(['--shard', '0/2']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /kubespec: invalid --shard "0\/2"/);
    assert.match(r.stderr, /Usage: kubespec/);
  });

  it('says what to do in a folder without a Cucumber configuration', () => {
    const r = kubespec([], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no Cucumber configuration \(cucumber\.js\) in .*Run `npx kubespec init`/);
  });
});
