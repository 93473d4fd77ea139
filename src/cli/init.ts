/** `kubespec init`: sets up a project to write scenarios, without touching files that exist. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { INIT_FILES } from './templates';

function resolvable(name: string, cwd: string): boolean {
  try {
    require.resolve(name, { paths: [cwd] });
    return true;
  } catch {
    return false;
  }
}

/** Writes the files that are missing (all of them with `force`) and says what is left to do. */
export function init(cwd: string, force: boolean): string[] {
  const lines: string[] = [];
  for (const [file, text] of Object.entries(INIT_FILES)) {
    const full = path.join(cwd, file);
    if (existsSync(full) && !force) {
      lines.push(`kept    ${file} (it exists; --force replaces it)`);
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    lines.push(`created ${file}`);
  }
  const missing = ['kubespec', '@cucumber/cucumber', 'tsx'].filter((p) => !resolvable(`${p}/package.json`, cwd));
  lines.push('');
  if (missing.length > 0) lines.push(`Install what the steps need: npm install --save-dev ${missing.join(' ')}`);
  lines.push('Run the scenarios: npx kubespec    (reports in reports/, the step language: npx kubespec steps)');
  return lines;
}
