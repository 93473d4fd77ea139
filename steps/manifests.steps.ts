/** Manifests applied as `kubectl apply -f` does, and kubectl commands. */
import { Given, When } from '@cucumber/cucumber';
import { KubectlError } from '../src/cluster';
import { KubeWorld } from './world';

function apply(world: KubeWorld, yaml: string, source: string): void {
  world.cluster.apply(yaml, source);
}

function tryApply(world: KubeWorld, yaml: string, source: string): void {
  world.lastError = undefined;
  try {
    world.cluster.apply(yaml, source);
  } catch (e) {
    if (!(e instanceof KubectlError)) throw e;
    world.lastError = e.result.stderr;
    world.last = e.result;
  }
}

/**
 * A file of the scenario, by name: kubectl commands can name it (`kubectl create -f
 * kubia-manual.yaml`), so a pasted session runs as typed without files beside the feature.
 */
Given('the file {string}:', function (this: KubeWorld, path: string, text: string) {
  this.files.set(path, text.endsWith('\n') ? text : `${text}\n`);
});

/** One or more YAML documents, applied as `kubectl apply -f` would; a refusal fails the step. */
Given('the manifest:', function (this: KubeWorld, yaml: string) {
  apply(this, yaml, 'STDIN');
});

/** A manifest file, relative to the feature file's folder first, then to the working directory. */
Given('the manifest {string}', function (this: KubeWorld, path: string) {
  apply(this, this.readFile(path), path);
});

When('I apply the manifest:', function (this: KubeWorld, yaml: string) {
  apply(this, yaml, 'STDIN');
});

When('I apply the manifest {string}', function (this: KubeWorld, path: string) {
  apply(this, this.readFile(path), path);
});

/** As `I apply the manifest:`, but a refusal is kept for `Then the command fails with`. */
When('I try to apply the manifest:', function (this: KubeWorld, yaml: string) {
  tryApply(this, yaml, 'STDIN');
});

When('I try to apply the manifest {string}', function (this: KubeWorld, path: string) {
  tryApply(this, this.readFile(path), path);
});

function runLine(world: KubeWorld, line: string, mayFail: boolean): void {
  const trimmed = line.trim().replace(/^\$\s+/, '');
  if (!/^kubectl(\s|$)/.test(trimmed)) throw new Error(`only kubectl commands can be run, not ${JSON.stringify(trimmed)}`);
  const result = world.cluster.kubectl(trimmed);
  world.last = result;
  world.lastError = result.exitCode !== 0 ? result.stderr : undefined;
  if (result.exitCode !== 0 && !mayFail) {
    throw new Error(`${trimmed} failed (exit code ${result.exitCode}):\n${result.stderr}${result.stdout ? `\nstdout:\n${result.stdout}` : ''}`);
  }
}

/**
 * A kubectl command line; the step fails when the command does. Its output is kept for the
 * output steps. Commands that wait on a real cluster (`wait`, `rollout status`, `drain`, and
 * `delete` unless `--wait=false`) move the simulated clock while they wait.
 */
When('I run {string}', function (this: KubeWorld, line: string) {
  runLine(this, line, false);
});

/** A kubectl command line whose failure is kept for `Then the command fails with`. */
When('I try to run {string}', function (this: KubeWorld, line: string) {
  runLine(this, line, true);
});

/** Several kubectl commands, one a line (a leading `$ ` is allowed). */
When('I run:', function (this: KubeWorld, text: string) {
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    runLine(this, line, false);
  }
});
