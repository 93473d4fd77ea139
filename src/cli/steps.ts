/**
 * `kubespec steps`: the step language of this project. kubespec's own steps with their docs and
 * examples (from the catalogue shipped in the package), then the project's own steps, found by
 * loading its support code as a run would.
 */
import { IRunEnvironment, loadSupport } from '@cucumber/cucumber/api';
import { renderMarkdown } from '../report/catalogue/markdown';
import { phrasesOf } from '../report/catalogue/model';
import { ProjectStep, renderText } from '../report/catalogue/text';
import { configFile, loadProject } from './config';
import { catalogue } from './report/formatter';

async function projectSteps(env: IRunEnvironment & { cwd: string }): Promise<ProjectStep[]> {
  if (!configFile(env.cwd)) return [];
  const library = (await loadSupport(await loadProject(env, undefined), env)) as unknown as {
    stepDefinitions: { keyword: string; pattern: string | RegExp; uri: string; line: number }[];
  };
  const known = new Set(catalogue.sections.flatMap((s) => s.entries.flatMap(phrasesOf)));
  return library.stepDefinitions
    .map((d) => ({ keyword: d.keyword === 'Unknown' ? 'Step' : d.keyword, phrase: typeof d.pattern === 'string' ? d.pattern : String(d.pattern), source: `${d.uri}:${d.line}` }))
    .filter((s) => !known.has(s.phrase));
}

export async function printSteps(markdown: boolean, env: IRunEnvironment & { cwd: string }, write: (text: string) => void): Promise<void> {
  if (markdown) {
    write(renderMarkdown(catalogue, { intro: '# kubespec steps' }));
    return;
  }
  write(renderText(catalogue, await projectSteps(env)));
}
