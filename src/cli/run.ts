/**
 * `kubespec [paths…]`: runs features with the project's steps (from its cucumber.js) through
 * Cucumber's programmatic API, and always writes the same four reports. The profile gives the
 * support code and world parameters; paths, reports and the shard come from the command line.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IRunEnvironment, runCucumber } from '@cucumber/cucumber/api';
import type { IConfiguration } from '@cucumber/cucumber/api';
import { RunCommand } from './args';
import { loadProject } from './config';
import { SHARD_OPTION } from './shardPlugin';

export const REPORT_FILES = {
  html: 'cucumber.html',
  junit: 'junit.xml',
  message: 'messages.ndjson',
  behaviour: 'behaviour.html',
} as const;

function moduleUrl(relative: string): string {
  return pathToFileURL(require.resolve(relative)).href;
}

export function suiteName(cmd: Pick<RunCommand, 'shard'>): string {
  return cmd.shard ? `kubespec (shard ${cmd.shard.index}/${cmd.shard.total})` : 'kubespec';
}

export async function run(cmd: RunCommand, env: IRunEnvironment & { cwd: string }): Promise<number> {
  const provided: Partial<IConfiguration> = {};
  if (cmd.tags !== undefined) provided.tags = cmd.tags;
  if (cmd.name !== undefined) provided.name = [cmd.name];
  if (cmd.seed !== undefined) provided.worldParameters = { seed: cmd.seed };
  if (cmd.parallel !== undefined) provided.parallel = cmd.parallel;
  if (cmd.failFast) provided.failFast = true;
  const config = await loadProject(env, cmd.profile, provided);

  // Command-line paths replace the profile's (Cucumber would run both).
  const paths = cmd.paths.length > 0 ? [...cmd.paths] : config.sources.paths.length > 0 ? config.sources.paths : ['features'];
  const out = (file: string) => path.join(cmd.reports, file);
  const stdout = config.formats.stdout || (process.stdout.isTTY ? 'progress-bar' : 'progress');
  const plugins = config.plugins ?? { specifiers: [], options: {} };
  const { success } = await runCucumber(
    {
      ...config,
      sources: { ...config.sources, paths },
      formats: {
        stdout,
        files: {
          [out(REPORT_FILES.html)]: 'html',
          [out(REPORT_FILES.junit)]: 'junit',
          [out(REPORT_FILES.message)]: 'message',
          [out(REPORT_FILES.behaviour)]: moduleUrl('./report/formatter'),
        },
        publish: false,
        options: { ...config.formats.options, junit: { suiteName: suiteName(cmd) } },
      },
      plugins: cmd.shard
        ? { specifiers: [...plugins.specifiers, moduleUrl('./shardPlugin')], options: { ...plugins.options, [SHARD_OPTION]: `${cmd.shard.index}/${cmd.shard.total}` } }
        : plugins,
    },
    env,
  );
  return success ? 0 : 1;
}
