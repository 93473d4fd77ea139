#!/usr/bin/env node
/**
 * The `kubespec` command. Exit codes: 0 all scenarios passed, 1 a scenario failed, 2 the
 * command line or the project is wrong (the message says what to change).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCommand, UsageError, USAGE } from './args';
import { ProjectError } from './config';
import { init } from './init';
import { mergeReports } from './merge';
import { run } from './run';
import { printSteps } from './steps';

function version(): string {
  // dist/src/cli/main.js and src/cli/main.ts are both three levels below package.json.
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      return JSON.parse(readFileSync(path.join(__dirname, up), 'utf8')).version;
    } catch {
      // try the next layout
    }
  }
  return 'unknown';
}

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const env = { cwd, stdout: process.stdout, stderr: process.stderr, env: process.env };
  try {
    const cmd = parseCommand(argv);
    switch (cmd.command) {
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
        process.stdout.write(`${version()}\n`);
        return 0;
      case 'steps':
        await printSteps(cmd.markdown, env, (t) => process.stdout.write(t));
        return 0;
      case 'init':
        process.stdout.write(`${init(cwd, cmd.force).join('\n')}\n`);
        return 0;
      case 'report':
        process.stdout.write(`${mergeReports(cmd.inputs, cmd.reports, cwd).map((f) => `wrote ${f}`).join('\n')}\n`);
        return 0;
      case 'run':
        return await run(cmd, env);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kubespec: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof ProjectError) {
      process.stderr.write(`kubespec: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`kubespec: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
