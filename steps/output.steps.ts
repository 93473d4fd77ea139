/** What the last kubectl command printed. */
import { DataTable, Then, When } from '@cucumber/cucumber';
import { outputIs, outputShows, parseSession, sessionMismatch } from '../src/assertions';
import { KubeWorld } from './world';

function lastOutput(world: KubeWorld): string {
  if (!world.last) throw new Error('no command has run yet: use `When I run "kubectl ..."` first');
  return world.last.stdout;
}

function fail(expected: string, seen: string): never {
  const err = new Error(`expected: ${expected}\nseen:     ${seen}`);
  err.name = 'AssertionError';
  throw err;
}

/** stdout line by line, trailing spaces ignored; `*` matches any run of characters. */
Then('the output is:', function (this: KubeWorld, expected: string) {
  const c = outputIs(lastOutput(this), expected);
  if (!c.ok) fail(`output:\n${c.expected}`, c.seen);
});

Then('the output contains {string}', function (this: KubeWorld, text: string) {
  const out = lastOutput(this);
  if (!out.includes(text)) fail(`the output contains ${JSON.stringify(text)}`, out || '(empty output)');
});

Then('the output does not contain {string}', function (this: KubeWorld, text: string) {
  const out = lastOutput(this);
  if (out.includes(text)) fail(`the output does not contain ${JSON.stringify(text)}`, out);
});

Then('the output is empty', function (this: KubeWorld) {
  const out = lastOutput(this);
  if (out !== '') fail('no output', out);
});

/** The command's table, by column name: only the columns named, the same number of rows in any order. */
Then('the output shows:', function (this: KubeWorld, table: DataTable) {
  const c = outputShows(lastOutput(this), table.hashes());
  if (!c.ok) fail(c.expected, c.seen);
});

/** What the last command wrote to stderr (`No resources found…`, warnings), compared as `the output is:`. */
Then('the error output is:', function (this: KubeWorld, expected: string) {
  if (!this.last) throw new Error('no command has run yet: use `When I run "kubectl ..."` first');
  const c = outputIs(this.last.stderr, expected);
  if (!c.ok) fail(`error output:\n${c.expected}`, c.seen);
});

/** The refusal of the last `try` step (or failed command) contains the text. */
Then('the command fails with {string}', function (this: KubeWorld, text: string) {
  const error = this.lastError;
  if (error === undefined) fail(`the command fails with ${JSON.stringify(text)}`, `it succeeded${this.last ? `:\n${this.last.stdout}` : ''}`);
  if (!error.includes(text)) fail(`the command fails with ${JSON.stringify(text)}`, error);
});

/**
 * A terminal session as pasted: `$ ` lines are commands, the lines after each its output (stdout
 * and stderr together, as a terminal shows them). Fails at the first command whose output differs.
 */
When('I run the session:', function (this: KubeWorld, text: string) {
  const steps = parseSession(text);
  steps.forEach((step, i) => {
    if (!/^kubectl(\s|$)/.test(step.command)) throw new Error(`only kubectl commands can be run in a session, not ${JSON.stringify(step.command)}`);
    const result = this.cluster.kubectl(step.command);
    this.last = result;
    this.lastError = result.exitCode !== 0 ? result.stderr : undefined;
    const mismatch = sessionMismatch(step, i, steps.length, result.output);
    if (mismatch) {
      const err = new Error(mismatch);
      err.name = 'AssertionError';
      throw err;
    }
  });
});
