/**
 * `npm run catalogue` writes docs/steps.md and src/report/catalogue/steps.json from steps/ and
 * features/. `npm run catalogue -- --check` (part of `npm test`) writes nothing and fails when
 * they are stale or when a step has no example in features/, saying what to do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { renderMarkdown } from '../../src/report/catalogue/markdown';
import { buildCatalogue, Problems } from './build';
import { readFeatures } from './examples';
import { loadRuntime } from './runtime';
import { readSteps } from './static';

const ROOT = path.resolve(__dirname, '../..');
export const OUTPUTS = { markdown: 'docs/steps.md', json: 'src/report/catalogue/steps.json' } as const;

export async function generate(root = ROOT): Promise<{ files: Record<string, string>; problems: Problems }> {
  const [runtime, files, written] = [await loadRuntime(root), readSteps(root), readFeatures(root)];
  const { catalogue, problems } = buildCatalogue(files, runtime, written);
  const intro = readFileSync(path.join(__dirname, 'intro.md'), 'utf8').replace(/\{\{getting-started\}\}/, () => readFileSync(path.join(root, 'features/getting-started.feature'), 'utf8').trimEnd());
  return {
    files: {
      [OUTPUTS.markdown]: renderMarkdown(catalogue, { intro }),
      [OUTPUTS.json]: JSON.stringify(catalogue, null, 2) + '\n',
    },
    problems,
  };
}

function list(title: string, items: readonly string[]): string[] {
  return items.length === 0 ? [] : ['', `✖ ${title}`, ...items.map((i) => `    ${i}`)];
}

/** The problems that make the catalogue wrong whatever is regenerated, with what to do about each. */
export function describeProblems(p: Problems): string[] {
  return [
    ...list(`${p.withoutExample.length} step${p.withoutExample.length === 1 ? ' has' : 's have'} no example in features/: use each in a scenario of a feature file (the catalogue shows it as the example), then run \`npm run catalogue\`:`, p.withoutExample),
    ...list('Steps registered with a pattern that is not a literal string (write the phrase in the call, so it can be documented):', p.dynamic),
    ...list('Steps in steps/ that steps/index.ts does not load (import their file there, or projects that install kubespec miss them):', p.notLoaded),
    ...list('Step definitions the catalogue cannot find in steps/ (define steps at the top level of a steps file, or with defineAssertion):', p.unaccounted),
  ];
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const { files, problems } = await generate();
  const stale = Object.entries(files).filter(([file, text]) => {
    try {
      return readFileSync(path.join(ROOT, file), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  const messages = describeProblems(problems);
  if (!check) {
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(ROOT, file), text);
    console.log(`Wrote ${Object.keys(files).join(' and ')}.`);
    if (messages.length > 0) console.error(messages.join('\n'));
    process.exitCode = messages.length > 0 ? 1 : 0;
    return;
  }
  const out: string[] = [];
  if (stale.length > 0) {
    out.push(`✖ The step catalogue is out of date: ${stale.map(([f]) => f).join(' and ')} ${stale.length === 1 ? 'differs' : 'differ'} from what steps/ and features/ give.`);
    out.push('    Fix: run `npm run catalogue` and commit the result.');
  }
  out.push(...messages);
  if (out.length > 0) {
    console.error(out.join('\n').replace(/^\n/, ''));
    process.exitCode = 1;
  } else {
    console.log('The step catalogue is up to date, and every step has an example in features/.');
  }
}

if (require.main === module) void main();
