import assert from 'node:assert/strict';
import { spawnSync, SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ROOT } from '../cli/runCli';
import { consumerProject } from './lockfile';

const PROJECT = path.join(__dirname, 'project');

function sh(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  if (r.error) throw r.error;
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('the package, installed in another project', function () {
  this.timeout(300_000);
  let dir: string;
  let app: string;

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kubespec-package-'));
    ok(sh('npm', ['run', 'build'], ROOT), 'npm run build');
    const packed = ok(sh('npm', ['pack', '--pack-destination', dir], ROOT), 'npm pack').trim().split('\n').pop()!;
    const tarball = path.join(dir, packed);
    app = path.join(dir, 'app');
    mkdirSync(app);
    const repo = (f: string) => JSON.parse(readFileSync(path.join(ROOT, f), 'utf8'));
    const devDeps = repo('package.json').devDependencies;
    const consumer = consumerProject(repo('package-lock.json'), repo('package.json'), tarball, { '@cucumber/cucumber': devDeps['@cucumber/cucumber'], tsx: devDeps.tsx });
    writeFileSync(path.join(app, 'package.json'), JSON.stringify(consumer.packageJson, null, 2));
    writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(consumer.packageLock, null, 2));
    for (const linked of consumer.linkedDirs) cpSync(path.join(ROOT, linked), path.join(app, linked), { recursive: true });
    // Offline: everything comes from the npm cache that installing this repository filled.
    ok(sh('npm', ['ci', '--offline', '--no-audit', '--no-fund'], app), 'npm ci --offline in the new project');
    mkdirSync(path.join(app, 'features'));
    mkdirSync(path.join(app, 'steps'));
    copyFileSync(path.join(PROJECT, 'own.feature'), path.join(app, 'features/own.feature'));
    copyFileSync(path.join(PROJECT, 'own.steps.ts'), path.join(app, 'steps/own.steps.ts'));
    copyFileSync(path.join(PROJECT, 'kubespec.steps.ts'), path.join(app, 'steps/kubespec.steps.ts'));
    copyFileSync(path.join(PROJECT, 'cucumber.js'), path.join(app, 'cucumber.js'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('shares the project\'s Cucumber instead of bringing its own', () => {
    assert.ok(existsSync(path.join(app, 'node_modules/@cucumber/cucumber')));
    assert.ok(!existsSync(path.join(app, 'node_modules/kubespec/node_modules/@cucumber/cucumber')));
  });

  it('runs the project\'s features with `kubespec`, its own step reaching the cluster', () => {
    const out = ok(sh(path.join(app, 'node_modules/.bin/kubespec'), [], app), 'kubespec');
    assert.match(out, /2 scenarios \(2 passed\)/);
    const html = readFileSync(path.join(app, 'reports/behaviour.html'), 'utf8');
    assert.match(html, /<h3>Your project's steps<\/h3>[\s\S]*?<code class="phrase">the cluster has \{int\} Ready nodes<\/code><\/td><td class="num">1<\/td>/);
    assert.equal((html.match(/<figure class="timeline"><svg /g) ?? []).length, 2);
    for (const f of ['cucumber.html', 'junit.xml', 'messages.ndjson']) assert.ok(existsSync(path.join(app, 'reports', f)), f);
  });

  it('works with plain cucumber-js and the behaviour report formatter', () => {
    rmSync(path.join(app, 'reports'), { recursive: true, force: true });
    ok(sh(path.join(app, 'node_modules/.bin/cucumber-js'), ['features'], app), 'cucumber-js');
    assert.match(readFileSync(path.join(app, 'reports/behaviour.html'), 'utf8'), /The timeline of a crash loop/);
  });

  it('lists kubespec\'s steps and the project\'s with `kubespec steps`', () => {
    const out = ok(sh(path.join(app, 'node_modules/.bin/kubespec'), ['steps'], app), 'kubespec steps');
    assert.match(out, /^ {2}Given a cluster with \{int\} node\(s\)$/m);
    assert.match(out, /Your project's steps\n\n {2}Then the cluster has \{int\} Ready nodes\n {6}steps\/own\.steps\.ts:6/);
  });

  it('sets up a new project with `kubespec init` whose example passes', () => {
    const fresh = path.join(app, 'fresh');
    mkdirSync(fresh);
    ok(sh(path.join(app, 'node_modules/.bin/kubespec'), ['init'], fresh), 'kubespec init');
    const out = ok(sh(path.join(app, 'node_modules/.bin/kubespec'), [], fresh), 'kubespec in the new project');
    assert.match(out, /1 scenario \(1 passed\)/);
  });
});
