/** Finding and loading the project's Cucumber configuration, which says where its steps are. */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { IRunConfiguration, IRunEnvironment, loadConfiguration } from '@cucumber/cucumber/api';
import type { IConfiguration } from '@cucumber/cucumber/api';

const CONFIG_FILES = ['cucumber.json', 'cucumber.yaml', 'cucumber.yml', 'cucumber.js', 'cucumber.cjs', 'cucumber.mjs'];

export class ProjectError extends Error {}

export function configFile(cwd: string): string | undefined {
  return CONFIG_FILES.find((f) => existsSync(path.join(cwd, f)));
}

/** The run configuration of `profile` (or the default one) with `provided` options on top. */
export async function loadProject(env: IRunEnvironment & { cwd: string }, profile: string | undefined, provided: Partial<IConfiguration> = {}): Promise<IRunConfiguration> {
  if (!configFile(env.cwd)) {
    throw new ProjectError(`no Cucumber configuration (cucumber.js) in ${env.cwd}: it says where the steps are. Run \`npx kubespec init\` to create one.`);
  }
  const { runConfiguration } = await loadConfiguration({ profiles: profile ? [profile] : [], provided }, env);
  return runConfiguration;
}
